#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// A certified model and config pair a supported model can be deployed with on dedicated
// endpoints v2 (GET /v2/supported-models, deploymentProfiles[]). Its config and model are
// usually a platform project's: they are sent back verbatim.
struct DeploymentProfile
{
    QString profileId;
    QString config; // projects/{owner}/configs/{cr}
    QString model;  // projects/{owner}/models/{ml}[/revisions/{rv}]
    QString modelName;
    QString certifiedConfigRevisionId, certifiedModelRevisionId;
    QString gpuType; // e.g. "nvidia-h100-80gb"
    int gpuCount = 0;
    QString parallelism;  // free text: "TP8", "EP", "PD"
    QString quantization; // "BF16", "FP8"; shown only here
    int tensorParallelSize = 0;
    std::optional<double> decodingSpeedTps;
    std::optional<double> timeToFirstTokenMs;
    qint64 maxContextLength = 0; // 0: not stated

    // "2x nvidia-h100-80gb FP8" for lists.
    QString hardwareText() const;
    static DeploymentProfile fromJson(const nlohmann::json& j);
};

// One entry of the v2 supported-model catalogue. Enum values are kept as the server spells
// them; the helpers read short and qualified spellings alike.
struct SupportedModel
{
    QString id;   // arch_...
    QString name; // the Hugging Face id, e.g. "Qwen/Qwen3-8B"
    QString displayName, displayType, publisher, description;
    QString baseModel;        // projects/{p}/models/{ml}
    QString baseModelId;      // ml_...
    QStringList products;     // PRODUCT_SERVERLESS | PRODUCT_DEDICATED | PRODUCT_FINE_TUNING | PRODUCT_RESERVED
    QString status;           // SUPPORTED_MODEL_STATUS_*
    QStringList capabilities; // CAPABILITY_*
    QStringList features;     // FEATURE_*
    qint64 contextLength = 0; // sent as a string (a 64-bit count)
    QString serverlessEndpoint;
    QList<DeploymentProfile> deploymentProfiles;
    QDateTime createdAt, updatedAt;

    // `product` without its prefix: "DEDICATED", "FINE_TUNING", "SERVERLESS", "RESERVED".
    bool hasProduct(const char* product) const;
    bool isFineTunable() const { return hasProduct("FINE_TUNING"); }
    bool isDedicated() const { return hasProduct("DEDICATED"); }
    bool isDeprecated() const;
    static std::optional<SupportedModel> fromJson(const nlohmann::json& j);
};

} // namespace td
