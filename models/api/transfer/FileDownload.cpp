#include "api/transfer/FileDownload.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace td {

FileDownload::FileDownload(HttpTransport* transport, const Connection& connection, QString apiPath, QString targetPath,
                           QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_connection(connection)
    , m_apiPath(std::move(apiPath))
    , m_target(std::move(targetPath))
    , m_part(m_target + QStringLiteral(".part"))
{}

FileDownload* FileDownload::presigned(HttpTransport* transport, const QUrl& url, QString targetPath, int stallTimeoutMs,
                                      QObject* parent)
{
    Connection storage; // no key
    storage.stallTimeoutMs = stallTimeoutMs;
    auto* d = new FileDownload(transport, storage, QString(), std::move(targetPath), parent);
    d->m_absoluteUrl = url;
    return d;
}

void FileDownload::start()
{
    if (!QFileInfo(QFileInfo(m_target).absolutePath()).isWritable()) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = tr("Cannot write to the folder %1").arg(QFileInfo(m_target).absolutePath());
        QTimer::singleShot(0, this, [this, e] { fail(e); });
        return;
    }
    attempt();
}

void FileDownload::abort()
{
    m_aborted = true;
    if (m_request)
        m_request->abort();
}

void FileDownload::attempt()
{
    if (m_aborted)
        return;
    m_offset = QFileInfo(partPath()).size(); // 0 when absent
    HttpRequest r = ApiRequest::jsonRequest(m_connection, "GET", m_apiPath);
    if (m_absoluteUrl.isValid())
        r.url = m_absoluteUrl; // the connection has no key (presigned())
    r.headers.replace(0, qMakePair(QByteArray("Accept"), QByteArray("application/octet-stream")));
    if (m_offset > 0)
        r.headers.append(qMakePair(QByteArray("Range"), "bytes=" + QByteArray::number(m_offset) + '-'));
    r.downloadFile = partPath();
    // Storage may sit behind a redirect; curl drops the API key if the host changes.
    r.followRedirects = true;
    r.timeoutMs = 6 * 60 * 60 * 1000;
    m_request = new ApiRequest(m_transport, m_connection, r, true, this);
    RetryPolicy once;
    once.maxRetries = 0; // resuming needs a new Range: retried here, not by ApiRequest
    m_request->setPolicy(once);
    connect(m_request, &ApiRequest::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progress(m_offset + received, total > 0 ? m_offset + total : -1);
    });
    connect(m_request, &ApiRequest::finished, this, &FileDownload::onFinished);
    m_request->start();
}

void FileDownload::onFinished(const ApiRequest::Outcome& outcome)
{
    m_request->deleteLater();
    m_request = nullptr;
    if (const auto* e = std::get_if<ApiError>(&outcome)) {
        if (e->kind == ApiError::Kind::Cancelled || m_aborted) {
            fail(*e); // the .part stays: a later download resumes it
            return;
        }
        if (e->httpStatus == 416 && m_offset > 0) {
            // What we have does not fit the file any more: start over.
            QFile::remove(partPath());
            attempt();
            return;
        }
        const bool transient = e->kind == ApiError::Kind::Network || e->isRetryable();
        if (!transient || m_resumes >= m_maxRetries) {
            fail(*e);
            return;
        }
        ++m_resumes;
        const qint64 delay = qMin<qint64>(1000LL << (m_resumes - 1), 30000);
        emit retrying(m_resumes + 1, delay, *e);
        QTimer::singleShot(int(delay), this, &FileDownload::attempt);
        return;
    }
    const HttpResponse& res = std::get<HttpResponse>(outcome);
    // The whole size: after "bytes a-b/TOTAL" for a range, else the body's length.
    const QByteArray range = res.header("content-range");
    if (const qsizetype slash = range.lastIndexOf('/'); slash > 0 && range.mid(slash + 1) != "*")
        m_total = range.mid(slash + 1).toLongLong();
    else
        m_total = res.header("content-length").isEmpty() ? -1 : res.header("content-length").toLongLong();
    const qint64 have = QFileInfo(partPath()).size();
    if (m_total >= 0 && have != m_total) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = tr("The download ended at %1 of %2 bytes").arg(have).arg(m_total);
        if (m_resumes < m_maxRetries) {
            ++m_resumes;
            emit retrying(m_resumes + 1, 0, e);
            QTimer::singleShot(0, this, &FileDownload::attempt);
        } else {
            fail(e);
        }
        return;
    }
    if (m_archiveExtension)
        m_target +=
            res.header("content-type").contains("x-tar") ? QStringLiteral(".tar.gz") : QStringLiteral(".tar.zst");
    QFile::remove(m_target);
    if (!QFile::rename(m_part, m_target)) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = tr("The download is complete in %1 but could not be renamed to %2").arg(m_part, m_target);
        fail(e);
        return;
    }
    emit progress(have, have);
    emit finished(std::nullopt);
}

void FileDownload::fail(const ApiError& error)
{
    emit finished(error);
}

} // namespace td
