#include "jobs/V2DedicatedCatalogue.h"

#include <memory>

namespace td {

V2DedicatedCatalogue::V2DedicatedCatalogue(HttpTransport* transport, const Connection& connection)
    : m_dmi(transport, connection)
{}

void V2DedicatedCatalogue::addSupported(const QList<SupportedModel>& models, ServingFacts& facts)
{
    for (const SupportedModel& m : models) {
        // The search is a substring match: only the entry named exactly like the base counts.
        if (m.name.compare(facts.baseModel, Qt::CaseInsensitive) != 0)
            continue;
        facts.listed = true;
        facts.dedicatedProduct = facts.dedicatedProduct || m.isDedicated();
        facts.fineTuningProduct = facts.fineTuningProduct || m.isFineTunable();
        for (const DeploymentProfile& p : m.deploymentProfiles)
            facts.profiles.append({p.profileId, p.gpuType, p.gpuCount});
    }
}

QList<ServingFacts::Instance> V2DedicatedCatalogue::instanceFacts(const QList<InstanceType>& types)
{
    QList<ServingFacts::Instance> out;
    for (const InstanceType& t : types)
        out.append({t.id, t.name, t.gpuType, t.gpuCount, double(t.gpuMemoryGib), t.priceCentsPerHour});
    return out;
}

void V2DedicatedCatalogue::ask(const ServingFacts& facts, QObject* context, std::function<void(ServingFacts)> done)
{
    auto f = std::make_shared<ServingFacts>(facts);
    SupportedModelQuery q;
    q.search = facts.baseModel;
    m_dmi.allSupportedModels(q, context, [this, f, context, done](const ApiResult<QList<SupportedModel>>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            f->catalogueError = e->message.isEmpty() ? e->explanation() : e->message;
            done(*f);
            return;
        }
        f->catalogueRead = true;
        addSupported(std::get<QList<SupportedModel>>(r), *f);
        if (f->profiles.isEmpty()) { // nothing to price
            done(*f);
            return;
        }
        m_dmi.instanceTypes(context, [f, done](const ApiResult<QList<InstanceType>>& types) {
            if (const auto* t = std::get_if<QList<InstanceType>>(&types)) {
                f->instancesRead = true;
                f->instances = instanceFacts(*t);
            }
            done(*f);
        });
    });
}

} // namespace td
