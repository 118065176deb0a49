#include "JobTimeline.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
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

double JobTimeline::gradNorm(const std::string& id, int step, int totalSteps)
{
    const double x = double(step) / std::max(1, totalSteps);
    return 0.35 + 1.8 * std::exp(-5.0 * x) + 0.08 * std::abs(noise(id, step, 3));
}

double JobTimeline::evalLossAt(int step) const
{
    if (!m_plan.earlyStopping)
        return evalLoss(m_plan.id, step, totalSteps());
    // Overfits: falls, bottoms out about a third of the way in, then rises.
    const double x = double(step) / std::max(1, totalSteps());
    return 0.7 + 1.4 * std::exp(-6.0 * x) + 1.2 * x * x + 0.005 * noise(m_plan.id, step, 2);
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
    // Early stopping as documented: the warm-up evaluations set the baseline without counting
    // toward patience; then `patience` evaluations in a row without an improvement of more
    // than min_delta stop the job, whose final model is the best step's.
    if (m_plan.earlyStopping) {
        double best = std::numeric_limits<double>::infinity();
        int bestStep = 0, bad = 0;
        for (std::size_t i = 0; i < m_evalSteps.size(); ++i) {
            const double loss = evalLossAt(m_evalSteps[i]);
            if (int(i) < m_plan.warmupEvals) {
                if (loss < best) {
                    best = loss;
                    bestStep = m_evalSteps[i];
                }
                continue;
            }
            if (loss < best - m_plan.minDelta) {
                best = loss;
                bestStep = m_evalSteps[i];
                bad = 0;
            } else if (++bad >= m_plan.patience) {
                if (m_evalSteps[i] < total) {
                    EarlyStop e;
                    e.stopStep = m_evalSteps[i];
                    e.bestStep = bestStep;
                    e.bestMetric = best;
                    e.refundDollars = m_plan.dollars * (1.0 - double(e.stopStep) / total);
                    m_earlyStop = e;
                }
                break;
            }
        }
    }
    const int last = lastStep();
    std::vector<int> checkpointSteps;
    for (int i = 1; i < m_plan.checkpoints; ++i)
        checkpointSteps.push_back(std::max(1, int(std::lround(double(i) * total / m_plan.checkpoints))));
    for (int step = 1; step <= last; ++step) {
        const double t = stepTime(step);
        if (step % m_plan.stepsPerEpoch == 0)
            add(t, "EPOCH_COMPLETE", "Epoch completed, at step " + std::to_string(step), {}, step);
        for (int e : m_evalSteps)
            if (e == step)
                add(t + 0.1, "EVAL_COMPLETE",
                    "Evaluation completed at step " + std::to_string(step) + ", eval loss: " + number(evalLossAt(step)),
                    {}, step);
        for (int c : checkpointSteps)
            if (c == step) {
                add(t + 0.2, "CHECKPOINT_SAVE", "Checkpoint saved at step " + std::to_string(step), {}, step);
                m_entries.back().checkpointType = "Intermediate";
            }
    }
    const double end = stepTime(last);
    if (m_earlyStop)
        add(end + 0.3, "EARLY_STOPPED",
            "Early stopping at step " + std::to_string(last) + ": the eval loss did not improve for " +
                std::to_string(m_plan.patience) + " evaluations; best eval loss " + number(m_earlyStop->bestMetric) +
                " at step " + std::to_string(m_earlyStop->bestStep),
            {}, m_earlyStop->bestStep);
    add(end + 0.5, "TRAINING_COMPLETE", "Training completed", {}, last);
    add(end + 1, "COMPRESSING_MODEL", "Compressing output model", "compressing");
    add(end + 3, "MODEL_COMPRESSION_COMPLETE", "Model compression complete");
    add(end + 4, "MODEL_UPLOADING", "Uploading output model", "uploading");
    add(end + 6, "MODEL_UPLOAD_COMPLETE", "Model upload complete");
    if (m_earlyStop) {
        char refund[32];
        std::snprintf(refund, sizeof refund, "%.2f", m_earlyStop->refundDollars);
        add(end + 6.5, "REFUND",
            std::string("Refunded $") + refund + " for the " + std::to_string(total - last) +
                " training steps early stopping saved");
    }
    // The final model is the best step's when early stopping chose one.
    add(end + 7, "JOB_COMPLETE", "Fine-tuning job completed", "completed", m_earlyStop ? m_earlyStop->bestStep : total);
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
        if (type == "EARLY_STOPPED" && m_earlyStop) {
            v.events.back()["early_stopping_best_metric_value"] = m_earlyStop->bestMetric;
            v.events.back()["early_stopping_best_step"] = m_earlyStop->bestStep;
            v.earlyStopped = true;
        }
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
    // A job that failed on its data never trains: no steps, no metrics.
    for (int step = 1; m_plan.failure.empty() && step <= lastStep() && stepTime(step) <= until; ++step) {
        v.stepsCompleted = step;
        // Together's shape (2026): "timestamp" in nanoseconds, train and eval points as rows of their own.
        const auto nanos = [this](double t) { return std::int64_t(std::llround((m_plan.startEpoch + t) * 1e9)); };
        v.metrics.push_back({{"timestamp", nanos(stepTime(step))},
                             {"train/global_step", step},
                             {"train/epoch", double(step) / m_plan.stepsPerEpoch},
                             {"train/loss", trainLoss(m_plan.id, step, total)},
                             {"train/grad_norm", gradNorm(m_plan.id, step, total)},
                             {"train/learning_rate", learningRateAt(step)}});
        if (std::find(m_evalSteps.begin(), m_evalSteps.end(), step) != m_evalSteps.end() &&
            stepTime(step) + 0.1 <= until) {
            ++v.evalsCompleted;
            v.metrics.push_back({{"timestamp", nanos(stepTime(step) + 0.1)},
                                 {"train/global_step", step},
                                 {"eval/loss", evalLossAt(step)}});
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
