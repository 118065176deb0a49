#include "ApiCall.h"
#include "EmulatorServer.h"

#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileDownload.h"
#include "api/transfer/FileUpload.h"
#include "jobs/TokenPreview.h"
#include "jobs/TokenizedDownload.h"

#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;
using test::call;
using test::ok;

// Together's 2026 fine-tuning additions against the emulator: the tokenization preview, the
// metrics in their documented shape and the tokenized dataset behind a pre-signed address.
class TestApiPreview : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<TogetherClient> m_client;

    QString upload(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, bytes))
            return {};
        FileUpload up(&m_transport, m_client->connection(), path);
        QSignalSpy done(&up, &FileUpload::finished);
        up.start();
        if (!done.wait(20000))
            return {};
        const auto outcome = done.front().front().value<UploadOutcome>();
        return std::holds_alternative<RemoteFile>(outcome) ? std::get<RemoteFile>(outcome).id : QString();
    }

    FineTunePreview preview(const QString& file, int topK, std::optional<bool> inputs = std::nullopt,
                            const QString& model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"))
    {
        PreviewRequest r;
        r.model = model;
        r.trainingFile = file;
        r.topK = topK;
        r.trainOnInputs = inputs;
        return ok(call<FineTunePreview>([&](QObject* c, auto d) { return m_client->previewFineTune(r, c, d); }));
    }

    static QByteArray conversations()
    {
        return R"({"messages":[{"role":"user","content":"What is LoRA?"},{"role":"assistant","content":"A low-rank adapter."}]}
{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello! How can I help?","weight":0},{"role":"user","content":"Price?"},{"role":"assistant","content":"49 dollars, café included."}]}

{"messages":[{"role":"user","content":"Train on this question","weight":1},{"role":"assistant","content":"And this answer."}]}
{"messages":[{"role":"user","content":"Not previewed"},{"role":"assistant","content":"Beyond top_k."}]}
)";
    }

    // The rows Together's validation accepts (no blank line, no weight on a user message).
    static QByteArray trainableConversations()
    {
        QByteArray data;
        for (const QByteArray& line : conversations().split('\n'))
            if (!line.isEmpty() && !line.contains("Train on this question"))
                data += line + '\n';
        return data;
    }

    static QStringList rolesOf(const TokenPreview::Row& r, bool trainedOnly)
    {
        QStringList roles;
        for (const auto& b : r.blocks)
            if (!b.role.isEmpty() && (!trainedOnly || b.trained == b.end - b.first))
                roles << b.role;
        return roles;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        qRegisterMetaType<std::optional<td::ApiError>>();
        QVERIFY(m_server.start());
        m_server.setValidationPolls(0); // uploads are validated at once: this is about previews and metrics
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_emulator");
        m_client = std::make_unique<TogetherClient>(&m_transport, c);
    }

    // The first rows as Together tokenizes them: assistant text trained, weights honoured, the
    // chat template's tokens masked; the local rows line up with the tokens.
    void previewOfConversations()
    {
        const QString file = upload(QStringLiteral("chat.jsonl"), conversations());
        QVERIFY(!file.isEmpty());
        const FineTunePreview p = preview(file, 3);
        QCOMPARE(m_server.lastBody("/v1/fine-tunes/preview"),
                 QByteArray("{\"model\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Reference\",\"training_file\":\"") +
                     file.toUtf8() + "\",\"top_k\":3,\"training_method\":\"sft\"}");
        QCOMPARE(p.datasetFormat, QStringLiteral("conversation"));
        QCOMPARE(p.maxSeqLength, 131072);
        QCOMPARE(p.trainOnInputs, false);
        QCOMPARE(p.rows.size(), 3); // blank lines are no rows
        for (const PreviewRow& r : p.rows) {
            QCOMPARE(r.tokens.size(), r.inputIds.size());
            QCOMPARE(r.labels.size(), r.inputIds.size());
            QVERIFY(!r.truncated);
            qint64 trained = 0;
            for (qint64 l : r.labels)
                trained += l != -100;
            QCOMPARE(r.numTrainedTokens, trained);
        }
        const auto local = TokenPreview::readFirstRows(m_dir.filePath(QStringLiteral("chat.jsonl")), 3);
        QVERIFY(local);
        const TokenPreview t = TokenPreview::build(p, *local, FineTuneRequest::TrainOnInputs::Auto);
        for (const auto& r : t.rows())
            QVERIFY(r.aligned);
        QCOMPARE(rolesOf(t.rows()[0], false), (QStringList{"user", "assistant"}));
        QCOMPARE(rolesOf(t.rows()[0], true), QStringList{"assistant"});
        // Weight 0 masks an answer; weight 1 trains a question.
        QCOMPARE(rolesOf(t.rows()[1], true), QStringList{"assistant"});
        QCOMPARE(t.rows()[1].blocks.size() > 0, true);
        QCOMPARE(rolesOf(t.rows()[2], true), (QStringList{"user", "assistant"}));
        // The byte-level tokens decode to the row's own text, "é" split over tokens included.
        QVERIFY(t.toText().contains(QString::fromUtf8("«49 dollars, café included.")));
        QVERIFY(t.estimatedTrained().has_value());
    }

    void trainOnInputsTrainsEveryMessage()
    {
        const QString file = upload(QStringLiteral("chat2.jsonl"), conversations());
        const FineTunePreview p = preview(file, 2, true);
        QVERIFY(p.trainOnInputs);
        const auto local = TokenPreview::readFirstRows(m_dir.filePath(QStringLiteral("chat2.jsonl")), 2);
        const TokenPreview t = TokenPreview::build(p, *local, FineTuneRequest::TrainOnInputs::Yes);
        QCOMPARE(rolesOf(t.rows()[0], true), (QStringList{"user", "assistant"}));
        // An explicit weight 0 still masks.
        QCOMPARE(rolesOf(t.rows()[1], true), (QStringList{"system", "user", "user", "assistant"}));
    }

    // A row longer than the model's max_seq_length is cut there, and the cut is shown.
    void aLongRowIsTruncated()
    {
        QByteArray answer;
        for (int i = 0; i < 34000; ++i)
            answer += " word";
        const QByteArray row = "{\"messages\":[{\"role\":\"user\",\"content\":\"Write a lot\"},"
                               "{\"role\":\"assistant\",\"content\":\"" +
                               answer.trimmed() + "\"}]}\n";
        const QString file = upload(QStringLiteral("long.jsonl"), row);
        const FineTunePreview p = preview(file, 1, std::nullopt, QStringLiteral("Qwen/Qwen2.5-7B-Instruct"));
        QCOMPARE(p.maxSeqLength, 32768);
        QVERIFY(p.rows[0].truncated);
        QCOMPARE(p.rows[0].numTokens, 32768);
        const TokenPreview t = TokenPreview::build(p, {row.trimmed()}, FineTuneRequest::TrainOnInputs::Auto);
        QVERIFY(t.rows()[0].aligned);
        QCOMPARE(t.rows()[0].blocks.back().role, QStringLiteral("assistant"));
        QCOMPARE(t.rows()[0].blocks.back().end, 32768);
        QVERIFY(t.toText().contains(QStringLiteral("truncated at 32768 tokens")));
    }

    void instructionAndTextRows()
    {
        const QString inst = upload(QStringLiteral("inst.jsonl"), "{\"prompt\":\"2+2=\",\"completion\":\" 4\"}\n");
        const FineTunePreview p = preview(inst, 5);
        QCOMPARE(p.datasetFormat, QStringLiteral("instruction"));
        QCOMPARE(p.rows.size(), 1);
        const TokenPreview t = TokenPreview::build(p, {"{\"prompt\":\"2+2=\",\"completion\":\" 4\"}"},
                                                   FineTuneRequest::TrainOnInputs::Auto);
        QCOMPARE(rolesOf(t.rows()[0], true), QStringList{"completion"});
        const QString text = upload(QStringLiteral("text.jsonl"), "{\"text\":\"All of it is trained.\"}\n");
        const FineTunePreview g = preview(text, 5);
        QCOMPARE(g.datasetFormat, QStringLiteral("general"));
        QCOMPARE(g.rows[0].numTrainedTokens, g.rows[0].numTokens - 1); // all but the start token
    }

    void previewErrorsAreReadable()
    {
        PreviewRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.trainingFile = QStringLiteral("file-missing");
        const auto missing =
            call<FineTunePreview>([&](QObject* c, auto d) { return m_client->previewFineTune(r, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(missing));
        QCOMPARE(std::get<ApiError>(missing).httpStatus, 400);
        QVERIFY(std::get<ApiError>(missing).message.contains(QStringLiteral("file-missing")));
    }

    // GET metrics in Together's shape: a nanosecond timestamp on every row, train rows with
    // epoch, loss, gradient norm and learning rate, eval rows of their own.
    void metricsInTheDocumentedShape()
    {
        // Data Together's checker accepts (no blank line, no weight on a user message): the
        // upload is validated and the job trains.
        const QByteArray data = trainableConversations();
        const QString train = upload(QStringLiteral("m.jsonl"), data);
        const QString valid = upload(QStringLiteral("v.jsonl"), data);
        FineTuneRequest r;
        r.trainingFile = train;
        r.validationFile = valid;
        r.nEvals = 2;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const FineTuneJob job =
            ok(call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(r, c, d); }));
        m_server.advanceClock(600);
        const auto metrics = ok(
            call<QList<TrainingMetric>>([&](QObject* c, auto d) { return m_client->fineTuneMetrics(job.id, c, d); }));
        int trainRows = 0, evalRows = 0;
        QDateTime last = before;
        for (const TrainingMetric& m : metrics) {
            QVERIFY(m.step > 0);
            QVERIFY(m.loggedAt.isValid());
            QVERIFY(m.loggedAt >= last); // chronological
            QVERIFY(m.loggedAt < QDateTime::currentDateTimeUtc().addSecs(3600));
            last = m.loggedAt;
            QVERIFY(!m.has(QStringLiteral("timestamp")));
            if (m.has(QStringLiteral("eval/loss"))) {
                ++evalRows;
                QVERIFY(!m.has(QStringLiteral("train/loss")));
            } else {
                ++trainRows;
                for (const char* key : {"train/epoch", "train/loss", "train/grad_norm", "train/learning_rate"})
                    QVERIFY2(m.has(QString::fromLatin1(key)), key);
            }
        }
        QVERIFY(trainRows >= 8);
        QCOMPARE(evalRows, 2);
        // A file Together's validation rejects (a blank line) is refused at create since 2026:
        // no job, so no loss curve for data it never trained on.
        FineTuneRequest bad = r;
        bad.trainingFile = upload(QStringLiteral("blank.jsonl"), conversations());
        bad.validationFile.clear();
        bad.nEvals = 0;
        const auto refused = call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(bad, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(refused));
        QVERIFY2(std::get<ApiError>(refused).message.contains(QStringLiteral("failed validation")),
                 qPrintable(std::get<ApiError>(refused).message));
    }

    // The tokenized dataset: not there before training, then fetched from its pre-signed
    // address without the API key (the storage refuses one), resumed after a cut.
    void tokenizedDatasetWithoutTheKey()
    {
        const QString train = upload(QStringLiteral("tok.jsonl"), trainableConversations());
        FineTuneRequest r;
        r.trainingFile = train;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        const FineTuneJob job =
            ok(call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(r, c, d); }));
        const QString folder = m_dir.filePath(QStringLiteral("tokenized"));
        QVERIFY(QDir().mkpath(folder));
        {
            TokenizedDownload early(*m_client);
            QSignalSpy failed(&early, &TokenizedDownload::failed);
            early.start(job.id, folder);
            QVERIFY(failed.wait(20000));
            QVERIFY(failed.front().front().toString().contains(QStringLiteral("no tokenized dataset")));
        }
        m_server.advanceClock(600);
        const auto link =
            ok(call<TokenizedDataset>([&](QObject* c, auto d) { return m_client->tokenizedDataset(job.id, c, d); }));
        QCOMPARE(link.filename, job.id + QStringLiteral("-tokenized.tar.zst"));
        QVERIFY(link.size > 0);
        QVERIFY(link.expiresAt > QDateTime::currentDateTimeUtc());
        // The same address with the API key is refused: the check below is a real one.
        Connection keyed = m_client->connection();
        keyed.baseUrl = link.url.adjusted(QUrl::RemoveFilename | QUrl::RemoveQuery);
        FileDownload keyedDownload(&m_transport, keyed, link.url.fileName() + QLatin1Char('?') + link.url.query(),
                                   m_dir.filePath(QStringLiteral("keyed")));
        QSignalSpy keyedDone(&keyedDownload, &FileDownload::finished);
        keyedDownload.start();
        QVERIFY(keyedDone.wait(20000));
        const auto keyedError = keyedDone.front().front().value<std::optional<ApiError>>();
        QVERIFY(keyedError && keyedError->httpStatus == 400);

        m_server.injectNextFor("GET", "/storage/tokenized/" + job.id.toUtf8(), EmulatorServer::Fault::CutDownload);
        TokenizedDownload download(*m_client);
        QSignalSpy done(&download, &TokenizedDownload::downloaded);
        QSignalSpy resumed(&download, &TokenizedDownload::resuming);
        QSignalSpy failed(&download, &TokenizedDownload::failed);
        download.start(job.id, folder);
        QVERIFY(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));
        QCOMPARE(resumed.size(), 1);
        const QString path = done.front().front().toString();
        QCOMPARE(path, folder + QStringLiteral("/") + link.filename);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.size(), link.size);
        QCOMPARE(f.read(4), QByteArray("\x28\xB5\x2F\xFD")); // zstd
    }
};

QTEST_GUILESS_MAIN(TestApiPreview)
#include "tst_api_preview.moc"
