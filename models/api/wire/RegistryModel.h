#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// A model in a project's registry (GET /v2/projects/{p}/models/{ml}): a finished fine-tune is
// one (its job's model_object_id), with the base it was trained from.
struct RegistryModel
{
    QString id; // ml_...
    QString name, projectId, organizationId, visibility, description;
    QString baseModel;   // projects/{o}/models/{ml}
    QString baseModelId; // what its configs are listed by
    QString weightsType; // WEIGHTS_TYPE_DEFAULT | _ADAPTER | _SPECULATOR
    qint64 contextLength = 0;

    // projects/{projectId}/models/{id}: what a deployment's `model` names.
    QString qualifiedName() const { return QStringLiteral("projects/%1/models/%2").arg(projectId, id); }
    static std::optional<RegistryModel> fromJson(const nlohmann::json& j);
};

} // namespace td
