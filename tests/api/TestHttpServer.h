#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

// A scripted HTTP/1.1 server on loopback for transport tests: each request is parsed and
// handed to `handler`, which answers through the Reply (whole, in timed pieces, or never).
class TestHttpServer : public QTcpServer
{
public:
    struct Request
    {
        QByteArray method, path;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply
    {
        QTcpSocket* socket;
        void send(int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers = {})
        {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(status) +
                             " X\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
            for (const auto& [k, v] : headers)
                out += k + ": " + v + "\r\n";
            socket->write(out + "\r\n" + body);
            socket->flush();
        }
        // Chunked transfer: one piece every `intervalMs`; `end` false leaves it unfinished.
        void stream(const QList<QByteArray>& pieces, int intervalMs, bool end = true)
        {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n");
            socket->flush();
            for (int i = 0; i < pieces.size(); ++i) {
                const QByteArray piece = pieces[i];
                QTimer::singleShot(intervalMs * (i + 1), socket, [s = socket, piece] {
                    s->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
                    s->flush();
                });
            }
            if (end)
                QTimer::singleShot(intervalMs * (int(pieces.size()) + 1), socket, [s = socket] {
                    s->write("0\r\n\r\n");
                    s->flush();
                });
        }
    };

    std::function<void(const Request&, Reply&)> handler;
    QList<Request> received;
    int connections = 0; // accepted so far
    int disconnects = 0; // closed by the client so far

    TestHttpServer() { listen(QHostAddress::LocalHost); }
    QByteArray base() const { return "http://127.0.0.1:" + QByteArray::number(serverPort()); }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto* s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        ++connections;
        connect(s, &QTcpSocket::disconnected, this, [this] { ++disconnects; });
        auto* buffer = new QByteArray;
        connect(s, &QObject::destroyed, [buffer] { delete buffer; });
        connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            buffer->append(s->readAll());
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request r;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                r.method = first.value(0);
                r.path = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const qsizetype c = lines[i].indexOf(':');
                    if (c > 0)
                        r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
                }
                const qsizetype length = r.headers.value("content-length").toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                r.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                received.append(r);
                Reply reply{s};
                if (handler)
                    handler(r, reply);
            }
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
};
