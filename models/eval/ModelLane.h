#pragma once

#include "api/http/ApiRequest.h"
#include "api/http/ChatStream.h"
#include "api/wire/ChatAnswer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace td {

// The requests to one model, sent concurrently within its limits. The number in flight adapts
// to what the server allows: halved on every 429 (and nothing new is sent until its
// retry-after has passed), grown by one after as many answers in a row as are allowed in
// flight (slow additive increase), never above the model's maximum. A 429 is always asked
// again (it means nothing was done); 408, 5xx and network errors up to kMaxAttempts times
// with backoff; anything else fails at once. Failures are reported, never dropped.
// A streaming lane asks for the answer as a stream ("stream": true): the text so far is
// reported as it grows (the grid shows it), and the time to the first token is measured from
// the request to the first text that arrives.
class ModelLane final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 5;        // 5xx / network
    static constexpr int kMaxRateLimitWaits = 50; // 429s for one request before it fails

    struct Task
    {
        quint64 key = 0;
        QByteArray body; // the chat/completions request (empty: made by the lane's BodyFor when sent)
        int attempts = 0;
        int rateLimited = 0;
    };
    struct Stats
    {
        int sent = 0;
        int answered = 0;
        int failed = 0;
        int rateLimited = 0;  // 429s
        int serverErrors = 0; // 5xx, 408 and network errors that were asked again or failed
        int peakInFlight = 0;
        int lowestLimit = 0, highestLimit = 0; // how far the allowed concurrency moved
    };

    ModelLane(HttpTransport* transport, Connection connection, int maxConcurrency, QObject* parent = nullptr);
    ~ModelLane() override;
    // Before the first enqueue.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    bool isStreaming() const { return m_streaming; }

    // Makes a task's request body when it is sent, so thousands of queued tasks hold only their
    // keys (building every body up front stalled the GUI thread for 40 ms at 6,000).
    using BodyFor = std::function<QByteArray(quint64 key)>;
    void setBodyFor(BodyFor bodyFor) { m_bodyFor = std::move(bodyFor); }

    void enqueue(const Task& task);
    // Many at once: the lane is topped up once, after the last (6,000 one by one took 5 ms).
    void enqueue(std::vector<Task> tasks);
    // Paused: nothing new is sent; requests in flight finish and are reported.
    void setPaused(bool paused);
    // Aborts what is in flight and forgets what is queued (nothing more is reported).
    void cancel();
    int limit() const { return m_limit; }
    int inFlight() const { return int(m_inFlight.size()); }
    int queued() const { return int(m_queue.size()) + m_delayed; }
    bool isIdle() const { return m_inFlight.isEmpty() && m_queue.empty() && m_delayed == 0; }
    const Stats& stats() const { return m_stats; }

signals:
    // firstTokenMs: from sending to the first text of a streamed answer (-1: not streamed, or
    // no text came).
    void answered(quint64 key, const td::ChatAnswer& answer, qint64 ms, int attempts, qint64 firstTokenMs);
    // A streamed answer grew: all of its text so far.
    void partial(quint64 key, const QString& textSoFar);
    void failed(quint64 key, const td::ApiError& error, int attempts);
    void idle();

private:
    void pump();
    void send(Task task);
    void onFinished(ApiRequest* request, const ApiRequest::Outcome& outcome);

    HttpTransport* m_transport;
    BodyFor m_bodyFor;
    Connection m_connection;
    int m_max;
    int m_limit;
    int m_streak = 0; // answers in a row since the limit last changed
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_streaming = false;
    std::deque<Task> m_queue;
    int m_delayed = 0; // waiting out a backoff before going back into the queue
    struct Flight
    {
        Task task;
        QElapsedTimer clock;
        std::shared_ptr<ChatStream> stream; // streaming lanes only
        qint64 firstTokenMs = -1;
    };
    QHash<ApiRequest*, Flight> m_inFlight;
    QElapsedTimer m_clock;
    qint64 m_holdUntilMs = 0; // no new request before this (a 429's retry-after)
    QTimer m_holdTimer;
    Stats m_stats;
};

} // namespace td
