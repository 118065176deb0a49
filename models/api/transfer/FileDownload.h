#pragma once

#include "api/http/ApiRequest.h"

#include <QObject>
#include <QString>

#include <optional>

namespace td {

// Downloads a file from the API (a fine-tune's archive, a file's content) straight to disk:
// the network thread writes the body into "<target>.part", a dropped connection or a 5xx is
// resumed from the bytes already there with "Range: bytes=N-" (up to 5 times, backing off),
// a .part left by an earlier run is resumed too, and the finished file is renamed into place
// only when its size matches what the server announced.
class FileDownload : public QObject
{
    Q_OBJECT

public:
    // `apiPath` is relative to the base URL ("finetune/download?ft_id=...").
    FileDownload(HttpTransport* transport, const Connection& connection, QString apiPath, QString targetPath,
                 QObject* parent = nullptr);

    // A download from a pre-signed address (storage that is authorized by the address itself,
    // like the tokenized dataset's): no API key is sent there, whatever host it is on.
    static FileDownload* presigned(HttpTransport* transport, const QUrl& url, QString targetPath, int stallTimeoutMs,
                                   QObject* parent = nullptr);

    void start();
    void abort();
    // When the target is named after the content: ".tar.gz" if the server says x-tar, else
    // ".tar.zst" (the Python SDK's rule), appended to the target path at the end.
    void setArchiveExtensionFromContentType(bool on) { m_archiveExtension = on; }
    void setMaxRetries(int n) { m_maxRetries = n; }
    QString targetPath() const { return m_target; }
    int resumes() const { return m_resumes; }

signals:
    void progress(qint64 received, qint64 total); // total -1 while unknown
    void retrying(int attempt, qint64 delayMs, const td::ApiError& error);
    void finished(const std::optional<td::ApiError>& error);

private:
    void attempt();
    void onFinished(const ApiRequest::Outcome& outcome);
    void fail(const ApiError& error);
    QString partPath() const { return m_part; }

    HttpTransport* m_transport;
    Connection m_connection;
    QString m_apiPath;
    QUrl m_absoluteUrl; // valid: a pre-signed address used as it is, without the key
    QString m_target;
    QString m_part; // the target's name (before any extension is added) + ".part"
    ApiRequest* m_request = nullptr;
    qint64 m_offset = 0; // bytes on disk when the current attempt started
    qint64 m_total = -1;
    int m_resumes = 0;
    int m_maxRetries = 5;
    bool m_archiveExtension = false;
    bool m_aborted = false;
};

} // namespace td
