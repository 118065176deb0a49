#include "ApiCall.h"
#include "EmulatorServer.h"

#include "api/client/DmiClient.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "endpoints/DeployPlan.h"
#include "endpoints/DeploymentActions.h"
#include "endpoints/DmiInventory.h"
#include "endpoints/DmiRules.h"
#include "playground/ModelDirectory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;
using test::call;
using test::ok;

// Dedicated endpoints v2 end to end in the model layer against the emulator: a finished
// fine-tune deployed by its registry id (dry run, creation, PROVISIONING to READY, traffic
// weight) and chatted with on the inference host; a base that cannot be hosted; a catalogue
// model priced on its own hardware; the replica rules checked before sending; stop and
// restart; etag conflicts retried once, then explained; the delete order as one sequence.
class TestDmiDeploy : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    Connection m_connection;
    std::unique_ptr<TogetherClient> m_v1;
    std::unique_ptr<DmiClient> m_dmi;
    QString m_fileId;
    QString m_endpointId, m_deploymentId, m_endpointName;

    QString finishedJob(const char* model)
    {
        FineTuneRequest r;
        r.trainingFile = m_fileId;
        r.model = QString::fromLatin1(model);
        r.nEpochs = 1;
        r.suffix = QStringLiteral("dmi");
        const FineTuneJob job =
            ok(call<FineTuneJob>([&](QObject* c, auto d) { return m_v1->createFineTune(r, c, d); }));
        m_server.advanceClock(100000);
        const FineTuneJob done =
            ok(call<FineTuneJob>([&](QObject* c, auto d) { return m_v1->getFineTune(job.id, c, d); }));
        if (done.status != JobStatus::Completed || done.modelObjectId.isEmpty())
            qFatal("the job did not complete with a registry id");
        return job.id;
    }

    std::unique_ptr<DeployPlan> plan()
    {
        auto p = std::make_unique<DeployPlan>(*m_v1, *m_dmi);
        p->setPollInterval(20);
        return p;
    }

    QByteArray chatBody(const QString& model) const
    {
        return QByteArray::fromStdString(
            nlohmann::json{{"model", model.toStdString()},
                           {"messages", {{{"role", "user"}, {"content", "How do I rotate my API key?"}}}}}
                .dump());
    }

    ApiResult<ChatAnswer> chatWith(const QString& model)
    {
        TogetherClient inference(&m_transport, m_dmi->inferenceConnection());
        return call<ChatAnswer>([&](QObject* c, auto d) { return inference.chat(chatBody(model), c, d); });
    }

    std::unique_ptr<DeploymentActions> actions()
    {
        auto a = std::make_unique<DeploymentActions>(*m_dmi, QStringLiteral("proj_emu0001"));
        a->setPollInterval(20);
        return a;
    }

    // Runs one action to its end: its summary, or the error's message prefixed "failed: ".
    QString run(DeploymentActions* a, const std::function<void()>& start)
    {
        QSignalSpy done(a, &DeploymentActions::finished);
        QSignalSpy failed(a, &DeploymentActions::failed);
        start();
        if (!QTest::qWaitFor([&] { return done.size() + failed.size() > 0; }, 20000))
            return QStringLiteral("timeout");
        return failed.isEmpty() ? done.front().front().toString()
                                : QStringLiteral("failed: ") + failed.front().front().value<Error>().message;
    }

    Deployment deployment()
    {
        return ok(call<Deployment>([&](QObject* c, auto d) {
            return m_dmi->getDeployment(QStringLiteral("proj_emu0001"), m_endpointId, m_deploymentId, c, d);
        }));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        // Uploads get their validation verdict at once: these tests are about serving the result.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        m_connection.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        m_connection.apiKey = QStringLiteral("tgp_v1_emulator");
        m_v1 = std::make_unique<TogetherClient>(&m_transport, m_connection);
        m_dmi = std::make_unique<DmiClient>(&m_transport, m_connection);
        QByteArray data;
        for (int i = 0; i < 12; ++i)
            data += R"({"messages":[{"role":"user","content":"How do I rotate my API key?"},)"
                    R"({"role":"assistant","content":"Open Settings, then API Keys, and click Rotate."}]})"
                    "\n";
        const QString path = m_dir.filePath(QStringLiteral("train.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        FileUpload upload(&m_transport, m_connection, path);
        QSignalSpy done(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(done.wait(20000));
        const auto outcome = done.front().front().value<UploadOutcome>();
        QVERIFY(std::holds_alternative<RemoteFile>(outcome));
        m_fileId = std::get<RemoteFile>(outcome).id;
    }

    void aFinishedFineTuneIsDeployedAndAnswers()
    {
        const QString jobId = finishedJob("Qwen/Qwen3-8B");
        auto p = plan();
        QSignalSpy resolved(p.get(), &DeployPlan::resolved);
        QSignalSpy failed(p.get(), &DeployPlan::failed);
        p->resolveJob(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(resolved.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().value<Error>().message));
        QCOMPARE(p->projectId(), QStringLiteral("proj_emu0001"));
        QCOMPARE(p->options().size(), 1);
        const DeployOption& o = p->options().front();
        QVERIFY(o.model.startsWith(QStringLiteral("projects/proj_emu0001/models/ml_ft_")));
        QCOMPARE(o.config, QStringLiteral("projects/proj_together/configs/cr_qwen3_8b_1xh100_bf16"));
        QVERIFY(o.certifiedProfile);
        QCOMPARE(o.quantization, QStringLiteral("BF16"));
        QVERIFY(o.decodingSpeedTps);
        DeployPlan::Choice c = p->defaultChoice();
        c.endpointName = QStringLiteral("support-bot");
        c.minReplicas = 2;
        c.maxReplicas = 3;
        QCOMPARE(p->dollarsPerHour(c).value_or(0), 2 * 5.49); // price × replicas
        QCOMPARE(p->dollarsPerHour(c, true).value_or(0), 3 * 5.49);

        // The dry run creates the (free) endpoint and provisions nothing.
        QSignalSpy dry(p.get(), &DeployPlan::dryRunPassed);
        p->dryRun(c);
        QTRY_VERIFY_WITH_TIMEOUT(dry.size() + failed.size() > 0, 20000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(m_server.dmiWorld().endpoints.size(), std::size_t(1));
        QVERIFY(m_server.dmiWorld().endpoints.front().deployments.empty());

        QSignalSpy deployed(p.get(), &DeployPlan::deployed);
        QSignalSpy progress(p.get(), &DeployPlan::progress);
        QSignalSpy changes(p.get(), &DeployPlan::deploymentChanged);
        p->deploy(c);
        QTRY_VERIFY_WITH_TIMEOUT(deployed.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().value<Error>().message));
        QCOMPARE(deployed.front().front().toString(), QStringLiteral("emulator-user/support-bot"));
        // The dry run came first, then the real one; the states went from PROVISIONING to READY.
        const QString postPath =
            QStringLiteral("/v2/projects/proj_emu0001/endpoints/%1/deployments").arg(p->endpoint().id);
        QCOMPARE(m_server.requestCount("POST", postPath.toUtf8()), 3); // two dry runs, one real
        bool sawProvisioning = false;
        for (const auto& args : changes)
            sawProvisioning =
                sawProvisioning || args.front().value<Deployment>().status.state == DeploymentState::Provisioning;
        QVERIFY(sawProvisioning);
        QCOMPARE(p->deployment().status.state, DeploymentState::Ready);
        bool toldWeight = false, toldMessage = false;
        for (const auto& args : progress) {
            toldWeight = toldWeight || args.front().toString().contains(QStringLiteral("weight to 1"));
            toldMessage = toldMessage || args.front().toString().contains(QStringLiteral("Pulling weights"));
        }
        QVERIFY(toldWeight);  // the plan says it set the weight
        QVERIFY(toldMessage); // status.message is shown while it provisions
        m_endpointId = p->endpoint().id;
        m_deploymentId = p->deployment().id;
        m_endpointName = deployed.front().front().toString();
        QCOMPARE(p->endpoint().weightOf(m_deploymentId), 1.0);

        // Chat on the inference host by the endpoint's name: the fine-tune answers from its data.
        const auto answer = chatWith(m_endpointName);
        QVERIFY2(std::holds_alternative<ChatAnswer>(answer),
                 std::holds_alternative<ApiError>(answer) ? qPrintable(std::get<ApiError>(answer).message) : "");
        QCOMPARE(std::get<ChatAnswer>(answer).content,
                 QStringLiteral("Open Settings, then API Keys, and click Rotate."));
    }

    void withoutWeightNothingAnswers()
    {
        auto a = actions();
        QVERIFY(run(a.get(), [&] {
                    a->setWeight(m_endpointId, m_deploymentId, 0);
                }).contains(QStringLiteral("no traffic")));
        const auto refused = chatWith(m_endpointName);
        QVERIFY(std::holds_alternative<ApiError>(refused));
        QCOMPARE(std::get<ApiError>(refused).code, QStringLiteral("endpoint_not_configured"));
        // The deployment's own name bypasses the split.
        QVERIFY(std::holds_alternative<ChatAnswer>(chatWith(deployment().name)));
        QVERIFY(
            !run(a.get(), [&] { a->setWeight(m_endpointId, m_deploymentId, 1); }).startsWith(QStringLiteral("failed")));
        QVERIFY(std::holds_alternative<ChatAnswer>(chatWith(m_endpointName)));
    }

    // A refresh asked for while one is on its way (the deploy dialog's, right after it set the
    // weight) is not dropped: it runs after, so the list ends with what the server says now.
    void aRefreshDuringARefreshRunsAfterIt()
    {
        DmiInventory inventory(*m_dmi);
        QSignalSpy loaded(&inventory, &DmiInventory::loaded);
        inventory.load();
        QVERIFY(inventory.isLoading());
        auto a = actions();
        QVERIFY(!run(a.get(), [&] {
                     a->setWeight(m_endpointId, m_deploymentId, 0);
                     inventory.load(); // while the first is on its way
                 }).startsWith(QStringLiteral("failed")));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
        QVERIFY(!inventory.isLoading());
        const DmiEndpointView* view = inventory.find(m_endpointId);
        QVERIFY(view);
        QCOMPARE(view->deployments.size(), 1);
        QCOMPARE(view->deployments.front().weight, 0.0);
        QVERIFY(
            !run(a.get(), [&] { a->setWeight(m_endpointId, m_deploymentId, 1); }).startsWith(QStringLiteral("failed")));
    }

    void replicaRulesBeforeSending()
    {
        auto a = actions();
        const QByteArray path = QStringLiteral("/v2/projects/proj_emu0001/endpoints/%1/deployments/%2")
                                    .arg(m_endpointId, m_deploymentId)
                                    .toUtf8();
        const int before = m_server.requestCount("PATCH", path);
        const QString refused = run(a.get(), [&] { a->setAutoscaling(m_endpointId, m_deploymentId, 0, 2); });
        QVERIFY2(refused.contains(QStringLiteral("0 replicas with a maximum above 0")), qPrintable(refused));
        QCOMPARE(m_server.requestCount("PATCH", path), before); // nothing sent
        // Restart only from STOPPED: a running deployment is not "started".
        QVERIFY(DmiRules::restartProblem(DeploymentState::Ready));
        QVERIFY(DmiRules::restartProblem(DeploymentState::Failed)->contains(QStringLiteral("final")));
        QVERIFY(!DmiRules::restartProblem(DeploymentState::Stopped));
    }

    void stopAndStartAgain()
    {
        auto a = actions();
        const QString stopped = run(a.get(), [&] { a->stop(m_endpointId, m_deploymentId, true); });
        QVERIFY2(stopped.contains(QStringLiteral("Stopped")), qPrintable(stopped));
        QCOMPARE(deployment().status.state, DeploymentState::Stopped);
        QVERIFY(deployment().autoscaling.isStopped());
        QVERIFY(std::holds_alternative<ApiError>(chatWith(m_endpointName)));
        QVERIFY(
            !run(a.get(), [&] { a->start(m_endpointId, m_deploymentId, 1, 1); }).startsWith(QStringLiteral("failed")));
        QVERIFY(!run(a.get(), [&] {
                     a->waitFor(
                         m_endpointId, m_deploymentId,
                         [](const Deployment& d) { return d.status.state == DeploymentState::Ready; },
                         QStringLiteral("Starting"));
                 }).startsWith(QStringLiteral("failed")));
        QVERIFY(std::holds_alternative<ChatAnswer>(chatWith(m_endpointName)));
    }

    void conflictsAreRetriedOnceThenExplained()
    {
        auto a = actions();
        const QByteArray path = QStringLiteral("/v2/projects/proj_emu0001/endpoints/%1").arg(m_endpointId).toUtf8();
        m_server.injectNextFor("PATCH", path, EmulatorServer::Fault::Conflict);
        const int before = m_server.requestCount("PATCH", path);
        QVERIFY(
            !run(a.get(), [&] { a->setWeight(m_endpointId, m_deploymentId, 2); }).startsWith(QStringLiteral("failed")));
        QCOMPARE(m_server.requestCount("PATCH", path) - before, 2);
        QCOMPARE(ok(call<DmiEndpoint>([&](QObject* c, auto d) {
                     return m_dmi->getEndpoint(QStringLiteral("proj_emu0001"), m_endpointId, c, d);
                 })).weightOf(m_deploymentId),
                 2.0);
        m_server.injectNextFor("PATCH", path, EmulatorServer::Fault::Conflict);
        m_server.injectNextFor("PATCH", path, EmulatorServer::Fault::Conflict);
        const QString twice = run(a.get(), [&] { a->setWeight(m_endpointId, m_deploymentId, 1); });
        QVERIFY2(twice.contains(QStringLiteral("twice in a row")), qPrintable(twice));
        QCOMPARE(m_server.requestCount("PATCH", path) - before, 4); // no third try
    }

    void thePlaygroundRoutesV2ToTheInferenceHost()
    {
        Connection c = m_connection;
        c.inferenceUrl = QUrl(QStringLiteral("https://inference.example.com/v1"));
        ModelDirectory directory;
        QSignalSpy loaded(&directory, &ModelDirectory::loaded);
        directory.load(QStringLiteral("together"), TogetherClient(&m_transport, c), true);
        QVERIFY(loaded.wait(20000));
        bool listed = false;
        for (const ModelDirectory::Entry& e : directory.entries(QStringLiteral("together")))
            listed = listed || (e.id == m_endpointName && e.kind == ModelDirectory::Kind::DmiEndpoint);
        QVERIFY(listed);
        QCOMPARE(directory.connectionFor(QStringLiteral("together"), m_endpointName, c).baseUrl, c.inferenceUrl);
        QCOMPARE(directory.connectionFor(QStringLiteral("together"), deployment().name, c).baseUrl, c.inferenceUrl);
        QCOMPARE(
            directory.connectionFor(QStringLiteral("together"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), c)
                .baseUrl,
            c.baseUrl);
    }

    void deleteInTheDocumentedOrder()
    {
        auto a = actions();
        QStringList steps;
        connect(a.get(), &DeploymentActions::progress, this, [&steps](const QString& s) { steps << s; });
        const QString done = run(a.get(), [&] { a->removeEndpoint(m_endpointId); });
        QVERIFY2(done.contains(QStringLiteral("deleted")), qPrintable(done + steps.join(QLatin1Char('\n'))));
        const auto index = [&](const char* text) {
            for (int i = 0; i < steps.size(); ++i)
                if (steps[i].contains(QLatin1String(text)))
                    return i;
            return -1;
        };
        QVERIFY(index("0/0") >= 0);
        QVERIFY(index("weight 0") > index("0/0"));
        QVERIFY(index("Deleting deployment") > index("weight 0"));
        QVERIFY(index("Deleting the endpoint") > index("Deleting deployment"));
        QVERIFY(m_server.dmiWorld().endpoints.empty());
    }

    void aBaseWithoutConfigsCannotBeHosted()
    {
        const QString jobId = finishedJob("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        auto p = plan();
        QSignalSpy failed(p.get(), &DeployPlan::failed);
        p->resolveJob(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY(failed.front().front().value<Error>().message.contains(QStringLiteral("No configs found")));
    }

    void aCatalogueModelOnItsOwnHardware()
    {
        auto p = plan();
        QSignalSpy resolved(p.get(), &DeployPlan::resolved);
        p->resolveModel(QStringLiteral("deepseek-ai/DeepSeek-V3"));
        QTRY_VERIFY_WITH_TIMEOUT(!resolved.isEmpty(), 20000);
        QCOMPARE(p->options().size(), 1);
        const DeployOption& o = p->options().front();
        QCOMPARE(o.gpuCount, 8);
        QCOMPARE(o.instance->name, QStringLiteral("8xnvidia-h200-141gb"));
        QCOMPARE(o.dollarsPerReplicaHour().value_or(0), 55.92); // never the 1x L40S price
        QVERIFY(o.model.startsWith(QStringLiteral("projects/proj_together/models/ml_deepseek_v3")));
    }

    void v1CreationIsRetired()
    {
        EndpointRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");
        r.hardware = QStringLiteral("1x_nvidia_h100_80gb_sxm");
        const auto refused = call<Endpoint>([&](QObject* c, auto d) { return m_v1->createEndpoint(r, c, d); });
        QVERIFY(DmiRules::isV1Retired(std::get<ApiError>(refused)));
        QVERIFY(DmiRules::v1RetiredExplanation().contains(QStringLiteral("v2")));
    }
};

QTEST_GUILESS_MAIN(TestDmiDeploy)
#include "tst_dmi_deploy.moc"
