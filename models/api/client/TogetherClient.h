#pragma once

#include "api/http/ApiRequest.h"
#include "api/transfer/FileUpload.h"
#include "api/wire/ChatAnswer.h"
#include "api/wire/Checkpoint.h"
#include "api/wire/Endpoint.h"
#include "api/wire/EndpointRequest.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/FineTunePreview.h"
#include "api/wire/FineTuneRequest.h"
#include "api/wire/Hardware.h"
#include "api/wire/JobEvent.h"
#include "api/wire/ModelInfo.h"
#include "api/wire/ModelLimits.h"
#include "api/wire/ModelUploadJob.h"
#include "api/wire/TokenizedDataset.h"
#include "api/wire/TrainingMetric.h"
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
    // How Together tokenizes the first rows of an uploaded training file for a model (SFT).
    ApiRequest* previewFineTune(const PreviewRequest& request, QObject* context, Done<FineTunePreview> done);
    // The pre-signed address of a job's tokenized training data (download it with
    // FileDownload::presigned: without the API key).
    ApiRequest* tokenizedDataset(const QString& id, QObject* context, Done<TokenizedDataset> done);
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
