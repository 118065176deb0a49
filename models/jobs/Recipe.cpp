#include "jobs/Recipe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

std::optional<Recipe::Data> dataFrom(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_object())
        return std::nullopt;
    auto text = [&](const char* k) {
        const auto v = it->find(k);
        return v != it->end() && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
    };
    return Recipe::Data{text("path"), text("sha256"), text("file_id")};
}

nlohmann::ordered_json dataJson(const Recipe::Data& d)
{
    return {
        {"path", d.fileName.toStdString()}, {"sha256", d.sha256.toStdString()}, {"file_id", d.fileId.toStdString()}};
}

} // namespace

Result<Recipe> Recipe::fromJson(const QByteArray& bytes)
{
    const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (j.is_discarded())
        return Error::make(Error::Code::Parse, tr("The recipe is not valid JSON."));
    if (!j.is_object())
        return Error::make(Error::Code::Parse, tr("A recipe is a JSON object; this file holds something else."));
    Recipe r;
    if (const auto v = j.find("tunedesk_recipe"); v != j.end()) {
        if (!v->is_number_integer() || v->get<std::int64_t>() < 1)
            return Error::make(Error::Code::Parse, tr("The recipe's version is not a number TuneDesk knows."));
        if (v->get<std::int64_t>() > kVersion)
            return Error::make(Error::Code::Unsupported,
                               tr("The recipe was written by a newer TuneDesk (version %1); this one reads version %2.")
                                   .arg(v->get<std::int64_t>())
                                   .arg(kVersion));
        const auto request = j.find("request");
        if (request == j.end() || !request->is_object())
            return Error::make(Error::Code::Parse, tr("The recipe has no \"request\" object with the job's settings."));
        r.request = FineTuneRequest::fromJson(*request);
        r.dataset = dataFrom(j, "dataset");
        r.validation = dataFrom(j, "validation");
    } else if (j.contains("model") || j.contains("training_file") || j.contains("training_method") ||
               j.contains("n_epochs")) {
        // A bare request body: the settings without the data they were made for.
        r.request = FineTuneRequest::fromJson(j);
    } else {
        return Error::make(Error::Code::Parse, tr("This is neither a TuneDesk recipe nor a fine-tuning request "
                                                  "(it has no \"tunedesk_recipe\", \"model\" or \"training_file\")."));
    }
    r.request.wandbApiKey.clear();
    r.request.hfApiToken.clear();
    return r;
}

Result<Recipe> Recipe::read(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, tr("Cannot read the recipe %1: %2").arg(path, f.errorString()));
    // A recipe is a few kilobytes; anything much larger is not one.
    constexpr qint64 kMaxBytes = 4 << 20;
    if (f.size() > kMaxBytes)
        return Error::make(Error::Code::Parse, tr("%1 is too large to be a recipe.").arg(path));
    auto r = fromJson(f.readAll());
    if (!r)
        return Error::make(r.error().code, tr("%1: %2").arg(path, r.error().message));
    return r;
}

QByteArray Recipe::toJson() const
{
    FineTuneRequest clean = request;
    clean.wandbApiKey.clear();
    clean.hfApiToken.clear();
    nlohmann::ordered_json j;
    j["tunedesk_recipe"] = kVersion;
    j["request"] = clean.toJson();
    if (dataset)
        j["dataset"] = dataJson(*dataset);
    if (validation)
        j["validation"] = dataJson(*validation);
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

Result<void> Recipe::write(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write the recipe %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = toJson();
    if (f.write(bytes) != bytes.size() || !f.commit())
        return Error::make(Error::Code::Io, tr("Cannot write the recipe %1: %2").arg(path, f.errorString()));
    return {};
}

FineTuneRequest Recipe::requestFor(const QString& datasetSha256, const QString& validationSha256, bool* dropped) const
{
    FineTuneRequest r = request;
    bool any = false;
    if (dataset && !r.trainingFile.isEmpty() && dataset->sha256 != datasetSha256) {
        r.trainingFile.clear();
        any = true;
    }
    if (validation && !r.validationFile.isEmpty() && validation->sha256 != validationSha256) {
        r.validationFile.clear();
        any = true;
    }
    if (dropped)
        *dropped = any;
    return r;
}

QString sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace td
