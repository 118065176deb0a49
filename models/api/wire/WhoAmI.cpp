#include "api/wire/WhoAmI.h"

#include "api/wire/JsonFields.h"

namespace td {

std::optional<WhoAmI> WhoAmI::fromJson(const nlohmann::json& j)
{
    WhoAmI w;
    w.projectId = wire::str(j, "project_id");
    if (w.projectId.isEmpty())
        w.projectId = wire::str(j, "projectId");
    if (w.projectId.isEmpty())
        return std::nullopt;
    auto either = [&j](const char* snake, const char* camel) {
        const QString s = wire::str(j, snake);
        return s.isEmpty() ? wire::str(j, camel) : s;
    };
    w.apiKeyId = either("api_key_id", "apiKeyId");
    w.organizationId = either("organization_id", "organizationId");
    w.organizationName = either("organization_name", "organizationName");
    w.projectName = either("project_name", "projectName");
    w.projectSlug = either("project_slug", "projectSlug");
    w.userId = either("user_id", "userId");
    return w;
}

} // namespace td
