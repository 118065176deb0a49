// Dedicated endpoints v2 ("Dedicated Model Inference") as the emulator serves them: the
// supported-model catalogue with certified deployment profiles, instance types and their
// prices, configs, the registry models completed fine-tunes become, endpoints, deployments
// that move from PROVISIONING to READY over polls (or emulated time), traffic splits and
// autoscaling with etags, events, and inference that answers only with traffic weight.
// Wire JSON is camelCase with qualified enum strings; zero values are left out, as proto3
// JSON does. Errors come as {"code", "message", "details"} (the v2 shape is undocumented).
#include "EmulatorCatalog.h"
#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrlQuery>

namespace td::emu {

namespace {

constexpr const char* kProjectId = "proj_emu0001";
constexpr const char* kProjectSlug = "emulator-user";
constexpr const char* kPlatform = "proj_together";

struct Profile
{
    const char* key; // makes the profile, config and revision ids
    const char* gpuType;
    int gpuCount;
    const char* quantization;
    const char* parallelism;
    double tps, ttftMs;
    const char* maxContext;
};

struct Supported
{
    const char* arch;
    const char* name;
    const char* display;
    const char* ml; // the platform registry id
    std::vector<const char*> products;
    const char* context;
    std::vector<Profile> profiles;
};

const std::vector<Supported>& catalogue()
{
    static const std::vector<Supported> models = {
        {"arch_llama33_70b",
         "meta-llama/Llama-3.3-70B-Instruct",
         "Llama 3.3 70B Instruct",
         "ml_llama33_70b",
         {"PRODUCT_DEDICATED", "PRODUCT_FINE_TUNING"},
         "131072",
         {{"llama33_70b_2xh100_fp8", "nvidia-h100-80gb", 2, "FP8", "TP2", 61.5, 212, "131072"},
          {"llama33_70b_4xh100_bf16", "nvidia-h100-80gb", 4, "BF16", "TP4", 48.0, 180, "131072"}}},
        {"arch_qwen3_8b",
         "Qwen/Qwen3-8B",
         "Qwen3 8B",
         "ml_qwen3_8b",
         {"PRODUCT_DEDICATED", "PRODUCT_FINE_TUNING"},
         "40960",
         {{"qwen3_8b_1xh100_bf16", "nvidia-h100-80gb", 1, "BF16", "TP1", 142.0, 95, "40960"}}},
        {"arch_llama31_8b_ref",
         "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference",
         "Meta Llama 3.1 8B Instruct Reference",
         "ml_llama31_8b_ref",
         {"PRODUCT_FINE_TUNING"},
         "131072",
         {}},
        {"arch_deepseek_v3",
         "deepseek-ai/DeepSeek-V3",
         "DeepSeek V3",
         "ml_deepseek_v3",
         {"PRODUCT_DEDICATED", "PRODUCT_FINE_TUNING"},
         "131072",
         {{"deepseek_v3_8xh200_fp8", "nvidia-h200-141gb", 8, "FP8", "EP8", 38.0, 640, "131072"}}},
        {"arch_llama31_8b_turbo",
         "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
         "Meta Llama 3.1 8B Instruct Turbo",
         "ml_llama31_8b_turbo",
         {"PRODUCT_SERVERLESS", "PRODUCT_DEDICATED"},
         "131072",
         {{"llama31_8b_1xl40s_fp8", "nvidia-l40s-48gb", 1, "FP8", "TP1", 98.0, 120, "131072"}}},
    };
    return models;
}

struct Instance
{
    const char* id;
    const char* gpuType;
    int gpuCount;
    int memoryGib;
    double centsPerHour;
};

const std::vector<Instance>& instances()
{
    static const std::vector<Instance> list = {
        {"it_1xh100", "nvidia-h100-80gb", 1, 80, 549},    {"it_2xh100", "nvidia-h100-80gb", 2, 80, 1098},
        {"it_4xh100", "nvidia-h100-80gb", 4, 80, 2196},   {"it_8xh100", "nvidia-h100-80gb", 8, 80, 4392},
        {"it_8xh200", "nvidia-h200-141gb", 8, 141, 5592}, {"it_1xl40s", "nvidia-l40s-48gb", 1, 48, 149},
        {"it_1xb200", "nvidia-b200-180gb", 1, 180, 899},
    };
    return list;
}

std::string instanceName(const char* gpuType, int gpuCount)
{
    return std::to_string(gpuCount) + "x" + gpuType;
}

nlohmann::json instanceJson(const Instance& i)
{
    return {{"id", i.id},
            {"name", instanceName(i.gpuType, i.gpuCount)},
            {"description", std::to_string(i.gpuCount) + "x " + i.gpuType},
            {"gpuType", i.gpuType},
            {"gpuCount", i.gpuCount},
            {"gpuMemoryGib", i.memoryGib},
            {"priceCentsPerHour", i.centsPerHour},
            {"regions", {{{"name", "us-central-8"}, {"headroom", {{"relation", "RELATION_GTE"}, {"value", 4}}}}}}};
}

nlohmann::json profileJson(const Supported& m, const Profile& p)
{
    const std::string config = std::string("projects/") + kPlatform + "/configs/cr_" + p.key;
    return {{"profileId", std::string("prof_") + p.key},
            {"config", config},
            {"model", std::string("projects/") + kPlatform + "/models/" + m.ml + "/revisions/rv_" + m.ml},
            {"modelName", m.name},
            {"certifiedConfigRevisionId", std::string("crv_") + p.key},
            {"certifiedModelRevisionId", std::string("rv_") + m.ml},
            {"gpuType", p.gpuType},
            {"gpuCount", p.gpuCount},
            {"parallelism", p.parallelism},
            {"quantization", p.quantization},
            {"performanceBenchmarks",
             {{"decodingSpeedTps", p.tps}, {"timeToFirstTokenMs", p.ttftMs}, {"maxContextLength", p.maxContext}}}};
}

nlohmann::json supportedJson(const Supported& m)
{
    nlohmann::json profiles = nlohmann::json::array();
    for (const Profile& p : m.profiles)
        profiles.push_back(profileJson(m, p));
    const bool serverless =
        std::find(m.products.begin(), m.products.end(), std::string("PRODUCT_SERVERLESS")) != m.products.end();
    nlohmann::json j = {{"id", m.arch},
                        {"name", m.name},
                        {"displayName", m.display},
                        {"displayType", "chat"},
                        {"publisher", std::string(m.name).substr(0, std::string(m.name).find('/'))},
                        {"baseModel", std::string("projects/") + kPlatform + "/models/" + m.ml},
                        {"baseModelId", m.ml},
                        {"products", m.products},
                        {"status", "SUPPORTED_MODEL_STATUS_SUPPORTED"},
                        {"capabilities", {"CAPABILITY_CHAT"}},
                        {"features", {"FEATURE_TOOL_CALLING"}},
                        {"inputModalities", {"MODALITY_TEXT"}},
                        {"outputModalities", {"MODALITY_TEXT"}},
                        {"contextLength", m.context},
                        {"createdAt", "2026-07-16T00:00:00Z"},
                        {"updatedAt", "2026-07-16T00:00:00Z"},
                        {"deploymentProfiles", profiles}};
    if (serverless)
        j["serverlessEndpoint"] = m.name;
    return j;
}

const Supported* supportedByName(const std::string& name)
{
    for (const Supported& m : catalogue())
        if (name == m.name)
            return &m;
    return nullptr;
}

const Supported* supportedByMl(const std::string& ml)
{
    for (const Supported& m : catalogue())
        if (ml == m.ml)
            return &m;
    return nullptr;
}

struct ConfigRef
{
    const Supported* model = nullptr;
    const Profile* profile = nullptr;
};

ConfigRef configById(const std::string& cr)
{
    for (const Supported& m : catalogue())
        for (const Profile& p : m.profiles)
            if (cr == std::string("cr_") + p.key)
                return {&m, &p};
    return {};
}

nlohmann::json configJson(const Supported& m, const Profile& p)
{
    std::string optimization = p.quantization;
    std::transform(optimization.begin(), optimization.end(), optimization.begin(), ::tolower);
    return {{"id", std::string("cr_") + p.key},
            {"projectId", kPlatform},
            {"referenceModel", std::string("projects/") + kPlatform + "/models/" + m.ml},
            {"referenceModelId", m.ml},
            {"selectors",
             {{{"key", "accelerator_type"}, {"value", p.gpuType}},
              {{"key", "accelerator_count"}, {"value", std::to_string(p.gpuCount)}},
              {{"key", "optimization"}, {"value", optimization}}}},
            {"certifications",
             {{{"certificationType", "CERTIFICATION_TYPE_CERTIFIED"},
               {"certifiedAt", "2026-07-16T00:00:00Z"},
               {"certifiedBy", "together"},
               {"model", std::string("projects/") + kPlatform + "/models/" + m.ml},
               {"modelRevisionId", std::string("rv_") + m.ml},
               {"target", "CERTIFICATION_TARGET_MRE"}}}}};
}

std::string shortHash(const std::string& text)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(text), QCryptographicHash::Sha1)
        .toHex()
        .left(12)
        .toStdString();
}

// The ids a completed fine-tune's weights get in the project's registry.
std::string modelObjectId(const std::string& jobId)
{
    return "ml_ft_" + shortHash(jobId);
}

std::string adapterObjectId(const std::string& jobId)
{
    return "ml_ad_" + shortHash(jobId);
}

// Pagination: `limit` (default 50, at most 500) and an opaque cursor that is the offset.
struct PageRequest
{
    qsizetype offset = 0;
    qsizetype limit = 50;
    bool valid = true;
};

PageRequest pageRequest(const QUrlQuery& q)
{
    PageRequest p;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int n = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        p.valid = ok && n >= 0 && n <= 500;
        p.limit = n == 0 ? 50 : n;
    }
    const QString after = q.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    if (!after.isEmpty()) {
        bool ok = false;
        p.offset = after.startsWith(QLatin1String("cur_")) ? after.mid(4).toLongLong(&ok) : -1;
        p.valid = p.valid && ok && p.offset >= 0;
    }
    return p;
}

nlohmann::json page(const nlohmann::json& all, const PageRequest& p)
{
    nlohmann::json data = nlohmann::json::array();
    for (qsizetype i = p.offset; i < qsizetype(all.size()) && i < p.offset + p.limit; ++i)
        data.push_back(all[std::size_t(i)]);
    nlohmann::json j = {{"object", "list"}, {"data", data}};
    if (p.offset + p.limit < qsizetype(all.size()))
        j["next_cursor"] = "cur_" + std::to_string(p.offset + p.limit);
    return j;
}

std::string etagOf(int n)
{
    return "W/\"" + std::to_string(n) + "\"";
}

bool isReady(const std::string& state)
{
    return state == "DEPLOYMENT_STATE_READY";
}

} // namespace

void EmulatorServer::dmiError(HttpConnection* c, int status, const QString& message)
{
    // gRPC status codes, as a gRPC-gateway answers.
    const int code = status == 400 ? 3 : status == 404 ? 5 : status == 409 ? 10 : status == 403 ? 7 : 13;
    c->respond(status,
               dumpJson({{"code", code}, {"message", message.toStdString()}, {"details", nlohmann::json::array()}}));
}

void EmulatorServer::whoami(HttpConnection* c)
{
    c->respond(200, dumpJson({{"api_key_id", "key_emu0001"},
                              {"organization_id", "org_emu0001"},
                              {"organization_name", "Emulator Org"},
                              {"project_id", kProjectId},
                              {"project_name", "Emulator project"},
                              {"project_slug", kProjectSlug},
                              {"user_id", "user_emu0001"}}));
}

void EmulatorServer::addRegistryObjects(nlohmann::json& j, const Job& job) const
{
    j["model_object_id"] = modelObjectId(job.id);
    j["model_object_name"] = job.outputName;
    j["model_object_revision_id"] = "rv_" + shortHash(job.id + "/model");
    if (job.lora) {
        j["adapter_object_id"] = adapterObjectId(job.id);
        j["adapter_object_name"] = job.outputName + "-adapter";
        j["adapter_object_revision_id"] = "rv_" + shortHash(job.id + "/adapter");
    }
}

void EmulatorServer::dmiEvent(DmiWorld::Endpoint& e, const std::string& type, const std::string& message,
                              const std::string& deploymentId, const char* level)
{
    nlohmann::json ev = {{"id", "evt_" + std::to_string(m_dmi.next++)},
                         {"createdAt", isoAt(now())},
                         {"endpointId", e.id},
                         {"level", level},
                         {"source", deploymentId.empty() ? e.id : deploymentId},
                         {"sourceKind", deploymentId.empty() ? "SOURCE_KIND_ENDPOINT" : "SOURCE_KIND_DEPLOYMENT"},
                         {"type", type},
                         {"message", message}};
    if (!deploymentId.empty())
        ev["deploymentId"] = deploymentId;
    e.events.push_front(ev);
    if (e.events.size() > 200)
        e.events.pop_back();
}

void EmulatorServer::dmiPoll(DmiWorld::Deployment& d)
{
    ++d.pollsSinceStep;
    const double t = now();
    while (!d.ahead.empty() &&
           (d.pollsSinceStep >= d.ahead.front().polls || t >= d.stepSince + d.ahead.front().after)) {
        const DmiWorld::Step s = d.ahead.front();
        d.ahead.pop_front();
        d.state = s.state;
        d.message = s.message;
        d.ready = s.ready;
        d.pollsSinceStep = 0;
        d.stepSince = t;
        d.updatedAt = t;
        ++d.etag;
    }
}

nlohmann::json EmulatorServer::dmiDeploymentJson(const DmiWorld::Endpoint& e, const DmiWorld::Deployment& d) const
{
    nlohmann::json autoscaling = nlohmann::json::object();
    if (d.minReplicas)
        autoscaling["minReplicas"] = d.minReplicas;
    if (d.maxReplicas)
        autoscaling["maxReplicas"] = d.maxReplicas;
    nlohmann::json status = {{"state", d.state}, {"message", d.message}};
    if (d.ready)
        status["readyReplicas"] = d.ready;
    if (d.ready || d.state == "DEPLOYMENT_STATE_PROVISIONING")
        status["scheduledReplicas"] = std::max(d.ready, d.minReplicas);
    double weight = 0, total = 0;
    for (const auto& [id, w] : e.split) {
        if (id == d.id)
            weight = w;
        for (const auto& other : e.deployments)
            if (other.id == id)
                total += w * other.ready;
    }
    nlohmann::json j = {{"id", d.id},
                        {"name", d.name},
                        {"endpointId", e.id},
                        {"projectId", kProjectId},
                        {"model", d.model + "/revisions/" + d.revisionId},
                        {"modelId", d.modelId},
                        {"modelRevisionId", d.revisionId},
                        {"config", d.config},
                        {"configId", d.configId},
                        {"hardware", d.hardware},
                        {"autoscaling", autoscaling},
                        {"status", status},
                        {"trafficMode", "TRAFFIC_MODE_LIVE"},
                        {"runtimeInfo", {{"engineType", "vllm"}, {"functionCallingSupported", true}}},
                        {"etag", etagOf(d.etag)},
                        {"createdAt", isoAt(d.createdAt)},
                        {"updatedAt", isoAt(d.updatedAt)}};
    if (d.maxReplicas)
        j["desiredReplicas"] = std::max(d.minReplicas, std::min(d.ready, d.maxReplicas));
    if (total > 0 && weight > 0)
        j["estimatedEffectiveTrafficShare"] = weight * d.ready / total;
    return j;
}

nlohmann::json EmulatorServer::dmiEndpointJson(const DmiWorld::Endpoint& e) const
{
    nlohmann::json split = nlohmann::json::array();
    for (const auto& [id, w] : e.split)
        split.push_back({{"deploymentId", id}, {"weight", w}});
    nlohmann::json deployments = nlohmann::json::array();
    // The ten newest, as summaries.
    for (auto it = e.deployments.rbegin(); it != e.deployments.rend() && deployments.size() < 10; ++it) {
        const nlohmann::json full = dmiDeploymentJson(e, *it);
        nlohmann::json s = {{"id", it->id},
                            {"name", it->name},
                            {"model", full["model"]},
                            {"modelId", it->modelId},
                            {"hardware", it->hardware},
                            {"autoscaling", full["autoscaling"]},
                            {"state", it->state},
                            {"trafficMode", "TRAFFIC_MODE_LIVE"},
                            {"createdAt", isoAt(it->createdAt)},
                            {"estimatedEffectiveTrafficShare", full.value("estimatedEffectiveTrafficShare", 0.0)}};
        if (it->ready)
            s["readyReplicas"] = it->ready;
        if (full.contains("desiredReplicas"))
            s["desiredReplicas"] = full["desiredReplicas"];
        deployments.push_back(s);
    }
    return {{"id", e.id},
            {"name", e.name},
            {"projectId", kProjectId},
            {"endpointType", "ENDPOINT_TYPE_DEDICATED"},
            {"visibility", "VISIBILITY_PRIVATE"},
            {"trafficSplit", split},
            {"deployments", deployments},
            {"etag", etagOf(e.etag)},
            {"createdAt", isoAt(e.createdAt)},
            {"updatedAt", isoAt(e.updatedAt)}};
}

std::optional<EmulatorServer::DmiRoute> EmulatorServer::dmiRoute(const std::string& model) const
{
    // What a deployment's registry model answers as: the fine-tune it came from, or the base.
    auto answerAs = [this](const DmiWorld::Deployment& d) {
        for (const Job& job : m_jobs)
            if (modelObjectId(job.id) == d.modelId)
                return QString::fromStdString(job.outputName);
        const Supported* base = supportedByMl(d.modelId);
        return base ? QString::fromLatin1(base->name) : QString::fromStdString(d.modelId);
    };
    for (const DmiWorld::Endpoint& e : m_dmi.endpoints) {
        for (const DmiWorld::Deployment& d : e.deployments)
            if (d.name == model) {
                if (isReady(d.state) && d.ready > 0)
                    return DmiRoute{{}, answerAs(d)};
                return DmiRoute{QStringLiteral("The deployment %1 is not ready (%2).")
                                    .arg(QString::fromStdString(d.name), QString::fromStdString(d.state)),
                                {}};
            }
        if (e.name != model)
            continue;
        for (const auto& [id, weight] : e.split)
            for (const DmiWorld::Deployment& d : e.deployments)
                if (d.id == id && weight > 0 && isReady(d.state) && d.ready > 0)
                    return DmiRoute{{}, answerAs(d)};
        return DmiRoute{QStringLiteral("endpoint_not_configured: the endpoint %1 has no ready deployment with traffic "
                                       "weight. Give a READY deployment a weight in the endpoint's traffic split.")
                            .arg(QString::fromStdString(e.name)),
                        {}};
    }
    return std::nullopt;
}

void EmulatorServer::dmi(const HttpRequestIn& r, HttpConnection* c)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v2, ...
    const QUrlQuery q(QString::fromUtf8(r.query));
    auto respondPage = [&](const nlohmann::json& all) {
        const PageRequest p = pageRequest(q);
        if (!p.valid)
            return dmiError(c, 400,
                            QStringLiteral("invalid pagination: limit must be 0 to 500 and after a "
                                           "next_cursor this server gave"));
        c->respond(200, dumpJson(page(all, p)));
    };
    const QByteArray what = parts.value(1);
    if (what == "supported-models" && r.method == "GET") {
        if (parts.size() == 3) {
            for (const Supported& m : catalogue())
                if (parts[2] == m.arch)
                    return c->respond(200, dumpJson(supportedJson(m)));
            return dmiError(c, 404, QStringLiteral("supported model %1 not found").arg(QString::fromUtf8(parts[2])));
        }
        const QString product = q.queryItemValue(QStringLiteral("product"));
        static const QStringList products{QStringLiteral("PRODUCT_SERVERLESS"), QStringLiteral("PRODUCT_DEDICATED"),
                                          QStringLiteral("PRODUCT_FINE_TUNING")};
        if (!product.isEmpty() && !products.contains(product))
            return dmiError(c, 400,
                            QStringLiteral("invalid value for product: %1 (use the full enum name, e.g. "
                                           "PRODUCT_DEDICATED)")
                                .arg(product));
        const QString search = q.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
        nlohmann::json all = nlohmann::json::array();
        for (const Supported& m : catalogue()) {
            if (!product.isEmpty() &&
                std::find(m.products.begin(), m.products.end(), product.toStdString()) == m.products.end())
                continue;
            if (!search.isEmpty() && !QString::fromLatin1(m.name).contains(search, Qt::CaseInsensitive) &&
                !QString::fromLatin1(m.display).contains(search, Qt::CaseInsensitive))
                continue;
            all.push_back(supportedJson(m));
        }
        return respondPage(all);
    }
    if (what == "public" && parts.value(2) == "inference-instance-types" && r.method == "GET") {
        if (parts.size() == 4) {
            for (const Instance& i : instances())
                if (parts[3] == i.id)
                    return c->respond(200, dumpJson(instanceJson(i)));
            return dmiError(c, 404, QStringLiteral("instance type not found"));
        }
        nlohmann::json data = nlohmann::json::array();
        for (const Instance& i : instances())
            data.push_back(instanceJson(i));
        return c->respond(200, dumpJson({{"object", "list"}, {"data", data}}));
    }
    if (what != "projects" || parts.size() < 4)
        return dmiError(c, 404,
                        QStringLiteral("Unknown request URL: %1 %2")
                            .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)));
    if (parts[2] != kProjectId)
        return dmiError(c, 404, QStringLiteral("project %1 not found").arg(QString::fromUtf8(parts[2])));
    const QByteArray collection = parts[3];
    if (collection == "configs" && r.method == "GET") {
        if (parts.size() == 5) {
            const ConfigRef ref = configById(parts[4].toStdString());
            if (!ref.model)
                return dmiError(c, 404, QStringLiteral("config %1 not found").arg(QString::fromUtf8(parts[4])));
            return c->respond(200, dumpJson(configJson(*ref.model, *ref.profile)));
        }
        QString reference = q.queryItemValue(QStringLiteral("referenceModelId"), QUrl::FullyDecoded);
        if (reference.isEmpty())
            reference =
                q.queryItemValue(QStringLiteral("referenceModel"), QUrl::FullyDecoded).section(QLatin1Char('/'), 3, 3);
        nlohmann::json all = nlohmann::json::array();
        for (const Supported& m : catalogue())
            if (reference.isEmpty() || reference == QLatin1String(m.ml))
                for (const Profile& p : m.profiles)
                    all.push_back(configJson(m, p));
        return respondPage(all);
    }
    if (collection == "models" && parts.size() == 5 && r.method == "GET") {
        const std::string ml = parts[4].toStdString();
        for (const Job& job : m_jobs)
            if (modelObjectId(job.id) == ml && completedJobFor(job.outputName) == &job) {
                const Supported* base = supportedByName(job.model);
                const std::string baseMl = base ? base->ml : "ml_base_" + shortHash(job.model);
                return c->respond(
                    200, dumpJson({{"id", ml},
                                   {"name", job.outputName},
                                   {"organizationId", "org_emu0001"},
                                   {"projectId", kProjectId},
                                   {"visibility", "VISIBILITY_PRIVATE"},
                                   {"baseModel", std::string("projects/") + kPlatform + "/models/" + baseMl},
                                   {"baseModelId", baseMl},
                                   {"weights", {{"type", "WEIGHTS_TYPE_DEFAULT"}, {"contextLength", "131072"}}}}));
            }
        return dmiError(c, 404,
                        QStringLiteral("model %1 not found in project %2")
                            .arg(QString::fromStdString(ml), QString::fromLatin1(kProjectId)));
    }
    if (collection == "endpoints")
        return dmiEndpoints(r, c, parts);
    dmiError(
        c, 404,
        QStringLiteral("Unknown request URL: %1 %2").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)));
}

void EmulatorServer::dmiEndpoints(const HttpRequestIn& r, HttpConnection* c, const QList<QByteArray>& parts)
{
    const QUrlQuery q(QString::fromUtf8(r.query));
    const double t = now();
    const auto body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    if (parts.size() == 4 && r.method == "GET") {
        nlohmann::json all = nlohmann::json::array();
        for (DmiWorld::Endpoint& e : m_dmi.endpoints) {
            for (DmiWorld::Deployment& d : e.deployments)
                dmiPoll(d);
            all.push_back(dmiEndpointJson(e));
        }
        const PageRequest p = pageRequest(q);
        if (!p.valid)
            return dmiError(c, 400, QStringLiteral("invalid pagination"));
        return c->respond(200, dumpJson(page(all, p)));
    }
    if (parts.size() == 4 && r.method == "POST") {
        const std::string name = body.is_object() ? body.value("name", std::string()) : std::string();
        static const QRegularExpression dns(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        if (!dns.match(QString::fromStdString(name)).hasMatch())
            return dmiError(c, 400,
                            QStringLiteral("invalid endpoint name \"%1\": use 1 to 63 lower-case letters, "
                                           "digits and dashes")
                                .arg(QString::fromStdString(name)));
        const std::string full = std::string(kProjectSlug) + "/" + name;
        for (const DmiWorld::Endpoint& e : m_dmi.endpoints)
            if (e.name == full)
                return dmiError(
                    c, 409, QStringLiteral("an endpoint named %1 already exists").arg(QString::fromStdString(full)));
        DmiWorld::Endpoint e;
        e.id = "ep_" + shortHash("ep" + std::to_string(m_dmi.next++) + name);
        e.name = full;
        e.createdAt = e.updatedAt = t;
        dmiEvent(e, "ENDPOINT_CREATED", "Endpoint " + full + " created");
        m_dmi.endpoints.push_back(e);
        return c->respond(200, dumpJson(dmiEndpointJson(m_dmi.endpoints.back())));
    }
    const std::string id = parts.value(4).toStdString();
    auto it = std::find_if(m_dmi.endpoints.begin(), m_dmi.endpoints.end(),
                           [&](const DmiWorld::Endpoint& e) { return e.id == id; });
    if (it == m_dmi.endpoints.end())
        return dmiError(c, 404, QStringLiteral("endpoint %1 not found").arg(QString::fromStdString(id)));
    DmiWorld::Endpoint& e = *it;
    if (parts.size() >= 6 && parts[5] == "deployments")
        return dmiDeployments(r, c, e, parts);
    if (parts.size() == 6 && parts[5] == "events" && r.method == "GET") {
        nlohmann::json all = nlohmann::json::array();
        for (const auto& ev : e.events)
            all.push_back(ev);
        return c->respond(200, dumpJson(page(all, pageRequest(q))));
    }
    if (parts.size() != 5)
        return dmiError(c, 404, QStringLiteral("Unknown request URL"));
    if (r.method == "GET") {
        for (DmiWorld::Deployment& d : e.deployments)
            dmiPoll(d);
        return c->respond(200, dumpJson(dmiEndpointJson(e)));
    }
    if (r.method == "DELETE") {
        const QString etag = q.queryItemValue(QStringLiteral("etag"), QUrl::FullyDecoded);
        if (!etag.isEmpty() && etag.toStdString() != etagOf(e.etag))
            return dmiError(c, 409, QStringLiteral("ABORTED: the etag does not match; read the endpoint again"));
        if (!e.deployments.empty())
            return dmiError(
                c, 400,
                QStringLiteral("the endpoint still has %1 deployment(s); delete them first").arg(e.deployments.size()));
        m_dmi.endpoints.erase(it);
        return c->respond(200, "{}");
    }
    if (r.method == "PATCH") {
        const QString mask = q.queryItemValue(QStringLiteral("updateMask"));
        if (!body.is_object() || mask.isEmpty())
            return dmiError(c, 400, QStringLiteral("Invalid Argument"));
        if (mask != QLatin1String("trafficSplit"))
            return dmiError(c, 400, QStringLiteral("unsupported updateMask %1").arg(mask));
        if (body.contains("etag") && body["etag"] != etagOf(e.etag))
            return dmiError(c, 409, QStringLiteral("ABORTED: the etag does not match; read the endpoint again"));
        const auto& split = body.contains("trafficSplit") ? body["trafficSplit"] : nlohmann::json();
        if (!split.is_array() || split.empty())
            return dmiError(c, 400, QStringLiteral("no fields to update"));
        std::vector<std::pair<std::string, double>> next;
        for (const auto& entry : split) {
            const std::string dep = entry.is_object() ? entry.value("deploymentId", std::string()) : std::string();
            const double weight = entry.is_object() && entry.contains("weight") && entry["weight"].is_number()
                                      ? entry["weight"].get<double>()
                                      : 0.0;
            if (std::none_of(e.deployments.begin(), e.deployments.end(),
                             [&](const DmiWorld::Deployment& d) { return d.id == dep; }))
                return dmiError(c, 400,
                                QStringLiteral("trafficSplit names deployment %1, which is not on this "
                                               "endpoint")
                                    .arg(QString::fromStdString(dep)));
            if (weight < 0)
                return dmiError(c, 400, QStringLiteral("weights must not be negative"));
            next.emplace_back(dep, weight);
        }
        // The entries sent replace theirs; the others keep their weights.
        for (const auto& entry : next) {
            const auto& [dep, weight] = entry;
            std::erase_if(e.split, [&entry](const auto& s) { return s.first == entry.first; });
            if (weight > 0)
                e.split.emplace_back(dep, weight);
            dmiEvent(e, "TRAFFIC_SPLIT_UPDATED", "Weight of " + dep + " set to " + std::to_string(int(weight)), dep);
        }
        ++e.etag;
        e.updatedAt = t;
        return c->respond(200, dumpJson(dmiEndpointJson(e)));
    }
    dmiError(c, 404, QStringLiteral("Unknown request URL"));
}

void EmulatorServer::dmiDeployments(const HttpRequestIn& r, HttpConnection* c, DmiWorld::Endpoint& e,
                                    const QList<QByteArray>& parts)
{
    const QUrlQuery q(QString::fromUtf8(r.query));
    const double t = now();
    const auto body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    if (parts.size() == 6 && r.method == "GET") {
        nlohmann::json all = nlohmann::json::array();
        for (DmiWorld::Deployment& d : e.deployments) {
            dmiPoll(d);
            all.push_back(dmiDeploymentJson(e, d));
        }
        return c->respond(200, dumpJson(page(all, pageRequest(q))));
    }
    if (parts.size() == 6 && r.method == "POST") {
        if (!body.is_object())
            return dmiError(c, 400, QStringLiteral("the request body must be a JSON object"));
        const std::string name = body.value("name", std::string());
        static const QRegularExpression dns(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
        if (!dns.match(QString::fromStdString(name)).hasMatch())
            return dmiError(c, 400, QStringLiteral("invalid deployment name \"%1\"").arg(QString::fromStdString(name)));
        for (const DmiWorld::Deployment& d : e.deployments)
            if (d.name == e.name + "/" + name)
                return dmiError(c, 409,
                                QStringLiteral("a deployment named %1 already exists on this endpoint")
                                    .arg(QString::fromStdString(name)));
        // model: projects/{p}/models/{ml}[/revisions/{rv}]
        const QStringList model = QString::fromStdString(body.value("model", std::string())).split(QLatin1Char('/'));
        if (model.size() < 4 || model[0] != QLatin1String("projects") || model[2] != QLatin1String("models"))
            return dmiError(c, 400, QStringLiteral("model must be projects/{project}/models/{model}"));
        const std::string ml = model[3].toStdString();
        std::string baseMl;
        std::string revision;
        if (const Supported* base = supportedByMl(ml)) {
            baseMl = base->ml;
            revision = std::string("rv_") + base->ml;
        } else {
            for (const Job& job : m_jobs)
                if (modelObjectId(job.id) == ml) {
                    if (completedJobFor(job.outputName) != &job)
                        return dmiError(c, 400, QStringLiteral("the model has no revisions to deploy"));
                    const Supported* jobBase = supportedByName(job.model);
                    baseMl = jobBase ? jobBase->ml : "ml_base_" + shortHash(job.model);
                    revision = "rv_" + shortHash(job.id + "/model");
                }
            if (baseMl.empty())
                return dmiError(c, 404,
                                QStringLiteral("model %1 not found").arg(model.mid(0, 4).join(QLatin1Char('/'))));
        }
        const QStringList config = QString::fromStdString(body.value("config", std::string())).split(QLatin1Char('/'));
        if (config.size() != 4 || config[0] != QLatin1String("projects") || config[2] != QLatin1String("configs"))
            return dmiError(c, 400, QStringLiteral("config must be projects/{project}/configs/{config}"));
        const ConfigRef ref = configById(config[3].toStdString());
        if (!ref.model || config[1] != QLatin1String(kPlatform))
            return dmiError(c, 404, QStringLiteral("config %1 not found").arg(config.join(QLatin1Char('/'))));
        if (baseMl != ref.model->ml)
            return dmiError(c, 400,
                            QStringLiteral("No configs found for model %1: config %2 is for %3")
                                .arg(QString::fromStdString(ml), config[3], QString::fromLatin1(ref.model->name)));
        const auto scaling = body.contains("autoscaling") ? body["autoscaling"] : nlohmann::json();
        if (!scaling.is_object())
            return dmiError(c, 400, QStringLiteral("autoscaling is required"));
        const int minR = scaling.value("minReplicas", 0), maxR = scaling.value("maxReplicas", 0);
        if (minR < 1 || maxR < minR)
            return dmiError(
                c, 400,
                QStringLiteral("autoscaling needs 1 <= minReplicas <= maxReplicas (got %1/%2)").arg(minR).arg(maxR));
        DmiWorld::Deployment d;
        d.name = e.name + "/" + name;
        d.model = model.mid(0, 4).join(QLatin1Char('/')).toStdString();
        d.modelId = ml;
        d.revisionId = revision;
        d.config = config.join(QLatin1Char('/')).toStdString();
        d.configId = config[3].toStdString();
        d.hardware = instanceName(ref.profile->gpuType, ref.profile->gpuCount);
        d.minReplicas = minR;
        d.maxReplicas = maxR;
        d.createdAt = d.updatedAt = d.stepSince = t;
        d.message = "Provisioning " + std::to_string(minR) + " replica(s) on " + d.hardware;
        if (q.queryItemValue(QStringLiteral("validateOnly")) == QLatin1String("true")) {
            // Checked, nothing provisioned: the would-be deployment, without an id.
            nlohmann::json j = dmiDeploymentJson(e, d);
            j.erase("id");
            j.erase("status");
            return c->respond(200, dumpJson(j));
        }
        d.id = "dep_" + shortHash("dep" + std::to_string(m_dmi.next++) + name);
        d.ahead = {{"DEPLOYMENT_STATE_PROVISIONING", "Pulling weights and starting the engine", 0, 1, 10},
                   {"DEPLOYMENT_STATE_READY", "All replicas are ready", minR, 1, 20}};
        dmiEvent(e, "DEPLOYMENT_CREATED", "Deployment " + d.name + " created", d.id);
        e.deployments.push_back(d);
        e.updatedAt = t;
        ++e.etag;
        return c->respond(200, dumpJson(dmiDeploymentJson(e, e.deployments.back())));
    }
    const std::string depId = parts.value(6).toStdString();
    auto it = std::find_if(e.deployments.begin(), e.deployments.end(),
                           [&](const DmiWorld::Deployment& d) { return d.id == depId; });
    if (parts.size() != 7 || it == e.deployments.end())
        return dmiError(c, 404, QStringLiteral("deployment %1 not found").arg(QString::fromStdString(depId)));
    DmiWorld::Deployment& d = *it;
    if (r.method == "GET") {
        dmiPoll(d);
        return c->respond(200, dumpJson(dmiDeploymentJson(e, d)));
    }
    if (r.method == "DELETE") {
        const QString etag = q.queryItemValue(QStringLiteral("etag"), QUrl::FullyDecoded);
        if (!etag.isEmpty() && etag.toStdString() != etagOf(d.etag))
            return dmiError(c, 409, QStringLiteral("ABORTED: the etag does not match; read the deployment again"));
        for (const auto& [id, w] : e.split)
            if (id == d.id && w > 0)
                return dmiError(c, 400,
                                QStringLiteral("the deployment is referenced by an endpoint's traffic split; "
                                               "set its weight to 0 first"));
        if (d.state != "DEPLOYMENT_STATE_STOPPED" && d.state != "DEPLOYMENT_STATE_FAILED")
            return dmiError(c, 400,
                            QStringLiteral("the deployment is live (%1): scale it to 0/0 and wait for "
                                           "DEPLOYMENT_STATE_STOPPED before deleting it")
                                .arg(QString::fromStdString(d.state)));
        dmiEvent(e, "DEPLOYMENT_DELETED", "Deployment " + d.name + " deleted", d.id);
        std::erase_if(e.split, [&](const auto& s) { return s.first == d.id; });
        e.deployments.erase(it);
        ++e.etag;
        return c->respond(200, "{}");
    }
    if (r.method == "PATCH") {
        const QString mask = q.queryItemValue(QStringLiteral("updateMask"));
        if (!body.is_object() || mask.isEmpty())
            return dmiError(c, 400, QStringLiteral("Invalid Argument"));
        if (mask != QLatin1String("autoscaling"))
            return dmiError(c, 400, QStringLiteral("unsupported updateMask %1").arg(mask));
        if (body.contains("etag") && body["etag"] != etagOf(d.etag))
            return dmiError(c, 409, QStringLiteral("ABORTED: the etag does not match; read the deployment again"));
        const auto scaling = body.contains("autoscaling") ? body["autoscaling"] : nlohmann::json();
        if (!scaling.is_object())
            return dmiError(c, 400, QStringLiteral("no fields to update"));
        // An omitted bound keeps its value.
        const int minR = scaling.value("minReplicas", d.minReplicas),
                  maxR = scaling.value("maxReplicas", d.maxReplicas);
        if (minR < 0 || maxR < minR)
            return dmiError(c, 400, QStringLiteral("minReplicas must not exceed maxReplicas"));
        if (minR == 0 && maxR > 0)
            return dmiError(c, 400,
                            QStringLiteral("minReplicas 0 with maxReplicas above 0 is not supported: use 0/0 "
                                           "to stop, or at least 1 replica"));
        if (d.state == "DEPLOYMENT_STATE_FAILED")
            return dmiError(c, 400,
                            QStringLiteral("the deployment is in terminal FAILED state and cannot be restarted"));
        const bool stopped = d.minReplicas == 0 && d.maxReplicas == 0;
        d.ahead.clear();
        d.pollsSinceStep = 0;
        d.stepSince = t;
        if (minR == 0) {
            if (!stopped) {
                d.state = "DEPLOYMENT_STATE_STOPPING";
                d.message = "Stopping all replicas";
                d.ahead = {{"DEPLOYMENT_STATE_STOPPED", "Stopped: no replica runs, nothing is billed", 0, 1, 5}};
                dmiEvent(e, "DEPLOYMENT_STOPPING", "Scaling to 0/0", d.id);
            }
        } else if (stopped) {
            if (d.state != "DEPLOYMENT_STATE_STOPPED")
                return dmiError(c, 400, QStringLiteral("the deployment must be stopped before it can be restarted"));
            d.state = "DEPLOYMENT_STATE_PROVISIONING";
            d.message = "Provisioning " + std::to_string(minR) + " replica(s) on " + d.hardware;
            d.ahead = {{"DEPLOYMENT_STATE_READY", "All replicas are ready", minR, 2, 20}};
            dmiEvent(e, "DEPLOYMENT_RESTARTING", "Restarting with " + std::to_string(minR) + " replica(s)", d.id);
        } else if (minR != d.ready) {
            d.state = "DEPLOYMENT_STATE_SCALING";
            d.message = "Scaling to " + std::to_string(minR) + " replica(s)";
            d.ahead = {{"DEPLOYMENT_STATE_READY", "All replicas are ready", minR, 1, 10}};
            dmiEvent(e, "DEPLOYMENT_SCALING", d.message, d.id);
        }
        d.minReplicas = minR;
        d.maxReplicas = maxR;
        d.updatedAt = t;
        ++d.etag;
        return c->respond(200, dumpJson(dmiDeploymentJson(e, d)));
    }
    dmiError(c, 404, QStringLiteral("Unknown request URL"));
}

} // namespace td::emu
