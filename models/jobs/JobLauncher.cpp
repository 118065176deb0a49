#include "jobs/JobLauncher.h"

#include "api/FileUpload.h"
#include "core/Settings.h"
#include "jobs/UploadMemory.h"
#include "validate/ParityChecker.h"

#include <QFileInfo>

namespace td {

JobLauncher::JobLauncher(const TogetherClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

void JobLauncher::prepareData(const FineTuneRequest& request, const Data& data)
{
    cancel();
    m_request = request;
    m_data = data;
    next();
}

void JobLauncher::next()
{
    // The training file first, then the validation file; each only when its id is missing.
    if (m_request.trainingFile.isEmpty() && !m_data.trainingPath.isEmpty()) {
        upload(m_data.trainingPath, false, true);
        return;
    }
    if (m_request.validationFile.isEmpty() && !m_data.validationPath.isEmpty()) {
        upload(m_data.validationPath, true, true);
        return;
    }
    emit dataReady(m_request);
}

void JobLauncher::use(const QString& path, const QString& fileId, bool validation, bool reused)
{
    (validation ? m_request.validationFile : m_request.trainingFile) = fileId;
    emit fileReady(path, fileId, validation, reused);
    next();
}

void JobLauncher::upload(const QString& path, bool validation, bool reuse)
{
    const quint64 generation = m_generation;
    const QString base = m_client.connection().baseUrl.toString();
    const QString name = QFileInfo(path).fileName();
    // Uploaded before, unchanged since, and still there: used instead of uploading again.
    if (const QString known = reuse ? UploadMemory(Settings::instance()).lookup(path, base) : QString();
        !known.isEmpty()) {
        emit stage(tr("Looking for the earlier upload of %1…").arg(name));
        m_client.getFile(known, this,
                         [this, generation, path, validation, known, base](const ApiResult<RemoteFile>& r) {
                             if (generation != m_generation)
                                 return;
                             if (std::holds_alternative<RemoteFile>(r)) {
                                 use(path, known, validation, true);
                                 return;
                             }
                             if (std::get<ApiError>(r).httpStatus == 404)
                                 UploadMemory(Settings::instance()).forget(path, base);
                             upload(path, validation, false); // not to be found: checked and uploaded again
                         });
        return;
    }
    // Checked as Together's clients check it before anything is sent.
    if (m_data.check) {
        emit stage(tr("Checking %1…").arg(name));
        const auto checked = checkFileParity(QFileInfo(path).absoluteFilePath());
        if (!checked) {
            emit failed(Failure::Rejected, checked.error().message);
            return;
        }
        if (!checked->passed() && !m_data.uploadRejected) {
            emit failed(
                Failure::Rejected,
                tr("Together's checker would reject %1: %2").arg(name, QString::fromStdString(checked->message())));
            return;
        }
    }
    emit stage(tr("Uploading %1…").arg(name));
    m_upload = new FileUpload(m_client.transport(), m_client.connection(), path, QStringLiteral("fine-tune"), this);
    connect(m_upload, &FileUpload::progress, this,
            [this, name](qint64 sent, qint64 total) { emit uploadProgress(name, sent, total); });
    connect(m_upload, &FileUpload::finished, this, [this, generation, path, validation, base](const UploadOutcome& o) {
        if (m_upload)
            m_upload->deleteLater();
        if (generation != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&o)) {
            emit failed(Failure::Upload, tr("Upload failed: %1").arg(e->explanation()));
            return;
        }
        const RemoteFile& f = std::get<RemoteFile>(o);
        UploadMemory(Settings::instance()).remember(path, f.id, base);
        use(path, f.id, validation, false);
    });
    m_upload->start();
}

void JobLauncher::create(const FineTuneRequest& request)
{
    const quint64 generation = m_generation;
    emit stage(tr("Creating the fine-tune…"));
    createFineTuneOnce(m_client, request, this, [this, generation](const FineTuneCreation& c) {
        if (generation == m_generation)
            emit created(c);
    });
}

void JobLauncher::cancel()
{
    ++m_generation;
    if (m_upload) {
        m_upload->abort();
        m_upload->deleteLater();
    }
}

} // namespace td
