#include "api/ModelLimits.h"

#include "api/JsonFields.h"

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
    if (!j.is_object() || !wire::optNumber(j, "estimated_total_price"))
        return std::nullopt;
    PriceEstimate p;
    p.totalDollars = wire::number(j, "estimated_total_price");
    p.allowedToProceed = wire::boolean(j, "allowed_to_proceed").value_or(true);
    p.userLimitDollars = wire::number(j, "user_limit");
    p.trainTokens = wire::integer(j, "estimated_train_token_count");
    p.evalTokens = wire::integer(j, "estimated_eval_token_count");
    return p;
}

} // namespace td
