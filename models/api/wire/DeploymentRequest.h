#pragma once

#include <QString>

#include <nlohmann/json.hpp>

namespace td {

// The body of POST /v2/projects/{p}/endpoints/{ep}/deployments.
struct DeploymentRequest
{
    QString name;   // unique within the endpoint
    QString model;  // projects/{p}/models/{ml}[/revisions/{rv}]
    QString config; // projects/{owner}/configs/{cr}
    int minReplicas = 1;
    int maxReplicas = 1;
    bool enableLora = false;

    nlohmann::ordered_json toJson() const;
};

} // namespace td
