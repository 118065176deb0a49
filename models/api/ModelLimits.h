#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// What one training type allows for a model (contract 4.4).
struct TrainingTypeLimits
{
    int minBatchSize = 0;
    int maxBatchSize = 0;
    int maxBatchSizeDpo = 0; // derived as the SDKs do when the server omits it
    int maxRank = 0;         // LoRA only
    QStringList targetModules;
};

// GET fine-tunes/models/limits: what a base model can be trained with. A missing training
// block means that type is not supported.
struct ModelLimits
{
    QString modelName;
    std::optional<TrainingTypeLimits> full;
    std::optional<TrainingTypeLimits> lora;
    int maxEpochs = 0;
    int maxEvals = 0;
    int maxCheckpoints = 0; // 0: not reported
    double minLearningRate = 0;
    double maxLearningRate = 0;
    bool supportsVision = false;
    bool supportsTools = false;
    bool supportsReasoning = false;
    bool mergeOutputLora = false;
    int maxSeqLengthSft = 0; // 0: not reported
    int maxSeqLengthDpo = 0;
    int minMaxSeqLength = 0;

    static std::optional<ModelLimits> fromJson(const nlohmann::json& j);
};

// POST fine-tunes/estimate-price (dollars, unlike a job's total_price).
struct PriceEstimate
{
    double totalDollars = 0;
    bool allowedToProceed = true;
    double userLimitDollars = 0;
    qint64 trainTokens = 0;
    qint64 evalTokens = 0;

    static std::optional<PriceEstimate> fromJson(const nlohmann::json& j);
};

} // namespace td

Q_DECLARE_METATYPE(td::ModelLimits)
