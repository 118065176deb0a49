#pragma once

#include "api/client/TogetherClient.h"
#include "api/transfer/FileDownload.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>

namespace td {

// Downloading a fine-tune's tokenized training data, the one way the job page and
// `tunedesk-cli jobs download-tokenized` do it: Together names a pre-signed address
// (GET fine-tunes/{id}/download-tokenized-dataset), which is fetched without the API key
// into the folder under the name the server gives (refused if it could lead out of the
// folder), resumed after a dropped connection.
class TokenizedDownload final : public QObject
{
    Q_OBJECT

public:
    explicit TokenizedDownload(const TogetherClient& client, QObject* parent = nullptr);

    // The server's file name made safe: its last path part; "" or "." or ".." give the fallback.
    static QString fileNameFor(const QString& serverName, const QString& jobId);

    void start(const QString& jobId, const QString& folder);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(const QString& name, qint64 done, qint64 total);
    void resuming(const QString& reason);
    void downloaded(const QString& path);
    void failed(const QString& message, bool cancelled);

private:
    TogetherClient m_client;
    QPointer<ApiRequest> m_link;
    QPointer<FileDownload> m_download;
    bool m_running = false;
};

} // namespace td
