#include "api/wire/FineTuneJob.h"

#include "api/wire/JsonFields.h"

namespace td {

JobStatus jobStatusFromString(const QString& s)
{
    static const std::pair<const char*, JobStatus> names[] = {
        {"pending", JobStatus::Pending},      {"queued", JobStatus::Queued},
        {"running", JobStatus::Running},      {"compressing", JobStatus::Compressing},
        {"uploading", JobStatus::Uploading},  {"cancel_requested", JobStatus::CancelRequested},
        {"cancelled", JobStatus::Cancelled},  {"error", JobStatus::Error},
        {"user_error", JobStatus::UserError}, {"completed", JobStatus::Completed},
    };
    for (const auto& [name, status] : names)
        if (s.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return status;
    return JobStatus::Unknown;
}

bool isTerminal(JobStatus s)
{
    return s == JobStatus::Completed || s == JobStatus::Cancelled || s == JobStatus::Error || s == JobStatus::UserError;
}

std::optional<FineTuneJob> FineTuneJob::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    FineTuneJob f;
    f.id = wire::str(j, "id");
    f.statusText = wire::str(j, "status");
    f.status = jobStatusFromString(f.statusText);
    f.model = wire::str(j, "model");
    f.outputName = wire::str(j, "model_output_name");
    if (f.outputName.isEmpty())
        f.outputName = wire::str(j, "output_name");
    f.adapterOutputName = wire::str(j, "adapter_output_name");
    f.modelObjectId = wire::str(j, "model_object_id");
    f.modelObjectName = wire::str(j, "model_object_name");
    f.modelObjectRevisionId = wire::str(j, "model_object_revision_id");
    f.adapterObjectId = wire::str(j, "adapter_object_id");
    f.adapterObjectName = wire::str(j, "adapter_object_name");
    f.createdAt = wire::time(j, "created_at");
    f.updatedAt = wire::time(j, "updated_at");
    f.startedAt = wire::time(j, "started_at");
    f.trainingFile = wire::str(j, "training_file");
    f.validationFile = wire::str(j, "validation_file");
    if (auto it = j.find("training_type"); it != j.end() && it->is_object())
        f.trainingType = wire::str(*it, "type");
    if (auto it = j.find("training_method"); it != j.end() && it->is_object())
        f.trainingMethod = wire::str(*it, "method");
    f.fromCheckpoint = wire::str(j, "from_checkpoint");
    f.suffix = wire::str(j, "suffix");
    f.wandbUrl = wire::str(j, "wandb_url");
    f.nEpochs = wire::smallInteger(j, "n_epochs");
    f.nCheckpoints = wire::smallInteger(j, "n_checkpoints");
    f.nEvals = wire::smallInteger(j, "n_evals");
    f.batchSize = wire::integer(j, "batch_size");
    f.learningRate = wire::number(j, "learning_rate");
    f.tokenCount = wire::integer(j, "token_count");
    f.trainingFileLines = wire::integer(j, "trainingfile_numlines", wire::integer(j, "TrainingFileNumLines"));
    f.trainingFileSize = wire::integer(j, "trainingfile_size", wire::integer(j, "TrainingFileSize"));
    f.totalSteps = wire::integer(j, "total_steps");
    f.stepsCompleted = wire::integer(j, "steps_completed");
    f.epochsCompleted = wire::integer(j, "epochs_completed");
    f.evalsCompleted = wire::integer(j, "evals_completed");
    f.queueDepth = wire::integer(j, "queue_depth");
    f.totalPriceNanodollars = wire::integer(j, "total_price");
    if (auto it = j.find("progress");
        it != j.end() && it->is_object() && wire::boolean(*it, "estimate_available").value_or(false))
        f.secondsRemaining = wire::optNumber(*it, "seconds_remaining");
    if (auto events = j.find("events"); events != j.end())
        for (const auto& e : wire::dataArray(*events))
            f.events.append(JobEvent::fromJson(e));
    f.userId = wire::str(j, "user_id");
    f.earlyStopped = wire::boolean(j, "early_stopped").value_or(false);
    if (wire::optNumber(j, "early_stopping_best_step"))
        f.earlyStoppingBestStep = wire::integer(j, "early_stopping_best_step");
    f.earlyStoppingBestMetric = wire::optNumber(j, "early_stopping_best_metric");
    f.tokenizedDatasetPath = wire::str(j, "tokenized_dataset_path");
    f.raw = QByteArray::fromStdString(j.dump());
    return f;
}

nlohmann::ordered_json FineTuneJob::toJson() const
{
    auto time = [](const QDateTime& t) {
        return t.isValid() ? nlohmann::ordered_json(t.toUTC().toString(Qt::ISODateWithMs).toStdString())
                           : nlohmann::ordered_json();
    };
    auto text = [](const QString& s) {
        return s.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s.toStdString());
    };
    nlohmann::ordered_json j;
    j["id"] = id.toStdString();
    j["status"] = statusText.toStdString();
    j["model"] = model.toStdString();
    j["output_name"] = text(outputName);
    j["adapter_output_name"] = text(adapterOutputName);
    j["created_at"] = time(createdAt);
    j["updated_at"] = time(updatedAt);
    j["started_at"] = time(startedAt);
    j["training_file"] = text(trainingFile);
    j["validation_file"] = text(validationFile);
    j["training_type"] = text(trainingType);
    j["training_method"] = text(trainingMethod);
    j["from_checkpoint"] = text(fromCheckpoint);
    j["suffix"] = text(suffix);
    j["epochs"] = nEpochs;
    j["checkpoints"] = nCheckpoints;
    j["evals"] = nEvals;
    j["batch_size"] = batchSize;
    j["learning_rate"] = learningRate;
    j["progress"] = {{"steps_completed", stepsCompleted},
                     {"total_steps", totalSteps},
                     {"epochs_completed", epochsCompleted},
                     {"evals_completed", evalsCompleted}};
    j["tokens"] = tokenCount;
    j["training_file_lines"] = trainingFileLines;
    j["price_dollars"] = totalPriceDollars();
    j["seconds_remaining"] = secondsRemaining ? nlohmann::ordered_json(*secondsRemaining) : nlohmann::ordered_json();
    j["queue_depth"] = queueDepth;
    j["wandb_url"] = text(wandbUrl);
    j["events"] = qint64(events.size());
    j["user_id"] = text(userId);
    j["early_stopped"] = earlyStopped;
    j["early_stopping_best_step"] =
        earlyStoppingBestStep ? nlohmann::ordered_json(*earlyStoppingBestStep) : nlohmann::ordered_json();
    j["early_stopping_best_metric"] =
        earlyStoppingBestMetric ? nlohmann::ordered_json(*earlyStoppingBestMetric) : nlohmann::ordered_json();
    j["tokenized_dataset_path"] = text(tokenizedDatasetPath);
    return j;
}

} // namespace td
