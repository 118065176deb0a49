#include "EmulatorCatalog.h"
#include "EmulatorJson.h"
#include "EmulatorServer.h"
#include "ServerValidation.h"

#include "dataset/TarWriter.h"
#include "validate/ParityChecker.h"

#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <variant>

namespace td::emu {

namespace {

// A .safetensors file of the given size: a valid header naming one tensor, then bytes
// derived from the seed (the same job always gives the same archive).
QByteArray safetensors(const std::string& tensor, qint64 bytes, std::uint32_t seed)
{
    const nlohmann::json header = {{tensor, {{"dtype", "BF16"}, {"shape", {bytes / 2}}, {"data_offsets", {0, bytes}}}},
                                   {"__metadata__", {{"format", "pt"}}}};
    QByteArray h = QByteArray::fromStdString(header.dump());
    h.append(QByteArray((8 - h.size() % 8) % 8, ' '));
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = char((quint64(h.size()) >> (8 * i)) & 0xff);
    out += h;
    std::mt19937 gen(seed);
    QByteArray data(bytes, Qt::Uninitialized);
    for (qint64 i = 0; i < bytes; i += 4) {
        const std::uint32_t v = gen();
        for (qint64 k = 0; k < 4 && i + k < bytes; ++k)
            data[i + k] = char((v >> (8 * k)) & 0xff);
    }
    return out + data;
}

} // namespace

const EmulatorServer::Job* EmulatorServer::completedJobFor(const std::string& outputName) const
{
    for (const Job& job : m_jobs) {
        if (job.outputName != outputName)
            continue;
        const double t = now() - job.createdAt;
        const std::optional<double> cancel =
            job.cancelAt ? std::optional<double>(*job.cancelAt - job.createdAt) : std::nullopt;
        // Cheap test first: the timeline is only played when the job could have ended.
        if (t >= job.timeline->completionTime() &&
            job.timeline->at(t, cancel, [](double) { return std::string(); }).completed)
            return &job;
    }
    return nullptr;
}

nlohmann::json EmulatorServer::jobJson(const Job& job, bool withEvents) const
{
    const std::optional<double> cancel =
        job.cancelAt ? std::optional<double>(*job.cancelAt - job.createdAt) : std::nullopt;
    const auto iso = [this, &job](double t) { return isoAt(job.createdAt + t); };
    const JobTimeline::View v = job.timeline->at(now() - job.createdAt, cancel, iso);
    const nlohmann::json& q = job.request;
    nlohmann::json j = {{"id", job.id},
                        {"object", "finetune"},
                        {"status", v.status},
                        {"created_at", iso(0)},
                        {"updated_at", iso(v.statusSince)},
                        {"started_at", iso(v.statusSince)},
                        {"model", job.model},
                        {"model_output_name", job.outputName},
                        {"model_output_path", "s3://emulator/" + job.id + "/final"},
                        {"training_file", q.value("training_file", std::string())},
                        {"validation_file", q.value("validation_file", std::string())},
                        {"trainingfile_numlines", job.lines},
                        {"TrainingFileNumLines", job.lines},
                        {"trainingfile_size", job.bytes},
                        {"TrainingFileSize", job.bytes},
                        {"n_epochs", q.value("n_epochs", 1)},
                        {"n_checkpoints", q.value("n_checkpoints", 1)},
                        {"n_evals", q.value("n_evals", 0)},
                        {"batch_size", job.batchSize},
                        {"learning_rate", q.value("learning_rate", 1e-5)},
                        {"warmup_ratio", q.value("warmup_ratio", 0.0)},
                        {"max_grad_norm", q.value("max_grad_norm", 1.0)},
                        {"weight_decay", q.value("weight_decay", 0.0)},
                        {"suffix", q.value("suffix", std::string())},
                        {"token_count", job.tokens},
                        {"param_count", 8030261248ll},
                        {"total_steps", job.timeline->totalSteps()},
                        {"steps_completed", v.stepsCompleted},
                        {"epochs_completed", v.epochsCompleted},
                        {"evals_completed", v.evalsCompleted},
                        {"queue_depth", v.status == "queued" ? 1 : 0},
                        {"job_id", job.id},
                        {"user_id", "emulator-user"},
                        {"owner_address", "0xemulator"}};
    if (job.lora)
        j["adapter_output_name"] = job.outputName + "-adapter";
    for (const char* key : {"lr_scheduler", "training_method", "training_type", "from_checkpoint", "from_hf_model",
                            "hf_model_revision", "wandb_project_name", "wandb_name", "wandb_entity", "wandb_base_url",
                            "packing", "max_seq_length", "random_seed", "multimodal_params"})
        if (q.contains(key))
            j[key] = q[key];
    if (!q.contains("training_type"))
        j["training_type"] = {{"type", "Lora"},
                              {"lora_r", 8},
                              {"lora_alpha", 16},
                              {"lora_dropout", 0.0},
                              {"lora_trainable_modules", "all-linear"}};
    if (!q.contains("training_method"))
        j["training_method"] = {{"method", "sft"}, {"train_on_inputs", "auto"}};
    if (q.contains("training_method") && q["training_method"].is_object())
        j["train_on_inputs"] = q["training_method"].value("train_on_inputs", nlohmann::json("auto"));
    if (q.contains("wandb_project_name") || q.contains("wandb_api_key") || q.contains("wandb_key"))
        j["wandb_url"] =
            "https://wandb.ai/emulator/" + q.value("wandb_project_name", std::string("together")) + "/runs/" + job.id;
    // Billed for the tokens processed: all of them when done, those of the steps run when cancelled.
    const int total = job.timeline->totalSteps();
    // A job stopped early pays for the steps it ran (the rest is refunded).
    const double share = double(v.completed ? job.timeline->lastStep() : v.stepsCompleted) / std::max(1, total);
    const double dollars =
        v.completed || v.status == "cancelled"
            ? std::max(v.completed ? job.minimumCharge : 0.0,
                       double(job.tokens) * q.value("n_epochs", 1) * job.pricePerMillion / 1e6 * share)
            : 0.0;
    j["total_price"] = std::llround(dollars * 1e9);
    j["progress"] = {{"estimate_available", v.nextChangeAt >= 0},
                     {"seconds_remaining", v.nextChangeAt >= 0 ? v.nextChangeAt - v.statusSince : 0.0}};
    j["eval_steps"] = q.value("n_evals", 0) > 0 ? total / std::max(1, q.value("n_evals", 1)) : 0;
    if (q.value("early_stopping_enabled", false)) {
        for (const char* key : {"early_stopping_enabled", "early_stopping_patience", "early_stopping_min_delta",
                                "early_stopping_warmup_evals"})
            if (q.contains(key))
                j[key] = q[key];
        const auto& stop = job.timeline->earlyStop();
        j["early_stopped"] = stop.has_value() && v.earlyStopped;
        if (stop && v.earlyStopped) {
            j["early_stopping_best_step"] = stop->bestStep;
            j["early_stopping_best_metric"] = stop->bestMetric;
        }
    }
    if (v.completed)
        addRegistryObjects(j, job); // model_object_id & co. (EmulatorDmi.cpp)
    if (withEvents)
        j["events"] = v.events;
    return j;
}

EmulatorServer::Estimate EmulatorServer::estimate(const nlohmann::json& q, const TrainableModel& m) const
{
    const bool dpo = q.contains("training_method") && q["training_method"].is_object() &&
                     q["training_method"].value("method", std::string("sft")) == "dpo";
    const bool full = q.contains("training_type") && q["training_type"].is_object() &&
                      q["training_type"].value("type", std::string("Lora")) == "Full";
    const double rate = dpo ? (full ? m.dpoFull : m.dpoLora) : (full ? m.sftFull : m.sftLora);
    const QByteArray training = QByteArray::fromStdString(q.value("training_file", std::string()));
    const QByteArray validation = QByteArray::fromStdString(q.value("validation_file", std::string()));
    const qint64 tokens = m_files.value(training).content.size() / 4;
    const qint64 evalTokens = m_files.value(validation).content.size() / 4;
    Estimate e;
    e.trainTokens = tokens * q.value("n_epochs", 1);
    e.evalTokens = evalTokens * q.value("n_evals", 0);
    e.dollars = std::max({m.minimumCharge, m_jobMinimum, double(e.trainTokens + e.evalTokens) * rate / 1e6});
    return e;
}

void EmulatorServer::fineTunes(const HttpRequestIn& r, HttpConnection* c)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v1, fine-tunes, id|models, action
    const QByteArray second = parts.value(2);
    const QByteArray action = parts.value(3);
    if (second == "models" && action == "limits" && r.method == "GET") {
        const QString model =
            QUrlQuery(QString::fromUtf8(r.query)).queryItemValue(QStringLiteral("model_name"), QUrl::FullyDecoded);
        if (const TrainableModel* m = trainableModel(model.toStdString())) {
            c->respond(200, dumpJson(limitsJson(*m)));
            return;
        }
        // This endpoint's 404 has no "error" wrapper (contract 4.4).
        c->respond(404, dumpJson({{"message", "Model " + model.toStdString() + " is not supported for fine-tuning"}}));
        return;
    }
    if (second == "models" && action == "supported" && r.method == "GET") {
        nlohmann::json names = nlohmann::json::array();
        for (const TrainableModel& m : trainableModels())
            names.push_back(m.id);
        c->respond(200, dumpJson({{"models", names}}));
        return;
    }
    if (second == "estimate-price" && r.method == "POST") {
        const auto q = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        const std::string file = q.is_object() ? q.value("training_file", std::string()) : std::string();
        const TrainableModel* m = q.is_object() ? trainableModel(q.value("model", std::string())) : nullptr;
        if (!m || !m_files.contains(QByteArray::fromStdString(file))) {
            error(c, 400, QStringLiteral("A known model and an uploaded training file are required"),
                  "invalid_request_error");
            return;
        }
        // The 2026 answer: no estimate until the files passed validation (files.d.ts, fine-tuning.d.ts).
        const QByteArray validation = QByteArray::fromStdString(q.value("validation_file", std::string()));
        const char* unavailable = nullptr;
        for (const auto& [id, prefix] : {std::pair{QByteArray::fromStdString(file), "train"}, {validation, "eval"}}) {
            if (unavailable || !m_files.contains(id))
                continue;
            const StoredFile& f = m_files[id];
            if (!validated(f))
                unavailable = prefix == std::string("train") ? "train_file_not_validated" : "eval_file_not_validated";
            else if (serverValidationError(f.content))
                unavailable = prefix == std::string("train") ? "train_file_invalid" : "eval_file_invalid";
        }
        if (unavailable) {
            c->respond(200, dumpJson({{"estimation_available", false}, {"unavailable_reason", unavailable}}));
            return;
        }
        const Estimate e = estimate(q, *m);
        c->respond(200, dumpJson({{"estimation_available", true},
                                  {"estimated_total_price", e.dollars},
                                  {"allowed_to_proceed", e.dollars <= m_balance + m_creditLimit},
                                  {"user_limit", m_creditLimit},
                                  {"estimated_train_token_count", e.trainTokens},
                                  {"estimated_eval_token_count", e.evalTokens}}));
        return;
    }
    if (second == "preview" && parts.size() == 3 && r.method == "POST") {
        preview(r, c);
        return;
    }
    if (parts.size() == 2 && r.method == "POST") {
        createFineTune(r, c);
        return;
    }
    if (parts.size() == 2 && r.method == "GET") {
        nlohmann::json data = nlohmann::json::array();
        for (const Job& job : m_jobs)
            data.push_back(jobJson(job, false));
        c->respond(200, dumpJson({{"object", "list"}, {"data", data}}));
        return;
    }
    auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job& j) { return j.id == second.toStdString(); });
    if (it == m_jobs.end()) {
        error(c, 404, QStringLiteral("Fine-tune job %1 not found").arg(QString::fromLatin1(second)),
              "invalid_request_error", "not_found");
        return;
    }
    Job& job = *it;
    if (action.isEmpty() && r.method == "GET") {
        c->respond(200, dumpJson(jobJson(job, true)));
    } else if (action.isEmpty() && r.method == "DELETE") {
        m_jobs.erase(it);
        c->respond(200, dumpJson({{"message", "Fine-tune job " + second.toStdString() + " deleted"}}));
    } else if (action == "cancel" && r.method == "POST") {
        const nlohmann::json before = jobJson(job, false);
        const std::string status = before.value("status", std::string());
        if (status == "completed" || status == "cancelled" || status == "error") {
            error(c, 400,
                  QStringLiteral("Job %1 has already ended (%2)")
                      .arg(QString::fromStdString(job.id), QString::fromStdString(status)),
                  "invalid_request_error");
            return;
        }
        if (!job.cancelAt)
            job.cancelAt = now();
        c->respond(200, dumpJson(jobJson(job, false)));
    } else if (action == "events" && r.method == "GET") {
        c->respond(200, dumpJson({{"object", "list"}, {"data", jobJson(job, true)["events"]}}));
    } else if (action == "download-tokenized-dataset" && r.method == "GET") {
        tokenizedDatasetLink(job, c);
    } else if ((action == "checkpoints" || action == "metrics") && r.method == "GET") {
        const std::optional<double> cancel =
            job.cancelAt ? std::optional<double>(*job.cancelAt - job.createdAt) : std::nullopt;
        const JobTimeline::View v = job.timeline->at(now() - job.createdAt, cancel,
                                                     [this, &job](double t) { return isoAt(job.createdAt + t); });
        if (action == "checkpoints")
            c->respond(200, dumpJson({{"object", "list"}, {"data", v.checkpoints}}));
        else if (QString problem; const auto metrics = filteredMetrics(v.metrics, r.query, &problem))
            c->respond(200, dumpJson({{"metrics", *metrics}}));
        else
            error(c, 400, problem, "invalid_request_error");
    } else {
        error(c, 404, QStringLiteral("Unknown request URL"), "invalid_request_error", "unknown_url");
    }
}

void EmulatorServer::createFineTune(const HttpRequestIn& r, HttpConnection* c)
{
    auto made = newJob(nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false), now());
    if (const auto* refusal = std::get_if<Refusal>(&made))
        return error(c, refusal->status, refusal->message, refusal->type, refusal->code);
    m_jobs.push_back(std::move(std::get<Job>(made)));
    c->respond(200, dumpJson(jobJson(m_jobs.back(), false)));
}

std::variant<EmulatorServer::Job, EmulatorServer::Refusal> EmulatorServer::newJob(const nlohmann::json& q,
                                                                                  double createdAt)
{
    auto bad = [](const QString& message) { return Refusal{400, message, "invalid_request_error"}; };
    if (!q.is_object())
        return bad(QStringLiteral("The request body must be a JSON object"));
    const QByteArray trainingFile = QByteArray::fromStdString(q.value("training_file", std::string()));
    if (!m_files.contains(trainingFile) || !m_files[trainingFile].uploaded)
        return bad(QStringLiteral("Training file %1 not found").arg(QString::fromLatin1(trainingFile)));
    const QByteArray validationFile = QByteArray::fromStdString(q.value("validation_file", std::string()));
    if (!validationFile.isEmpty() && !m_files.contains(validationFile))
        return bad(QStringLiteral("Validation file %1 not found").arg(QString::fromLatin1(validationFile)));
    // Together validates files on its side; a job on a file without its verdict, or with a
    // bad one, is refused.
    for (const QByteArray& id : {trainingFile, validationFile}) {
        if (id.isEmpty() || m_files[id].purpose != QLatin1String("fine-tune"))
            continue;
        const StoredFile& f = m_files[id];
        if (!validated(f))
            return bad(QStringLiteral("Training file upload did not finish: %1 is still being validated (%2)")
                           .arg(QString::fromLatin1(id), QString::fromStdString(processingStatus(f))));
        if (const auto problem = serverValidationError(f.content))
            return bad(QStringLiteral("File %1 failed validation: %2")
                           .arg(QString::fromLatin1(id), QString::fromStdString(*problem)));
    }
    std::string model = q.value("model", std::string());
    const std::string fromCheckpoint = q.value("from_checkpoint", std::string());
    if (!fromCheckpoint.empty()) {
        const std::string jobId = fromCheckpoint.substr(0, fromCheckpoint.find(':'));
        for (const Job& j : m_jobs)
            if (j.id == jobId || j.outputName == jobId)
                model = j.model;
        if (model.empty())
            return bad(QStringLiteral("Checkpoint %1 not found").arg(QString::fromStdString(fromCheckpoint)));
    }
    const TrainableModel* m = trainableModel(model);
    if (!m)
        return bad(QStringLiteral("Model %1 is not supported for fine-tuning").arg(QString::fromStdString(model)));
    const nlohmann::json type = q.value("training_type", nlohmann::json::object());
    const bool lora = !type.is_object() || type.value("type", std::string("Lora")) != "Full";
    if (!lora && !m->full)
        return bad(QStringLiteral("Full training is not supported for %1").arg(QString::fromStdString(model)));
    if (lora && type.is_object() && type.value("lora_r", 8) > 64)
        return bad(QStringLiteral("lora_r must be at most 64"));
    const bool dpo = q.contains("training_method") && q["training_method"].is_object() &&
                     q["training_method"].value("method", std::string("sft")) == "dpo";
    const int maxBatch = dpo ? m->maxBatchDpo : m->maxBatch;
    int batch = maxBatch;
    if (q.contains("batch_size") && q["batch_size"].is_number_integer()) {
        batch = q["batch_size"].get<int>();
        if (batch < m->minBatch || batch > maxBatch)
            return bad(QStringLiteral("batch_size must be between %1 and %2").arg(m->minBatch).arg(maxBatch));
    } else if (q.contains("batch_size") && q["batch_size"] != "max") {
        return bad(QStringLiteral("batch_size must be an integer or \"max\""));
    }
    const int evals = q.value("n_evals", 0);
    if (evals > 0 && validationFile.isEmpty())
        return bad(QStringLiteral("n_evals > 0 requires a validation_file"));
    const int epochs = q.value("n_epochs", 1);
    if (epochs < 1 || epochs > 20)
        return bad(QStringLiteral("n_epochs must be between 1 and 20"));
    // Early stopping (2026): its defaults and rules as fine-tuning.d.ts documents them.
    const bool earlyStopping = q.value("early_stopping_enabled", false);
    const int patience = q.value("early_stopping_patience", 2);
    const double minDelta = q.value("early_stopping_min_delta", 0.0);
    const int warmupEvals =
        q.contains("early_stopping_warmup_evals") && q["early_stopping_warmup_evals"].is_number_integer()
            ? q["early_stopping_warmup_evals"].get<int>()
            : 1;
    if (earlyStopping) {
        if (patience < 1)
            return bad(QStringLiteral("early_stopping_patience must be at least 1"));
        if (minDelta < 0)
            return bad(QStringLiteral("early_stopping_min_delta must be non-negative"));
        if (warmupEvals < 0)
            return bad(QStringLiteral("early_stopping_warmup_evals must be non-negative"));
        if (validationFile.isEmpty())
            return bad(QStringLiteral("early_stopping_enabled requires a validation_file"));
        if (evals < patience + warmupEvals + 1)
            return bad(QStringLiteral("n_evals must be at least early_stopping_patience + "
                                      "early_stopping_warmup_evals + 1 (%1) when early stopping is enabled")
                           .arg(patience + warmupEvals + 1));
    }
    if (q.value("learning_rate", 1e-5) <= 0)
        return bad(QStringLiteral("learning_rate must be positive"));
    // Prepaid billing (2026): a job that could cost more than the balance and the credit limit
    // together is refused with 402.
    if (const Estimate e = estimate(q, *m); e.dollars > m_balance + m_creditLimit) {
        char amount[32];
        std::snprintf(amount, sizeof amount, "%.2f", e.dollars);
        return Refusal{402,
                       QStringLiteral("Insufficient balance. Required combined balance and credit limit: %1 USD")
                           .arg(QLatin1String(amount)),
                       "insufficient_balance", "insufficient_balance"};
    }

    Job job;
    job.id = "ft-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    job.request = q;
    job.request.erase("wandb_api_key"); // never echoed
    job.request.erase("wandb_key");
    job.request.erase("hf_api_token");
    job.createdAt = createdAt;
    job.model = model;
    job.lora = lora;
    job.batchSize = batch;
    const StoredFile& data = m_files[trainingFile];
    job.trainingData = data.content;
    job.bytes = data.content.size();
    job.lines = data.content.count('\n') + (data.content.endsWith('\n') || data.content.isEmpty() ? 0 : 1);
    job.tokens = job.bytes / 4;
    job.pricePerMillion = dpo ? (lora ? m->dpoLora : m->dpoFull) : (lora ? m->sftLora : m->sftFull);
    job.minimumCharge = std::max(m->minimumCharge, m_jobMinimum);
    const std::string suffix = q.value("suffix", std::string());
    job.outputName = "emulator-user/" + model + (suffix.empty() ? "" : "-" + suffix) + "-" + job.id.substr(3, 8);

    JobPlan plan;
    plan.id = job.id;
    plan.epochs = epochs;
    plan.evals = evals;
    plan.checkpoints = std::max(1, q.value("n_checkpoints", 1));
    // At least 8 steps an epoch, so that even a small dataset draws a curve.
    plan.stepsPerEpoch = int(std::clamp<qint64>((job.lines + batch - 1) / batch, 8, 200));
    plan.lora = lora;
    plan.hasValidation = !validationFile.isEmpty();
    plan.wandb = q.contains("wandb_api_key") || q.contains("wandb_key");
    plan.learningRate = q.value("learning_rate", 1e-5);
    plan.startEpoch = double(m_startWall.toMSecsSinceEpoch()) / 1000 + job.createdAt;
    plan.warmupRatio = q.value("warmup_ratio", 0.0);
    if (q.contains("lr_scheduler") && q["lr_scheduler"].is_object()) {
        const auto& s = q["lr_scheduler"];
        plan.cosine = s.value("lr_scheduler_type", std::string("cosine")) != "linear";
        const auto args = s.value("lr_scheduler_args", nlohmann::json::object());
        if (args.is_object()) {
            plan.minLrRatio = args.value("min_lr_ratio", 0.0);
            plan.numCycles = args.value("num_cycles", 0.5);
        }
    }
    plan.earlyStopping = earlyStopping;
    plan.patience = patience;
    plan.minDelta = minDelta;
    plan.warmupEvals = warmupEvals;
    plan.dollars = std::max(job.minimumCharge, double(job.tokens) * epochs * job.pricePerMillion / 1e6);
    const ParityReport report = checkJsonlParity(data.content.constData(), std::size_t(data.content.size()));
    // The data part of the report carries is_check_passed only when a check failed.
    if (report.contains("is_check_passed") && !report.passed())
        plan.failure = "Training data is invalid: " + report.message();
    job.timeline = std::make_shared<JobTimeline>(plan);
    return job;
}

void EmulatorServer::addDemoJobs()
{
    // A small support dataset every check passes, as if uploaded earlier.
    StoredFile file;
    file.id = "file-demo-support-chat";
    file.filename = QStringLiteral("support-chat.jsonl");
    file.purpose = QStringLiteral("fine-tune");
    file.type = QStringLiteral("jsonl");
    file.uploaded = true;
    file.answers = std::numeric_limits<int>::max() / 2; // its validation finished long ago
    const char* topics[] = {"reset my password", "change my billing address", "export my invoices",
                            "add a team member", "cancel my subscription",    "enable two-factor sign-in"};
    for (int i = 0; i < 1600; ++i) { // 200 steps an epoch at batch size 8
        const std::string topic = topics[i % std::size(topics)];
        const nlohmann::json row = {
            {"messages",
             {{{"role", "system"}, {"content", "You are a friendly support agent for Acme Cloud."}},
              {{"role", "user"}, {"content", "How do I " + topic + "? (ticket " + std::to_string(1000 + i) + ")"}},
              {{"role", "assistant"},
               {"content", "Open Settings, choose Account, then follow the steps to " + topic +
                               ". I can walk you through it if anything looks different."}}}}};
        file.content += QByteArray::fromStdString(row.dump()) + '\n';
    }
    file.createdAt = qint64(now()) - 3 * 86400;
    m_files.insert(file.id, file);
    // One job finished yesterday and one still training, so monitoring can be tried at once.
    const nlohmann::json finished = {{"training_file", file.id.toStdString()},
                                     {"model", "meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"},
                                     {"batch_size", 8},
                                     {"n_epochs", 3},
                                     {"n_checkpoints", 3},
                                     {"suffix", "support-v1"}};
    nlohmann::json running = finished;
    running["suffix"] = "support-v2";
    running["learning_rate"] = 2e-5;
    running["n_epochs"] = 10; // 2,000 steps: minutes of training even at the demo's speed
    for (const auto& [request, startedAgo] : {std::pair{finished, 86400.0}, std::pair{running, 0.0}}) {
        auto made = newJob(request, now() - startedAgo);
        if (auto* job = std::get_if<Job>(&made))
            m_jobs.push_back(std::move(*job));
    }
}

QByteArray EmulatorServer::archiveFor(const Job& job, const std::string& kind, int step) const
{
    TarWriter tar;
    const qint64 mtime = m_startWall.toSecsSinceEpoch() + qint64(job.createdAt + job.timeline->completionTime());
    const std::uint32_t seed = std::uint32_t(std::hash<std::string>{}(job.id + kind + std::to_string(step)));
    const QString readme =
        QStringLiteral("# %1\n\nFine-tuned from %2 by the TuneDesk emulator (job %3%4).\n")
            .arg(QString::fromStdString(job.outputName), QString::fromStdString(job.model),
                 QString::fromStdString(job.id), step > 0 ? QStringLiteral(", step %1").arg(step) : QString());
    if (kind == "adapter") {
        const nlohmann::json type = job.request.value("training_type", nlohmann::json::object());
        const nlohmann::json config = {{"base_model_name_or_path", job.model},
                                       {"peft_type", "LORA"},
                                       {"task_type", "CAUSAL_LM"},
                                       {"r", type.value("lora_r", 8)},
                                       {"lora_alpha", type.value("lora_alpha", 16)},
                                       {"lora_dropout", type.value("lora_dropout", 0.0)},
                                       {"target_modules", {"q_proj", "k_proj", "v_proj", "o_proj"}}};
        tar.addFile(QStringLiteral("adapter_config.json"), QByteArray::fromStdString(config.dump(2)), mtime);
        tar.addFile(QStringLiteral("adapter_model.safetensors"),
                    safetensors("base_model.model.layers.0.self_attn.q_proj.lora_A.weight", 256 * 1024, seed), mtime);
    } else {
        const nlohmann::json config = {{"_name_or_path", job.model},
                                       {"architectures", {"LlamaForCausalLM"}},
                                       {"model_type", "llama"},
                                       {"torch_dtype", "bfloat16"}};
        tar.addFile(QStringLiteral("config.json"), QByteArray::fromStdString(config.dump(2)), mtime);
        tar.addFile(QStringLiteral("generation_config.json"), "{\"do_sample\": true, \"temperature\": 0.6}\n", mtime);
        tar.addFile(QStringLiteral("model.safetensors"), safetensors("model.embed_tokens.weight", 1024 * 1024, seed),
                    mtime);
        tar.addFile(QStringLiteral("tokenizer_config.json"), "{\"model_max_length\": 131072}\n", mtime);
    }
    tar.addFile(QStringLiteral("README.md"), readme.toUtf8(), mtime);
    return TarWriter::zstdCompress(tar.finish());
}

void EmulatorServer::download(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const QUrlQuery q(QString::fromUtf8(r.query));
    const std::string id = q.queryItemValue(QStringLiteral("ft_id"), QUrl::FullyDecoded).toStdString();
    const int step = q.queryItemValue(QStringLiteral("checkpoint_step")).toInt();
    std::string kind = q.queryItemValue(QStringLiteral("checkpoint")).toStdString();
    auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job& j) { return j.id == id; });
    if (it == m_jobs.end()) {
        error(c, 404, QStringLiteral("Fine-tune job %1 not found").arg(QString::fromStdString(id)),
              "invalid_request_error", "not_found");
        return;
    }
    const Job& job = *it;
    if (kind.empty() || kind == "model_output_path")
        kind = job.lora ? "merged" : "model";
    if (kind != "merged" && kind != "adapter" && kind != "model") {
        error(c, 400, QStringLiteral("checkpoint must be merged, adapter or model_output_path"),
              "invalid_request_error");
        return;
    }
    if (!job.lora && kind != "model") {
        error(c, 400, QStringLiteral("Only the model_output_path checkpoint exists for a full fine-tune"),
              "invalid_request_error");
        return;
    }
    const std::optional<double> cancel =
        job.cancelAt ? std::optional<double>(*job.cancelAt - job.createdAt) : std::nullopt;
    const JobTimeline::View v =
        job.timeline->at(now() - job.createdAt, cancel, [this, &job](double t) { return isoAt(job.createdAt + t); });
    bool available = step <= 0 ? v.completed : false;
    for (const auto& cp : v.checkpoints)
        if (step > 0 && cp.value("step", 0) == step)
            available = true;
    if (!available) {
        error(c, 400,
              step > 0 ? QStringLiteral("Job %1 has no checkpoint at step %2").arg(QString::fromStdString(id)).arg(step)
                       : QStringLiteral("Job %1 has not completed (%2)")
                             .arg(QString::fromStdString(id), QString::fromStdString(v.status)),
              "invalid_request_error");
        return;
    }
    const QByteArray archive = archiveFor(job, kind == "adapter" || (step > 0 && job.lora) ? "adapter" : "model", step);
    QString name = QString::fromStdString(job.outputName).toLower();
    name.replace(QLatin1Char('/'), QLatin1String("--")).replace(QLatin1Char('_'), QLatin1Char('-'));
    c->respondRanged(r, archive, "application/octet-stream",
                     {{"Content-Disposition", "attachment; filename=\"" + name.toUtf8() + ".tar.zst\""}},
                     fault == Fault::CutDownload ? archive.size() / 2 : -1);
}

} // namespace td::emu
