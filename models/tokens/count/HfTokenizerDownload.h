#pragma once

#include "api/http/ApiRequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace td {

// Downloads a model's tokenizer (tokenizer.json and tokenizer_config.json) from the Hugging
// Face Hub into TokenizerCache's folder for the model, pinned to the commit the revision named
// when it was asked (revision.json beside the files says which repository and commit, so a
// count can say where its tokenizer came from). A gated repository (Meta's Llama, Google's
// Gemma) needs the user's Hugging Face token: it goes only to the Hub's own host, never to the
// file host the Hub redirects large files to, and only where KeyDestination allows. The files
// are loaded as a tokenizer before they replace what the cache held; a failed or cancelled
// download leaves the cache as it was. The app's tokens bar and `tunedesk-cli tokens
// --download` run this.
class HfTokenizerDownload final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString model;      // Together's name: the cache folder is TokenizerCache::folderFor(model)
        QString repository; // empty: HfRepository::forModel(model)
        QString revision = QStringLiteral("main");
        QString token; // Hugging Face token; empty for a public repository
        QUrl endpoint; // empty: HfRepository::endpoint()
    };

    HfTokenizerDownload(HttpTransport* transport, Request request, QObject* parent = nullptr);
    ~HfTokenizerDownload() override;

    void start();
    void cancel();
    QString repository() const { return m_request.repository; }

    // Where a cached folder's tokenizer came from ("meta-llama/Llama-3.1-8B-Instruct @ 0e9e39f"),
    // from its revision.json; empty when the folder was filled by hand.
    static QString describeCached(const QString& folder);

signals:
    void progress(const QString& what);
    void finished(const QString& folder, const QString& commit);
    void failed(const QString& message);

private:
    void resolveRevision();
    void fetch(int file, const QUrl& url, int redirects);
    void install();
    void fail(const QString& message);
    QString failure(const ApiError& e, const QString& what) const;
    HttpRequest request(const QUrl& url) const;

    HttpTransport* m_transport;
    Request m_request;
    QString m_commit;
    std::unique_ptr<QTemporaryDir> m_dir;
    QPointer<ApiRequest> m_call;
    bool m_configMissing = false;
};

} // namespace td
