#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace td::emu {

// What the emulator needs to know to play a fine-tune through.
struct JobPlan
{
    std::string id;
    int epochs = 1;
    int evals = 0;
    int checkpoints = 1;
    int stepsPerEpoch = 8;
    bool lora = true;
    bool hasValidation = false;
    bool wandb = false;
    double learningRate = 1e-5;
    double warmupRatio = 0;
    bool cosine = true;
    double minLrRatio = 0;
    double numCycles = 0.5;
    double startEpoch = 0; // Unix seconds at emulated time 0 of the job: metrics' "timestamp"
    std::string failure;   // non-empty: the job fails with this message after loading its data
    // Early stopping (2026): the eval loss then bottoms out and rises again, so it triggers.
    bool earlyStopping = false;
    int patience = 2;
    double minDelta = 0;
    int warmupEvals = 1;
    double dollars = 0; // the whole job's price, for the refund when it stops early
};

// The life of one fine-tune as a pure function of emulated time (seconds since creation):
// its status, the event log in Together's casing, per-step metrics forming a plausible loss
// curve, evaluations and checkpoints. Being a function of time, the same job always tells
// the same story, however often and whenever it is asked.
class JobTimeline
{
public:
    explicit JobTimeline(JobPlan plan);

    struct View
    {
        std::string status;
        double statusSince = 0;
        double nextChangeAt = -1; // -1: terminal
        int stepsCompleted = 0;
        int epochsCompleted = 0;
        int evalsCompleted = 0;
        nlohmann::json events = nlohmann::json::array();      // oldest first
        nlohmann::json checkpoints = nlohmann::json::array(); // newest first
        nlohmann::json metrics = nlohmann::json::array();     // oldest first
        bool completed = false;
        bool earlyStopped = false; // the EARLY_STOPPED event has happened
    };
    // Where early stopping ends the job (none: it runs every step).
    struct EarlyStop
    {
        int stopStep = 0;
        int bestStep = 0;
        double bestMetric = 0;
        double refundDollars = 0;
    };
    // `iso` turns emulated seconds since creation into the wire's ISO time.
    View at(double t, std::optional<double> cancelAt, const std::function<std::string(double)>& iso) const;

    int totalSteps() const { return m_plan.epochs * m_plan.stepsPerEpoch; }
    // The last step trained: totalSteps(), or the step early stopping ended it at.
    int lastStep() const { return m_earlyStop ? m_earlyStop->stopStep : totalSteps(); }
    const std::optional<EarlyStop>& earlyStop() const { return m_earlyStop; }
    double evalLossAt(int step) const;
    double completionTime() const { return m_completedAt; }
    static double trainLoss(const std::string& id, int step, int totalSteps);
    static double evalLoss(const std::string& id, int step, int totalSteps);
    static double gradNorm(const std::string& id, int step, int totalSteps);

private:
    struct Entry
    {
        double time;
        std::string type; // event type; empty for a status change only
        std::string level;
        std::string message;
        int step = 0;
        std::string status; // non-empty: the status from here on
        std::string checkpointType;
    };
    double stepTime(int step) const;
    double learningRateAt(int step) const;

    JobPlan m_plan;
    std::vector<Entry> m_entries;
    std::vector<int> m_evalSteps;
    double m_completedAt = 0;
    std::optional<EarlyStop> m_earlyStop;
};

} // namespace td::emu
