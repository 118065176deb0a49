#include "HttpConnection.h"

namespace td::emu {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler)
    : QObject(socket)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void HttpConnection::onReadyRead()
{
    m_buffer.append(m_socket->readAll());
    while (true) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpRequestIn r;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        const QByteArray target = first.value(1);
        const qsizetype q = target.indexOf('?');
        r.path = q < 0 ? target : target.left(q);
        r.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype c = lines[i].indexOf(':');
            if (c > 0)
                r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        if (m_buffer.size() == end + 4 + length) {
            // The usual case, and the one that matters for a large upload: no second copy.
            m_buffer.remove(0, end + 4);
            r.body = std::move(m_buffer);
            m_buffer = QByteArray();
        } else {
            r.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
        }
        m_handler(r, this);
        if (!m_socket)
            return;
    }
}

void HttpConnection::respond(int status, const QByteArray& body, const QByteArray& contentType,
                             const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (!isOpen())
        return;
    if (m_dropNextAnswer) {
        m_dropNextAnswer = false;
        drop();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (status != 204) {
        out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    for (const auto& [k, v] : headers)
        out += k + ": " + v + "\r\n";
    m_socket->write(out + "\r\n" + (status == 204 ? QByteArray() : body));
    m_socket->flush();
}

void HttpConnection::respondRanged(const HttpRequestIn& request, const QByteArray& body, const QByteArray& contentType,
                                   const QList<QPair<QByteArray, QByteArray>>& headers, qint64 cutAfter)
{
    if (!isOpen())
        return;
    const qint64 size = body.size();
    int status = 200;
    qint64 from = 0;
    qint64 to = size - 1;
    QList<QPair<QByteArray, QByteArray>> h = headers;
    h.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
    const QByteArray range = request.headers.value("range");
    if (range.startsWith("bytes=")) {
        const QList<QByteArray> ends = range.mid(6).split('-');
        from = ends.value(0).toLongLong();
        if (!ends.value(1).isEmpty())
            to = qMin(to, ends.value(1).toLongLong());
        if (from >= size || from > to) {
            respond(416, {}, contentType, {{"Content-Range", "bytes */" + QByteArray::number(size)}});
            return;
        }
        status = 206;
        h.append(qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(from) + '-' +
                                                            QByteArray::number(to) + '/' + QByteArray::number(size)));
    }
    const QByteArray part = body.mid(from, to - from + 1);
    if (cutAfter < 0) {
        respond(status, part, contentType, h);
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(part.size()) + "\r\n";
    for (const auto& [k, v] : h)
        out += k + ": " + v + "\r\n";
    m_socket->write(out + "\r\n" + part.left(cutAfter));
    m_socket->disconnectFromHost(); // after the bytes written so far: the body ends short
}

void HttpConnection::beginStream(const QByteArray& contentType)
{
    if (!isOpen())
        return;
    m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + contentType +
                    "\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n\r\n");
    m_socket->flush();
}

void HttpConnection::streamChunk(const QByteArray& bytes)
{
    if (!isOpen() || bytes.isEmpty())
        return;
    m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    m_socket->flush();
}

void HttpConnection::endStream()
{
    if (!isOpen())
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->flush();
}

void HttpConnection::drop()
{
    if (m_socket)
        m_socket->abort();
}

} // namespace td::emu
