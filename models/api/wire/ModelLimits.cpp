#include "api/wire/ModelLimits.h"

#include "api/wire/JsonFields.h"

#include <algorithm>

namespace td {

namespace {
std::optional<TrainingTypeLimits> trainingLimits(const nlohmann::json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_object())
        return std::nullopt;
    TrainingTypeLimits t;
    t.minBatchSize = wire::smallInteger(*it, "min_batch_size");
    t.maxBatchSize = wire::smallInteger(*it, "max_batch_size");
    // The Python SDKs' rule when the server does not say: half the maximum, in steps of 8.
    t.maxBatchSizeDpo =
        wire::smallInteger(*it, "max_batch_size_dpo", std::max(t.minBatchSize, ((t.maxBatchSize / 2) / 8) * 8));
    t.maxRank = wire::smallInteger(*it, "max_rank");
    t.targetModules = wire::strings(*it, "target_modules");
    // "Full limits are reported as zero when not supported" (TS 0.49).
    if (t.maxBatchSize == 0 && t.minBatchSize == 0)
        return std::nullopt;
    return t;
}
} // namespace

std::optional<ModelLimits> ModelLimits::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    ModelLimits l;
    l.modelName = wire::str(j, "model_name");
    l.full = trainingLimits(j, "full_training");
    if (wire::boolean(j, "supports_full_training") == false)
        l.full.reset();
    l.lora = trainingLimits(j, "lora_training");
    l.maxEpochs = wire::smallInteger(j, "max_num_epochs");
    l.maxEvals = wire::smallInteger(j, "max_num_evals");
    l.maxCheckpoints = wire::smallInteger(j, "max_num_checkpoints");
    l.minLearningRate = wire::number(j, "min_learning_rate");
    l.maxLearningRate = wire::number(j, "max_learning_rate");
    l.supportsVision = wire::boolean(j, "supports_vision").value_or(false);
    l.supportsTools = wire::boolean(j, "supports_tools").value_or(false);
    l.supportsReasoning = wire::boolean(j, "supports_reasoning").value_or(false);
    l.mergeOutputLora = wire::boolean(j, "merge_output_lora").value_or(false);
    l.maxSeqLengthSft = wire::smallInteger(j, "max_seq_length_sft");
    l.maxSeqLengthDpo = wire::smallInteger(j, "max_seq_length_dpo");
    l.minMaxSeqLength = wire::smallInteger(j, "min_max_seq_length");
    return l;
}

std::optional<PriceEstimate> PriceEstimate::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    const std::optional<bool> available = wire::boolean(j, "estimation_available");
    // Before 2026 an answer was an estimate; since, it says whether it is one.
    if (!available && !wire::optNumber(j, "estimated_total_price"))
        return std::nullopt;
    PriceEstimate p;
    p.available = available.value_or(true);
    p.unavailableReason = wire::str(j, "unavailable_reason");
    p.totalDollars = wire::number(j, "estimated_total_price");
    p.allowedToProceed = wire::boolean(j, "allowed_to_proceed").value_or(true);
    p.userLimitDollars = wire::number(j, "user_limit");
    p.trainTokens = wire::integer(j, "estimated_train_token_count");
    p.evalTokens = wire::integer(j, "estimated_eval_token_count");
    return p;
}

QString PriceEstimate::unavailableText() const
{
    if (available)
        return {};
    const QString& r = unavailableReason;
    if (r == QLatin1String("train_file_not_validated"))
        return tr("Together cannot price the job until it has validated the training file.");
    if (r == QLatin1String("eval_file_not_validated"))
        return tr("Together cannot price the job until it has validated the validation file.");
    if (r == QLatin1String("train_file_invalid"))
        return tr("Together cannot price the job: its validation rejected the training file.");
    if (r == QLatin1String("eval_file_invalid"))
        return tr("Together cannot price the job: its validation rejected the validation file.");
    if (r == QLatin1String("multimodal_dataset"))
        return tr("Together does not estimate prices for datasets with images.");
    return r.isEmpty() ? tr("Together gave no price estimate.") : tr("Together gave no price estimate (%1).").arg(r);
}

QString PriceEstimate::overLimitText() const
{
    if (!available || allowedToProceed)
        return {};
    return tr("Together estimates this job at $%1, more than your balance and credit limit (limit $%2) allow: "
              "it will be refused unless you add credit first.")
        .arg(QString::number(totalDollars, 'f', 2), QString::number(userLimitDollars, 'f', 2));
}

} // namespace td
