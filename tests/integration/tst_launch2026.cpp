#include "EmulatorServer.h"

#include "api/client/FileValidation.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "core/Settings.h"
#include "jobs/EarlyStopSummary.h"
#include "jobs/JobLauncher.h"
#include "jobs/ServerFileVerdict.h"

#include "TestFiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// The 2026 launch (JobLauncher, as the New Fine-Tune dialog and tunedesk-cli jobs create use
// it) against the emulator: a file is used only once Together's own validation says
// COMPLETED, a rejected file fails the launch with the server's report and the line of the
// local file it names, the price estimate's 2026 answer, and a 402 explained with its amount.
class TestLaunch2026 : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<TogetherClient> m_client;

    static QByteArray rows(int n)
    {
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out += "{\"messages\":[{\"role\":\"user\",\"content\":\"Where is order " + QByteArray::number(i) +
                   "?\"},{\"role\":\"assistant\",\"content\":\"It ships tomorrow.\"}]}\n";
        return out;
    }

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, data))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static FineTuneRequest request()
    {
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        return r;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        Settings::createTempFileInstance();
        QVERIFY(m_server.start());
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_emulator");
        m_client = std::make_unique<TogetherClient>(&m_transport, c);
    }

    // The account's money as the emulator starts, whatever a failed test left behind.
    void init()
    {
        m_server.setBalance(0);
        m_server.setCreditLimit(1000);
        m_server.setJobMinimum(0);
    }

    void namedLinesAndLocalLines()
    {
        QCOMPARE(ServerFileVerdict::namedLine(QStringLiteral("Line 7: `messages[1]` must contain a `role` field")),
                 std::optional<qint64>(7));
        QCOMPARE(ServerFileVerdict::namedLine(QStringLiteral("Invalid format on line 12 of the input file")),
                 std::optional<qint64>(12));
        QCOMPARE(ServerFileVerdict::namedLine(QStringLiteral("The file is empty")), std::optional<qint64>());
        QCOMPARE(ServerFileVerdict::namedLine(QStringLiteral("Line 0: nothing")), std::optional<qint64>());
        const QString path = write(QStringLiteral("lines.jsonl"),
                                   "first\r\nsecond\n" + QByteArray(200000, 'x') + "\n\nlast-without-newline");
        QCOMPARE(ServerFileVerdict::lineOf(path, 1), std::optional<QString>(QStringLiteral("first")));
        QCOMPARE(ServerFileVerdict::lineOf(path, 2), std::optional<QString>(QStringLiteral("second")));
        // A long line is cut (and read without holding it whole).
        QCOMPARE(ServerFileVerdict::lineOf(path, 3, 10),
                 std::optional<QString>(QString(10, QLatin1Char('x')) + QStringLiteral("…")));
        QCOMPARE(ServerFileVerdict::lineOf(path, 4), std::optional<QString>(QString()));
        QCOMPARE(ServerFileVerdict::lineOf(path, 5), std::optional<QString>(QStringLiteral("last-without-newline")));
        QCOMPARE(ServerFileVerdict::lineOf(path, 6), std::optional<QString>());
        QCOMPARE(ServerFileVerdict::lineOf(m_dir.filePath(QStringLiteral("missing")), 1), std::optional<QString>());
    }

    void statusesTheClientDoesNotKnowAreWaitedOut()
    {
        for (const char* s : {"PENDING", "QUEUED", "RUNNING", "VALIDATING_SOMEHOW"})
            QVERIFY2(!FileValidation::isFinal(QString::fromLatin1(s)), s);
        for (const char* s : {"COMPLETED", "INVALID_FORMAT", "FAILED", "", "completed"})
            QVERIFY2(FileValidation::isFinal(QString::fromLatin1(s)), s);
        RemoteFile f;
        f.processingStatus = QStringLiteral("COMPLETED");
        QCOMPARE(FileValidation::verdictOf(f), FileValidation::Verdict::Completed);
        f.valid = false; // a report that contradicts the status: not used
        QCOMPARE(FileValidation::verdictOf(f), FileValidation::Verdict::Invalid);
        f.processingStatus = QStringLiteral("FAILED");
        QCOMPARE(FileValidation::verdictOf(f), FileValidation::Verdict::Failed);
        f.processingStatus.clear();
        QCOMPARE(FileValidation::verdictOf(f), FileValidation::Verdict::Unchecked);
    }

    // The job is created only once the file's processing_status is COMPLETED: the emulator
    // answers PENDING, then RUNNING, then COMPLETED, and refuses a job before that as
    // Together does ("Training file upload did not finish").
    void launchesOnlyAfterValidationCompleted()
    {
        m_server.setValidationPolls(2);
        const QString path = write(QStringLiteral("good.jsonl"), rows(12));
        JobLauncher launcher(*m_client);
        QSignalSpy stages(&launcher, &JobLauncher::stage);
        QSignalSpy ready(&launcher, &JobLauncher::dataReady);
        QSignalSpy failed(&launcher, &JobLauncher::failed);
        QSignalSpy created(&launcher, &JobLauncher::created);
        JobLauncher::Data data;
        data.trainingPath = path;
        data.validationPollMs = 20;
        launcher.prepareData(request(), data);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const auto r = ready.front().front().value<FineTuneRequest>();
        QVERIFY(r.trainingFile.startsWith(QStringLiteral("file-")));
        // The server's answers went PENDING (the upload's), RUNNING, then COMPLETED.
        QCOMPARE(m_server.requestCount("GET", "/v1/files/" + r.trainingFile.toLatin1()), 2);
        QStringList texts;
        for (const auto& s : stages)
            texts << s.front().toString();
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("(RUNNING)")), qPrintable(texts.join('\n')));
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), 0);
        launcher.create(r);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        const auto c = created.front().front().value<FineTuneCreation>();
        QVERIFY2(c.job.has_value(), qPrintable(c.text()));
    }

    // A file Together rejects fails the launch with the server's report and the line it names
    // quoted from the local file; no job is asked for.
    void aRejectedFileShowsTheServersReportAtItsLine()
    {
        m_server.setValidationPolls(1);
        QByteArray data = rows(6);
        data += "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"content\":\"no role here\"}]}\n";
        data += rows(2);
        const QString path = write(QStringLiteral("norole.jsonl"), data);
        const int createsBefore = m_server.requestCount("POST", "/v1/fine-tunes");
        JobLauncher launcher(*m_client);
        QSignalSpy ready(&launcher, &JobLauncher::dataReady);
        QSignalSpy failed(&launcher, &JobLauncher::failed);
        JobLauncher::Data d;
        d.trainingPath = path;
        d.check = false; // the server's verdict is the one under test
        d.validationPollMs = 20;
        launcher.prepareData(request(), d);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !ready.isEmpty(), 20000);
        QVERIFY(ready.isEmpty());
        QCOMPARE(failed.front().at(0).value<JobLauncher::Failure>(), JobLauncher::Failure::Invalid);
        const QString message = failed.front().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("Line 7: `messages[1]` must contain a `role` field")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Line 7 of norole.jsonl: {\"messages\":[{\"role\":\"user\","
                                                 "\"content\":\"hi\"},{\"content\":\"no role here\"}]}")),
                 qPrintable(message));
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), createsBefore);
    }
    // A file id given as it is (typed, from a recipe, `jobs create FILE_ID`) is waited for too.
    void aGivenFileIdIsWaitedFor()
    {
        m_server.setValidationPolls(2);
        const QString path = write(QStringLiteral("given.jsonl"), rows(10));
        FileUpload upload(&m_transport, m_client->connection(), path);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(20000));
        FineTuneRequest r = request();
        r.trainingFile = std::get<RemoteFile>(done.front().front().value<UploadOutcome>()).id;
        JobLauncher launcher(*m_client);
        QSignalSpy created(&launcher, &JobLauncher::created);
        launcher.create(r);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        const auto c = created.front().front().value<FineTuneCreation>();
        QVERIFY2(c.job.has_value(), qPrintable(c.text()));
        QCOMPARE(m_server.requestCount("GET", "/v1/files/" + r.trainingFile.toLatin1()), 2);
        // Known to be validated now: the next launch does not ask again.
        launcher.create(r);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 2, 20000);
        QCOMPARE(m_server.requestCount("GET", "/v1/files/" + r.trainingFile.toLatin1()), 2);
    }

    // Until Together has validated the training file it gives no price, and says why.
    void noPriceBeforeValidation()
    {
        m_server.setValidationPolls(2);
        const QString path = write(QStringLiteral("unpriced.jsonl"), rows(10));
        FileUpload upload(&m_transport, m_client->connection(), path);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(20000));
        FineTuneRequest r = request();
        r.trainingFile = std::get<RemoteFile>(done.front().front().value<UploadOutcome>()).id;
        std::optional<ApiResult<PriceEstimate>> answer;
        QObject context;
        m_client->estimatePrice(r, &context, [&](const ApiResult<PriceEstimate>& a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        const auto* p = std::get_if<PriceEstimate>(&*answer);
        QVERIFY(p);
        QVERIFY(!p->available);
        QCOMPARE(p->unavailableReason, QStringLiteral("train_file_not_validated"));
    }

    // Over the balance and credit limit: the launch stops with a warning before anything is
    // created; launching anyway meets the server's 402, explained with the amount.
    void overTheLimitWarnsThenMeetsThe402()
    {
        m_server.setValidationPolls(0);
        m_server.setBalance(0.5);
        m_server.setCreditLimit(1.0);
        m_server.setJobMinimum(4.0);
        const QString path = write(QStringLiteral("pricey.jsonl"), rows(40));
        JobLauncher launcher(*m_client);
        QSignalSpy ready(&launcher, &JobLauncher::dataReady);
        QSignalSpy failed(&launcher, &JobLauncher::failed);
        QSignalSpy overLimit(&launcher, &JobLauncher::overLimit);
        QSignalSpy created(&launcher, &JobLauncher::created);
        JobLauncher::Data d;
        d.trainingPath = path;
        d.validationPollMs = 20;
        launcher.prepareData(request(), d);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY(failed.isEmpty());
        const auto r = ready.front().front().value<FineTuneRequest>();
        const int createsBefore = m_server.requestCount("POST", "/v1/fine-tunes");
        launcher.create(r);
        QTRY_VERIFY_WITH_TIMEOUT(!overLimit.isEmpty() || !created.isEmpty(), 20000);
        QCOMPARE(overLimit.size(), 1);
        QVERIFY(created.isEmpty());
        const auto estimate = overLimit.front().at(1).value<PriceEstimate>();
        QVERIFY2(estimate.overLimitText().contains(QStringLiteral("limit $1.00")),
                 qPrintable(estimate.overLimitText()));
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), createsBefore);
        launcher.create(r, true);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        const auto c = created.front().front().value<FineTuneCreation>();
        QVERIFY(!c.job);
        QCOMPARE(c.outcome, FineTuneCreation::Outcome::NotCreated);
        QCOMPARE(c.error.httpStatus, 402);
        QVERIFY2(c.text().contains(QStringLiteral("Required combined balance and credit limit: 4.00 USD")) &&
                     c.text().contains(QStringLiteral("needs 4.00 USD")),
                 qPrintable(c.text()));
        m_server.setBalance(0);
        m_server.setCreditLimit(1000);
        m_server.setJobMinimum(0);
    }

    // A job with early stopping on the emulator stops early, with the fields and events
    // Together documents, is billed for the steps it ran, and its final model is the best step.
    void earlyStoppingStopsEarly()
    {
        m_server.setValidationPolls(0);
        const QString train = write(QStringLiteral("es-train.jsonl"), rows(12));
        const QString valid = write(QStringLiteral("es-valid.jsonl"), rows(4));
        JobLauncher launcher(*m_client);
        QSignalSpy ready(&launcher, &JobLauncher::dataReady);
        QSignalSpy created(&launcher, &JobLauncher::created);
        JobLauncher::Data d;
        d.trainingPath = train;
        d.validationPath = valid;
        d.validationPollMs = 20;
        FineTuneRequest r = request();
        r.nEpochs = 2;
        r.nEvals = 8;
        r.earlyStopping = true;
        launcher.prepareData(r, d);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
        launcher.create(ready.front().front().value<FineTuneRequest>());
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        const auto c = created.front().front().value<FineTuneCreation>();
        QVERIFY2(c.job, qPrintable(c.text()));
        QVERIFY(m_server.lastBody("/v1/fine-tunes").contains("\"early_stopping_enabled\":true"));
        m_server.advanceClock(3600);
        std::optional<ApiResult<FineTuneJob>> answer;
        QObject context;
        m_client->getFineTune(c.job->id, &context, [&](const ApiResult<FineTuneJob>& a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        const FineTuneJob job = std::get<FineTuneJob>(*answer);
        QCOMPARE(job.status, JobStatus::Completed);
        QVERIFY(job.earlyStopped);
        QVERIFY(job.earlyStoppingBestStep && job.earlyStoppingBestMetric);
        QVERIFY(job.stepsCompleted < job.totalSteps);
        QVERIFY(*job.earlyStoppingBestStep < job.stepsCompleted);
        QVERIFY(std::any_of(job.events.begin(), job.events.end(),
                            [](const JobEvent& e) { return e.isType("EARLY_STOPPED"); }));
        QVERIFY(
            std::any_of(job.events.begin(), job.events.end(), [](const JobEvent& e) { return e.isType("REFUND"); }));
        const QString summary = EarlyStopSummary::text(job);
        QVERIFY2(summary.contains(QStringLiteral("at step %1").arg(*job.earlyStoppingBestStep)) &&
                     summary.contains(QStringLiteral("Refund: Refunded $")),
                 qPrintable(summary));
        // The final checkpoint is the best step's.
        std::optional<ApiResult<QList<Checkpoint>>> checkpoints;
        m_client->fineTuneCheckpoints(job.id, &context,
                                      [&](const ApiResult<QList<Checkpoint>>& a) { checkpoints = a; });
        QTRY_VERIFY_WITH_TIMEOUT(checkpoints.has_value(), 20000);
        const auto& list = std::get<QList<Checkpoint>>(*checkpoints);
        QVERIFY(std::any_of(list.begin(), list.end(), [&](const Checkpoint& cp) {
            return !cp.isIntermediate() && cp.step == *job.earlyStoppingBestStep;
        }));
        // A job without enough evaluations for early stopping is refused by the server too.
        FineTuneRequest few = ready.front().front().value<FineTuneRequest>();
        few.nEvals = 3;
        std::optional<ApiResult<FineTuneJob>> refused;
        m_client->createFineTune(few, &context, [&](const ApiResult<FineTuneJob>& a) { refused = a; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 20000);
        QVERIFY(std::holds_alternative<ApiError>(*refused));
        QVERIFY(std::get<ApiError>(*refused).message.contains(QStringLiteral("n_evals must be at least")));
    }
};

QTEST_GUILESS_MAIN(TestLaunch2026)
#include "tst_launch2026.moc"
