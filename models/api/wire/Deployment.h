#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// DEPLOYMENT_STATE_*: where a v2 deployment is. FAILED is terminal.
enum class DeploymentState { Provisioning, Scaling, Ready, Degraded, Stopping, Stopped, Failed, Unknown };
DeploymentState deploymentStateFromString(const QString& s); // qualified or short, any case
QString deploymentStateName(DeploymentState s);              // "DEPLOYMENT_STATE_READY"
QString deploymentStateText(DeploymentState s);              // "ready", for people
bool isChanging(DeploymentState s);                          // provisioning, scaling, stopping
bool servesTraffic(DeploymentState s);                       // ready or degraded

// The replica bounds of a deployment. Proto3 JSON leaves zero values out, so a bound that is
// absent in an answer reads as 0 (a stopped deployment's {} is 0/0).
struct DeploymentAutoscaling
{
    int minReplicas = 0;
    int maxReplicas = 0;
    QString scaleUpWindow, scaleDownWindow, scaleToZeroWindow; // duration strings ("5m")

    bool isStopped() const { return minReplicas == 0 && maxReplicas == 0; }
    static DeploymentAutoscaling fromJson(const nlohmann::json& j);
};

struct DeploymentStatus
{
    QString stateText; // as sent
    DeploymentState state = DeploymentState::Unknown;
    QString message;
    int readyReplicas = 0;
    int scheduledReplicas = 0;
};

// A v2 deployment: one model on one config, with its replicas (EndpointDeployment).
struct Deployment
{
    QString id;   // dep_...
    QString name; // <slug>/<endpoint>/<deployment>: an inference model that bypasses the split
    QString endpointId, projectId;
    QString model; // projects/{p}/models/{ml}/revisions/{rv}
    QString modelId, modelRevisionId;
    QString config, configId;
    QString hardware;
    DeploymentAutoscaling autoscaling;
    int desiredReplicas = 0;
    DeploymentStatus status;
    QString trafficMode; // TRAFFIC_MODE_LIVE | TRAFFIC_MODE_SHADOW
    bool enableLora = false;
    std::optional<double> estimatedEffectiveTrafficShare;
    QString engineType;
    QString etag;
    QDateTime createdAt, updatedAt;

    static std::optional<Deployment> fromJson(const nlohmann::json& j);
};

} // namespace td

Q_DECLARE_METATYPE(td::Deployment)
