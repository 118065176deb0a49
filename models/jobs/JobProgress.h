#pragma once

#include "api/wire/Checkpoint.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/TrainingMetric.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

// How a fine-tune is getting on: how long it has run, how fast it trains and when its
// training should end. Measured only from what the server said (the metrics' times, the
// events' times and steps, the job's token count); what cannot be measured stays unknown and
// is shown as "—", never guessed.
struct JobProgress
{
    Q_DECLARE_TR_FUNCTIONS(JobProgress)

public:
    std::optional<qint64> elapsedSeconds; // since it was created; to its end once it has ended
    bool ended = false;
    std::optional<double> stepsPerMinute;
    std::optional<double> tokensPerSecond;
    std::optional<qint64> secondsLeft; // until its training ends (running jobs only)

    // `now` is the local clock; a running job's elapsed time counts to it.
    static JobProgress measure(const FineTuneJob& job, const QList<TrainingMetric>& metrics, const QDateTime& now);

    QString elapsedText() const;    // "Elapsed 4 min 10 s", "Took 1 h 02 min", "Elapsed —"
    QString etaText() const;        // "About 1 min 12 s left", "Left —"; empty once ended
    QString throughputText() const; // "60 steps/min · 2,150 tokens/s", with "—" for the unknown
    QString text() const;           // the three, joined
    static QString duration(qint64 seconds);
};

// The loss a fine-tune had at one of its checkpoints: the train loss logged at that step (or
// the last one logged before it, whose step is told) and the eval loss when one ran there.
struct CheckpointLoss
{
    qint64 step = 0;
    QString type;
    std::optional<double> trainLoss;
    qint64 trainLossStep = 0;
    std::optional<double> evalLoss;
};

QList<CheckpointLoss> checkpointLosses(const QList<Checkpoint>& checkpoints, const QList<TrainingMetric>& metrics);

// One job's train loss over the steps, in step order (for overlaying several jobs' curves).
QList<QPair<qint64, double>> trainLossCurve(const QList<TrainingMetric>& metrics);

} // namespace td
