#pragma once

#include "api/client/TogetherClient.h"
#include "api/transfer/FileDownload.h"
#include "api/wire/FineTuneJob.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace td {

// Downloading a fine-tuned model and unpacking it, the one way the job page and
// `tunedesk-cli jobs download` do it: the archive is named after the job's output name (with
// the checkpoint's step and, for LoRA, "merged" or "adapter"), resumed after a dropped
// connection, and unpacked on a worker into a folder of its own name beside it.
class ModelDownload final : public QObject
{
    Q_OBJECT

public:
    explicit ModelDownload(const TogetherClient& client, QObject* parent = nullptr);
    ~ModelDownload() override; // waits for an unpacking underway

    // The archive's name without its extension: "user--model[-checkpoint-N][-merged|-adapter]".
    static Result<QString> fileNameFor(const FineTuneJob& job, qint64 step, bool adapter);

    // Downloads `job` (its checkpoint `step`, 0: the final model) into `folder`; unpacks it
    // when `unpack`.
    void start(const FineTuneJob& job, qint64 step, bool adapter, const QString& folder, bool unpack);
    void cancel();
    bool isRunning() const { return m_download || m_unpacking.isRunning(); }

signals:
    void progress(const QString& name, qint64 done, qint64 total);
    void resuming(const QString& reason);
    void downloaded(const QString& archive);
    void unpacking(const QString& archive);
    void unpacked(const QString& folder, const QStringList& files);
    // `cancelled`: stopped by cancel(); a later start resumes where it stopped.
    void failed(const QString& message, bool cancelled);

private:
    void unpack(const QString& archive);

    TogetherClient m_client;
    QPointer<FileDownload> m_download;
    QFuture<void> m_unpacking;
};

} // namespace td
