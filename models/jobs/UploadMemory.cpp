#include "jobs/UploadMemory.h"

#include "core/JsonRead.h"
#include "core/Settings.h"

#include <QDateTime>
#include <QFileInfo>

namespace td {

namespace {

std::string keyFor(const QString& path, const QString& baseUrl)
{
    return QString(baseUrl + QLatin1Char('|') + QFileInfo(path).absoluteFilePath()).toStdString();
}

nlohmann::json load(Settings* s)
{
    // A settings value anyone can edit: entries are read through json::, and one of another
    // shape is skipped (never thrown).
    auto j = json::parse(s->get(Settings::Key::UploadedFiles).toString().toUtf8());
    return j.is_array() ? j : nlohmann::json::array();
}

std::string keyOf(const nlohmann::json& e)
{
    return json::string(e, "key").toStdString();
}

} // namespace

UploadMemory::UploadMemory(Settings* settings)
    : m_settings(settings)
{}

void UploadMemory::remember(const QString& path, const QString& fileId, const QString& baseUrl)
{
    const QFileInfo info(path);
    nlohmann::json list = load(m_settings);
    const std::string key = keyFor(path, baseUrl);
    nlohmann::json kept = nlohmann::json::array();
    kept.push_back({{"key", key},
                    {"fileId", fileId.toStdString()},
                    {"size", info.size()},
                    {"mtime", info.lastModified().toMSecsSinceEpoch()}});
    for (const auto& e : list)
        if (e.is_object() && keyOf(e) != key && kept.size() < 200)
            kept.push_back(e);
    m_settings->set(Settings::Key::UploadedFiles, QString::fromStdString(kept.dump()));
}

QString UploadMemory::lookup(const QString& path, const QString& baseUrl) const
{
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    const std::string key = keyFor(path, baseUrl);
    for (const auto& e : load(m_settings))
        if (keyOf(e) == key && json::integer(e, "size", -1) == info.size() &&
            json::integer(e, "mtime", -1) == info.lastModified().toMSecsSinceEpoch())
            return json::string(e, "fileId");
    return {};
}

QString UploadMemory::pathOf(const QString& fileId, const QString& baseUrl) const
{
    const std::string prefix = QString(baseUrl + QLatin1Char('|')).toStdString();
    for (const auto& e : load(m_settings)) {
        const std::string key = keyOf(e);
        if (json::optString(e, "fileId") == fileId && key.rfind(prefix, 0) == 0)
            return QString::fromStdString(key.substr(prefix.size()));
    }
    return {};
}

void UploadMemory::forget(const QString& path, const QString& baseUrl)
{
    nlohmann::json list = load(m_settings);
    const std::string key = keyFor(path, baseUrl);
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& e : list)
        if (e.is_object() && keyOf(e) != key)
            kept.push_back(e);
    m_settings->set(Settings::Key::UploadedFiles, QString::fromStdString(kept.dump()));
}

} // namespace td
