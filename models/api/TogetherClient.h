#pragma once

#include "api/ApiRequest.h"
#include "api/ChatAnswer.h"
#include "api/Checkpoint.h"
#include "api/Endpoint.h"
#include "api/EndpointRequest.h"
#include "api/FileUpload.h"
#include "api/FineTuneJob.h"
#include "api/FineTuneRequest.h"
#include "api/Hardware.h"
#include "api/JobEvent.h"
#include "api/ModelInfo.h"
#include "api/ModelLimits.h"
#include "api/ModelUploadJob.h"
#include "api/TrainingMetric.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <variant>

namespace td {

template<typename T>
using ApiResult = std::variant<T, ApiError>;

struct NoContent // a call that answers nothing worth keeping (DELETE endpoints is a 204)
{};

// The typed calls of Together's API (contract 2 to 8). Each call starts at once and hands
// its parsed answer, or an ApiError, to `done` in `context`'s thread; destroying `context`
// aborts it. Reads are retried on 429/5xx (ApiRequest); calls with side effects (create a
// fine-tune or an endpoint, cancel, delete) only on 429, which means nothing was done (and a
// fine-tune whose answer was lost is looked for, not created again: FineTuneCreation). The returned request is valid
// until it finishes (keep a QPointer to abort it, or to listen to `retrying`).
class TogetherClient
{
public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T>&)>;

    TogetherClient(HttpTransport* transport, Connection connection);
    const Connection& connection() const { return m_connection; }
    HttpTransport* transport() const { return m_transport; }

    // Files (uploads: FileUpload; contents: FileDownload)
    ApiRequest* listFiles(QObject* context, Done<QList<RemoteFile>> done);
    ApiRequest* getFile(const QString& id, QObject* context, Done<RemoteFile> done);
    ApiRequest* deleteFile(const QString& id, QObject* context, Done<NoContent> done);

    // Fine-tuning
    ApiRequest* modelLimits(const QString& model, QObject* context, Done<ModelLimits> done);
    ApiRequest* fineTunableModels(QObject* context, Done<QStringList> done);
    ApiRequest* estimatePrice(const FineTuneRequest& request, QObject* context, Done<PriceEstimate> done);
    ApiRequest* createFineTune(const FineTuneRequest& request, QObject* context, Done<FineTuneJob> done);
    ApiRequest* listFineTunes(QObject* context, Done<QList<FineTuneJob>> done);
    ApiRequest* getFineTune(const QString& id, QObject* context, Done<FineTuneJob> done);
    ApiRequest* cancelFineTune(const QString& id, QObject* context, Done<FineTuneJob> done);
    ApiRequest* deleteFineTune(const QString& id, QObject* context, Done<QString> done);
    ApiRequest* fineTuneEvents(const QString& id, QObject* context, Done<QList<JobEvent>> done);
    ApiRequest* fineTuneCheckpoints(const QString& id, QObject* context, Done<QList<Checkpoint>> done);
    ApiRequest* fineTuneMetrics(const QString& id, QObject* context, Done<QList<TrainingMetric>> done);
    // The path (relative to the base URL) of a fine-tune's archive, as the SDK builds it
    // (contract 4.10): "job:step" ids are split; Full jobs take model_output_path.
    static QString downloadPath(const QString& jobId, bool loraJob, bool adapter, qint64 step = 0);
    // The SDK's file name for a download (its normalize_key): "/" → "--", "_" and spaces →
    // "-", lower case. The name comes from the server, so one that could lead out of the
    // chosen folder is refused rather than rewritten: "." or "..", an absolute path, an empty
    // or ".." part between slashes, a backslash or a NUL.
    static Result<QString> downloadName(QString outputName);

    // Models
    ApiRequest* listModels(QObject* context, Done<QList<ModelInfo>> done);
    ApiRequest* uploadModel(const QString& name, const QString& source, const QString& baseModel, bool adapter,
                            const QString& hfToken, QObject* context, Done<ModelUploadJob> done);
    ApiRequest* modelUploadJob(const QString& jobId, QObject* context, Done<ModelUploadJob> done);

    // Dedicated endpoints
    ApiRequest* listEndpoints(QObject* context, Done<QList<Endpoint>> done, const QString& type = QString());
    ApiRequest* createEndpoint(const EndpointRequest& request, QObject* context, Done<Endpoint> done);
    ApiRequest* getEndpoint(const QString& id, QObject* context, Done<Endpoint> done);
    ApiRequest* setEndpointStarted(const QString& id, bool started, QObject* context, Done<Endpoint> done);
    ApiRequest* updateEndpoint(const QString& id, const nlohmann::json& patch, QObject* context, Done<Endpoint> done);
    ApiRequest* deleteEndpoint(const QString& id, QObject* context, Done<NoContent> done);
    ApiRequest* listHardware(const QString& model, QObject* context, Done<QList<Hardware>> done);

    // Inference, whole answers (streamed chat: ChatCompletion)
    ApiRequest* chat(const QByteArray& requestJson, QObject* context, Done<ChatAnswer> done);
    ApiRequest* complete(const QByteArray& requestJson, QObject* context, Done<ChatAnswer> done);

private:
    template<typename T, typename Parse>
    // `stallTimeoutMs` -1: the connection's.
    ApiRequest* call(const QByteArray& method, const QString& path, const QByteArray& body, bool idempotent,
                     QObject* context, Parse parse, Done<T> done, int stallTimeoutMs = -1);

    HttpTransport* m_transport;
    Connection m_connection;
};

} // namespace td
