#include "TestHttpServer.h"

#include "api/client/ModelCatalog.h"
#include "api/http/ApiError.h"
#include "api/http/CurlTransport.h"
#include "jobs/ServingCheck.h"
#include "jobs/ServingVerdict.h"
#include "jobs/V2DedicatedCatalogue.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace td;

// How the result of a fine-tune can be served, decided from plain facts: serverless only on
// an answered probe, dedicated from the cheapest certified profile's instance price, download
// only with the reason; offline answers marked as not live; never a price for hardware that
// cannot run the model.
class TestServingVerdict : public QObject
{
    Q_OBJECT

    static ServingFacts liveBase(const QString& base = QStringLiteral("Qwen/Qwen3-8B"))
    {
        ServingFacts f;
        f.baseModel = base;
        f.target = base + QStringLiteral("-Lora");
        f.live = true;
        f.probe = ServingFacts::Probe::Refused;
        f.probeMessage = QStringLiteral("Unable to access non-serverless model %1-Lora.").arg(base);
        f.catalogueRead = true;
        f.instancesRead = true;
        return f;
    }

    static ServingFacts::Instance instance(const char* name, const char* gpu, int count, int memory, double cents)
    {
        return {QString::fromLatin1(name),
                QString::fromLatin1(name),
                QString::fromLatin1(gpu),
                count,
                double(memory),
                cents};
    }

    static void listWithProfiles(ServingFacts& f)
    {
        f.listed = true;
        f.dedicatedProduct = true;
        f.fineTuningProduct = true;
        f.profiles = {{QStringLiteral("cr_h100x2"), QStringLiteral("nvidia-h100-80gb"), 2},
                      {QStringLiteral("cr_h100x1"), QStringLiteral("nvidia-h100-80gb"), 1},
                      {QStringLiteral("cr_b200x1"), QStringLiteral("nvidia-b200-180gb"), 1}};
        f.instances = {
            // The cheapest instance of all runs none of the profiles: never shown for the model.
            instance("1xnvidia-l40s-48gb", "nvidia-l40s-48gb", 1, 48, 210),
            instance("1xnvidia-h100-80gb", "nvidia-h100-80gb", 1, 80, 549),
            instance("2xnvidia-h100-80gb", "nvidia-h100-80gb", 2, 80, 1098),
            instance("1xnvidia-b200-180gb", "nvidia-b200-180gb", 1, 180, 899),
        };
    }

private slots:
    void anAnsweredProbeIsServerless()
    {
        ServingFacts f = liveBase();
        f.probe = ServingFacts::Probe::Answered;
        f.serverlessPrice = std::make_pair(0.2, 0.6);
        const ServingVerdict v = ServingVerdict::decide(f);
        QCOMPARE(v.way, ServingVerdict::Way::Serverless);
        QVERIFY(v.serverless);
        QVERIFY(v.live);
        QCOMPARE(v.summary(), QStringLiteral("serverless, $0.20 input and $0.60 output per million tokens"));
        QVERIFY(v.text().contains(QStringLiteral("checked with Together just now")));
        QVERIFY(v.text().contains(QStringLiteral("Qwen/Qwen3-8B-Lora answered a 1-token chat")));
    }

    void aRefusedFailedOrMissingProbeIsNotServerless()
    {
        for (const auto probe :
             {ServingFacts::Probe::Refused, ServingFacts::Probe::Failed, ServingFacts::Probe::NotTried}) {
            ServingFacts f = liveBase();
            f.probe = probe;
            f.serverlessPrice = std::make_pair(0.2, 0.6); // a price alone says nothing
            const ServingVerdict v = ServingVerdict::decide(f);
            QVERIFY(!v.serverless);
            QCOMPARE(v.way, ServingVerdict::Way::DownloadOnly);
            QVERIFY(v.text().contains(QStringLiteral("- serverless: no, ")));
        }
        const ServingVerdict refused = ServingVerdict::decide(liveBase());
        QVERIFY(refused.serverlessReason.contains(QStringLiteral("Unable to access non-serverless model")));
    }

    void theProbesAnswerIsRead()
    {
        ApiError e;
        e.httpStatus = 400;
        e.code = QStringLiteral("model_not_available");
        e.message = QStringLiteral("Unable to access non-serverless model x");
        QCOMPARE(ServingCheck::probeOutcome(e), ServingFacts::Probe::Refused);
        e.code.clear();
        QCOMPARE(ServingCheck::probeOutcome(e), ServingFacts::Probe::Refused); // "non-serverless" alone
        e.message = QStringLiteral("Model not found");
        e.httpStatus = 404;
        QCOMPARE(ServingCheck::probeOutcome(e), ServingFacts::Probe::Refused);
        e.httpStatus = 401;
        e.message = QStringLiteral("Invalid API key");
        QCOMPARE(ServingCheck::probeOutcome(e), ServingFacts::Probe::Failed);
        ApiError network;
        network.kind = ApiError::Kind::Network;
        QCOMPARE(ServingCheck::probeOutcome(network), ServingFacts::Probe::Failed);
        // One token, one short message.
        const auto body = nlohmann::json::parse(ServingCheck::probeRequest(QStringLiteral("a/b-Lora")).toStdString());
        QCOMPARE(body["max_tokens"].get<int>(), 1);
        QCOMPARE(body["model"].get<std::string>(), "a/b-Lora");
        QCOMPARE(body["messages"].size(), std::size_t(1));
    }

    void dedicatedFromTheCheapestCertifiedProfile()
    {
        ServingFacts f = liveBase();
        listWithProfiles(f);
        const ServingVerdict v = ServingVerdict::decide(f);
        QCOMPARE(v.way, ServingVerdict::Way::Dedicated);
        QVERIFY(v.dedicated);
        QCOMPARE(v.dedicated->dollarsPerHour, 5.49); // not the L40S no profile uses
        QCOMPARE(v.dedicated->gpuCount, 1);
        QCOMPARE(v.dedicated->profileId, QStringLiteral("cr_h100x1"));
        QCOMPARE(v.summary(), QStringLiteral("dedicated, from $5.49/h on 1x H100 80GB"));
        QVERIFY(v.text().contains(QStringLiteral("dedicated, from $5.49/h on 1x H100 80GB")));
        QVERIFY(!v.text().contains(QStringLiteral("2.10")));
        // A profile is matched by the instance's "<count>x<type>" name too.
        ServingFacts byName = liveBase();
        listWithProfiles(byName);
        byName.profiles = {{QStringLiteral("cr_b"), QStringLiteral("nvidia-b200-180gb"), 1}};
        for (auto& i : byName.instances)
            i.gpuType.clear();
        QCOMPARE(ServingVerdict::decide(byName).dedicated->dollarsPerHour, 8.99);
        // Hardware of another count is not the profile's.
        ServingFacts other = liveBase();
        listWithProfiles(other);
        other.profiles = {{QStringLiteral("cr_x"), QStringLiteral("nvidia-h100-80gb"), 8}};
        const ServingVerdict none = ServingVerdict::decide(other);
        QCOMPARE(none.way, ServingVerdict::Way::DownloadOnly);
        QVERIFY(none.downloadReason.contains(QStringLiteral("no priced hardware matches")));
    }

    void downloadOnlyWithTheReason()
    {
        ServingFacts notListed = liveBase(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
        ServingVerdict v = ServingVerdict::decide(notListed);
        QCOMPARE(v.way, ServingVerdict::Way::DownloadOnly);
        QCOMPARE(v.summary(), QStringLiteral("download only"));
        QVERIFY(v.downloadReason.contains(QStringLiteral(
            "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference is not in Together's models for dedicated")));
        QVERIFY(v.text().contains(QStringLiteral("- download only: ")));

        ServingFacts noProfile = liveBase();
        listWithProfiles(noProfile);
        noProfile.profiles.clear();
        v = ServingVerdict::decide(noProfile);
        QCOMPARE(v.way, ServingVerdict::Way::DownloadOnly);
        QVERIFY(v.downloadReason.contains(QStringLiteral("no certified deployment profile")));

        ServingFacts notForFineTunes = liveBase();
        listWithProfiles(notForFineTunes);
        notForFineTunes.fineTuningProduct = false;
        v = ServingVerdict::decide(notForFineTunes);
        QCOMPARE(v.way, ServingVerdict::Way::DownloadOnly);
        QVERIFY(v.downloadReason.contains(QStringLiteral("not offered for dedicated inference of fine-tunes")));

        ServingFacts unread = liveBase();
        unread.catalogueRead = false;
        unread.catalogueError = QStringLiteral("HTTP 503");
        v = ServingVerdict::decide(unread);
        QCOMPARE(v.way, ServingVerdict::Way::DownloadOnly);
        QVERIFY(v.downloadReason.contains(QStringLiteral("could not be read (HTTP 503)")));
    }

    void offlineIsMarkedNotLive()
    {
        const ModelCatalog catalog = ModelCatalog::bundled();
        FineTuneRequest r;
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        const ServingFacts f = ServingCheck::offlineForRequest(r, catalog);
        QVERIFY(!f.live);
        QCOMPARE(f.target, QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference-Lora"));
        const ServingVerdict v = ServingVerdict::decide(f);
        QVERIFY(!v.live);
        QVERIFY(!v.serverless); // no base is serverless offline
        QVERIFY(v.text().contains(QStringLiteral("not checked with Together")));
        QVERIFY(v.text().contains(QStringLiteral("dedicated, from $3.99/h on 1x H100")));
        QVERIFY(v.text().contains(QStringLiteral("if Together certifies")));
        QCOMPARE(v.toJson()["live"].get<bool>(), false);
    }

    void neverAPriceForHardwareThatCannotRunTheModel()
    {
        const ModelCatalog catalog = ModelCatalog::bundled();
        FineTuneRequest r;
        r.model = QStringLiteral("deepseek-ai/DeepSeek-V3"); // 671B: ~1.6 TB in BF16
        const ServingVerdict v = ServingVerdict::decide(ServingCheck::offlineForRequest(r, catalog));
        QCOMPARE(v.way, ServingVerdict::Way::DownloadOnly);
        QVERIFY(!v.dedicated);
        QVERIFY(!v.text().contains(QStringLiteral("/h")));
        QVERIFY(v.downloadReason.contains(QStringLiteral("no GPU configuration in the bundled price list holds")));
        // Every model the catalog prices fits the hardware it is priced on.
        for (const QString& model : catalog.fineTunableModels()) {
            const auto h = catalog.cheapestHardwareFor(model);
            if (h)
                QVERIFY2(h->gpuCount * h->gpuMemoryGb >= *catalog.servingMemoryGb(model), qPrintable(model));
        }
        // A model of unknown size gets no price at all.
        r.model = QStringLiteral("someone/unknown-model");
        QVERIFY(!ServingVerdict::decide(ServingCheck::offlineForRequest(r, catalog)).dedicated);
    }

    void aCheckpointWithoutItsBaseIsUnknown()
    {
        FineTuneRequest r;
        r.fromCheckpoint = QStringLiteral("ft-123:40");
        const ServingVerdict v = ServingVerdict::decide(ServingCheck::offlineForRequest(r, ModelCatalog::bundled()));
        QCOMPARE(v.way, ServingVerdict::Way::Unknown);
        QVERIFY(v.text().contains(QStringLiteral("base model of the checkpoint")));
    }

    // Together's v2 answers as the typed npm client describes them, read by DmiClient's types:
    // only the entry named exactly like the base counts.
    void theV2CatalogueIsRead()
    {
        ServingFacts f;
        f.baseModel = QStringLiteral("Qwen/Qwen3-8B");
        const auto fp8 = SupportedModel::fromJson(nlohmann::json::parse(
            R"({"id":"arch_1","name":"Qwen/Qwen3-8B-FP8","products":["PRODUCT_DEDICATED"],
                "deploymentProfiles":[{"profileId":"wrong","gpuType":"nvidia-l40s-48gb","gpuCount":1}]})"));
        const auto exact = SupportedModel::fromJson(nlohmann::json::parse(
            R"({"id":"arch_2","name":"Qwen/Qwen3-8B","products":["PRODUCT_DEDICATED","PRODUCT_FINE_TUNING"],
                "deploymentProfiles":[{"profileId":"p1","gpuType":"nvidia-h100-80gb","gpuCount":1}]})"));
        QVERIFY(fp8 && exact);
        V2DedicatedCatalogue::addSupported({*fp8, *exact}, f);
        QVERIFY(f.listed);
        QVERIFY(f.dedicatedProduct && f.fineTuningProduct);
        QCOMPARE(f.profiles.size(), 1); // not the FP8 entry's
        const auto it = InstanceType::fromJson(nlohmann::json::parse(
            R"({"id":"it_1","name":"1xnvidia-h100-80gb","gpuType":"nvidia-h100-80gb","gpuCount":1,
                "gpuMemoryGib":80,"priceCentsPerHour":549})"));
        QVERIFY(it);
        f.live = true;
        f.catalogueRead = f.instancesRead = true;
        f.instances = V2DedicatedCatalogue::instanceFacts({*it});
        QCOMPARE(ServingVerdict::decide(f).summary(), QStringLiteral("dedicated, from $5.49/h on 1x H100 80GB"));
    }

    // The live check as Together would answer it: the models list names the -Lora target, the
    // probe (one token) is answered or refused, the v2 catalogue is paged until the base is
    // found, and its profile is priced from the instance types.
    void theLiveCheckAsksThePlatform()
    {
        bool answer = true;
        TestHttpServer server;
        server.handler = [&answer](const TestHttpServer::Request& r, TestHttpServer::Reply& reply) {
            const QUrl url(QString::fromLatin1(r.path));
            const QUrlQuery q(url);
            if (url.path() == QLatin1String("/v1/models"))
                reply.send(200, R"([{"id":"Qwen/Qwen3-8B-FP8-Lora","type":"chat","pricing":{"input":0.2,"output":0.4}},
                                    {"id":"Qwen/Qwen3-8B","type":"chat"}])");
            else if (url.path() == QLatin1String("/v1/chat/completions"))
                answer ? reply.send(200, R"({"id":"c1","model":"m","choices":[{"index":0,"message":
                                             {"role":"assistant","content":"Hi"},"finish_reason":"length"}]})")
                       : reply.send(400, R"({"error":{"message":"Unable to access non-serverless model
                                             Qwen/Qwen3-8B-FP8-Lora.","type":"invalid_request_error",
                                             "code":"model_not_available"}})");
            else if (url.path() == QLatin1String("/v2/supported-models") && q.queryItemValue("after").isEmpty())
                reply.send(200, R"({"data":[{"name":"Qwen/Qwen3-8B-Base","products":["PRODUCT_DEDICATED"]}],
                                    "next_cursor":"c2"})");
            else if (url.path() == QLatin1String("/v2/supported-models"))
                reply.send(200, R"({"data":[{"name":"Qwen/Qwen3-8B","products":["PRODUCT_DEDICATED",
                                    "PRODUCT_FINE_TUNING"],"deploymentProfiles":[{"profileId":"p2",
                                    "gpuType":"nvidia-h100-80gb","gpuCount":2},{"profileId":"p1",
                                    "gpuType":"nvidia-h100-80gb","gpuCount":1}]}],"next_cursor":""})");
            else if (url.path() == QLatin1String("/v2/public/inference-instance-types"))
                reply.send(200, R"({"object":"list","data":[
                    {"id":"a","name":"1xnvidia-l40s-48gb","gpuType":"nvidia-l40s-48gb","gpuCount":1,"priceCentsPerHour":149},
                    {"id":"b","name":"2xnvidia-h100-80gb","gpuType":"nvidia-h100-80gb","gpuCount":2,"priceCentsPerHour":1098},
                    {"id":"c","name":"1xnvidia-h100-80gb","gpuType":"nvidia-h100-80gb","gpuCount":1,"priceCentsPerHour":549}]})");
            else
                reply.send(404, R"({"error":{"message":"no route"}})");
        };
        CurlTransport transport;
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(server.base() + "/v1"));
        c.apiKey = QStringLiteral("tgp_v1_serving");
        ServingCheck check{TogetherClient(&transport, c)};
        QSignalSpy decided(&check, &ServingCheck::decided);
        FineTuneRequest r;
        r.model = QStringLiteral("Qwen/Qwen3-8B");
        check.checkRequest(r, ModelCatalog::bundled());
        QVERIFY(decided.wait(20000));
        ServingVerdict v = decided.takeFirst().at(0).value<ServingVerdict>();
        QVERIFY(v.live);
        QCOMPARE(v.way, ServingVerdict::Way::Serverless);
        QCOMPARE(v.target, QStringLiteral("Qwen/Qwen3-8B-FP8-Lora"));
        QCOMPARE(v.serverlessPrice->second, 0.4);
        QCOMPARE(v.dedicated->dollarsPerHour, 5.49);
        QCOMPARE(v.dedicated->profileId, QStringLiteral("p1"));
        bool probed = false;
        for (const auto& req : server.received)
            if (req.path == "/v1/chat/completions") {
                probed = true;
                QCOMPARE(req.body, ServingCheck::probeRequest(QStringLiteral("Qwen/Qwen3-8B-FP8-Lora")));
            }
        QVERIFY(probed);

        answer = false; // refused: dedicated is the way
        check.checkRequest(r, ModelCatalog::bundled());
        QVERIFY(decided.wait(20000));
        v = decided.takeFirst().at(0).value<ServingVerdict>();
        QCOMPARE(v.way, ServingVerdict::Way::Dedicated);
        QVERIFY(!v.serverless);
        QVERIFY(v.serverlessReason.contains(QStringLiteral("not served serverlessly")));
        QCOMPARE(v.summary(), QStringLiteral("dedicated, from $5.49/h on 1x H100 80GB"));
    }

    void theLoraServingTargetComesFromTheLiveList()
    {
        ModelCatalog c = ModelCatalog::bundled();
        const QString base = QStringLiteral("meta-llama/Llama-4-Scout-17B-16E-Instruct");
        QCOMPARE(c.loraServingTarget(base), base + QStringLiteral("-Lora"));
        ModelInfo fp8;
        fp8.id = base + QStringLiteral("-FP8-Lora");
        ModelInfo other;
        other.id = base + QStringLiteral("-Turbo-Lora"); // another model's target
        c.setLiveModels({other, fp8});
        QCOMPARE(c.loraServingTarget(base), fp8.id);
    }
};

QTEST_GUILESS_MAIN(TestServingVerdict)
#include "tst_servingverdict.moc"
