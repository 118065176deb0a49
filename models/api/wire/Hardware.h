#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// A hardware configuration for endpoints (GET hardware); price is in cents per minute.
struct Hardware
{
    QString id; // e.g. 2x_nvidia_a100_80gb_sxm
    double centsPerMinute = 0;
    QString gpuType;
    QString gpuLink;
    int gpuMemoryGb = 0;
    int gpuCount = 0;
    QString availability; // available | unavailable | insufficient | "" when not asked for a model

    double dollarsPerHour() const { return centsPerMinute * 60.0 / 100.0; }
    static std::optional<Hardware> fromJson(const nlohmann::json& j);
};

} // namespace td
