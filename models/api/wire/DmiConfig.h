#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// A v2 serving config (GET /v2/projects/{p}/configs): an immutable revision that says what
// hardware and optimization a model runs with. Its selectors carry the hardware.
struct DmiConfig
{
    QString id; // cr_...
    QString projectId;
    QString referenceModel;   // projects/{o}/models/{ml}
    QString referenceModelId; // ml_...
    QList<QPair<QString, QString>> selectors;
    QStringList certificationTypes; // CERTIFICATION_TYPE_CERTIFIED | _UNCERTIFIED
    QString draftModel;

    QString selector(const QString& key) const;
    QString acceleratorType() const { return selector(QStringLiteral("accelerator_type")); }
    int acceleratorCount() const { return selector(QStringLiteral("accelerator_count")).toInt(); }
    QString optimization() const { return selector(QStringLiteral("optimization")); }
    bool isCertified() const;
    // What a deployment names: projects/{the config's own project}/configs/{id}.
    QString qualifiedName() const { return QStringLiteral("projects/%1/configs/%2").arg(projectId, id); }
    static std::optional<DmiConfig> fromJson(const nlohmann::json& j);
};

} // namespace td
