#pragma once

#include "api/http/ApiRequest.h"
#include "api/http/ChatStream.h"

#include <QElapsedTimer>

namespace td {

// A streamed chat completion: POST chat/completions with "stream": true, the answer decoded
// as it arrives, time to first token measured, and every way a stream fails (an error
// answer, an error object mid-stream, a connection cut before [DONE]) reported as an error
// with the partial text kept.
class ChatCompletion : public QObject
{
    Q_OBJECT

public:
    // `requestJson` is the body without "stream" (it is added).
    ChatCompletion(HttpTransport* transport, const Connection& connection, const QByteArray& requestJson,
                   QObject* parent = nullptr);

    void start();
    void stop();
    const ChatStream& stream() const { return m_stream; }
    qint64 firstTokenMs() const { return m_firstTokenMs; }

signals:
    void delta(const QString& text);
    void finished(const std::optional<td::ApiError>& error);
    void retrying(int attempt, qint64 delayMs, const td::ApiError& error);

private:
    ApiRequest* m_request;
    ChatStream m_stream;
    QElapsedTimer m_clock;
    qint64 m_firstTokenMs = -1;
};

} // namespace td
