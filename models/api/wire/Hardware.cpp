#include "api/wire/Hardware.h"

#include "api/wire/JsonFields.h"

namespace td {

std::optional<Hardware> Hardware::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    Hardware h;
    h.id = wire::str(j, "id");
    if (auto it = j.find("pricing"); it != j.end() && it->is_object())
        h.centsPerMinute = wire::number(*it, "cents_per_minute");
    if (auto it = j.find("specs"); it != j.end() && it->is_object()) {
        h.gpuType = wire::str(*it, "gpu_type");
        h.gpuLink = wire::str(*it, "gpu_link");
        h.gpuMemoryGb = wire::smallInteger(*it, "gpu_memory");
        h.gpuCount = wire::smallInteger(*it, "gpu_count");
    }
    if (auto it = j.find("availability"); it != j.end() && it->is_object())
        h.availability = wire::str(*it, "status");
    return h;
}

} // namespace td
