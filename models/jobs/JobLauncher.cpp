#include "jobs/JobLauncher.h"

#include "api/client/FileValidation.h"
#include "api/transfer/FileUpload.h"
#include "core/Settings.h"
#include "jobs/ServerFileVerdict.h"
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
    m_validated.insert(fileId);
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
                             if (const auto* f = std::get_if<RemoteFile>(&r)) {
                                 validate(path, f, known, validation, true);
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
        validate(path, &f, f.id, validation, false);
    });
    m_upload->start();
}

void JobLauncher::validate(const QString& path, const RemoteFile* known, const QString& fileId, bool validation,
                           bool reused)
{
    waitForValidation(path, known, fileId,
                      [this, path, fileId, validation, reused] { use(path, fileId, validation, reused); });
}

void JobLauncher::waitForValidation(const QString& path, const RemoteFile* known, const QString& fileId,
                                    std::function<void()> then)
{
    const quint64 generation = m_generation;
    const QString name = path.isEmpty() ? fileId : QFileInfo(path).fileName();
    emit stage(tr("Waiting for Together to validate %1…").arg(name));
    m_validation = new FileValidation(m_client, fileId, this);
    m_validation->setSchedule(m_data.validationPollMs, 5000, 60LL * 60 * 1000);
    connect(m_validation, &FileValidation::status, this, [this, name](const QString& status) {
        emit stage(tr("Together is validating %1 (%2)…").arg(name, status));
    });
    connect(m_validation, &FileValidation::finished, this,
            [this, generation, path, fileId, name, then](const UploadOutcome& o) {
                if (m_validation)
                    m_validation->deleteLater();
                if (generation != m_generation)
                    return;
                if (const auto* e = std::get_if<ApiError>(&o)) {
                    emit failed(Failure::Upload,
                                tr("Could not read the validation status of %1: %2").arg(name, e->explanation()));
                    return;
                }
                const RemoteFile& f = std::get<RemoteFile>(o);
                if (!FileValidation::isFinal(f.processingStatus)) {
                    emit failed(Failure::Invalid, tr("Together has not finished validating %1 (%2, still %3). Launch "
                                                     "again later; the upload is reused.")
                                                      .arg(name, fileId, f.processingStatus));
                    return;
                }
                switch (FileValidation::verdictOf(f)) {
                case FileValidation::Verdict::Completed:
                case FileValidation::Verdict::Unchecked:
                    m_validated.insert(fileId);
                    then();
                    return;
                case FileValidation::Verdict::Invalid:
                case FileValidation::Verdict::Failed:
                    emit failed(Failure::Invalid, ServerFileVerdict::describe(f, path));
                    return;
                }
            });
    m_validation->start(known ? std::optional<RemoteFile>(*known) : std::nullopt);
}

void JobLauncher::create(const FineTuneRequest& request, bool overLimitConfirmed)
{
    // A file id given as it is (typed, from a recipe, `jobs create FILE_ID`) is used only once
    // Together has validated it, like an upload.
    for (const QString& id : {request.trainingFile, request.validationFile})
        if (!id.isEmpty() && !m_validated.contains(id)) {
            waitForValidation(QString(), nullptr, id,
                              [this, request, overLimitConfirmed] { create(request, overLimitConfirmed); });
            return;
        }
    const quint64 generation = m_generation;
    emit stage(tr("Asking Together for the price…"));
    m_client.estimatePrice(
        request, this, [this, generation, request, overLimitConfirmed](const ApiResult<PriceEstimate>& r) {
            if (generation != m_generation)
                return;
            if (const auto* p = std::get_if<PriceEstimate>(&r)) {
                emit priced(*p);
                if (p->available && !p->allowedToProceed && !overLimitConfirmed) {
                    emit overLimit(request, *p);
                    return;
                }
            }
            emit stage(tr("Creating the fine-tune…"));
            createFineTuneOnce(m_client, request, this, [this, generation](const FineTuneCreation& c) {
                if (generation == m_generation)
                    emit created(c);
            });
        });
}

void JobLauncher::cancel()
{
    ++m_generation;
    if (m_upload) {
        m_upload->abort();
        m_upload->deleteLater();
    }
    if (m_validation) {
        m_validation->abort();
        m_validation->deleteLater();
    }
}

} // namespace td
