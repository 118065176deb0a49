#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

namespace td::emu {

struct HttpRequestIn
{
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// One keep-alive HTTP/1.1 connection of the emulator: parses requests with Content-Length
// bodies and answers whole, or streams chunked bodies piece by piece (SSE), or drops.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequestIn&, HttpConnection*)>;
    HttpConnection(QTcpSocket* socket, Handler handler);

    void respond(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                 const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Answers with `body`, or the part a "Range: bytes=a-b" header asks for (206 with
    // Content-Range, or 416). `cutAfter` >= 0 sends that many body bytes, then hangs up.
    void respondRanged(const HttpRequestIn& request, const QByteArray& body, const QByteArray& contentType,
                       const QList<QPair<QByteArray, QByteArray>>& headers = {}, qint64 cutAfter = -1);
    void beginStream(const QByteArray& contentType = "text/event-stream");
    void streamChunk(const QByteArray& bytes);
    void endStream();
    // Closes the connection at once (a dropped stream or upload).
    void drop();
    // The next answer is not sent: the connection is closed instead (the work is done, the
    // answer lost on the way).
    void dropNextAnswer() { m_dropNextAnswer = true; }
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

private:
    void onReadyRead();

    QPointer<QTcpSocket> m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_dropNextAnswer = false;
};

} // namespace td::emu
