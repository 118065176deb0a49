#include "api/wire/Endpoint.h"

#include "api/wire/JsonFields.h"

namespace td {

EndpointState endpointStateFromString(const QString& s)
{
    const QString u = s.toUpper();
    if (u == QLatin1String("PENDING"))
        return EndpointState::Pending;
    if (u == QLatin1String("STARTING"))
        return EndpointState::Starting;
    if (u == QLatin1String("STARTED"))
        return EndpointState::Started;
    if (u == QLatin1String("STOPPING"))
        return EndpointState::Stopping;
    if (u == QLatin1String("STOPPED"))
        return EndpointState::Stopped;
    if (u == QLatin1String("ERROR") || u == QLatin1String("FAILED"))
        return EndpointState::Error;
    return EndpointState::Unknown;
}

bool isChanging(EndpointState s)
{
    return s == EndpointState::Pending || s == EndpointState::Starting || s == EndpointState::Stopping;
}

std::optional<Endpoint> Endpoint::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    Endpoint e;
    e.id = wire::str(j, "id");
    e.name = wire::str(j, "name");
    e.displayName = wire::str(j, "display_name");
    e.model = wire::str(j, "model");
    e.hardware = wire::str(j, "hardware");
    e.type = wire::str(j, "type");
    e.owner = wire::str(j, "owner");
    e.stateText = wire::str(j, "state");
    e.state = endpointStateFromString(e.stateText);
    if (auto it = j.find("autoscaling"); it != j.end() && it->is_object()) {
        e.minReplicas = wire::smallInteger(*it, "min_replicas");
        e.maxReplicas = wire::smallInteger(*it, "max_replicas");
    }
    e.createdAt = wire::time(j, "created_at");
    return e;
}

} // namespace td
