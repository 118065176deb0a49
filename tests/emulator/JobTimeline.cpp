#include "JobTimeline.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

namespace td::emu {

namespace {

constexpr double kQueuedAt = 2;
constexpr double kStartAt = 5;
constexpr double kTrainingAt = 9;
constexpr double kStepSeconds = 1;

// Deterministic noise in [-0.5, 0.5] for a job and step.
double noise(const std::string& id, int step, int salt)
{
    std::uint64_t h =
        std::hash<std::string>{}(id) ^ (std::uint64_t(step) * 0x9E3779B97F4A7C15ull) ^ (std::uint64_t(salt) << 32);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return double(h % 10000) / 10000.0 - 0.5;
}

std::string number(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

} // namespace

double JobTimeline::trainLoss(const std::string& id, int step, int totalSteps)
{
    const double x = double(step) / std::max(1, totalSteps);
    return 0.55 + 1.65 * std::exp(-4.0 * x) + 0.09 * noise(id, step, 1);
}

double JobTimeline::evalLoss(const std::string& id, int step, int totalSteps)
{
    const double x = double(step) / std::max(1, totalSteps);
    return 0.68 + 1.45 * std::exp(-3.2 * x) + 0.03 * noise(id, step, 2);
}

JobTimeline::JobTimeline(JobPlan plan)
    : m_plan(std::move(plan))
{
    auto add = [this](double time, std::string type, std::string message, std::string status = {}, int step = 0,
                      std::string level = "info") {
        m_entries.push_back({time, std::move(type), std::move(level), std::move(message), step, std::move(status), {}});
    };
    add(0, "JOB_PENDING", "Fine tune request created", "pending");
    add(kQueuedAt, "", "", "queued");
    add(kStartAt, "JOB_START", "Job started", "running");
    add(kStartAt + 0.5, "MODEL_DOWNLOADING", "Downloading model data");
    add(kStartAt + 1.5, "MODEL_DOWNLOAD_COMPLETE", "Model data downloaded");
    add(kStartAt + 2, "TRAINING_DATA_DOWNLOADING", "Downloading training data");
    add(kStartAt + 2.5, "TRAINING_DATA_DOWNLOAD_COMPLETE", "Training data downloaded");
    if (!m_plan.failure.empty()) {
        add(kStartAt + 3, "JOB_ERROR", m_plan.failure, "error", 0, "error");
        m_completedAt = kStartAt + 3;
        return;
    }
    if (m_plan.hasValidation) {
        add(kStartAt + 2.75, "VALIDATION_DATA_DOWNLOADING", "Downloading validation data");
        add(kStartAt + 3, "VALIDATION_DATA_DOWNLOAD_COMPLETE", "Validation data downloaded");
    }
    if (m_plan.wandb)
        add(kStartAt + 3.5, "WANDB_INIT", "Weights & Biases run initialized");
    add(kTrainingAt, "TRAINING_START", "Training started");
    const int total = totalSteps();
    for (int i = 1; i <= m_plan.evals; ++i)
        m_evalSteps.push_back(std::max(1, int(std::lround(double(i) * total / m_plan.evals))));
    std::vector<int> checkpointSteps;
    for (int i = 1; i < m_plan.checkpoints; ++i)
        checkpointSteps.push_back(std::max(1, int(std::lround(double(i) * total / m_plan.checkpoints))));
    for (int step = 1; step <= total; ++step) {
        const double t = stepTime(step);
        if (step % m_plan.stepsPerEpoch == 0)
            add(t, "EPOCH_COMPLETE", "Epoch completed, at step " + std::to_string(step), {}, step);
        for (int e : m_evalSteps)
            if (e == step)
                add(t + 0.1, "EVAL_COMPLETE",
                    "Evaluation completed at step " + std::to_string(step) +
                        ", eval loss: " + number(evalLoss(m_plan.id, step, total)),
                    {}, step);
        for (int c : checkpointSteps)
            if (c == step) {
                add(t + 0.2, "CHECKPOINT_SAVE", "Checkpoint saved at step " + std::to_string(step), {}, step);
                m_entries.back().checkpointType = "Intermediate";
            }
    }
    const double end = stepTime(total);
    add(end + 0.5, "TRAINING_COMPLETE", "Training completed", {}, total);
    add(end + 1, "COMPRESSING_MODEL", "Compressing output model", "compressing");
    add(end + 3, "MODEL_COMPRESSION_COMPLETE", "Model compression complete");
    add(end + 4, "MODEL_UPLOADING", "Uploading output model", "uploading");
    add(end + 6, "MODEL_UPLOAD_COMPLETE", "Model upload complete");
    add(end + 7, "JOB_COMPLETE", "Fine-tuning job completed", "completed", total);
    m_entries.back().checkpointType = "Final";
    m_completedAt = end + 7;
}

double JobTimeline::stepTime(int step) const
{
    return kTrainingAt + step * kStepSeconds;
}

double JobTimeline::learningRateAt(int step) const
{
    const int total = totalSteps();
    const double warmup = m_plan.warmupRatio * total;
    if (step < warmup)
        return m_plan.learningRate * step / warmup;
    const double progress = (step - warmup) / std::max(1.0, total - warmup);
    const double floor = m_plan.learningRate * m_plan.minLrRatio;
    if (!m_plan.cosine)
        return floor + (m_plan.learningRate - floor) * (1 - progress);
    return floor +
           (m_plan.learningRate - floor) * 0.5 * (1 + std::cos(2 * std::numbers::pi * m_plan.numCycles * progress));
}

JobTimeline::View JobTimeline::at(double t, std::optional<double> cancelAt,
                                  const std::function<std::string(double)>& iso) const
{
    View v;
    // A cancellation asked for after the job ended changes nothing.
    const bool cancelled = cancelAt.has_value() && cancelAt.value() < m_completedAt;
    const double cancelTime = cancelAt.value_or(0);
    const double until = cancelled ? std::min(t, cancelTime) : t;
    auto event = [&](double time, const std::string& type, const std::string& level, const std::string& message,
                     int step, const std::string& checkpointPath) {
        v.events.push_back(
            {{"object", "fine-tune-event"},
             {"created_at", iso(time)},
             {"level", level},
             {"message", message},
             {"type", type},
             {"param_count", 0},
             {"token_count", 0},
             {"total_steps", totalSteps()},
             {"wandb_url", ""},
             {"step", step},
             {"checkpoint_path", checkpointPath},
             {"model_path", ""},
             {"training_offset", 0},
             {"hash", std::to_string(std::hash<std::string>{}(m_plan.id + type + std::to_string(time)))}});
    };
    double next = -1;
    for (const Entry& e : m_entries) {
        if (e.time > until) {
            if (next < 0 && !e.status.empty())
                next = e.time;
            continue;
        }
        std::string path;
        if (!e.checkpointType.empty()) {
            const bool final = e.checkpointType == "Final";
            path = "s3://emulator/" + m_plan.id + (final ? "/final" : "/checkpoint-" + std::to_string(e.step));
            auto checkpoint = [&](const std::string& type, const char* artifact) {
                v.checkpoints.insert(v.checkpoints.begin(), nlohmann::json{{"step", e.step},
                                                                           {"created_at", iso(e.time)},
                                                                           {"path", path},
                                                                           {"checkpoint_type", type},
                                                                           {"checkpoint", artifact}});
            };
            if (!final)
                checkpoint("Intermediate", m_plan.lora ? "adapter" : "model");
            else if (m_plan.lora) {
                checkpoint("Final Merged", "model");
                checkpoint("Final Adapter", "adapter");
            } else {
                checkpoint("Final", "model");
            }
        }
        if (!e.type.empty())
            event(e.time, e.type, e.level, e.message, e.step, path);
        if (!e.status.empty()) {
            v.status = e.status;
            v.statusSince = e.time;
        }
    }
    const int total = totalSteps();
    for (int step = 1; step <= total && stepTime(step) <= until; ++step) {
        v.stepsCompleted = step;
        v.metrics.push_back({{"train/loss", trainLoss(m_plan.id, step, total)},
                             {"train/learning_rate", learningRateAt(step)},
                             {"train/epoch", double(step) / m_plan.stepsPerEpoch},
                             {"train/global_step", step}});
        if (std::find(m_evalSteps.begin(), m_evalSteps.end(), step) != m_evalSteps.end() &&
            stepTime(step) + 0.1 <= until) {
            ++v.evalsCompleted;
            v.metrics.push_back({{"eval/loss", evalLoss(m_plan.id, step, total)}, {"train/global_step", step}});
        }
    }
    v.epochsCompleted = v.stepsCompleted / m_plan.stepsPerEpoch;
    v.completed = v.status == "completed";
    if (cancelled) {
        event(cancelTime, "CANCEL_REQUESTED", "info", "Cancellation requested", v.stepsCompleted, "");
        if (t < cancelTime + 2) {
            v.status = "cancel_requested";
            v.statusSince = cancelTime;
            next = cancelTime + 2;
        } else {
            event(cancelTime + 2, "JOB_STOPPED", "info", "Job cancelled", v.stepsCompleted, "");
            v.status = "cancelled";
            v.statusSince = cancelTime + 2;
            next = -1;
        }
    }
    v.nextChangeAt = next;
    return v;
}

} // namespace td::emu
