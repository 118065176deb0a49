#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// GET /v1/whoami: who the API key belongs to, and the project every v2 (DMI) path names.
// The one snake_case answer of the DMI flow (it is served by the v1 API).
struct WhoAmI
{
    QString apiKeyId;
    QString organizationId, organizationName;
    QString projectId, projectName;
    QString projectSlug; // prefixes endpoint names: "<slug>/<endpoint>"
    QString userId;

    // Refused (nullopt) without a project id: nothing in v2 can be addressed without it.
    static std::optional<WhoAmI> fromJson(const nlohmann::json& j);
};

} // namespace td
