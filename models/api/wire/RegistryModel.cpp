#include "api/wire/RegistryModel.h"

#include "api/wire/JsonFields.h"

namespace td {

std::optional<RegistryModel> RegistryModel::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    RegistryModel m;
    m.id = wire::str(j, "id");
    m.name = wire::str(j, "name");
    m.projectId = wire::str(j, "projectId");
    m.organizationId = wire::str(j, "organizationId");
    m.visibility = wire::str(j, "visibility");
    m.description = wire::str(j, "description");
    m.baseModel = wire::str(j, "baseModel");
    m.baseModelId = wire::str(j, "baseModelId");
    const auto& weights = json::object(j, "weights");
    m.weightsType = wire::str(weights, "type");
    m.contextLength = wire::integer(weights, "contextLength");
    return m;
}

} // namespace td
