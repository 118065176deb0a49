#include "api/wire/DmiEndpoint.h"

#include "api/wire/JsonFields.h"

namespace td {

double DmiEndpoint::weightOf(const QString& deploymentId) const
{
    for (const TrafficSplitEntry& e : trafficSplit)
        if (e.deploymentId == deploymentId)
            return e.weight;
    return 0;
}

bool DmiEndpoint::servesSomething() const
{
    for (const DeploymentSummary& d : deployments)
        if (servesTraffic(d.state) && d.readyReplicas > 0 && weightOf(d.id) > 0)
            return true;
    return false;
}

std::optional<DmiEndpoint> DmiEndpoint::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    DmiEndpoint e;
    e.id = wire::str(j, "id");
    e.name = wire::str(j, "name");
    e.projectId = wire::str(j, "projectId");
    e.endpointType = wire::str(j, "endpointType");
    e.visibility = wire::str(j, "visibility");
    for (const auto& t : json::array(j, "trafficSplit")) {
        TrafficSplitEntry entry;
        entry.deploymentId = wire::str(t, "deploymentId");
        entry.weight = wire::number(t, "weight");
        if (!entry.deploymentId.isEmpty())
            e.trafficSplit.append(entry);
    }
    for (const auto& d : json::array(j, "deployments")) {
        DeploymentSummary s;
        s.id = wire::str(d, "id");
        if (s.id.isEmpty())
            continue;
        s.name = wire::str(d, "name");
        s.model = wire::str(d, "model");
        s.modelId = wire::str(d, "modelId");
        s.hardware = wire::str(d, "hardware");
        s.trafficMode = wire::str(d, "trafficMode");
        s.stateText = wire::str(d, "state");
        s.state = deploymentStateFromString(s.stateText);
        s.autoscaling = DeploymentAutoscaling::fromJson(json::object(d, "autoscaling"));
        s.readyReplicas = wire::smallInteger(d, "readyReplicas");
        s.desiredReplicas = wire::smallInteger(d, "desiredReplicas");
        s.estimatedEffectiveTrafficShare = wire::optNumber(d, "estimatedEffectiveTrafficShare");
        s.createdAt = wire::time(d, "createdAt");
        e.deployments.append(s);
    }
    e.etag = wire::str(j, "etag");
    e.activeRolloutId = wire::str(j, "activeRolloutId");
    e.createdAt = wire::time(j, "createdAt");
    e.updatedAt = wire::time(j, "updatedAt");
    return e;
}

} // namespace td
