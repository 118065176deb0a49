#include "jobs/ModelDownload.h"
#include "core/Worker.h"

#include "api/transfer/FileDownload.h"
#include "dataset/TarExtractor.h"

#include <QDir>

namespace td {

ModelDownload::ModelDownload(const TogetherClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

ModelDownload::~ModelDownload()
{
    m_unpacking.waitForFinished();
}

Result<QString> ModelDownload::fileNameFor(const FineTuneJob& job, qint64 step, bool adapter)
{
    auto name = TogetherClient::downloadName(job.outputName.isEmpty() ? job.id : job.outputName);
    if (!name)
        return name.error();
    QString base = *name;
    if (step > 0)
        base += QStringLiteral("-checkpoint-%1").arg(step);
    if (job.isLora())
        base += adapter ? QStringLiteral("-adapter") : QStringLiteral("-merged");
    return base;
}

void ModelDownload::start(const FineTuneJob& job, qint64 step, bool adapter, const QString& folder, bool unpack)
{
    if (isRunning())
        return;
    const auto base = fileNameFor(job, step, adapter);
    if (!base) {
        emit failed(base.error().message, false);
        return;
    }
    const QString name = *base;
    m_download = new FileDownload(m_client.transport(), m_client.connection(),
                                  TogetherClient::downloadPath(job.id, job.isLora(), adapter, step),
                                  QDir(folder).filePath(name), this);
    m_download->setArchiveExtensionFromContentType(true);
    connect(m_download, &FileDownload::progress, this,
            [this, name](qint64 done, qint64 total) { emit progress(name, done, total); });
    connect(m_download, &FileDownload::retrying, this,
            [this](int, qint64, const ApiError& e) { emit resuming(e.message); });
    connect(m_download, &FileDownload::finished, this, [this, unpack](const std::optional<ApiError>& e) {
        FileDownload* d = m_download;
        m_download = nullptr;
        d->deleteLater();
        if (e) {
            emit failed(e->explanation(), e->kind == ApiError::Kind::Cancelled);
            return;
        }
        emit downloaded(d->targetPath());
        if (unpack)
            this->unpack(d->targetPath());
    });
    m_download->start();
}

void ModelDownload::unpack(const QString& archive)
{
    emit unpacking(archive);
    const QString folder = TarExtractor::folderFor(archive);
    // The worker's future is kept (and waited for on destruction).
    m_unpacking = runInBackground(
        this,
        [archive, folder] { return std::make_shared<Result<QStringList>>(TarExtractor::extract(archive, folder)); },
        [this, folder](const std::shared_ptr<Result<QStringList>>& files) {
            if (*files)
                emit unpacked(folder, **files);
            else
                emit failed(files->error().message, false);
        });
}

void ModelDownload::cancel()
{
    if (m_download)
        m_download->abort();
}

} // namespace td
