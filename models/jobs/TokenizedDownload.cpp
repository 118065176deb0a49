#include "jobs/TokenizedDownload.h"

#include <QDir>
#include <QFileInfo>

namespace td {

TokenizedDownload::TokenizedDownload(const TogetherClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

QString TokenizedDownload::fileNameFor(const QString& serverName, const QString& jobId)
{
    QString name = serverName;
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.section(QLatin1Char('/'), -1).trimmed();
    name.remove(QChar(0));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = jobId + QStringLiteral("-tokenized-dataset");
    // The job id comes from the user or the server too: no separators in the result.
    return name.replace(QLatin1Char('/'), QLatin1Char('-'));
}

void TokenizedDownload::start(const QString& jobId, const QString& folder)
{
    cancel();
    m_running = true;
    m_link = m_client.tokenizedDataset(jobId, this, [this, jobId, folder](const ApiResult<TokenizedDataset>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_running = false;
            emit failed(e->httpStatus == 404
                            ? tr("Together has no tokenized dataset for %1 (yet): %2").arg(jobId, e->message)
                            : e->message,
                        e->kind == ApiError::Kind::Cancelled);
            return;
        }
        const TokenizedDataset& t = std::get<TokenizedDataset>(r);
        const QString name = fileNameFor(t.filename, jobId);
        const QString target = QDir(folder.isEmpty() ? QStringLiteral(".") : folder).filePath(name);
        m_download =
            FileDownload::presigned(m_client.transport(), t.url, target, m_client.connection().stallTimeoutMs, this);
        connect(m_download, &FileDownload::progress, this, [this, name, size = t.size](qint64 done, qint64 total) {
            emit progress(name, done, total > 0 ? total : size);
        });
        connect(m_download, &FileDownload::retrying, this,
                [this](int, qint64, const ApiError& e) { emit resuming(e.message); });
        connect(m_download, &FileDownload::finished, this, [this, target](const std::optional<ApiError>& e) {
            m_download->deleteLater();
            m_running = false;
            if (e)
                emit failed(e->message, e->kind == ApiError::Kind::Cancelled);
            else
                emit downloaded(target);
        });
        m_download->start();
    });
}

void TokenizedDownload::cancel()
{
    if (m_link)
        m_link->abort();
    if (m_download)
        m_download->abort();
}

} // namespace td
