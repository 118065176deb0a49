// A model's tokenizer downloaded from the Hugging Face Hub (the emulator plays the Hub, serving
// tests/data/tokenizers/tiny-chatml as every repository): pinned to a commit, gated repositories
// need a token, the token never goes to the file host, a failed download leaves the cache as it
// was, and Together's model names map to the right repositories.
#include "EmulatorServer.h"
#include "TestFiles.h"
#include "api/http/CurlTransport.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/HfRepository.h"
#include "tokens/count/HfTokenizerDownload.h"
#include "tokens/count/TokenizerCache.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace td;

class TstTokenizerDownload : public QObject
{
    Q_OBJECT

    emu::EmulatorServer m_server;
    CurlTransport m_transport;

    // Runs one download to its end: the folder, or the failure's message.
    std::pair<QString, QString> download(const QString& model, const QString& token = {}, const QUrl& endpoint = QUrl())
    {
        HfTokenizerDownload::Request r;
        r.model = model;
        r.token = token;
        r.endpoint = endpoint.isEmpty() ? QUrl(QString::fromLatin1(m_server.hubUrl())) : endpoint;
        HfTokenizerDownload d(&m_transport, r);
        QSignalSpy done(&d, &HfTokenizerDownload::finished);
        QSignalSpy failed(&d, &HfTokenizerDownload::failed);
        d.start();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000))
            return {{}, QStringLiteral("timed out")};
        return done.isEmpty() ? std::pair<QString, QString>{{}, failed.front().front().toString()}
                              : std::pair<QString, QString>{done.front().front().toString(), {}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(TokenizerCache::root()).removeRecursively();
        m_server.setHubFiles(td::test::testDataDir() + QStringLiteral("/tokenizers/tiny-chatml"));
        QVERIFY(m_server.start());
    }

    void togetherNamesMapToHubRepositories()
    {
        QCOMPARE(HfRepository::forModel(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference")),
                 QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
        QCOMPARE(HfRepository::forModel(QStringLiteral("meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference")),
                 QStringLiteral("meta-llama/Llama-3.1-70B-Instruct"));
        QCOMPARE(HfRepository::forModel(QStringLiteral("meta-llama/Llama-3.3-70B-32k-Instruct-Reference")),
                 QStringLiteral("meta-llama/Llama-3.3-70B-Instruct"));
        QCOMPARE(HfRepository::forModel(QStringLiteral("deepseek-ai/DeepSeek-R1-Distill-Llama-70B-131k")),
                 QStringLiteral("deepseek-ai/DeepSeek-R1-Distill-Llama-70B"));
        QCOMPARE(HfRepository::forModel(QStringLiteral("Qwen/Qwen3-8B")), QStringLiteral("Qwen/Qwen3-8B"));
        QCOMPARE(HfRepository::forModel(QStringLiteral("meta-llama/Meta-Llama-3-8B-Instruct")),
                 QStringLiteral("meta-llama/Meta-Llama-3-8B-Instruct"));
        QCOMPARE(HfRepository::forModel(QStringLiteral("togethercomputer/llama-2-7b-chat")),
                 QStringLiteral("meta-llama/Llama-2-7b-chat-hf"));
        QVERIFY(HfRepository::isValidName(QStringLiteral("google/gemma-3-4b-it")));
        QVERIFY(!HfRepository::isValidName(QStringLiteral("../etc")));
        QVERIFY(!HfRepository::isValidName(QStringLiteral("a/b/c")));
    }

    // A public repository: the files land in the model's cache folder with the commit they came
    // from, and load as a tokenizer.
    void aPublicRepositoryIsCachedWithItsCommit()
    {
        const auto [folder, error] = download(QStringLiteral("Qwen/Qwen3-8B"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(folder, TokenizerCache::folderFor(QStringLiteral("Qwen/Qwen3-8B")));
        QVERIFY(Tokenizer::load(folder).ok());
        QCOMPARE(*TokenizerCache::find(QStringLiteral("Qwen/Qwen3-8B")), folder);
        const QString described = HfTokenizerDownload::describeCached(folder);
        QVERIFY2(described.startsWith(QStringLiteral("Qwen/Qwen3-8B @ ")) && described.size() == 23,
                 qPrintable(described));
        // Nothing of the download is left beside the cache's folders.
        QCOMPARE(QDir(TokenizerCache::root()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
    }

    // A gated repository: refused without a token, saying what to do, and nothing is cached;
    // with one it downloads, and the token never reaches the file host the Hub redirects to.
    void aGatedRepositoryNeedsATokenThatStaysWithTheHub()
    {
        const QString model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        auto [folder, error] = download(model);
        QVERIFY(folder.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("meta-llama/Llama-3.1-8B-Instruct is gated")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(TokenizerCache::folderFor(model)));
        std::tie(folder, error) = download(model, QStringLiteral("hf_test_token"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(Tokenizer::load(folder).ok());
        QCOMPARE(m_server.hubCdnRequestsWithToken(), 0);
        QVERIFY(m_server.requestCount("GET", "/hub-cdn/meta-llama/Llama-3.1-8B-Instruct/tokenizer.json") > 0);
    }

    // Downloading again replaces the folder whole; a failed download leaves it as it was.
    void aNewDownloadReplacesAFailedOneKeeps()
    {
        const QString model = QStringLiteral("Qwen/Qwen2.5-7B-Instruct");
        QVERIFY(download(model).second.isEmpty());
        const QString folder = TokenizerCache::folderFor(model);
        QVERIFY(td::test::writeFile(QDir(folder).filePath(QStringLiteral("stale.txt")), "old"));
        QVERIFY(download(model).second.isEmpty());
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("stale.txt"))));
        // A repository the Hub does not have.
        HfTokenizerDownload::Request r;
        r.model = model;
        r.repository = QStringLiteral("someone/missing-model");
        r.endpoint = QUrl(QString::fromLatin1(m_server.hubUrl()));
        HfTokenizerDownload d(&m_transport, r);
        QSignalSpy failed(&d, &HfTokenizerDownload::failed);
        d.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY2(failed.front().front().toString().contains(QStringLiteral("Hugging Face has no")),
                 qPrintable(failed.front().front().toString()));
        QVERIFY(Tokenizer::load(folder).ok()); // the cached one is still there
    }

    // A token is never sent over plain HTTP to another machine.
    void aTokenGoesOnlyOverHttpsOrToThisMachine()
    {
        const auto [folder, error] = download(QStringLiteral("Qwen/Qwen3-8B"), QStringLiteral("hf_secret"),
                                              QUrl(QStringLiteral("http://hub.example.test")));
        QVERIFY(folder.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("HTTP")) && !error.contains(QStringLiteral("hf_secret")),
                 qPrintable(error));
        QCOMPARE(m_server.hubCdnRequestsWithToken(), 0);
    }

    void cleanupTestCase() { QDir(TokenizerCache::root()).removeRecursively(); }
};

QTEST_GUILESS_MAIN(TstTokenizerDownload)
#include "tst_tokenizerdownload.moc"
