#include "ApiCall.h"
#include "EmulatorServer.h"

#include "api/client/DmiClient.h"
#include "api/http/CurlTransport.h"

#include <QTest>

using namespace td;
using emu::EmulatorServer;
using test::call;
using test::ok;

// DmiClient against the emulator: who the key is, the supported-model catalogue (filters,
// search, every page), instance types with prices, and configs for a base model.
class TestApiDmi : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    std::unique_ptr<DmiClient> m_client;

    static const SupportedModel* byName(const QList<SupportedModel>& all, const char* name)
    {
        for (const SupportedModel& m : all)
            if (m.name == QLatin1String(name))
                return &m;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_emulator");
        m_client = std::make_unique<DmiClient>(&m_transport, c);
        QCOMPARE(m_client->controlPlaneUrl().path(), QStringLiteral("/v2"));
    }

    void whoami()
    {
        const WhoAmI w = ok(call<WhoAmI>([&](QObject* c, auto d) { return m_client->whoami(c, d); }));
        QCOMPARE(w.projectId, QStringLiteral("proj_emu0001"));
        QCOMPARE(w.projectSlug, QStringLiteral("emulator-user"));
        QCOMPARE(m_server.requestCount("GET", "/v1/whoami"), 1);
    }

    void supportedModelsByProduct()
    {
        SupportedModelQuery q;
        q.product = QStringLiteral("dedicated"); // sent qualified
        const auto page =
            ok(call<DmiPage<SupportedModel>>([&](QObject* c, auto d) { return m_client->supportedModels(q, c, d); }));
        QVERIFY(page.nextCursor.isEmpty());
        QVERIFY(byName(page.items, "Qwen/Qwen3-8B"));
        // The Reference base can be fine-tuned but not deployed: not listed for DEDICATED.
        QVERIFY(!byName(page.items, "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
        for (const SupportedModel& m : page.items)
            QVERIFY2(m.isDedicated(), qPrintable(m.name));

        q.product = QStringLiteral("PRODUCT_FINE_TUNING");
        const auto tunable =
            ok(call<DmiPage<SupportedModel>>([&](QObject* c, auto d) { return m_client->supportedModels(q, c, d); }));
        const SupportedModel* reference = byName(tunable.items, "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        QVERIFY(reference);
        QVERIFY(reference->deploymentProfiles.isEmpty());
        const SupportedModel* llama = byName(tunable.items, "meta-llama/Llama-3.3-70B-Instruct");
        QVERIFY(llama && llama->isDedicated() && llama->isFineTunable());
        QCOMPARE(llama->contextLength, qint64(131072));
        bool fp8OnTwoH100 = false;
        for (const DeploymentProfile& p : llama->deploymentProfiles)
            fp8OnTwoH100 = fp8OnTwoH100 || (p.gpuCount == 2 && p.quantization == QLatin1String("FP8") &&
                                            p.gpuType == QLatin1String("nvidia-h100-80gb"));
        QVERIFY(fp8OnTwoH100);
    }

    void everyPageAndSearch()
    {
        SupportedModelQuery q;
        q.limit = 2;
        const auto first =
            ok(call<DmiPage<SupportedModel>>([&](QObject* c, auto d) { return m_client->supportedModels(q, c, d); }));
        QCOMPARE(first.items.size(), 2);
        QVERIFY(!first.nextCursor.isEmpty());
        const int before = m_server.requestCount("GET", "/v2/supported-models");
        const auto all = ok(call<QList<SupportedModel>>(
            [&](QObject* c, auto d) { return m_client->allSupportedModels(q, c, d), nullptr; }));
        QCOMPARE(all.size(), 5);
        QCOMPARE(m_server.requestCount("GET", "/v2/supported-models") - before, 3); // 2 + 2 + 1
        QStringList names;
        for (const SupportedModel& m : all)
            names << m.name;
        names.removeDuplicates();
        QCOMPARE(names.size(), 5);

        SupportedModelQuery search;
        search.search = QStringLiteral("deepseek");
        const auto found = ok(
            call<DmiPage<SupportedModel>>([&](QObject* c, auto d) { return m_client->supportedModels(search, c, d); }));
        QCOMPARE(found.items.size(), 1);
        QCOMPARE(found.items[0].name, QStringLiteral("deepseek-ai/DeepSeek-V3"));
    }

    void aBadCursorIsAnError()
    {
        SupportedModelQuery q;
        q.after = QStringLiteral("not-a-cursor");
        const auto r =
            call<DmiPage<SupportedModel>>([&](QObject* c, auto d) { return m_client->supportedModels(q, c, d); });
        QVERIFY(std::holds_alternative<ApiError>(r));
        QCOMPARE(std::get<ApiError>(r).httpStatus, 400);
        QVERIFY(std::get<ApiError>(r).message.contains(QStringLiteral("pagination")));
    }

    void pricesFromInstanceTypes()
    {
        const auto types =
            ok(call<QList<InstanceType>>([&](QObject* c, auto d) { return m_client->instanceTypes(c, d); }));
        QVERIFY(types.size() >= 5);
        SupportedModelQuery q;
        q.search = QStringLiteral("DeepSeek-V3");
        const auto found =
            ok(call<DmiPage<SupportedModel>>([&](QObject* c, auto d) { return m_client->supportedModels(q, c, d); }));
        QCOMPARE(found.items.size(), 1);
        const DeploymentProfile& p = found.items[0].deploymentProfiles.value(0);
        QCOMPARE(p.gpuCount, 8);
        QCOMPARE(p.gpuType, QStringLiteral("nvidia-h200-141gb"));
        const auto price = InstanceType::find(types, p.gpuType, p.gpuCount);
        QVERIFY(price);
        QCOMPARE(price->name, QStringLiteral("8xnvidia-h200-141gb"));
        QCOMPARE(price->priceCentsPerHour, 5592.0);
        const auto l40s = InstanceType::find(types, QStringLiteral("nvidia-l40s-48gb"), 1);
        QVERIFY(l40s && l40s->priceCentsPerHour < price->priceCentsPerHour / 10);
    }

    void configsOfABase()
    {
        const auto page = ok(call<DmiPage<DmiConfig>>([&](QObject* c, auto d) {
            return m_client->configs(QStringLiteral("proj_emu0001"), QStringLiteral("ml_qwen3_8b"), {}, c, d);
        }));
        QCOMPARE(page.items.size(), 1);
        const DmiConfig& config = page.items[0];
        QCOMPARE(config.acceleratorCount(), 1);
        QCOMPARE(config.acceleratorType(), QStringLiteral("nvidia-h100-80gb"));
        QVERIFY(config.isCertified());
        QCOMPARE(config.qualifiedName(), QStringLiteral("projects/proj_together/configs/cr_qwen3_8b_1xh100_bf16"));
        // A base without profiles has no configs: it cannot be deployed.
        const auto none = ok(call<DmiPage<DmiConfig>>([&](QObject* c, auto d) {
            return m_client->configs(QStringLiteral("proj_emu0001"), QStringLiteral("ml_llama31_8b_ref"), {}, c, d);
        }));
        QVERIFY(none.items.isEmpty());
        // Another project's path is not found.
        const auto other = call<DmiPage<DmiConfig>>([&](QObject* c, auto d) {
            return m_client->configs(QStringLiteral("proj_other"), QStringLiteral("ml_qwen3_8b"), {}, c, d);
        });
        QVERIFY(std::holds_alternative<ApiError>(other));
        QCOMPARE(std::get<ApiError>(other).httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestApiDmi)
#include "tst_api_dmi.moc"
