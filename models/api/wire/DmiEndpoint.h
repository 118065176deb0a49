#pragma once

#include "api/wire/Deployment.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

struct TrafficSplitEntry
{
    QString deploymentId;
    double weight = 0; // relative; 0 (or absent) routes nothing to it
};

// The summary of a deployment an endpoint carries (its newest ten).
struct DeploymentSummary
{
    QString id, name, model, modelId, hardware, trafficMode;
    QString stateText;
    DeploymentState state = DeploymentState::Unknown;
    DeploymentAutoscaling autoscaling;
    int readyReplicas = 0;
    int desiredReplicas = 0;
    std::optional<double> estimatedEffectiveTrafficShare;
    QDateTime createdAt;
};

// A dedicated endpoint v2: a stable name to send inference to, and the deployments behind it
// with the traffic split between them.
struct DmiEndpoint
{
    QString id;   // ep_...
    QString name; // "<slug>/<endpoint>": the inference `model`
    QString projectId;
    QString endpointType; // ENDPOINT_TYPE_DEDICATED | ...
    QString visibility;   // VISIBILITY_PRIVATE | VISIBILITY_INTERNAL
    QList<TrafficSplitEntry> trafficSplit;
    QList<DeploymentSummary> deployments;
    QString etag;
    QString activeRolloutId;
    QDateTime createdAt, updatedAt;

    // The weight the split gives a deployment (0 when it has no entry).
    double weightOf(const QString& deploymentId) const;
    // Whether inference to the endpoint's name reaches anything: a ready deployment with weight.
    bool servesSomething() const;
    static std::optional<DmiEndpoint> fromJson(const nlohmann::json& j);
};

} // namespace td

Q_DECLARE_METATYPE(td::DmiEndpoint)
