#include "api/client/DmiClient.h"
#include "api/connection/DmiUrls.h"
#include "api/connection/ModelAddress.h"
#include "api/http/ApiError.h"
#include "api/http/ApiRequest.h"
#include "api/wire/Deployment.h"
#include "api/wire/DeploymentRequest.h"
#include "api/wire/DmiConfig.h"
#include "api/wire/DmiEndpoint.h"
#include "api/wire/DmiEvent.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/InstanceType.h"
#include "api/wire/RegistryModel.h"
#include "api/wire/SupportedModel.h"
#include "api/wire/WhoAmI.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace td;

// The v2 (DMI) wire records read what servers send, including what they should not: counts
// as strings, numbers as strings, short or lower-case enum values, nulls, arrays where objects
// belong, and zero values left out as proto3 JSON does.
class TestDmiWire : public QObject
{
    Q_OBJECT

    static nlohmann::json j(const char* text) { return nlohmann::json::parse(text); }

private slots:
    void whoamiNeedsAProject()
    {
        const auto w = WhoAmI::fromJson(j(
            R"({"api_key_id":"key_1","organization_id":"org_1","organization_name":"Acme","project_id":"proj_1", "project_name":"Main","project_slug":"acme","user_id":null,"new":{"x":1}})"));
        QVERIFY(w);
        QCOMPARE(w->projectId, QStringLiteral("proj_1"));
        QCOMPARE(w->projectSlug, QStringLiteral("acme"));
        QVERIFY(w->userId.isEmpty());
        // camelCase from a proxy that re-encodes: still read.
        QCOMPARE(WhoAmI::fromJson(j(R"({"projectId":"proj_2","projectSlug":"b"})"))->projectSlug, QStringLiteral("b"));
        QVERIFY(!WhoAmI::fromJson(j(R"({"project_id":5})")));
        QVERIFY(!WhoAmI::fromJson(j(R"([1,2])")));
    }

    void supportedModelWithOddTypes()
    {
        const auto m = SupportedModel::fromJson(j(
            R"({ "id":"arch_1","name":"meta-llama/Llama-3.3-70B-Instruct","displayName":"Llama", "products":["PRODUCT_DEDICATED","fine_tuning",7,null],"status":"SUPPORTED_MODEL_STATUS_DEPRECATED", "contextLength":"131072","baseModelId":"ml_1","capabilities":"CAPABILITY_CHAT", "deploymentProfiles":[ {"profileId":"p1","config":"projects/pt/configs/cr_1","model":"projects/pt/models/ml_1/revisions/rv_1", "gpuType":"nvidia-h100-80gb","gpuCount":"2","quantization":"FP8","parallelism":"TP2", "performanceBenchmarks":{"decodingSpeedTps":"61.5","timeToFirstTokenMs":212,"maxContextLength":"131072"}}, {"profileId":"p2","gpuCount":1.0,"performanceBenchmarks":null}, "not a profile", null ], "futureField":{"a":[1]}})"));
        QVERIFY(m);
        QCOMPARE(m->contextLength, qint64(131072));
        QVERIFY(m->isDedicated());
        QVERIFY(m->isFineTunable()); // "fine_tuning": short and lower case
        QVERIFY(!m->hasProduct("SERVERLESS"));
        QVERIFY(m->isDeprecated());
        QVERIFY(m->capabilities.isEmpty()); // a string where a list belongs
        QCOMPARE(m->deploymentProfiles.size(), 2);
        const DeploymentProfile& p = m->deploymentProfiles[0];
        QCOMPARE(p.gpuCount, 2);
        QCOMPARE(p.quantization, QStringLiteral("FP8"));
        QCOMPARE(p.decodingSpeedTps.value_or(0), 61.5);
        QCOMPARE(p.timeToFirstTokenMs.value_or(0), 212.0);
        QCOMPARE(p.maxContextLength, qint64(131072));
        QCOMPARE(p.hardwareText(), QStringLiteral("2x H100 80GB FP8"));
        QCOMPARE(m->deploymentProfiles[1].gpuCount, 1);
        QVERIFY(!m->deploymentProfiles[1].decodingSpeedTps);
        // A count beyond 64 bits or not a number reads as 0, never as garbage.
        QCOMPARE(SupportedModel::fromJson(j(R"({"id":"a","contextLength":"lots"})"))->contextLength, qint64(0));
        QCOMPARE(SupportedModel::fromJson(j(R"({"id":"a","contextLength":"99999999999999999999999"})"))->contextLength,
                 qint64(LLONG_MAX));
        QVERIFY(!SupportedModel::fromJson(j(R"({"displayName":"no id, no name"})")));
        QVERIFY(!SupportedModel::fromJson(j("null")));
    }

    void instanceTypesMatchOnlyTheirHardware()
    {
        QList<InstanceType> all;
        for (
            const char* text :
            {R"({"id":"it_1","name":"1xnvidia-l40s-48gb","gpuType":"nvidia-l40s-48gb","gpuCount":1,"priceCentsPerHour":149})",
             R"({"id":"it_2","name":"8xnvidia-h200-141gb","gpuType":"nvidia-h200-141gb","gpuCount":"8", "priceCentsPerHour":"5592","regions":[{"name":"us","headroom":{"relation":"RELATION_GTE","value":"3"}},{"name":"eu"}]})",
             R"({"name":"2xnvidia-h100-80gb","priceCentsPerHour":1098.5})"})
            all.append(*InstanceType::fromJson(j(text)));
        QCOMPARE(all[1].gpuCount, 8);
        QCOMPARE(all[1].priceCentsPerHour, 5592.0);
        QCOMPARE(all[1].dollarsPerHour(), 55.92);
        QCOMPARE(all[1].regions.size(), 2);
        QCOMPARE(all[1].regions[0].headroom.value_or(-1), qint64(3));
        QVERIFY(!all[1].regions[1].headroom);
        const auto h200 = InstanceType::find(all, QStringLiteral("nvidia-h200-141gb"), 8);
        QVERIFY(h200);
        QCOMPARE(h200->id, QStringLiteral("it_2"));
        // By name when the type fields are missing; case does not matter.
        QCOMPARE(InstanceType::find(all, QStringLiteral("NVIDIA-H100-80GB"), 2)->priceCentsPerHour, 1098.5);
        // No neighbour is ever taken for missing hardware: no 1x H200, no 8x L40S.
        QVERIFY(!InstanceType::find(all, QStringLiteral("nvidia-h200-141gb"), 1));
        QVERIFY(!InstanceType::find(all, QStringLiteral("nvidia-l40s-48gb"), 8));
        QVERIFY(!InstanceType::find(all, QString(), 0));
        QVERIFY(!InstanceType::fromJson(j(R"({"gpuCount":1})")));
    }

    void configSelectors()
    {
        const auto c = DmiConfig::fromJson(j(
            R"({"id":"cr_1","projectId":"proj_t","referenceModelId":"ml_1", "selectors":[{"key":"accelerator_type","value":"nvidia-h100-80gb"},{"key":"accelerator_count","value":2}, {"key":"optimization","value":"fp8"},{"value":"no key"},7], "certifications":[{"certificationType":"CERTIFICATION_TYPE_CERTIFIED"}]})"));
        QVERIFY(c);
        QCOMPARE(c->acceleratorType(), QStringLiteral("nvidia-h100-80gb"));
        QCOMPARE(c->acceleratorCount(), 2); // a number where a string belongs
        QCOMPARE(c->optimization(), QStringLiteral("fp8"));
        QCOMPARE(c->selectors.size(), 3);
        QVERIFY(c->isCertified());
        QCOMPARE(c->qualifiedName(), QStringLiteral("projects/proj_t/configs/cr_1"));
        QVERIFY(!DmiConfig::fromJson(j(R"({"projectId":"p"})")));
    }

    void deploymentStates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::newRow("qualified") << "DEPLOYMENT_STATE_READY" << int(DeploymentState::Ready);
        QTest::newRow("short") << "stopped" << int(DeploymentState::Stopped);
        QTest::newRow("spaces") << " DEPLOYMENT_STATE_FAILED " << int(DeploymentState::Failed);
        QTest::newRow("new value") << "DEPLOYMENT_STATE_HIBERNATING" << int(DeploymentState::Unknown);
        QTest::newRow("empty") << "" << int(DeploymentState::Unknown);
    }

    void deploymentStates()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QCOMPARE(int(deploymentStateFromString(text)), state);
        if (state != int(DeploymentState::Unknown))
            QCOMPARE(deploymentStateFromString(deploymentStateName(DeploymentState(state))), DeploymentState(state));
    }

    void deploymentWithZeroValuesLeftOut()
    {
        // A stopped deployment as proto3 JSON writes it: autoscaling {} and no readyReplicas.
        const auto d = Deployment::fromJson(j(
            R"({"id":"dep_1","name":"acme/ep/d1","autoscaling":{}, "status":{"state":"DEPLOYMENT_STATE_STOPPED","message":"Stopped"},"etag":"W/4", "estimatedEffectiveTrafficShare":"0.5","enableLora":"yes","runtimeInfo":{"engineType":"vllm"}})"));
        QVERIFY(d);
        QVERIFY(d->autoscaling.isStopped());
        QCOMPARE(d->status.readyReplicas, 0);
        QCOMPARE(d->status.state, DeploymentState::Stopped);
        QCOMPARE(d->etag, QStringLiteral("W/4"));
        QCOMPARE(d->estimatedEffectiveTrafficShare.value_or(0), 0.5);
        QVERIFY(!d->enableLora); // "yes" is no boolean
        QCOMPARE(d->engineType, QStringLiteral("vllm"));
        const auto running = Deployment::fromJson(j(
            R"({"id":"dep_2","autoscaling":{"minReplicas":"2","maxReplicas":3}, "status":{"state":"READY","readyReplicas":"2"},"autoscaling2":null})"));
        QCOMPARE(running->autoscaling.minReplicas, 2);
        QCOMPARE(running->autoscaling.maxReplicas, 3);
        QCOMPARE(running->status.readyReplicas, 2);
        QVERIFY(servesTraffic(running->status.state));
        // status as a string, autoscaling as a list: defaults, no failure.
        const auto odd = Deployment::fromJson(j(R"({"id":"dep_3","status":"READY","autoscaling":[1]})"));
        QVERIFY(odd);
        QCOMPARE(odd->status.state, DeploymentState::Unknown);
        QVERIFY(!Deployment::fromJson(j(R"({"name":"no id"})")));
    }

    void endpointWithSplit()
    {
        const auto e = DmiEndpoint::fromJson(j(
            R"({"id":"ep_1","name":"acme/support","etag":"W/2", "trafficSplit":[{"deploymentId":"dep_1","weight":"3"},{"deploymentId":"dep_2"},{"weight":5}], "deployments":[{"id":"dep_1","state":"DEPLOYMENT_STATE_READY","readyReplicas":1,"autoscaling":{"minReplicas":1,"maxReplicas":1}}, {"id":"dep_2","state":"DEPLOYMENT_STATE_READY","readyReplicas":2},{"state":"no id"}]})"));
        QVERIFY(e);
        QCOMPARE(e->trafficSplit.size(), 2); // the entry without a deployment id is dropped
        QCOMPARE(e->weightOf(QStringLiteral("dep_1")), 3.0);
        QCOMPARE(e->weightOf(QStringLiteral("dep_2")), 0.0);
        QCOMPARE(e->deployments.size(), 2);
        QVERIFY(e->servesSomething());
        // Ready but without weight: the endpoint's name answers nothing.
        const auto idle = DmiEndpoint::fromJson(j(
            R"({"id":"ep_2","trafficSplit":[{"deploymentId":"dep_1","weight":0}], "deployments":[{"id":"dep_1","state":"DEPLOYMENT_STATE_READY","readyReplicas":1}]})"));
        QVERIFY(!idle->servesSomething());
    }

    void eventsAndRegistryModels()
    {
        const DmiEvent e = DmiEvent::fromJson(
            j(R"({"id":"evt","level":"LEVEL_ERROR","type":"REPLICA_CRASHED", "oldReplicas":"1","newReplicas":0})"));
        QVERIFY(e.isError());
        QCOMPARE(e.text(), QStringLiteral("REPLICA_CRASHED"));
        QCOMPARE(e.oldReplicas, 1);
        QCOMPARE(e.newReplicas, 0);
        QCOMPARE(DmiEvent::fromJson(j("{}")).oldReplicas, -1);
        const auto m = RegistryModel::fromJson(j(
            R"({"id":"ml_ft","projectId":"proj_1","baseModelId":"ml_base", "weights":{"type":"WEIGHTS_TYPE_DEFAULT","contextLength":"40960"}})"));
        QCOMPARE(m->qualifiedName(), QStringLiteral("projects/proj_1/models/ml_ft"));
        QCOMPARE(m->contextLength, qint64(40960));
    }

    void fineTuneRegistryIds()
    {
        const auto job = FineTuneJob::fromJson(j(
            R"({"id":"ft-1","status":"completed","model_object_id":"ml_abc", "model_object_name":"acme/qwen-ft","adapter_object_id":"ml_ad","adapter_object_name":"acme/qwen-ft-adapter"})"));
        QVERIFY(job);
        QCOMPARE(job->modelObjectId, QStringLiteral("ml_abc"));
        QCOMPARE(job->adapterObjectName, QStringLiteral("acme/qwen-ft-adapter"));
    }

    void deploymentRequestBody()
    {
        DeploymentRequest r;
        r.name = QStringLiteral("ft");
        r.model = QStringLiteral("projects/p/models/ml_1");
        r.config = QStringLiteral("projects/pt/configs/cr_1");
        r.minReplicas = 1;
        r.maxReplicas = 2;
        QCOMPARE(QString::fromStdString(r.toJson().dump()),
                 QStringLiteral(R"({"name":"ft","model":"projects/p/models/ml_1","config":"projects/pt/configs/cr_1",)"
                                R"("autoscaling":{"minReplicas":1,"maxReplicas":2}})"));
        QCOMPARE(DmiClient::qualified(QStringLiteral("dedicated"), "PRODUCT_"), QStringLiteral("PRODUCT_DEDICATED"));
        QCOMPARE(DmiClient::qualified(QStringLiteral("PRODUCT_FINE_TUNING"), "PRODUCT_"),
                 QStringLiteral("PRODUCT_FINE_TUNING"));
    }

    void urlsForEachServer_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("inference");
        QTest::newRow("together") << "https://api.together.ai/v1"
                                  << "https://api.together.ai/v2"
                                  << "https://api-inference.together.ai/v1";
        QTest::newRow("together xyz") << "https://api.together.xyz/v1/"
                                      << "https://api.together.ai/v2"
                                      << "https://api-inference.together.ai/v1";
        QTest::newRow("emulator") << "http://127.0.0.1:8777/v1"
                                  << "http://127.0.0.1:8777/v2"
                                  << "http://127.0.0.1:8777/v1";
        QTest::newRow("trailing slash") << "http://localhost:9000/v1/"
                                        << "http://localhost:9000/v2"
                                        << "http://localhost:9000/v1";
        QTest::newRow("proxy prefix") << "https://proxy.example.com/together/v1"
                                      << "https://proxy.example.com/together/v2"
                                      << "https://proxy.example.com/together/v1";
        QTest::newRow("no version") << "http://127.0.0.1:1234"
                                    << "http://127.0.0.1:1234/v2"
                                    << "http://127.0.0.1:1234/v1";
    }

    void urlsForEachServer()
    {
        QFETCH(QString, base);
        QFETCH(QString, control);
        QFETCH(QString, inference);
        Connection c;
        c.baseUrl = QUrl(base);
        QCOMPARE(DmiUrls::controlPlane(c).toString(), control);
        QCOMPARE(DmiUrls::inference(c).toString(), inference);
        // A connection's own URLs win over the derived ones.
        c.controlPlaneUrl = QUrl(QStringLiteral("https://cp.example.com/v2"));
        c.inferenceUrl = QUrl(QStringLiteral("https://inf.example.com/v1"));
        QCOMPARE(DmiUrls::controlPlane(c).toString(), QStringLiteral("https://cp.example.com/v2"));
        DmiClient client(nullptr, c);
        QCOMPARE(client.controlPlaneUrl().toString(), QStringLiteral("https://cp.example.com/v2"));
        QCOMPARE(client.inferenceConnection().baseUrl.toString(), QStringLiteral("https://inf.example.com/v1"));
    }

    // "v2:NAME" on the command line goes to the v2 inference host; a plain name stays on the
    // base URL (tunedesk-cli chat once sent v2 names to api.together.ai, which does not serve them).
    void aV2ModelNameIsAskedOnTheInferenceHost()
    {
        Connection c;
        c.baseUrl = QUrl(QStringLiteral("https://api.together.xyz/v1"));
        const ModelAddress v2 = ModelAddress::parse(QStringLiteral("v2:me/support-bot"));
        QCOMPARE(v2.model, QStringLiteral("me/support-bot"));
        QVERIFY(v2.dedicatedV2);
        QCOMPARE(v2.route(c).baseUrl.toString(), QStringLiteral("https://api-inference.together.ai/v1"));
        const ModelAddress plain = ModelAddress::parse(QStringLiteral("Qwen/Qwen3-8B"));
        QVERIFY(!plain.dedicatedV2);
        QCOMPARE(plain.route(c).baseUrl.toString(), QStringLiteral("https://api.together.xyz/v1"));
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(v2.route(c).baseUrl.toString(), QStringLiteral("http://127.0.0.1:8080/v1"));
    }

    void v1RetiredCodeFromAnyShape()
    {
        // The 403's body shape is unknown: the code is read from the envelope or beside the message.
        const ApiError a =
            parseErrorBody(403, R"({"error":{"message":"no","code":"endpoints_v1_create_access_disabled"}})");
        QCOMPARE(a.code, QStringLiteral("endpoints_v1_create_access_disabled"));
        const ApiError b = parseErrorBody(403, R"({"code":"endpoints_v1_create_access_disabled","message":"no"})");
        QCOMPARE(b.code, QStringLiteral("endpoints_v1_create_access_disabled"));
        QCOMPARE(b.message, QStringLiteral("no"));
        // A gRPC status number is not a code.
        QVERIFY(parseErrorBody(409, R"({"code":10,"message":"etag"})").code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDmiWire)
#include "tst_dmiwire.moc"
