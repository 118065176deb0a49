#pragma once

#include "api/client/TogetherClient.h"
#include "api/transfer/FileUpload.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace td {

// Together validates an uploaded fine-tune file on its side (since 2026-06): the file's
// processing_status goes PENDING, QUEUED, RUNNING and ends COMPLETED, INVALID_FORMAT or FAILED,
// and a job launched before COMPLETED fails. This follows one file there: it reads
// GET files/{id} every so often (250 ms at first, doubling up to 5 s) until the status is final,
// then reports the file as the server last described it. Statuses it does not know are taken
// as "not yet"; a file without a status (an older server, or a purpose that is not validated)
// is final as it is.
class FileValidation final : public QObject
{
    Q_OBJECT

public:
    enum class Verdict {
        Completed, // validated: a job may use it
        Invalid,   // INVALID_FORMAT: the report says why
        Failed,    // FAILED: the pipeline itself failed
        Unchecked, // no processing_status: nothing to wait for
    };

    FileValidation(const TogetherClient& client, QString fileId, QObject* parent = nullptr);

    // `file`: an answer already at hand (the upload's), looked at before asking again.
    void start(const std::optional<RemoteFile>& file = std::nullopt);
    void abort();
    void setSchedule(int firstMs, int maxMs, qint64 giveUpMs);

    static bool isFinal(const QString& processingStatus);
    static Verdict verdictOf(const RemoteFile& file); // for a file whose status is final

signals:
    // Each new status while it is not final.
    void status(const QString& processingStatus);
    // The file as last read, or the error that ended the wait. Its status is final unless the
    // wait was given up on (after an hour unless set otherwise).
    void finished(const td::UploadOutcome& outcome);

private:
    void poll();
    void consider(const RemoteFile& file);

    TogetherClient m_client;
    QString m_fileId;
    QString m_lastStatus;
    QTimer m_timer;
    QElapsedTimer m_since;
    QPointer<ApiRequest> m_request;
    int m_firstMs = 250;
    int m_maxMs = 5000;
    int m_nextMs = 250;
    qint64 m_giveUpMs = 60LL * 60 * 1000;
    bool m_done = false;
};

} // namespace td
