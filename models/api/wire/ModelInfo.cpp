#include "api/wire/ModelInfo.h"

#include "api/wire/JsonFields.h"

namespace td {

std::optional<ModelInfo> ModelInfo::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    ModelInfo m;
    m.id = wire::str(j, "id");
    m.type = wire::str(j, "type");
    m.displayName = wire::str(j, "display_name");
    m.organization = wire::str(j, "organization");
    m.created = wire::integer(j, "created");
    m.contextLength = wire::smallInteger(j, "context_length");
    if (auto it = j.find("pricing"); it != j.end() && it->is_object()) {
        m.inputPrice = wire::number(*it, "input");
        m.outputPrice = wire::number(*it, "output");
        m.hourlyPrice = wire::number(*it, "hourly");
    }
    return m;
}

} // namespace td
