#include "api/wire/Deployment.h"

#include "api/wire/DmiFields.h"
#include "api/wire/JsonFields.h"

#include <QCoreApplication>

namespace td {

namespace {

struct StateName
{
    DeploymentState state;
    const char* name;
};

constexpr StateName kStates[] = {
    {DeploymentState::Provisioning, "PROVISIONING"},
    {DeploymentState::Scaling, "SCALING"},
    {DeploymentState::Ready, "READY"},
    {DeploymentState::Degraded, "DEGRADED"},
    {DeploymentState::Stopping, "STOPPING"},
    {DeploymentState::Stopped, "STOPPED"},
    {DeploymentState::Failed, "FAILED"},
};

} // namespace

DeploymentState deploymentStateFromString(const QString& s)
{
    const QString shortName = wire::enumShort(s, "DEPLOYMENT_STATE_");
    for (const auto& [state, name] : kStates)
        if (shortName == QLatin1String(name))
            return state;
    return DeploymentState::Unknown;
}

QString deploymentStateName(DeploymentState s)
{
    for (const auto& [state, name] : kStates)
        if (state == s)
            return QStringLiteral("DEPLOYMENT_STATE_") + QLatin1String(name);
    return QStringLiteral("DEPLOYMENT_STATE_UNSPECIFIED");
}

QString deploymentStateText(DeploymentState s)
{
    switch (s) {
    case DeploymentState::Provisioning:
        return QCoreApplication::translate("td::Deployment", "provisioning");
    case DeploymentState::Scaling:
        return QCoreApplication::translate("td::Deployment", "scaling");
    case DeploymentState::Ready:
        return QCoreApplication::translate("td::Deployment", "ready");
    case DeploymentState::Degraded:
        return QCoreApplication::translate("td::Deployment", "degraded");
    case DeploymentState::Stopping:
        return QCoreApplication::translate("td::Deployment", "stopping");
    case DeploymentState::Stopped:
        return QCoreApplication::translate("td::Deployment", "stopped");
    case DeploymentState::Failed:
        return QCoreApplication::translate("td::Deployment", "failed");
    case DeploymentState::Unknown:
        break;
    }
    return QCoreApplication::translate("td::Deployment", "unknown");
}

bool isChanging(DeploymentState s)
{
    return s == DeploymentState::Provisioning || s == DeploymentState::Scaling || s == DeploymentState::Stopping;
}

bool servesTraffic(DeploymentState s)
{
    return s == DeploymentState::Ready || s == DeploymentState::Degraded;
}

DeploymentAutoscaling DeploymentAutoscaling::fromJson(const nlohmann::json& j)
{
    DeploymentAutoscaling a;
    a.minReplicas = wire::smallInteger(j, "minReplicas");
    a.maxReplicas = wire::smallInteger(j, "maxReplicas");
    a.scaleUpWindow = wire::str(j, "scaleUpWindow");
    a.scaleDownWindow = wire::str(j, "scaleDownWindow");
    a.scaleToZeroWindow = wire::str(j, "scaleToZeroWindow");
    return a;
}

std::optional<Deployment> Deployment::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    Deployment d;
    d.id = wire::str(j, "id");
    d.name = wire::str(j, "name");
    d.endpointId = wire::str(j, "endpointId");
    d.projectId = wire::str(j, "projectId");
    d.model = wire::str(j, "model");
    d.modelId = wire::str(j, "modelId");
    d.modelRevisionId = wire::str(j, "modelRevisionId");
    d.config = wire::str(j, "config");
    d.configId = wire::str(j, "configId");
    d.hardware = wire::str(j, "hardware");
    d.autoscaling = DeploymentAutoscaling::fromJson(json::object(j, "autoscaling"));
    d.desiredReplicas = wire::smallInteger(j, "desiredReplicas");
    const auto& status = json::object(j, "status");
    d.status.stateText = wire::str(status, "state");
    d.status.state = deploymentStateFromString(d.status.stateText);
    d.status.message = wire::str(status, "message");
    d.status.readyReplicas = wire::smallInteger(status, "readyReplicas");
    d.status.scheduledReplicas = wire::smallInteger(status, "scheduledReplicas");
    d.trafficMode = wire::str(j, "trafficMode");
    d.enableLora = wire::boolean(j, "enableLora").value_or(false);
    d.estimatedEffectiveTrafficShare = wire::optNumber(j, "estimatedEffectiveTrafficShare");
    d.engineType = wire::str(json::object(j, "runtimeInfo"), "engineType");
    d.etag = wire::str(j, "etag");
    d.createdAt = wire::time(j, "createdAt");
    d.updatedAt = wire::time(j, "updatedAt");
    return d;
}

} // namespace td
