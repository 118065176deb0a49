#include "api/http/ApiRequest.h"

#include "api/connection/KeyDestination.h"

#include <QRandomGenerator>

namespace td {

HttpRequest ApiRequest::jsonRequest(const Connection& c, const QByteArray& method, const QString& path,
                                    const QByteArray& body)
{
    HttpRequest r;
    r.method = method;
    QString base = c.baseUrl.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    r.url = QUrl(base + path);
    r.body = body;
    r.stallTimeoutMs = c.stallTimeoutMs;
    r.headers = {{"Accept", "application/json"}, {"User-Agent", c.userAgent}};
    if (!c.apiKey.isEmpty())
        r.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer " + c.apiKey.toUtf8())));
    if (!body.isEmpty())
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return r;
}

ApiRequest::ApiRequest(HttpTransport* transport, const Connection&, HttpRequest request, bool idempotent,
                       QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(std::move(request))
    , m_idempotent(idempotent)
{
    qRegisterMetaType<td::HttpJob::Outcome>();
    // A call with side effects must reach the server at most once per attempt we make.
    if (!m_idempotent)
        m_request.freshConnection = true;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::attempt);
}

ApiRequest::~ApiRequest() = default;

void ApiRequest::start()
{
    attempt();
}

void ApiRequest::abort()
{
    if (m_done)
        return;
    m_retryTimer.stop();
    if (m_job) {
        m_job->abort(); // finished(Cancelled) follows
    } else {
        m_done = true;
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        emit finished(Outcome(e));
    }
}

void ApiRequest::attempt()
{
    ++m_attempts;
    for (const auto& header : m_request.headers) {
        if (header.first.compare("authorization", Qt::CaseInsensitive) != 0)
            continue;
        if (const QString refusal = KeyDestination::refusal(m_request.url); !refusal.isEmpty()) {
            // Answered later, as the network would: callers connect after start().
            QTimer::singleShot(0, this, [this, refusal] {
                if (m_done)
                    return;
                m_done = true;
                ApiError e;
                e.kind = ApiError::Kind::Network;
                e.notSent = true;
                e.message = refusal;
                emit finished(Outcome(e));
            });
            return;
        }
    }
    m_job = m_transport->start(m_request);
    m_status = 0;
    m_errorBody.clear();
    connect(m_job.get(), &HttpJob::headersReceived, this, [this](int status) { m_status = status; });
    // Only a successful answer is passed on as it streams; an error answer is kept whole.
    connect(m_job.get(), &HttpJob::bodyData, this, [this](const QByteArray& b) {
        if (m_status >= 200 && m_status < 300) {
            m_gotData = true;
            emit bodyData(b);
        } else if (m_errorBody.size() < 65536) {
            m_errorBody.append(b);
        }
    });
    connect(m_job.get(), &HttpJob::uploadProgress, this, &ApiRequest::uploadProgress);
    connect(m_job.get(), &HttpJob::downloadProgress, this, &ApiRequest::downloadProgress);
    connect(m_job.get(), &HttpJob::finished, this, &ApiRequest::onFinished);
}

void ApiRequest::onFinished(const HttpJob::Outcome& outcome)
{
    ApiError error;
    if (const auto* res = std::get_if<HttpResponse>(&outcome)) {
        if ((res->status >= 200 && res->status < 300) ||
            (m_acceptRedirect && res->status >= 300 && res->status < 400)) {
            m_done = true;
            m_job.release()->deleteLater();
            emit finished(Outcome(*res));
            return;
        }
        // A streamed error answer arrives as body data before we know the status: the
        // status decides here, with whatever body we have.
        error = parseErrorBody(res->status, res->body.isEmpty() ? m_errorBody : res->body);
        error.retryAfterMs = retryAfterFromHeaders(res->header("retry-after-ms"), res->header("retry-after"));
    } else {
        error = std::get<ApiError>(outcome);
    }
    m_job.release()->deleteLater();
    const int retriesSoFar = m_attempts - 1;
    if (!m_gotData && error.kind != ApiError::Kind::Cancelled &&
        m_policy.shouldRetry(error, m_idempotent, retriesSoFar)) {
        const qint64 delay =
            m_policy.delayMs(error, retriesSoFar, [] { return QRandomGenerator::global()->generateDouble(); });
        emit retrying(m_attempts + 1, delay, error);
        m_retryTimer.start(int(delay));
        return;
    }
    if (m_policy.waitIsTooLong(error))
        error.waitCapMs = m_policy.maxServerDelayMs;
    m_done = true;
    emit finished(Outcome(error));
}

} // namespace td
