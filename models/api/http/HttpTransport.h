#pragma once

#include "api/http/ApiError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>
#include <variant>

namespace td {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString uploadFile;           // the body streamed from this file instead (never loaded)
    qint64 uploadOffset = 0;      // ... from this byte
    qint64 uploadLength = -1;     // ... this many bytes (-1: to the end)
    bool followRedirects = false; // off: the upload dance needs to see the 302 itself
    int timeoutMs = 600000;       // whole request
    int connectTimeoutMs = 15000;
    // Give up when no byte moved either way for this long once connected (a server that
    // accepted the request and went silent); 0: only timeoutMs applies. Whole seconds.
    int stallTimeoutMs = 0;
    // On a new connection, never a kept-alive one: libcurl silently sends a request again when
    // a reused connection dies before any answer, which for a call with side effects (create a
    // fine-tune) would do it twice.
    bool freshConnection = false;
    bool streamBody = false; // deliver the body in pieces (bodyData) instead of at the end
    // A successful body goes to this file on the network thread instead: appended after a
    // 206 (a resumed range), written from the start after a 200. Error bodies stay in memory.
    QString downloadFile;
};

struct HttpResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;                              // empty when streamed
    QByteArray header(const QByteArray& lowerCaseName) const;
};

// One request in flight. Lives in the thread that started it; its signals arrive there.
class HttpJob : public QObject
{
    Q_OBJECT

public:
    using Outcome = std::variant<HttpResponse, ApiError>;
    ~HttpJob() override = default;
    virtual void abort() = 0;

signals:
    void headersReceived(int status);
    void bodyData(const QByteArray& bytes); // streamBody only
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void finished(const td::HttpJob::Outcome& outcome);

protected:
    using QObject::QObject;
};

// Where requests go: libcurl in the app and in integration tests, a fake in unit tests.
class HttpTransport
{
public:
    virtual ~HttpTransport() = default;
    // The job is owned by the caller (parent it, or delete it after finished()).
    virtual std::unique_ptr<HttpJob> start(const HttpRequest& request) = 0;
};

} // namespace td

Q_DECLARE_METATYPE(td::HttpJob::Outcome)
