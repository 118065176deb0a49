#include "api/wire/FineTuneRequest.h"

#include "api/wire/JsonFields.h"

#include <QCoreApplication>

namespace td {

namespace {

// Python's str() of a float, enough for the messages the SDK prints ("0.0", "1.5", "-1e-05").
QString pyFloat(double v)
{
    QString s = QString::number(v, 'g', 17);
    const QString shortest = QString::number(v, 'g', 15);
    if (shortest.toDouble() == v)
        s = shortest;
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')) && !s.contains(QLatin1String("inf")) &&
        !s.contains(QLatin1String("nan")))
        s += QLatin1String(".0");
    return s;
}

void setIf(nlohmann::ordered_json& j, const char* key, const QString& v)
{
    if (!v.isEmpty())
        j[key] = v.toStdString();
}

} // namespace

QString FineTuneRequest::limitsModel() const
{
    if (!model.isEmpty())
        return model;
    return fromCheckpoint.section(QLatin1Char(':'), 0, 0);
}

nlohmann::ordered_json FineTuneRequest::toJson(bool maskSecrets) const
{
    const auto secret = [maskSecrets](const QString& s) { return maskSecrets ? QString(s.size(), QChar(0x2022)) : s; };
    nlohmann::ordered_json j;
    j["training_file"] = trainingFile.toStdString();
    setIf(j, "validation_file", validationFile);
    setIf(j, "model", model);
    setIf(j, "from_checkpoint", fromCheckpoint);
    j["n_epochs"] = nEpochs;
    j["learning_rate"] = learningRate;
    nlohmann::ordered_json args = {{"min_lr_ratio", minLrRatio}};
    if (scheduler == Scheduler::Cosine)
        args["num_cycles"] = numCycles;
    j["lr_scheduler"] = {{"lr_scheduler_type", scheduler == Scheduler::Cosine ? "cosine" : "linear"},
                         {"lr_scheduler_args", args}};
    j["warmup_ratio"] = warmupRatio;
    j["max_grad_norm"] = maxGradNorm;
    j["weight_decay"] = weightDecay;
    j["n_checkpoints"] = nCheckpoints;
    j["n_evals"] = nEvals;
    if (batchSize)
        j["batch_size"] = *batchSize;
    else
        j["batch_size"] = "max";
    if (lora)
        j["training_type"] = {{"type", "Lora"},
                              {"lora_r", loraR},
                              {"lora_alpha", effectiveLoraAlpha()},
                              {"lora_dropout", loraDropout},
                              {"lora_trainable_modules", loraTrainableModules.toStdString()}};
    else
        j["training_type"] = {{"type", "Full"}};
    nlohmann::ordered_json m;
    if (method == Method::Sft) {
        m["method"] = "sft";
        if (trainOnInputs == TrainOnInputs::Auto)
            m["train_on_inputs"] = "auto";
        else
            m["train_on_inputs"] = trainOnInputs == TrainOnInputs::Yes;
    } else {
        m["method"] = "dpo";
        if (dpoBeta)
            m["dpo_beta"] = *dpoBeta;
        m["dpo_normalize_logratios_by_length"] = dpoNormalizeLogratiosByLength;
        m["dpo_reference_free"] = dpoReferenceFree;
        if (rpoAlpha)
            m["rpo_alpha"] = *rpoAlpha;
        if (simpoGamma)
            m["simpo_gamma"] = *simpoGamma;
    }
    j["training_method"] = m;
    setIf(j, "suffix", suffix);
    setIf(j, "wandb_api_key", secret(wandbApiKey));
    setIf(j, "wandb_base_url", wandbBaseUrl);
    setIf(j, "wandb_project_name", wandbProjectName);
    setIf(j, "wandb_name", wandbName);
    setIf(j, "wandb_entity", wandbEntity);
    setIf(j, "from_hf_model", fromHfModel);
    setIf(j, "hf_model_revision", hfModelRevision);
    setIf(j, "hf_api_token", secret(hfApiToken));
    setIf(j, "hf_output_repo_name", hfOutputRepoName);
    if (trainVision)
        j["multimodal_params"] = {{"train_vision", *trainVision}};
    if (packing)
        j["packing"] = *packing;
    if (maxSeqLength)
        j["max_seq_length"] = *maxSeqLength;
    if (randomSeed)
        j["random_seed"] = *randomSeed;
    if (gradientAccumulationSteps)
        j["gradient_accumulation_steps"] = *gradientAccumulationSteps;
    if (earlyStopping) {
        j["early_stopping_enabled"] = true;
        if (earlyStoppingMinDelta)
            j["early_stopping_min_delta"] = *earlyStoppingMinDelta;
        if (earlyStoppingPatience)
            j["early_stopping_patience"] = *earlyStoppingPatience;
        if (earlyStoppingWarmupEvals)
            j["early_stopping_warmup_evals"] = *earlyStoppingWarmupEvals;
    }
    return j;
}

FineTuneRequest FineTuneRequest::fromJson(const nlohmann::json& j)
{
    FineTuneRequest r;
    if (!j.is_object())
        return r;
    r.trainingFile = wire::str(j, "training_file");
    r.validationFile = wire::str(j, "validation_file");
    r.model = wire::str(j, "model");
    r.fromCheckpoint = wire::str(j, "from_checkpoint");
    r.nEpochs = wire::smallInteger(j, "n_epochs", r.nEpochs);
    r.nCheckpoints = wire::smallInteger(j, "n_checkpoints", r.nCheckpoints);
    r.nEvals = wire::smallInteger(j, "n_evals", r.nEvals);
    if (auto it = j.find("batch_size"); it != j.end() && it->is_number())
        r.batchSize = wire::smallInteger(j, "batch_size");
    r.learningRate = wire::number(j, "learning_rate", r.learningRate);
    if (auto it = j.find("lr_scheduler"); it != j.end() && it->is_object()) {
        r.scheduler =
            wire::str(*it, "lr_scheduler_type") == QLatin1String("linear") ? Scheduler::Linear : Scheduler::Cosine;
        if (auto a = it->find("lr_scheduler_args"); a != it->end() && a->is_object()) {
            r.minLrRatio = wire::number(*a, "min_lr_ratio", r.minLrRatio);
            r.numCycles = wire::number(*a, "num_cycles", r.numCycles);
        }
    }
    r.warmupRatio = wire::number(j, "warmup_ratio", r.warmupRatio);
    r.maxGradNorm = wire::number(j, "max_grad_norm", r.maxGradNorm);
    r.weightDecay = wire::number(j, "weight_decay", r.weightDecay);
    r.suffix = wire::str(j, "suffix");
    if (auto it = j.find("training_type"); it != j.end() && it->is_object()) {
        r.lora = wire::str(*it, "type").compare(QLatin1String("lora"), Qt::CaseInsensitive) == 0;
        r.loraR = wire::smallInteger(*it, "lora_r", r.loraR);
        if (auto a = it->find("lora_alpha"); a != it->end() && a->is_number())
            r.loraAlpha = wire::smallInteger(*it, "lora_alpha");
        r.loraDropout = wire::number(*it, "lora_dropout", r.loraDropout);
        const QString modules = wire::str(*it, "lora_trainable_modules");
        if (!modules.isEmpty())
            r.loraTrainableModules = modules;
    }
    if (auto it = j.find("training_method"); it != j.end() && it->is_object()) {
        r.method = wire::str(*it, "method") == QLatin1String("dpo") ? Method::Dpo : Method::Sft;
        if (const auto b = wire::boolean(*it, "train_on_inputs"))
            r.trainOnInputs = *b ? TrainOnInputs::Yes : TrainOnInputs::No;
        r.dpoBeta = wire::optNumber(*it, "dpo_beta");
        r.dpoNormalizeLogratiosByLength = wire::boolean(*it, "dpo_normalize_logratios_by_length").value_or(false);
        r.dpoReferenceFree = wire::boolean(*it, "dpo_reference_free").value_or(false);
        r.rpoAlpha = wire::optNumber(*it, "rpo_alpha");
        r.simpoGamma = wire::optNumber(*it, "simpo_gamma");
    }
    r.wandbApiKey = wire::str(j, "wandb_api_key");
    if (r.wandbApiKey.isEmpty())
        r.wandbApiKey = wire::str(j, "wandb_key");
    r.wandbBaseUrl = wire::str(j, "wandb_base_url");
    r.wandbProjectName = wire::str(j, "wandb_project_name");
    r.wandbName = wire::str(j, "wandb_name");
    r.wandbEntity = wire::str(j, "wandb_entity");
    r.fromHfModel = wire::str(j, "from_hf_model");
    r.hfModelRevision = wire::str(j, "hf_model_revision");
    r.hfApiToken = wire::str(j, "hf_api_token");
    r.hfOutputRepoName = wire::str(j, "hf_output_repo_name");
    if (auto it = j.find("multimodal_params"); it != j.end() && it->is_object())
        r.trainVision = wire::boolean(*it, "train_vision");
    r.packing = wire::boolean(j, "packing");
    if (auto it = j.find("max_seq_length"); it != j.end() && it->is_number())
        r.maxSeqLength = wire::smallInteger(j, "max_seq_length");
    if (auto it = j.find("random_seed"); it != j.end() && it->is_number())
        r.randomSeed = wire::integer(j, "random_seed");
    if (auto it = j.find("gradient_accumulation_steps"); it != j.end() && it->is_number())
        r.gradientAccumulationSteps = wire::smallInteger(j, "gradient_accumulation_steps");
    r.earlyStopping = wire::boolean(j, "early_stopping_enabled").value_or(false);
    r.earlyStoppingMinDelta = wire::optNumber(j, "early_stopping_min_delta");
    if (wire::optNumber(j, "early_stopping_patience"))
        r.earlyStoppingPatience = wire::smallInteger(j, "early_stopping_patience");
    if (wire::optNumber(j, "early_stopping_warmup_evals"))
        r.earlyStoppingWarmupEvals = wire::smallInteger(j, "early_stopping_warmup_evals");
    return r;
}

QList<FineTuneRequest::Problem> FineTuneRequest::validate(const std::optional<ModelLimits>& limits) const
{
    QList<Problem> p;
    auto error = [&p](const char* field, const QString& message) {
        p.append({QString::fromLatin1(field), message, false});
    };
    auto warning = [&p](const char* field, const QString& message) {
        p.append({QString::fromLatin1(field), message, true});
    };
    const bool dpo = method == Method::Dpo;
    const QString name = model.isEmpty() ? fromCheckpoint : model;

    // The Python SDK's order and wording (contract 4.3).
    if (trainingFile.isEmpty())
        error("training_file", tr("Choose a training file."));
    if (!model.isEmpty() && !fromCheckpoint.isEmpty())
        error("model", tr("You must specify either a model or a checkpoint to start a job from, not both"));
    if (model.isEmpty() && fromCheckpoint.isEmpty())
        error("model", tr("You must specify either a model or a checkpoint"));
    if (!fromCheckpoint.isEmpty() && !fromHfModel.isEmpty())
        error("from_hf_model", tr("You must specify either a Hugging Face Hub model or a previous checkpoint from "
                                  "Together to start a job from, not both"));
    if (!fromHfModel.isEmpty() && model.isEmpty())
        error("from_hf_model", tr("You must specify the base model to fine-tune a model from the Hugging Face Hub"));
    const std::optional<TrainingTypeLimits> typeLimits =
        limits ? (lora ? limits->lora : limits->full) : std::optional<TrainingTypeLimits>();
    if (lora) {
        if (limits && !limits->lora)
            error("training_type", tr("LoRA adapters are not supported for the selected model (%1).").arg(name));
        if (loraDropout < 0 || loraDropout >= 1)
            error("lora_dropout", tr("LoRA dropout must be in [0, 1) range."));
        if (loraR < 1)
            error("lora_r", tr("LoRA rank must be at least 1 (got %1).").arg(loraR));
        else if (typeLimits && typeLimits->maxRank > 0 && loraR > typeLimits->maxRank)
            error("lora_r", tr("LoRA rank %1 is higher than the maximum of %2 for this model.")
                                .arg(loraR)
                                .arg(typeLimits->maxRank));
    } else if (limits && !limits->full) {
        error("training_type", tr("Full training is not supported for the selected model (%1).").arg(name));
    }
    if (batchSize && typeLimits) {
        const int max = dpo ? typeLimits->maxBatchSizeDpo : typeLimits->maxBatchSize;
        if (*batchSize > max)
            error("batch_size", tr("Requested batch size of %1 is higher that the maximum allowed value of %2.")
                                    .arg(*batchSize)
                                    .arg(max));
        else if (*batchSize < typeLimits->minBatchSize)
            error("batch_size", tr("Requested batch size of %1 is lower that the minimum allowed value of %2.")
                                    .arg(*batchSize)
                                    .arg(typeLimits->minBatchSize));
    }
    if (warmupRatio < 0 || warmupRatio > 1)
        error("warmup_ratio", tr("Warmup ratio should be between 0 and 1 (got %1)").arg(pyFloat(warmupRatio)));
    if (minLrRatio < 0 || minLrRatio > 1)
        error("min_lr_ratio",
              tr("Min learning rate ratio should be between 0 and 1 (got %1)").arg(pyFloat(minLrRatio)));
    if (maxGradNorm < 0)
        error("max_grad_norm", tr("Max gradient norm should be non-negative (got %1)").arg(pyFloat(maxGradNorm)));
    if (weightDecay < 0)
        error("weight_decay", tr("Weight decay should be non-negative (got %1)").arg(pyFloat(weightDecay)));
    if (rpoAlpha && *rpoAlpha < 0)
        error("rpo_alpha", tr("rpo_alpha should be non-negative (got %1)").arg(pyFloat(*rpoAlpha)));
    if (simpoGamma && *simpoGamma < 0)
        error("simpo_gamma", tr("simpo_gamma should be non-negative (got %1)").arg(pyFloat(*simpoGamma)));
    if (scheduler == Scheduler::Cosine && numCycles <= 0)
        error("num_cycles", tr("Number of cycles should be greater than 0 (got %1)").arg(pyFloat(numCycles)));
    if (trainVision.value_or(false) && limits && !limits->supportsVision)
        error("train_vision",
              tr("Vision encoder training is not supported for the non-multimodal model `%1`").arg(name));
    // The CLI's own checks.
    if (nEvals > 0 && validationFile.isEmpty())
        error("validation_file", tr("You have specified a number of evaluation loops but no validation file."));
    if (nEvals == 0 && !validationFile.isEmpty())
        warning("n_evals", tr("You have specified a validation file but the number of evaluation loops is set to 0. "
                              "No evaluations will be performed."));
    // The model's limits and the documented ranges.
    if (nEpochs < 1)
        error("n_epochs", tr("The number of epochs must be at least 1."));
    else if (limits && limits->maxEpochs > 0 && nEpochs > limits->maxEpochs)
        error("n_epochs", tr("At most %1 epochs are allowed for this model.").arg(limits->maxEpochs));
    if (nEvals < 0)
        error("n_evals", tr("The number of evaluations cannot be negative."));
    else if (limits && limits->maxEvals > 0 && nEvals > limits->maxEvals)
        error("n_evals", tr("At most %1 evaluations are allowed for this model.").arg(limits->maxEvals));
    if (nCheckpoints < 1)
        error("n_checkpoints", tr("The number of checkpoints must be at least 1."));
    else if (limits && limits->maxCheckpoints > 0 && nCheckpoints > limits->maxCheckpoints)
        error("n_checkpoints", tr("At most %1 checkpoints are allowed for this model.").arg(limits->maxCheckpoints));
    if (learningRate <= 0)
        error("learning_rate", tr("The learning rate must be greater than 0."));
    else if (limits && limits->maxLearningRate > 0 &&
             (learningRate < limits->minLearningRate || learningRate > limits->maxLearningRate))
        error("learning_rate", tr("The learning rate must be between %1 and %2 for this model.")
                                   .arg(limits->minLearningRate)
                                   .arg(limits->maxLearningRate));
    if (maxSeqLength && limits) {
        const int max = dpo ? limits->maxSeqLengthDpo : limits->maxSeqLengthSft;
        if ((max > 0 && *maxSeqLength > max) || *maxSeqLength < limits->minMaxSeqLength)
            error("max_seq_length", tr("The maximum sequence length must be between %1 and %2 for this model.")
                                        .arg(limits->minMaxSeqLength)
                                        .arg(max));
    }
    if (suffix.size() > 40)
        error("suffix", tr("The suffix can have at most 40 characters."));
    if (earlyStopping) {
        // The server's defaults when a value is left out (fine-tuning.d.ts).
        const int patience = earlyStoppingPatience.value_or(kEarlyStoppingPatience);
        const int warmup = earlyStoppingWarmupEvals.value_or(kEarlyStoppingWarmupEvals);
        if (patience < 1)
            error("early_stopping_patience", tr("Patience must be at least 1 evaluation (got %1).").arg(patience));
        if (earlyStoppingMinDelta && *earlyStoppingMinDelta < 0)
            error("early_stopping_min_delta",
                  tr("The minimum improvement cannot be negative (got %1).").arg(pyFloat(*earlyStoppingMinDelta)));
        if (warmup < 0)
            error("early_stopping_warmup_evals", tr("Warm-up evaluations cannot be negative (got %1).").arg(warmup));
        if (validationFile.isEmpty())
            error("early_stopping_enabled", tr("Early stopping watches the eval loss: choose a validation file, or "
                                               "turn early stopping off."));
        const int needed = std::max(1, patience) + std::max(0, warmup) + 1;
        if (nEvals < needed)
            error("n_evals", tr("Early stopping with patience %1 and %2 warm-up evaluation(s) needs at least %3 "
                                "evaluations (patience + warm-up + 1): set Evaluations to %3 or more, or lower the "
                                "patience or the warm-up.")
                                 .arg(patience)
                                 .arg(warmup)
                                 .arg(needed));
    }
    if (dpo && simpoGamma && *simpoGamma > 0 && (!dpoReferenceFree || !dpoNormalizeLogratiosByLength))
        warning("simpo_gamma", tr("A SimPO gamma above 0 makes training reference-free and normalizes log-ratios by "
                                  "length, whatever those two settings say."));
    if (dpo && trainOnInputs != TrainOnInputs::Auto)
        error("train_on_inputs", tr("train_on_inputs is only supported for SFT training"));
    return p;
}

bool FineTuneRequest::isValid(const std::optional<ModelLimits>& limits) const
{
    for (const Problem& p : validate(limits))
        if (!p.warning)
            return false;
    return true;
}

} // namespace td
