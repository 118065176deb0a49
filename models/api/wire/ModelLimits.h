#pragma once

#include <QCoreApplication>
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

// POST fine-tunes/estimate-price (dollars, unlike a job's total_price). Since 2026 the answer
// says whether an estimate could be made at all (estimation_available, and if not why:
// unavailable_reason) and whether the account may start the job (allowed_to_proceed: false
// when the price is over the balance and the credit limit together); older answers carry only
// the estimate and are taken as available.
struct PriceEstimate
{
    Q_DECLARE_TR_FUNCTIONS(PriceEstimate)

public:
    double totalDollars = 0;
    bool allowedToProceed = true;
    double userLimitDollars = 0; // user_limit: the credit limit
    qint64 trainTokens = 0;
    qint64 evalTokens = 0;
    bool available = true;     // estimation_available
    QString unavailableReason; // multimodal_dataset, train_file_not_validated, eval_file_not_validated,
                               // train_file_invalid, eval_file_invalid, or one not known yet

    static std::optional<PriceEstimate> fromJson(const nlohmann::json& j);
    // Why there is no estimate, for people ("" when there is one).
    QString unavailableText() const;
    // The warning when the price is over what the account can spend ("" when it is not).
    QString overLimitText() const;
};

} // namespace td

Q_DECLARE_METATYPE(td::ModelLimits)
Q_DECLARE_METATYPE(td::PriceEstimate)
