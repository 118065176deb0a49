#pragma once

#include "api/http/ApiError.h"
#include "api/wire/Deployment.h"
#include "api/wire/InstanceType.h"

#include <QString>

#include <optional>

namespace td {

// The rules of dedicated endpoints v2 (contract 2026 §1), each in one place for the GUI, the
// CLI and the deploy plan: which replica bounds may be sent, when a deployment may be
// restarted, what it costs, and how the retirement of v1 endpoints shows.
namespace DmiRules {

// Why these bounds must not be sent (checked before sending); nullopt when they may.
// 0/0 stops; min 0 with max above 0 is refused by the server (scale-to-zero is not offered);
// running deployments need min >= 1 and min <= max.
std::optional<QString> autoscalingProblem(int minReplicas, int maxReplicas);
// Why a deployment cannot be restarted now: only from STOPPED (FAILED is terminal).
std::optional<QString> restartProblem(DeploymentState state);
// What `replicas` ready replicas cost an hour: the instance type's price per replica.
double dollarsPerHour(const InstanceType& type, int replicas);
// The instance type a deployment's hardware names ("2xnvidia-h100-80gb"); never a neighbour.
std::optional<InstanceType> instanceFor(const QList<InstanceType>& types, const QString& hardware);

// A v1 create or restart refused since July 2026 (403 endpoints_v1_create_access_disabled,
// matched in the code, type or message whatever the body's shape).
bool isV1Retired(const ApiError& e);
// What to tell the user about it, and what to do instead.
QString v1RetiredExplanation();
// A conflicting change (stale etag): re-read and try once more.
inline bool isConflict(const ApiError& e)
{
    return e.kind == ApiError::Kind::Http && e.httpStatus == 409;
}

// A DNS-friendly name made from a model name ("acme/Qwen3-8B-ft" → "qwen3-8b-ft"), at most 40
// characters, for endpoint and deployment names the user can change.
QString nameFrom(const QString& modelName);

} // namespace DmiRules

} // namespace td
