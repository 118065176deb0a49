#include "jobs/JobProgress.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>

namespace td {

namespace {

const QString kTrainLoss = QStringLiteral("train/loss");
const QString kEvalLoss = QStringLiteral("eval/loss");

struct Sample
{
    qint64 step;
    QDateTime at;
};

// Steps per second between the first and the last sample that moved, when time passed.
std::optional<double> stepRate(QList<Sample> samples)
{
    samples.erase(std::remove_if(samples.begin(), samples.end(), [](const Sample& s) { return !s.at.isValid(); }),
                  samples.end());
    if (samples.size() < 2)
        return std::nullopt;
    std::sort(samples.begin(), samples.end(),
              [](const Sample& a, const Sample& b) { return a.step != b.step ? a.step < b.step : a.at < b.at; });
    const Sample& first = samples.front();
    const Sample& last = samples.back();
    const double seconds = double(first.at.msecsTo(last.at)) / 1000.0;
    if (last.step <= first.step || seconds <= 0)
        return std::nullopt;
    return double(last.step - first.step) / seconds;
}

} // namespace

JobProgress JobProgress::measure(const FineTuneJob& job, const QList<TrainingMetric>& metrics, const QDateTime& now)
{
    JobProgress p;
    p.ended = job.isTerminal();
    if (job.createdAt.isValid()) {
        // The last thing the server told of it: its last event, metric or update.
        QDateTime last = job.updatedAt;
        const auto later = [&last](const QDateTime& t) {
            if (t.isValid() && (!last.isValid() || t > last))
                last = t;
        };
        for (const JobEvent& e : job.events)
            later(e.createdAt);
        if (!p.ended) {
            for (const TrainingMetric& m : metrics)
                later(m.loggedAt);
            // Until now; a server clock ahead of ours (an emulator moved on) gives at least its own time.
            later(now);
        }
        if (last.isValid() && last >= job.createdAt)
            p.elapsedSeconds = job.createdAt.secsTo(last);
    }

    // The pace: the metrics' own times first (one row a step), else the events that name a step.
    QList<Sample> fromMetrics;
    for (const TrainingMetric& m : metrics)
        if (m.step > 0 && m.has(kTrainLoss))
            fromMetrics.append({m.step, m.loggedAt});
    std::optional<double> rate = stepRate(fromMetrics);
    if (!rate) {
        QList<Sample> fromEvents;
        for (const JobEvent& e : job.events) {
            if (e.isType("TRAINING_START"))
                fromEvents.append({0, e.createdAt});
            else if (e.step > 0 && (e.isType("EPOCH_COMPLETE") || e.isType("CHECKPOINT_SAVE") ||
                                    e.isType("EVAL_COMPLETE") || e.isType("TRAINING_COMPLETE")))
                fromEvents.append({e.step, e.createdAt});
        }
        rate = stepRate(fromEvents);
    }
    if (rate) {
        p.stepsPerMinute = *rate * 60.0;
        // Every epoch passes over the file's tokens once, in total_steps steps for all epochs.
        if (job.tokenCount > 0 && job.totalSteps > 0)
            p.tokensPerSecond =
                *rate * double(job.tokenCount) * double(std::max(1, job.nEpochs)) / double(job.totalSteps);
        // Steps measured mean it runs, even while the job's last poll still said queued (the
        // page showed a pace and "Left —" until the next poll).
        qint64 done = job.stepsCompleted;
        for (const TrainingMetric& m : metrics)
            done = std::max(done, m.step);
        if (!p.ended && job.totalSteps > 0 && (job.status == JobStatus::Running || done > 0))
            p.secondsLeft = std::llround(double(std::max<qint64>(0, job.totalSteps - done)) / *rate);
    }
    return p;
}

QString JobProgress::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(seconds / 86400).arg(seconds % 86400 / 3600);
}

QString JobProgress::elapsedText() const
{
    const QString value = elapsedSeconds ? duration(*elapsedSeconds) : tr("—");
    return ended ? tr("Took %1").arg(value) : tr("Elapsed %1").arg(value);
}

QString JobProgress::etaText() const
{
    if (ended)
        return {};
    return secondsLeft ? tr("About %1 left").arg(duration(*secondsLeft)) : tr("Left —");
}

QString JobProgress::throughputText() const
{
    const QLocale locale;
    const QString steps =
        stepsPerMinute ? locale.toString(*stepsPerMinute, 'f', *stepsPerMinute < 10 ? 1 : 0) : tr("—");
    const QString tokens = tokensPerSecond ? locale.toString(std::llround(*tokensPerSecond)) : tr("—");
    return tr("%1 steps/min · %2 tokens/s").arg(steps, tokens);
}

QString JobProgress::text() const
{
    QStringList parts{elapsedText()};
    if (const QString eta = etaText(); !eta.isEmpty())
        parts << eta;
    parts << throughputText();
    return parts.join(QStringLiteral(" · "));
}

QList<CheckpointLoss> checkpointLosses(const QList<Checkpoint>& checkpoints, const QList<TrainingMetric>& metrics)
{
    std::map<qint64, double> train, eval;
    for (const TrainingMetric& m : metrics) {
        if (m.step < 0)
            continue;
        if (auto it = m.values.find(kTrainLoss); it != m.values.end() && std::isfinite(*it))
            train[m.step] = *it;
        if (auto it = m.values.find(kEvalLoss); it != m.values.end() && std::isfinite(*it))
            eval[m.step] = *it;
    }
    QList<CheckpointLoss> out;
    for (const Checkpoint& c : checkpoints) {
        CheckpointLoss l;
        l.step = c.step;
        l.type = c.type;
        // The last train loss logged at or before the checkpoint's step.
        if (auto it = train.upper_bound(c.step); it != train.begin()) {
            --it;
            l.trainLoss = it->second;
            l.trainLossStep = it->first;
        }
        if (auto it = eval.find(c.step); it != eval.end())
            l.evalLoss = it->second;
        out.append(l);
    }
    return out;
}

QList<QPair<qint64, double>> trainLossCurve(const QList<TrainingMetric>& metrics)
{
    std::map<qint64, double> byStep;
    for (const TrainingMetric& m : metrics)
        if (auto it = m.values.find(kTrainLoss); m.step >= 0 && it != m.values.end() && std::isfinite(*it))
            byStep[m.step] = *it;
    QList<QPair<qint64, double>> out;
    for (const auto& [step, loss] : byStep)
        out.append({step, loss});
    return out;
}

} // namespace td
