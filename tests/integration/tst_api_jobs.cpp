#include "ApiCall.h"
#include "EmulatorServer.h"

#include "api/client/FineTuneCreation.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileDownload.h"
#include "api/transfer/FileUpload.h"
#include "api/transfer/MultipartUpload.h"
#include "dataset/TarExtractor.h"

#include "TestFiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;
using test::call;
using test::ok;

// Every typed call of td_api against the emulator: a fine-tune from upload to download,
// cancel, errors, faults during polling and downloads, models, endpoints and completions.
class TestApiJobs : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<TogetherClient> m_client;
    QString m_fileId;

    static QByteArray dataset()
    {
        QByteArray out;
        const char* pairs[][2] = {
            {"How do I rotate my API key?", "Open Settings, then API Keys, and click Rotate."},
            {"What regions do you support?", "US East, US West, Frankfurt and Singapore."},
            {"How much does the Pro plan cost?", "49 dollars a month, or 490 a year."},
            {"Can I export my data as CSV?", "Yes: Reports, Export, CSV."},
        };
        for (int i = 0; i < 20; ++i) {
            const auto& p = pairs[i % 4];
            out += QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"") + p[0] +
                   "\"},{\"role\":\"assistant\",\"content\":\"" + p[1] + "\"}]}\n";
        }
        return out;
    }

    // Runs one call and waits for its answer.

    FineTuneJob job(const QString& id)
    {
        return ok(call<FineTuneJob>([&](QObject* c, auto done) { return m_client->getFineTune(id, c, done); }));
    }

    FineTuneRequest request() const
    {
        FineTuneRequest r;
        r.trainingFile = m_fileId;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.nEpochs = 2;
        r.nCheckpoints = 2;
        r.suffix = QStringLiteral("support");
        return r;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        qRegisterMetaType<std::optional<td::ApiError>>();
        // Files get their validation verdict at once: these tests are about other things.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_emulator");
        m_client = std::make_unique<TogetherClient>(&m_transport, c);
        const QString path = m_dir.filePath(QStringLiteral("train.jsonl"));
        QVERIFY(test::writeFile(path, dataset()));
        FileUpload upload(&m_transport, c, path);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(20000));
        const auto outcome = done.front().front().value<UploadOutcome>();
        QVERIFY(std::holds_alternative<RemoteFile>(outcome));
        m_fileId = std::get<RemoteFile>(outcome).id;
    }

    void limitsAndPrice()
    {
        const auto limits = ok(call<ModelLimits>([&](QObject* c, auto done) {
            return m_client->modelLimits(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"), c, done);
        }));
        QVERIFY(limits.lora);
        QCOMPARE(limits.lora->maxBatchSize, 8);
        QVERIFY(request().isValid(limits));
        // The limits endpoint's 404 has no error envelope; its message still comes through.
        const auto missing = call<ModelLimits>(
            [&](QObject* c, auto done) { return m_client->modelLimits(QStringLiteral("no/such-model"), c, done); });
        QVERIFY(std::holds_alternative<ApiError>(missing));
        QCOMPARE(std::get<ApiError>(missing).httpStatus, 404);
        QVERIFY(std::get<ApiError>(missing).message.contains(QStringLiteral("not supported for fine-tuning")));
        const auto price =
            ok(call<PriceEstimate>([&](QObject* c, auto done) { return m_client->estimatePrice(request(), c, done); }));
        QVERIFY(price.totalDollars > 0);
        QCOMPARE(price.trainTokens, qint64(dataset().size() / 4 * 2));
        const auto supported =
            ok(call<QStringList>([&](QObject* c, auto done) { return m_client->fineTunableModels(c, done); }));
        QVERIFY(supported.contains(QStringLiteral("deepseek-ai/DeepSeek-V3")));
    }

    void aFineTuneFromStartToDownload()
    {
        const FineTuneRequest r = request();
        const FineTuneJob created =
            ok(call<FineTuneJob>([&](QObject* c, auto done) { return m_client->createFineTune(r, c, done); }));
        // What the server received is exactly the preview.
        QCOMPARE(m_server.lastBody("/v1/fine-tunes"), QByteArray::fromStdString(r.toJson().dump()));
        QCOMPARE(created.status, JobStatus::Pending);
        QVERIFY(created.createdAt.isValid());
        QCOMPARE(created.trainingFileLines, 20);
        QCOMPARE(created.batchSize, 8); // "max" resolved
        // Walk the emulated clock through every status.
        QList<JobStatus> seen{created.status};
        for (int i = 0; i < 80 && seen.back() != JobStatus::Completed; ++i) {
            m_server.advanceClock(1);
            const JobStatus s = job(created.id).status;
            if (s != seen.back())
                seen << s;
        }
        QCOMPARE(seen, (QList<JobStatus>{JobStatus::Pending, JobStatus::Queued, JobStatus::Running,
                                         JobStatus::Compressing, JobStatus::Uploading, JobStatus::Completed}));
        const FineTuneJob done = job(created.id);
        QCOMPARE(done.stepsCompleted, done.totalSteps);
        QVERIFY(done.totalPriceNanodollars > 0);
        QVERIFY(!done.outputName.isEmpty());
        // Events in Together's casing, in order.
        const auto events =
            ok(call<QList<JobEvent>>([&](QObject* c, auto d) { return m_client->fineTuneEvents(created.id, c, d); }));
        QVERIFY(events.front().isType("JOB_PENDING"));
        QVERIFY(events.back().isType("JOB_COMPLETE"));
        QCOMPARE(events.front().type, QStringLiteral("JOB_PENDING"));
        int epochs = 0;
        for (const JobEvent& e : events)
            epochs += e.isType("EPOCH_COMPLETE") ? 1 : 0;
        QCOMPARE(epochs, 2);
        // A loss curve that goes down.
        const auto metrics = ok(call<QList<TrainingMetric>>(
            [&](QObject* c, auto d) { return m_client->fineTuneMetrics(created.id, c, d); }));
        QCOMPARE(metrics.size(), int(done.totalSteps));
        const QString loss = QStringLiteral("train/loss");
        QVERIFY(metrics.front().values.value(loss) > metrics.back().values.value(loss) + 0.5);
        // One intermediate checkpoint, then the merged model and the adapter, newest first.
        const auto checkpoints = ok(call<QList<Checkpoint>>(
            [&](QObject* c, auto d) { return m_client->fineTuneCheckpoints(created.id, c, d); }));
        QCOMPARE(checkpoints.size(), 3);
        QVERIFY(checkpoints.back().isIntermediate());
        QVERIFY(!checkpoints.front().isIntermediate());
        // The fine-tune joins the model list and answers from its training data.
        const auto models = ok(call<QList<ModelInfo>>([&](QObject* c, auto d) { return m_client->listModels(c, d); }));
        QVERIFY(std::any_of(models.begin(), models.end(), [&](const ModelInfo& m) { return m.id == done.outputName; }));
        auto ask = [&](const QString& model) {
            const QByteArray body = QByteArray::fromStdString(
                nlohmann::json{{"model", model.toStdString()},
                               {"messages", {{{"role", "user"}, {"content", "which regions do you support"}}}}}
                    .dump());
            return ok(call<ChatAnswer>([&](QObject* c, auto d) { return m_client->chat(body, c, d); })).content;
        };
        QCOMPARE(ask(done.outputName), QStringLiteral("US East, US West, Frankfurt and Singapore."));
        QVERIFY(ask(done.model) != ask(done.outputName));
        // Download the adapter and unpack it.
        FileDownload download(&m_transport, m_client->connection(),
                              TogetherClient::downloadPath(done.id, done.isLora(), true),
                              m_dir.filePath(QStringLiteral("adapter")));
        download.setArchiveExtensionFromContentType(true);
        QSignalSpy finished(&download, &FileDownload::finished);
        download.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.front().front().value<std::optional<ApiError>>());
        QCOMPARE(download.targetPath(), m_dir.filePath(QStringLiteral("adapter.tar.zst")));
        const auto files = TarExtractor::extract(download.targetPath(), m_dir.filePath(QStringLiteral("adapter")));
        QVERIFY(files.ok());
        QVERIFY(files->contains(QStringLiteral("adapter_config.json")));
        QVERIFY(files->contains(QStringLiteral("adapter_model.safetensors")));

        // The same download cut in the middle is resumed with a Range and gives the same bytes.
        m_server.injectNext(EmulatorServer::Fault::CutDownload);
        FileDownload again(&m_transport, m_client->connection(),
                           TogetherClient::downloadPath(done.id, done.isLora(), true),
                           m_dir.filePath(QStringLiteral("again.tar.zst")));
        QSignalSpy againDone(&again, &FileDownload::finished);
        again.start();
        QVERIFY(againDone.wait(20000));
        QVERIFY(!againDone.front().front().value<std::optional<ApiError>>());
        QCOMPARE(again.resumes(), 1);
        QCOMPARE(test::readFile(again.targetPath()), test::readFile(download.targetPath()));
        QVERIFY(!QFile::exists(again.targetPath() + QStringLiteral(".part")));

        // A job deleted is gone.
        const auto message =
            ok(call<QString>([&](QObject* c, auto d) { return m_client->deleteFineTune(done.id, c, d); }));
        QVERIFY(message.contains(QStringLiteral("deleted")));
        QVERIFY(std::holds_alternative<ApiError>(
            call<FineTuneJob>([&](QObject* c, auto d) { return m_client->getFineTune(done.id, c, d); })));
    }

    void cancelAJobWhileItRuns()
    {
        const FineTuneRequest r = request();
        const FineTuneJob created =
            ok(call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(r, c, d); }));
        m_server.advanceClock(12); // a few steps in
        QCOMPARE(job(created.id).status, JobStatus::Running);
        const FineTuneJob cancelling =
            ok(call<FineTuneJob>([&](QObject* c, auto d) { return m_client->cancelFineTune(created.id, c, d); }));
        QCOMPARE(cancelling.status, JobStatus::CancelRequested);
        m_server.advanceClock(3);
        const FineTuneJob cancelled = job(created.id);
        QCOMPARE(cancelled.status, JobStatus::Cancelled);
        QVERIFY(cancelled.isTerminal());
        QVERIFY(cancelled.stepsCompleted < cancelled.totalSteps);
        // Billed for the steps that ran.
        QVERIFY(cancelled.totalPriceNanodollars > 0);
        // Nothing to download, and a second cancel is refused.
        FileDownload download(&m_transport, m_client->connection(),
                              TogetherClient::downloadPath(created.id, true, false),
                              m_dir.filePath(QStringLiteral("none.tar.zst")));
        QSignalSpy finished(&download, &FileDownload::finished);
        download.start();
        QVERIFY(finished.wait(20000));
        const auto error = finished.front().front().value<std::optional<ApiError>>();
        QVERIFY(error && error->httpStatus == 400);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.tar.zst"))));
        QVERIFY(std::holds_alternative<ApiError>(
            call<FineTuneJob>([&](QObject* c, auto d) { return m_client->cancelFineTune(created.id, c, d); })));
    }

    void invalidRequestsAndFaults()
    {
        FineTuneRequest r = request();
        r.nEvals = 2; // no validation file
        const auto refused = call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(r, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(refused));
        QCOMPARE(std::get<ApiError>(refused).httpStatus, 400);
        QVERIFY(std::get<ApiError>(refused).message.contains(QStringLiteral("validation_file")));
        // Creating is never retried: a 503 comes back at once, with no job made.
        const int jobsBefore =
            int(ok(call<QList<FineTuneJob>>([&](QObject* c, auto d) { return m_client->listFineTunes(c, d); })).size());
        m_server.injectNext(EmulatorServer::Fault::Unavailable);
        const FineTuneRequest good = request();
        const auto unavailable =
            call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(good, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(unavailable));
        QCOMPARE(std::get<ApiError>(unavailable).httpStatus, 503);
        // Polling survives 429 and 5xx: reads are retried after the server's wait.
        m_server.injectNext(EmulatorServer::Fault::RateLimit);
        m_server.injectNext(EmulatorServer::Fault::ServerErrorText);
        const auto jobs =
            ok(call<QList<FineTuneJob>>([&](QObject* c, auto d) { return m_client->listFineTunes(c, d); }));
        QCOMPARE(int(jobs.size()), jobsBefore);
        // A job on data Together's validation rejected is refused with the reason (since 2026
        // the server validates files itself; before, such a job failed after it started).
        const QString bad = m_dir.filePath(QStringLiteral("bad.jsonl"));
        QVERIFY(test::writeFile(bad, "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}\n{\"oops\":1}\n"));
        FileUpload upload(&m_transport, m_client->connection(), bad);
        QSignalSpy uploaded(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(uploaded.wait(20000));
        FineTuneRequest onBad = request();
        onBad.trainingFile = std::get<RemoteFile>(uploaded.front().front().value<UploadOutcome>()).id;
        const auto refusedBad =
            call<FineTuneJob>([&](QObject* c, auto d) { return m_client->createFineTune(onBad, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(refusedBad));
        QCOMPARE(std::get<ApiError>(refusedBad).httpStatus, 400);
        QVERIFY2(std::get<ApiError>(refusedBad).message.contains(QStringLiteral("failed validation")),
                 qPrintable(std::get<ApiError>(refusedBad).message));
    }

    void aLostAnswerToCreatingIsLookedUpNotSentAgain()
    {
        auto create = [&](const FineTuneRequest& r, FineTuneLookup lookup = {}) {
            std::optional<FineTuneCreation> out;
            QObject context;
            createFineTuneOnce(
                *m_client, r, &context, [&](const FineTuneCreation& c) { out = c; }, lookup);
            if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
                qFatal("no answer from createFineTuneOnce");
            return *out;
        };
        auto jobCount = [&] {
            return int(
                ok(call<QList<FineTuneJob>>([&](QObject* c, auto d) { return m_client->listFineTunes(c, d); })).size());
        };
        FineTuneRequest r = request();
        r.suffix = QStringLiteral("lost-answer");
        // The server creates the job, and the connection drops before its answer.
        const int before = jobCount();
        const int requestsBefore = m_server.requestCount();
        m_server.injectNextFor("POST", "/v1/fine-tunes", EmulatorServer::Fault::DropAnswer);
        const FineTuneCreation lost = create(r);
        QCOMPARE(lost.outcome, FineTuneCreation::Outcome::Recovered);
        QVERIFY(lost.job.has_value());
        QCOMPARE(lost.job->trainingFile, m_fileId);
        QVERIFY(lost.job->outputName.contains(QStringLiteral("lost-answer")));
        QVERIFY2(lost.text().contains(lost.job->id), qPrintable(lost.text()));
        // One create and one list: the request was not sent a second time.
        QCOMPARE(m_server.requestCount(), requestsBefore + 2);
        QCOMPARE(jobCount(), before + 1);

        // Lost again, and the list cannot be read: whether it exists is unknown, and the user
        // is told to look before creating it again, never to just try again.
        r.suffix = QStringLiteral("lost-unknown");
        m_server.injectNextFor("POST", "/v1/fine-tunes", EmulatorServer::Fault::DropAnswer);
        m_server.injectNextFor("GET", "/v1/fine-tunes", EmulatorServer::Fault::Unavailable);
        m_server.injectNextFor("GET", "/v1/fine-tunes", EmulatorServer::Fault::Unavailable);
        const FineTuneCreation unknown = create(r, FineTuneLookup{1, 10});
        QCOMPARE(unknown.outcome, FineTuneCreation::Outcome::Unknown);
        QVERIFY(!unknown.job);
        QVERIFY2(unknown.text().contains(QStringLiteral("may still have been created")) &&
                     unknown.text().contains(QStringLiteral("jobs list")) &&
                     unknown.text().contains(QStringLiteral("503")),
                 qPrintable(unknown.text()));
        QCOMPARE(jobCount(), before + 2); // it was created, once

        // Refused outright: nothing was made, nothing to look for.
        FineTuneRequest invalid = request();
        invalid.nEvals = 2; // no validation file
        const int requestsBeforeRefusal = m_server.requestCount();
        const FineTuneCreation refused = create(invalid);
        QCOMPARE(refused.outcome, FineTuneCreation::Outcome::NotCreated);
        QCOMPARE(refused.error.httpStatus, 400);
        QCOMPARE(m_server.requestCount(), requestsBeforeRefusal + 1);

        // The answer arrives: created, as before.
        r.suffix = QStringLiteral("answered");
        const FineTuneCreation created = create(r);
        QCOMPARE(created.outcome, FineTuneCreation::Outcome::Created);
        QVERIFY(created.job->id.startsWith(QStringLiteral("ft-")));
    }

    void endpointsThroughTheirStates()
    {
        const auto hardware = ok(call<QList<Hardware>>([&](QObject* c, auto d) {
            return m_client->listHardware(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"), c, d);
        }));
        QVERIFY(hardware.size() >= 2);
        QCOMPARE(hardware.front().availability, QStringLiteral("available"));
        // Since July 2026 a v1 endpoint can no longer be created: 403 with Together's code.
        EndpointRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");
        r.hardware = hardware.front().id;
        const auto refused = call<Endpoint>([&](QObject* c, auto d) { return m_client->createEndpoint(r, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(refused));
        QCOMPARE(std::get<ApiError>(refused).httpStatus, 403);
        QCOMPARE(std::get<ApiError>(refused).code, QStringLiteral("endpoints_v1_create_access_disabled"));
        // One made before then keeps serving, can be stopped, not started again, and deleted.
        const QString id = QString::fromStdString(m_server.addLegacyEndpoint(
            "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", hardware.front().id.toStdString(), true));
        const Endpoint created =
            ok(call<Endpoint>([&](QObject* c, auto d) { return m_client->getEndpoint(id, c, d); }));
        QCOMPARE(created.state, EndpointState::Started);
        auto state = [&] {
            return ok(call<Endpoint>([&](QObject* c, auto d) { return m_client->getEndpoint(created.id, c, d); }))
                .state;
        };
        auto chat = [&] {
            const QByteArray body = QByteArray::fromStdString(nlohmann::json{
                {"model", created.name.toStdString()},
                {"messages",
                 {{{"role", "user"}, {"content", "hello"}}}}}.dump());
            return call<ChatAnswer>([&](QObject* c, auto d) { return m_client->chat(body, c, d); });
        };
        QVERIFY(std::holds_alternative<ChatAnswer>(chat()));
        const auto listed = ok(call<QList<Endpoint>>(
            [&](QObject* c, auto d) { return m_client->listEndpoints(c, d, QStringLiteral("dedicated")); }));
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.front().name, created.name);
        const Endpoint stopping = ok(
            call<Endpoint>([&](QObject* c, auto d) { return m_client->setEndpointStarted(created.id, false, c, d); }));
        QCOMPARE(stopping.state, EndpointState::Stopping);
        m_server.advanceClock(5);
        QCOMPARE(state(), EndpointState::Stopped);
        const auto stopped = chat();
        QVERIFY(std::holds_alternative<ApiError>(stopped));
        QVERIFY(std::get<ApiError>(stopped).message.contains(QStringLiteral("not running")));
        const auto restart =
            call<Endpoint>([&](QObject* c, auto d) { return m_client->setEndpointStarted(created.id, true, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(restart));
        QCOMPARE(std::get<ApiError>(restart).code, QStringLiteral("endpoints_v1_create_access_disabled"));
        QCOMPARE(state(), EndpointState::Stopped);
        // Delete answers 204 with no body.
        QVERIFY(std::holds_alternative<NoContent>(
            call<NoContent>([&](QObject* c, auto d) { return m_client->deleteEndpoint(created.id, c, d); })));
        const auto gone = call<Endpoint>([&](QObject* c, auto d) { return m_client->getEndpoint(created.id, c, d); });
        QCOMPARE(std::get<ApiError>(gone).httpStatus, 404);
    }

    void multipartUploadAboveTheThreshold()
    {
        // The SDK's part plan (contract 2.3).
        QCOMPARE(MultipartUpload::planFor(6LL << 30).parts, 25);
        QCOMPARE(MultipartUpload::planFor(6LL << 30).partSize, ((6LL << 30) + 24) / 25);
        QCOMPARE(MultipartUpload::planFor(100LL << 30).parts, 250);
        QCOMPARE(MultipartUpload::planFor(200LL << 20).parts, 1);
        // A 2.5 MiB file in 256 KiB parts here, so the test stays small.
        QByteArray data;
        for (int i = 0; data.size() < 2600000; ++i)
            data += "{\"text\": \"row " + QByteArray::number(i) + " of a file uploaded in parts\"}\n";
        const QString path = m_dir.filePath(QStringLiteral("big.jsonl"));
        QVERIFY(test::writeFile(path, data));
        FileUpload upload(&m_transport, m_client->connection(), path);
        upload.setMultipartThreshold(1 << 20, 256 << 10, 64 << 10);
        QSignalSpy done(&upload, &FileUpload::finished);
        QSignalSpy progress(&upload, &FileUpload::progress);
        m_server.injectNext(EmulatorServer::Fault::DropUpload); // one part is dropped, and retried
        upload.start();
        QVERIFY(done.wait(30000));
        const auto outcome = done.front().front().value<UploadOutcome>();
        QVERIFY2(std::holds_alternative<RemoteFile>(outcome),
                 qPrintable(std::holds_alternative<ApiError>(outcome) ? std::get<ApiError>(outcome).message : ""));
        const RemoteFile f = std::get<RemoteFile>(outcome);
        QCOMPARE(f.bytes, data.size());
        QCOMPARE(f.processingStatus, QStringLiteral("COMPLETED"));
        QCOMPARE(progress.back().at(0).toLongLong(), data.size());
        QCOMPARE(m_server.openMultipartUploads(), 0);
        // The parts came together in order.
        FileDownload back(&m_transport, m_client->connection(), QStringLiteral("files/%1/content").arg(f.id),
                          m_dir.filePath(QStringLiteral("big-back.jsonl")));
        QSignalSpy backDone(&back, &FileDownload::finished);
        back.start();
        QVERIFY(backDone.wait(20000));
        QCOMPARE(test::readFile(back.targetPath()), data);
        // Cancelled half-way: the upload is aborted on the server too.
        FileUpload cancelled(&m_transport, m_client->connection(), path);
        cancelled.setMultipartThreshold(1 << 20, 256 << 10, 64 << 10);
        QSignalSpy cancelledDone(&cancelled, &FileUpload::finished);
        connect(&cancelled, &FileUpload::progress, &cancelled, &FileUpload::abort);
        cancelled.start();
        QVERIFY(cancelledDone.wait(20000));
        QVERIFY(std::holds_alternative<ApiError>(cancelledDone.front().front().value<UploadOutcome>()));
        QTRY_COMPARE(m_server.openMultipartUploads(), 0);
    }

    void completionsAndModelUploads()
    {
        const QByteArray body =
            "{\"model\":\"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo\",\"prompt\":\"Once upon a time\","
            "\"max_tokens\":4}";
        const ChatAnswer a = ok(call<ChatAnswer>([&](QObject* c, auto d) { return m_client->complete(body, c, d); }));
        QCOMPARE(a.completionTokens, 4);
        QCOMPARE(a.finishReason, QStringLiteral("length"));
        QCOMPARE(a.content.split(QLatin1Char(' ')).size(), 4);
        const ModelUploadJob job = ok(call<ModelUploadJob>([&](QObject* c, auto d) {
            return m_client->uploadModel(QStringLiteral("my-adapter"), QStringLiteral("someone/adapter"),
                                         QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"), true, {}, c,
                                         d);
        }));
        QVERIFY(job.jobId.startsWith(QStringLiteral("job-")));
        const ModelUploadJob status =
            ok(call<ModelUploadJob>([&](QObject* c, auto d) { return m_client->modelUploadJob(job.jobId, c, d); }));
        QVERIFY(status.isDone());
        QCOMPARE(status.modelName, job.modelName);
        // Files: list, get, delete through the typed calls.
        const auto files = ok(call<QList<RemoteFile>>([&](QObject* c, auto d) { return m_client->listFiles(c, d); }));
        QVERIFY(!files.isEmpty());
        const RemoteFile f =
            ok(call<RemoteFile>([&](QObject* c, auto d) { return m_client->getFile(files.front().id, c, d); }));
        QCOMPARE(f.processingStatus, QStringLiteral("COMPLETED"));
        QVERIFY(std::holds_alternative<NoContent>(
            call<NoContent>([&](QObject* c, auto d) { return m_client->deleteFile(f.id, c, d); })));
    }
};

QTEST_GUILESS_MAIN(TestApiJobs)
#include "tst_api_jobs.moc"
