#pragma once

#include "api/http/ApiError.h"
#include "api/http/HttpTransport.h"
#include "api/http/RetryPolicy.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <variant>

namespace td {

// Connection to one server: Together, a dedicated endpoint, or any OpenAI-compatible API.
struct Connection
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.together.ai/v1"));
    QString apiKey; // from ApiKeyResolver; never logged
    QByteArray userAgent = "TuneDesk/" TD_VERSION;
    // A call gives up when the server sends nothing for this long (a server that accepted
    // the request and went silent). A streamed answer may pause between tokens, but not a
    // minute. Whole-answer inference calls, which are silent while they generate, use only
    // their overall timeout.
    int stallTimeoutMs = 60000;
    // Dedicated endpoints v2 (DMI): the control plane and the inference host. Empty: derived
    // from baseUrl (DmiUrls), which is what a Connection made from a base URL alone gets.
    QUrl controlPlaneUrl;
    QUrl inferenceUrl;
};

// One API call with its retries: sends the request, maps error statuses to ApiError values
// (with retry-after), and tries again when the policy says so (idempotent calls on 429, 5xx
// and network errors; calls with side effects on 429 only) after the policy's delay.
// Streaming calls deliver the body as it comes and are never retried once data has arrived.
// A request that carries an API key to a destination KeyDestination refuses is not sent.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    using Outcome = HttpJob::Outcome; // a response (2xx) or an error

    ApiRequest(HttpTransport* transport, const Connection& connection, HttpRequest request, bool idempotent,
               QObject* parent = nullptr);
    ~ApiRequest() override;

    void start();
    void abort();
    void setPolicy(const RetryPolicy& policy) { m_policy = policy; }
    // A 3xx answer counts as a response, not an error (the upload URL comes as a 302).
    void setAcceptRedirect(bool accept) { m_acceptRedirect = accept; }
    int attempts() const { return m_attempts; }

    // JSON helpers: path relative to the base URL ("models", "chat/completions").
    static HttpRequest jsonRequest(const Connection& c, const QByteArray& method, const QString& path,
                                   const QByteArray& body = {});

signals:
    void bodyData(const QByteArray& bytes);
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void retrying(int attempt, qint64 delayMs, const td::ApiError& error);
    void finished(const td::ApiRequest::Outcome& outcome);

private:
    void attempt();
    void onFinished(const HttpJob::Outcome& outcome);

    HttpTransport* m_transport;
    HttpRequest m_request;
    bool m_idempotent;
    RetryPolicy m_policy;
    std::unique_ptr<HttpJob> m_job;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_status = 0;
    QByteArray m_errorBody; // a streamed error answer, kept to read the error from
    bool m_gotData = false;
    bool m_acceptRedirect = false;
    bool m_done = false;
};

} // namespace td
