#pragma once

#include "api/http/ApiRequest.h"
#include "api/transfer/FileUpload.h"

#include <QList>
#include <QObject>

namespace td {

// Uploads a file above 5 GiB the way Together's clients do (contract 2.3): initiate with
// the part plan, PUT each byte range to its pre-signed URL (no API key, the URL's own
// headers, at most four at once, each streamed from disk), collect the ETags, complete; on
// any failure the upload is aborted on the server.
class MultipartUpload : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        int parts = 1;
        qint64 partSize = 0;
    };
    // Target 250 MiB parts, at least 5 MiB, at most 250 parts (the SDK's rule).
    static Plan planFor(qint64 size, qint64 targetPartSize = 250LL << 20, qint64 minPartSize = 5LL << 20);

    MultipartUpload(HttpTransport* transport, const Connection& connection, QString path, QString purpose,
                    QObject* parent = nullptr);
    void start();
    void abort();
    // Tests use small parts instead of 250 MiB ones.
    void setPartSizes(qint64 target, qint64 minimum)
    {
        m_targetPart = target;
        m_minPart = minimum;
    }

signals:
    void progress(qint64 sent, qint64 total);
    void finished(const td::UploadOutcome& outcome);

private:
    struct Part
    {
        int number = 0;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 offset = 0;
        qint64 length = 0;
        qint64 sent = 0;
        QByteArray etag;
        ApiRequest* request = nullptr;
    };
    void initiate();
    void startParts();
    void complete();
    void fail(ApiError error);
    void reportProgress();

    HttpTransport* m_transport;
    Connection m_connection;
    QString m_path;
    QString m_purpose;
    qint64 m_size = 0;
    qint64 m_targetPart = 250LL << 20;
    qint64 m_minPart = 5LL << 20;
    QString m_uploadId;
    QString m_fileId;
    QList<Part> m_parts;
    int m_next = 0;
    int m_running = 0;
    bool m_failed = false;
    ApiRequest* m_current = nullptr;
};

} // namespace td
