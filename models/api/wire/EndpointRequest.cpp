#include "api/wire/EndpointRequest.h"

namespace td {

nlohmann::ordered_json EndpointRequest::toJson() const
{
    nlohmann::ordered_json j;
    j["model"] = model.toStdString();
    j["hardware"] = hardware.toStdString();
    j["autoscaling"] = {{"min_replicas", minReplicas}, {"max_replicas", maxReplicas}};
    if (!displayName.isEmpty())
        j["display_name"] = displayName.toStdString();
    j["state"] = startNow ? "STARTED" : "STOPPED";
    j["disable_speculative_decoding"] = disableSpeculativeDecoding;
    if (inactiveTimeoutMinutes)
        j["inactive_timeout"] = *inactiveTimeoutMinutes;
    if (!availabilityZone.isEmpty())
        j["availability_zone"] = availabilityZone.toStdString();
    return j;
}

} // namespace td
