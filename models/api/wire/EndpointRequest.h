#pragma once

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace td {

// The body of POST endpoints (contract 6.2). autoscaling always carries both bounds.
struct EndpointRequest
{
    QString model;
    QString hardware;
    int minReplicas = 1;
    int maxReplicas = 1;
    QString displayName;
    bool startNow = true; // state STARTED; false creates it stopped
    bool disableSpeculativeDecoding = false;
    std::optional<int> inactiveTimeoutMinutes; // none or 0: never stops by itself
    QString availabilityZone;

    nlohmann::ordered_json toJson() const;
};

} // namespace td
