#include "jobs/ServingCheck.h"

#include "jobs/V2DedicatedCatalogue.h"

#include <nlohmann/json.hpp>

namespace td {

namespace {

// A checkpoint to continue from names a job, not a base model.
bool baseUnknown(const FineTuneRequest& r)
{
    return r.model.isEmpty() && !r.fromCheckpoint.isEmpty();
}

void addOfflineHardware(ServingFacts& f, const ModelCatalog& catalog)
{
    f.servingMemoryGb = catalog.servingMemoryGb(f.baseModel);
    if (const auto h = catalog.cheapestHardwareFor(f.baseModel))
        f.offlineHardware = ServingFacts::Hardware{h->name, h->gpuType, h->gpuCount, h->dollarsPerHour};
}

} // namespace

ServingFacts ServingCheck::offlineForRequest(const FineTuneRequest& request, const ModelCatalog& catalog)
{
    ServingFacts f;
    f.baseModel = request.limitsModel();
    f.baseUnknown = baseUnknown(request);
    f.fullFineTune = !request.lora;
    if (request.lora && !f.baseUnknown)
        f.target = catalog.loraServingTarget(f.baseModel);
    addOfflineHardware(f, catalog);
    return f;
}

ServingFacts ServingCheck::offlineForJob(const FineTuneJob& job, const ModelCatalog& catalog)
{
    ServingFacts f;
    f.baseModel = job.model;
    f.target = job.outputName;
    f.finishedJob = true;
    f.fullFineTune = !job.isLora();
    f.baseUnknown = job.model.isEmpty();
    addOfflineHardware(f, catalog);
    return f;
}

QByteArray ServingCheck::probeRequest(const QString& model)
{
    const nlohmann::ordered_json j = {
        {"model", model.toStdString()}, {"messages", {{{"role", "user"}, {"content", "Hi"}}}}, {"max_tokens", 1}};
    return QByteArray::fromStdString(j.dump());
}

ServingFacts::Probe ServingCheck::probeOutcome(const ApiError& error)
{
    if (error.kind != ApiError::Kind::Http)
        return ServingFacts::Probe::Failed;
    if (error.code == QLatin1String("model_not_available") ||
        error.message.contains(QLatin1String("non-serverless"), Qt::CaseInsensitive) || error.httpStatus == 404)
        return ServingFacts::Probe::Refused;
    return ServingFacts::Probe::Failed;
}

ServingCheck::ServingCheck(const TogetherClient& client, QObject* parent, std::shared_ptr<DedicatedCatalogue> dedicated)
    : QObject(parent)
    , m_client(client)
    , m_dedicated(dedicated ? std::move(dedicated)
                            : std::make_shared<V2DedicatedCatalogue>(client.transport(), client.connection()))
{}

ServingCheck::~ServingCheck() = default;

void ServingCheck::checkRequest(const FineTuneRequest& request, const ModelCatalog& catalog)
{
    start(offlineForRequest(request, catalog), catalog);
}

void ServingCheck::checkJob(const FineTuneJob& job, const ModelCatalog& catalog)
{
    start(offlineForJob(job, catalog), catalog);
}

void ServingCheck::start(ServingFacts facts, const ModelCatalog& catalog)
{
    // A check still running is replaced: its calls are aborted when their context goes, and
    // an answer already on its way is dropped (each callback checks that its check is current).
    if (m_calls)
        m_calls->deleteLater();
    auto* calls = new QObject(this);
    m_calls = calls;
    m_facts = std::move(facts);
    m_facts.live = true;
    m_facts.offlineHardware.reset();
    m_catalog = catalog;
    if (m_facts.baseUnknown) {
        m_pending = 1;
        QMetaObject::invokeMethod(
            calls, [this, calls] { oneDone(calls); }, Qt::QueuedConnection);
        return;
    }
    m_pending = 2; // the models list then the probe; the dedicated catalogue
    // The models list names the base's LoRA serving target and prices what answers.
    m_client.listModels(calls, [this, calls](const ApiResult<QList<ModelInfo>>& r) {
        if (calls != m_calls)
            return;
        if (const auto* models = std::get_if<QList<ModelInfo>>(&r)) {
            m_catalog.setLiveModels(*models);
            if (!m_facts.finishedJob && !m_facts.fullFineTune)
                m_facts.target = m_catalog.loraServingTarget(m_facts.baseModel);
        }
        probe(calls);
    });
    askDedicated(calls);
}

void ServingCheck::probe(QObject* calls)
{
    if (m_facts.target.isEmpty()) { // a full fine-tune before launch has no serving target to ask
        oneDone(calls);
        return;
    }
    m_client.chat(probeRequest(m_facts.target), calls, [this, calls](const ApiResult<ChatAnswer>& r) {
        if (calls != m_calls)
            return;
        if (std::holds_alternative<ChatAnswer>(r)) {
            m_facts.probe = ServingFacts::Probe::Answered;
            m_facts.serverlessPrice = m_catalog.inferencePrice(m_facts.target);
        } else {
            const ApiError& e = std::get<ApiError>(r);
            m_facts.probe = probeOutcome(e);
            m_facts.probeMessage = e.message.isEmpty() ? e.explanation() : e.message;
        }
        oneDone(calls);
    });
}

void ServingCheck::askDedicated(QObject* calls)
{
    m_dedicated->ask(m_facts, calls, [this, calls](const ServingFacts& answered) {
        if (calls != m_calls)
            return;
        // Only the dedicated part: the probe may have answered meanwhile.
        m_facts.catalogueRead = answered.catalogueRead;
        m_facts.catalogueError = answered.catalogueError;
        m_facts.listed = answered.listed;
        m_facts.dedicatedProduct = answered.dedicatedProduct;
        m_facts.fineTuningProduct = answered.fineTuningProduct;
        m_facts.profiles = answered.profiles;
        m_facts.instancesRead = answered.instancesRead;
        m_facts.instances = answered.instances;
        oneDone(calls);
    });
}

void ServingCheck::oneDone(QObject* calls)
{
    if (calls != m_calls || --m_pending > 0)
        return;
    emit decided(ServingVerdict::decide(m_facts));
}

} // namespace td
