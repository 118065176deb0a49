#include "api/client/FileValidation.h"

namespace td {

FileValidation::FileValidation(const TogetherClient& client, QString fileId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_fileId(std::move(fileId))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FileValidation::poll);
}

void FileValidation::setSchedule(int firstMs, int maxMs, qint64 giveUpMs)
{
    m_firstMs = firstMs;
    m_maxMs = maxMs;
    m_giveUpMs = giveUpMs;
}

bool FileValidation::isFinal(const QString& s)
{
    return s.isEmpty() || s.compare(QLatin1String("COMPLETED"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("INVALID_FORMAT"), Qt::CaseInsensitive) == 0 ||
           s.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0;
}

FileValidation::Verdict FileValidation::verdictOf(const RemoteFile& f)
{
    const QString& s = f.processingStatus;
    if (s.isEmpty())
        return Verdict::Unchecked;
    if (s.compare(QLatin1String("COMPLETED"), Qt::CaseInsensitive) == 0)
        return f.valid.value_or(true) ? Verdict::Completed : Verdict::Invalid;
    if (s.compare(QLatin1String("INVALID_FORMAT"), Qt::CaseInsensitive) == 0)
        return Verdict::Invalid;
    return Verdict::Failed;
}

void FileValidation::start(const std::optional<RemoteFile>& file)
{
    m_done = false;
    m_nextMs = m_firstMs;
    m_since.start();
    // An answer without a status (a multipart upload's, an older server's) is asked again.
    if (file && file->id == m_fileId && !file->processingStatus.isEmpty()) {
        consider(*file);
        return;
    }
    poll();
}

void FileValidation::abort()
{
    m_done = true;
    m_timer.stop();
    if (m_request)
        m_request->abort();
}

void FileValidation::poll()
{
    if (m_done)
        return;
    m_request = m_client.getFile(m_fileId, this, [this](const ApiResult<RemoteFile>& r) {
        if (m_done)
            return;
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_done = true;
            emit finished(*e);
            return;
        }
        consider(std::get<RemoteFile>(r));
    });
}

void FileValidation::consider(const RemoteFile& file)
{
    if (isFinal(file.processingStatus)) {
        m_done = true;
        emit finished(file);
        return;
    }
    if (file.processingStatus != m_lastStatus) {
        m_lastStatus = file.processingStatus;
        emit status(m_lastStatus);
    }
    if (m_since.elapsed() >= m_giveUpMs) {
        m_done = true;
        emit finished(file); // not final: given up on
        return;
    }
    m_timer.start(m_nextMs);
    m_nextMs = std::min(m_maxMs, m_nextMs * 2);
}

} // namespace td
