#include "api/client/TogetherClient.h"

#include "api/wire/JsonFields.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace td {

namespace {

QByteArray dump(const nlohmann::ordered_json& j)
{
    return QByteArray::fromStdString(j.dump());
}

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

template<typename T>
QList<T> listOf(const nlohmann::json& j)
{
    QList<T> out;
    for (const auto& item : wire::dataArray(j))
        if (auto v = T::fromJson(item))
            out.append(*v);
    return out;
}

template<typename T>
std::optional<QList<T>> listAnswer(const HttpResponse& r)
{
    const nlohmann::json j = wire::parse(r.body);
    if (!j.is_array() && !(j.is_object() && j.contains("data")))
        return std::nullopt;
    return listOf<T>(j);
}

// A {"data": [...]} answer whose items always parse (events, checkpoints: every field optional).
template<typename T>
std::optional<QList<T>> everyItem(const HttpResponse& r)
{
    const nlohmann::json j = wire::parse(r.body);
    if (!j.is_object() && !j.is_array())
        return std::nullopt;
    QList<T> out;
    for (const auto& item : wire::dataArray(j))
        out.append(T::fromJson(item));
    return out;
}

template<typename T>
std::optional<T> objectAnswer(const HttpResponse& r)
{
    return T::fromJson(wire::parse(r.body));
}

} // namespace

TogetherClient::TogetherClient(HttpTransport* transport, Connection connection)
    : m_transport(transport)
    , m_connection(std::move(connection))
{}

template<typename T, typename Parse>
ApiRequest* TogetherClient::call(const QByteArray& method, const QString& path, const QByteArray& body, bool idempotent,
                                 QObject* context, Parse parse, Done<T> done, int stallTimeoutMs)
{
    HttpRequest r = ApiRequest::jsonRequest(m_connection, method, path, body);
    if (stallTimeoutMs >= 0)
        r.stallTimeoutMs = stallTimeoutMs;
    auto* req = new ApiRequest(m_transport, m_connection, r, idempotent, context);
    QObject::connect(req, &ApiRequest::finished, req, [req, parse, done](const ApiRequest::Outcome& o) {
        req->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            done(*e);
            return;
        }
        const HttpResponse& res = std::get<HttpResponse>(o);
        if (std::optional<T> value = parse(res)) {
            done(*value);
            return;
        }
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.httpStatus = res.status;
        e.message = QCoreApplication::translate("td::TogetherClient", "The server's answer could not be read: %1")
                        .arg(QString::fromUtf8(res.body.left(200)));
        done(e);
    });
    req->start();
    return req;
}

ApiRequest* TogetherClient::listFiles(QObject* context, Done<QList<RemoteFile>> done)
{
    return call<QList<RemoteFile>>(
        "GET", QStringLiteral("files"), {}, true, context,
        [](const HttpResponse& r) -> std::optional<QList<RemoteFile>> {
            const nlohmann::json j = wire::parse(r.body);
            if (!j.is_array() && !(j.is_object() && j.contains("data")))
                return std::nullopt;
            QList<RemoteFile> out;
            for (const auto& f : wire::dataArray(j))
                if (auto file = RemoteFile::fromJson(QByteArray::fromStdString(f.dump())))
                    out.append(*file);
            return out;
        },
        std::move(done));
}

ApiRequest* TogetherClient::getFile(const QString& id, QObject* context, Done<RemoteFile> done)
{
    return call<RemoteFile>(
        "GET", QStringLiteral("files/") + encoded(id), {}, true, context,
        [](const HttpResponse& r) { return RemoteFile::fromJson(r.body); }, std::move(done));
}

ApiRequest* TogetherClient::deleteFile(const QString& id, QObject* context, Done<NoContent> done)
{
    return call<NoContent>(
        "DELETE", QStringLiteral("files/") + encoded(id), {}, false, context,
        [](const HttpResponse&) { return std::optional<NoContent>(NoContent{}); }, std::move(done));
}

ApiRequest* TogetherClient::modelLimits(const QString& model, QObject* context, Done<ModelLimits> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("model_name"), model);
    return call<ModelLimits>("GET", QStringLiteral("fine-tunes/models/limits?") + q.toString(QUrl::FullyEncoded), {},
                             true, context, objectAnswer<ModelLimits>, std::move(done));
}

ApiRequest* TogetherClient::fineTunableModels(QObject* context, Done<QStringList> done)
{
    return call<QStringList>(
        "GET", QStringLiteral("fine-tunes/models/supported"), {}, true, context,
        [](const HttpResponse& r) -> std::optional<QStringList> {
            const nlohmann::json j = wire::parse(r.body);
            if (!j.is_object() || !j.contains("models"))
                return std::nullopt;
            return wire::strings(j, "models");
        },
        std::move(done));
}

ApiRequest* TogetherClient::estimatePrice(const FineTuneRequest& request, QObject* context, Done<PriceEstimate> done)
{
    const nlohmann::ordered_json full = request.toJson();
    nlohmann::ordered_json body;
    for (const char* key : {"training_file", "validation_file", "model", "from_checkpoint", "n_epochs", "n_evals",
                            "training_type", "training_method"})
        if (full.contains(key))
            body[key] = full[key];
    // Reading a price changes nothing: safe to retry.
    return call<PriceEstimate>("POST", QStringLiteral("fine-tunes/estimate-price"), dump(body), true, context,
                               objectAnswer<PriceEstimate>, std::move(done));
}

ApiRequest* TogetherClient::createFineTune(const FineTuneRequest& request, QObject* context, Done<FineTuneJob> done)
{
    return call<FineTuneJob>("POST", QStringLiteral("fine-tunes"), dump(request.toJson()), false, context,
                             objectAnswer<FineTuneJob>, std::move(done));
}

ApiRequest* TogetherClient::listFineTunes(QObject* context, Done<QList<FineTuneJob>> done)
{
    return call<QList<FineTuneJob>>("GET", QStringLiteral("fine-tunes"), {}, true, context, listAnswer<FineTuneJob>,
                                    std::move(done));
}

ApiRequest* TogetherClient::getFineTune(const QString& id, QObject* context, Done<FineTuneJob> done)
{
    return call<FineTuneJob>("GET", QStringLiteral("fine-tunes/") + encoded(id), {}, true, context,
                             objectAnswer<FineTuneJob>, std::move(done));
}

ApiRequest* TogetherClient::cancelFineTune(const QString& id, QObject* context, Done<FineTuneJob> done)
{
    return call<FineTuneJob>("POST", QStringLiteral("fine-tunes/%1/cancel").arg(encoded(id)), {}, false, context,
                             objectAnswer<FineTuneJob>, std::move(done));
}

ApiRequest* TogetherClient::deleteFineTune(const QString& id, QObject* context, Done<QString> done)
{
    return call<QString>(
        "DELETE", QStringLiteral("fine-tunes/%1?force=false").arg(encoded(id)), {}, false, context,
        [](const HttpResponse& r) { return std::optional<QString>(wire::str(wire::parse(r.body), "message")); },
        std::move(done));
}

ApiRequest* TogetherClient::fineTuneEvents(const QString& id, QObject* context, Done<QList<JobEvent>> done)
{
    return call<QList<JobEvent>>("GET", QStringLiteral("fine-tunes/%1/events").arg(encoded(id)), {}, true, context,
                                 everyItem<JobEvent>, std::move(done));
}

ApiRequest* TogetherClient::fineTuneCheckpoints(const QString& id, QObject* context, Done<QList<Checkpoint>> done)
{
    return call<QList<Checkpoint>>("GET", QStringLiteral("fine-tunes/%1/checkpoints").arg(encoded(id)), {}, true,
                                   context, everyItem<Checkpoint>, std::move(done));
}

ApiRequest* TogetherClient::fineTuneMetrics(const QString& id, QObject* context, Done<QList<TrainingMetric>> done)
{
    return call<QList<TrainingMetric>>(
        "GET", QStringLiteral("fine-tunes/%1/metrics").arg(encoded(id)), {}, true, context,
        [](const HttpResponse& r) -> std::optional<QList<TrainingMetric>> {
            const nlohmann::json j = wire::parse(r.body);
            if (!j.is_object())
                return std::nullopt;
            return TrainingMetric::listFromJson(j);
        },
        std::move(done));
}

ApiRequest* TogetherClient::previewFineTune(const PreviewRequest& request, QObject* context, Done<FineTunePreview> done)
{
    // A preview changes nothing on the server: safe to retry.
    return call<FineTunePreview>(
        "POST", QStringLiteral("fine-tunes/preview"), dump(request.toJson()), true, context,
        [](const HttpResponse& r) { return FineTunePreview::fromJson(wire::parse(r.body)); }, std::move(done));
}

ApiRequest* TogetherClient::tokenizedDataset(const QString& id, QObject* context, Done<TokenizedDataset> done)
{
    return call<TokenizedDataset>(
        "GET", QStringLiteral("fine-tunes/%1/download-tokenized-dataset").arg(encoded(id)), {}, true, context,
        [](const HttpResponse& r) { return TokenizedDataset::fromJson(wire::parse(r.body)); }, std::move(done));
}

QString TogetherClient::downloadPath(const QString& jobId, bool loraJob, bool adapter, qint64 step)
{
    QString id = jobId;
    if (const qsizetype colon = id.indexOf(QLatin1Char(':')); colon > 0) {
        step = id.mid(colon + 1).toLongLong();
        id = id.left(colon);
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("ft_id"), id);
    if (step > 0)
        q.addQueryItem(QStringLiteral("checkpoint_step"), QString::number(step));
    q.addQueryItem(QStringLiteral("checkpoint"), !loraJob  ? QStringLiteral("model_output_path")
                                                 : adapter ? QStringLiteral("adapter")
                                                           : QStringLiteral("merged"));
    return QStringLiteral("finetune/download?") + q.toString(QUrl::FullyEncoded);
}

Result<QString> TogetherClient::downloadName(QString outputName)
{
    const QString given = outputName;
    auto refuse = [&given] {
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("td::TogetherClient",
                                                       "The server named the model \"%1\", which cannot be used as a "
                                                       "file name (it would lead out of the download folder).")
                               .arg(given));
    };
    if (outputName.isEmpty() || outputName.startsWith(QLatin1Char('/')) || outputName.contains(QLatin1Char('\\')) ||
        outputName.contains(QChar(0)))
        return refuse();
    for (const QString& part : outputName.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return refuse();
    return outputName.replace(QLatin1Char('/'), QLatin1String("--"))
        .replace(QLatin1Char('_'), QLatin1Char('-'))
        .replace(QLatin1Char(' '), QLatin1Char('-'))
        .toLower();
}

ApiRequest* TogetherClient::listModels(QObject* context, Done<QList<ModelInfo>> done)
{
    return call<QList<ModelInfo>>("GET", QStringLiteral("models"), {}, true, context, listAnswer<ModelInfo>,
                                  std::move(done));
}

ApiRequest* TogetherClient::uploadModel(const QString& name, const QString& source, const QString& baseModel,
                                        bool adapter, const QString& hfToken, QObject* context,
                                        Done<ModelUploadJob> done)
{
    nlohmann::ordered_json body = {{"model_name", name.toStdString()},
                                   {"model_source", source.toStdString()},
                                   {"model_type", adapter ? "adapter" : "model"}};
    if (!baseModel.isEmpty())
        body["base_model"] = baseModel.toStdString();
    if (!hfToken.isEmpty())
        body["hf_token"] = hfToken.toStdString();
    return call<ModelUploadJob>("POST", QStringLiteral("models"), dump(body), false, context,
                                objectAnswer<ModelUploadJob>, std::move(done));
}

ApiRequest* TogetherClient::modelUploadJob(const QString& jobId, QObject* context, Done<ModelUploadJob> done)
{
    return call<ModelUploadJob>("GET", QStringLiteral("jobs/") + encoded(jobId), {}, true, context,
                                objectAnswer<ModelUploadJob>, std::move(done));
}

ApiRequest* TogetherClient::listEndpoints(QObject* context, Done<QList<Endpoint>> done, const QString& type)
{
    QString path = QStringLiteral("endpoints");
    if (!type.isEmpty())
        path += QStringLiteral("?type=") + encoded(type);
    return call<QList<Endpoint>>("GET", path, {}, true, context, listAnswer<Endpoint>, std::move(done));
}

ApiRequest* TogetherClient::createEndpoint(const EndpointRequest& request, QObject* context, Done<Endpoint> done)
{
    return call<Endpoint>("POST", QStringLiteral("endpoints"), dump(request.toJson()), false, context,
                          objectAnswer<Endpoint>, std::move(done));
}

ApiRequest* TogetherClient::getEndpoint(const QString& id, QObject* context, Done<Endpoint> done)
{
    return call<Endpoint>("GET", QStringLiteral("endpoints/") + encoded(id), {}, true, context, objectAnswer<Endpoint>,
                          std::move(done));
}

ApiRequest* TogetherClient::setEndpointStarted(const QString& id, bool started, QObject* context, Done<Endpoint> done)
{
    return updateEndpoint(id, {{"state", started ? "STARTED" : "STOPPED"}}, context, std::move(done));
}

ApiRequest* TogetherClient::updateEndpoint(const QString& id, const nlohmann::json& patch, QObject* context,
                                           Done<Endpoint> done)
{
    // Setting a state twice has the same effect as once: safe to retry.
    return call<Endpoint>("PATCH", QStringLiteral("endpoints/") + encoded(id), QByteArray::fromStdString(patch.dump()),
                          true, context, objectAnswer<Endpoint>, std::move(done));
}

ApiRequest* TogetherClient::deleteEndpoint(const QString& id, QObject* context, Done<NoContent> done)
{
    // 204 with no body: nothing to parse.
    return call<NoContent>(
        "DELETE", QStringLiteral("endpoints/") + encoded(id), {}, false, context,
        [](const HttpResponse&) { return std::optional<NoContent>(NoContent{}); }, std::move(done));
}

ApiRequest* TogetherClient::listHardware(const QString& model, QObject* context, Done<QList<Hardware>> done)
{
    QString path = QStringLiteral("hardware");
    if (!model.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("model"), model);
        path += QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    }
    return call<QList<Hardware>>("GET", path, {}, true, context, listAnswer<Hardware>, std::move(done));
}

ApiRequest* TogetherClient::chat(const QByteArray& requestJson, QObject* context, Done<ChatAnswer> done)
{
    // Silent until the whole answer is generated: only the overall timeout applies.
    return call<ChatAnswer>("POST", QStringLiteral("chat/completions"), requestJson, true, context,
                            objectAnswer<ChatAnswer>, std::move(done), 0);
}

ApiRequest* TogetherClient::complete(const QByteArray& requestJson, QObject* context, Done<ChatAnswer> done)
{
    return call<ChatAnswer>("POST", QStringLiteral("completions"), requestJson, true, context, objectAnswer<ChatAnswer>,
                            std::move(done), 0);
}

} // namespace td
