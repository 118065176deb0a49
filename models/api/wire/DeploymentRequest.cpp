#include "api/wire/DeploymentRequest.h"

namespace td {

nlohmann::ordered_json DeploymentRequest::toJson() const
{
    nlohmann::ordered_json j;
    j["name"] = name.toStdString();
    j["model"] = model.toStdString();
    j["config"] = config.toStdString();
    j["autoscaling"] = {{"minReplicas", minReplicas}, {"maxReplicas", maxReplicas}};
    if (enableLora)
        j["enableLora"] = true;
    return j;
}

} // namespace td
