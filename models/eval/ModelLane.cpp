#include "eval/ModelLane.h"

#include "api/http/RetryPolicy.h"
#include "api/wire/JsonFields.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

namespace td {

ModelLane::ModelLane(HttpTransport* transport, Connection connection, int maxConcurrency, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(std::move(connection))
    , m_max(std::max(1, maxConcurrency))
    , m_limit(std::min(m_max, 4))
{
    m_stats.lowestLimit = m_stats.highestLimit = m_limit;
    m_clock.start();
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &ModelLane::pump);
}

ModelLane::~ModelLane()
{
    cancel();
}

void ModelLane::enqueue(const Task& task)
{
    m_queue.push_back(task);
    pump();
}

void ModelLane::enqueue(std::vector<Task> tasks)
{
    m_queue.insert(m_queue.end(), std::make_move_iterator(tasks.begin()), std::make_move_iterator(tasks.end()));
    pump();
}

void ModelLane::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        pump();
}

void ModelLane::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    const auto flights = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiRequest* r : flights) {
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void ModelLane::pump()
{
    if (m_paused || m_cancelled)
        return;
    const qint64 now = m_clock.elapsed();
    if (now < m_holdUntilMs) {
        m_holdTimer.start(int(m_holdUntilMs - now));
        return;
    }
    while (!m_queue.empty() && int(m_inFlight.size()) < m_limit) {
        Task t = std::move(m_queue.front());
        m_queue.pop_front();
        send(std::move(t));
    }
    if (isIdle())
        emit idle();
}

void ModelLane::send(Task task)
{
    QByteArray body = task.body.isEmpty() && m_bodyFor ? m_bodyFor(task.key) : task.body;
    if (m_streaming) {
        nlohmann::ordered_json j = nlohmann::ordered_json::parse(body.begin(), body.end(), nullptr, false);
        if (j.is_object()) {
            j["stream"] = true;
            body = QByteArray::fromStdString(j.dump());
        }
    }
    HttpRequest r = ApiRequest::jsonRequest(m_connection, "POST", QStringLiteral("chat/completions"), body);
    if (m_streaming) {
        r.streamBody = true;
        r.headers.replace(0, qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
        r.timeoutMs = 30 * 60 * 1000; // tokens keep coming; the stall timeout catches a silent server
    } else {
        r.stallTimeoutMs = 0; // a whole answer is silent while it is generated
    }
    auto* request = new ApiRequest(m_transport, m_connection, r, true, this);
    // The lane decides about every retry itself: a 429 must slow the whole lane down, not
    // only this request.
    RetryPolicy none;
    none.maxRetries = 0;
    request->setPolicy(none);
    Flight f{std::move(task), {}, m_streaming ? std::make_shared<ChatStream>() : nullptr, -1};
    f.clock.start();
    m_inFlight.insert(request, std::move(f));
    m_stats.peakInFlight = std::max(m_stats.peakInFlight, int(m_inFlight.size()));
    ++m_stats.sent;
    if (m_streaming)
        connect(request, &ApiRequest::bodyData, this, [this, request](const QByteArray& bytes) {
            auto it = m_inFlight.find(request);
            if (it == m_inFlight.end())
                return;
            if (it->stream->feed(bytes).isEmpty())
                return;
            if (it->firstTokenMs < 0)
                it->firstTokenMs = it->clock.elapsed();
            emit partial(it->task.key, it->stream->content());
        });
    connect(request, &ApiRequest::finished, this,
            [this, request](const ApiRequest::Outcome& o) { onFinished(request, o); });
    request->start();
}

void ModelLane::onFinished(ApiRequest* request, const ApiRequest::Outcome& outcome)
{
    request->deleteLater();
    auto it = m_inFlight.find(request);
    if (it == m_inFlight.end())
        return;
    Flight flight = std::move(*it);
    m_inFlight.erase(it);
    Task& task = flight.task;
    ++task.attempts;

    std::optional<ApiError> streamError;
    std::optional<ChatAnswer> streamed;
    if (flight.stream && std::holds_alternative<HttpResponse>(outcome)) {
        streamError = flight.stream->finish();
        if (!streamError) {
            ChatAnswer a;
            a.content = flight.stream->content();
            a.finishReason = flight.stream->finishReason();
            if (const auto& u = flight.stream->usage()) {
                a.promptTokens = u->promptTokens;
                a.completionTokens = u->completionTokens;
            }
            streamed = a;
        }
    }
    if (const auto* response = std::get_if<HttpResponse>(&outcome); response && !streamError) {
        if (const auto answer = streamed ? streamed : ChatAnswer::fromJson(wire::parse(response->body))) {
            ++m_stats.answered;
            if (++m_streak >= m_limit && m_limit < m_max) {
                ++m_limit;
                m_streak = 0;
                m_stats.highestLimit = std::max(m_stats.highestLimit, m_limit);
            }
            emit answered(task.key, *answer, flight.clock.elapsed(), task.attempts, flight.firstTokenMs);
        } else {
            ApiError e;
            e.kind = ApiError::Kind::Parse;
            e.httpStatus = response->status;
            e.message = QCoreApplication::translate("td::ModelLane", "The server's answer could not be read: %1")
                            .arg(QString::fromUtf8(response->body.left(200)));
            ++m_stats.failed;
            emit failed(task.key, e, task.attempts);
        }
        pump();
        return;
    }

    // A stream that ended without [DONE] (or with an error object) is a failed attempt like any other.
    const ApiError& error = streamError ? *streamError : std::get<ApiError>(outcome);
    const RetryPolicy policy;
    if (error.kind == ApiError::Kind::Http && error.httpStatus == 429) {
        ++m_stats.rateLimited;
        // Multiplicative decrease: half as many in flight, and a pause as long as asked.
        m_limit = std::max(1, m_limit / 2);
        m_stats.lowestLimit = std::min(m_stats.lowestLimit, m_limit);
        m_streak = 0;
        --task.attempts; // a refused request was not an attempt at an answer
        if (++task.rateLimited <= kMaxRateLimitWaits) {
            const qint64 wait = policy.delayMs(error, std::min(task.rateLimited - 1, 4),
                                               [] { return QRandomGenerator::global()->generateDouble(); });
            m_holdUntilMs = std::max(m_holdUntilMs, m_clock.elapsed() + wait);
            m_queue.push_front(std::move(task));
            pump();
            return;
        }
    } else if (error.isRetryable() && error.kind != ApiError::Kind::Cancelled && task.attempts < kMaxAttempts) {
        ++m_stats.serverErrors;
        m_streak = 0;
        const qint64 wait =
            policy.delayMs(error, task.attempts - 1, [] { return QRandomGenerator::global()->generateDouble(); });
        ++m_delayed;
        QTimer::singleShot(int(wait), this, [this, task] {
            --m_delayed;
            if (m_cancelled)
                return;
            m_queue.push_front(task);
            pump();
        });
        pump();
        return;
    } else if (error.isRetryable()) {
        ++m_stats.serverErrors;
    }
    ++m_stats.failed;
    emit failed(task.key, error, task.attempts);
    pump();
}

} // namespace td
