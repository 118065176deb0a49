#include "jobs/EarlyStopSummary.h"

#include <QLocale>

namespace td {

QString EarlyStopSummary::refund(const FineTuneJob& job)
{
    for (const JobEvent& e : job.events)
        if (e.isType("REFUND"))
            return e.message;
    return {};
}

QString EarlyStopSummary::text(const FineTuneJob& job)
{
    bool stoppedEvent = false;
    for (const JobEvent& e : job.events)
        stoppedEvent = stoppedEvent || e.isType("EARLY_STOPPED");
    if (!job.earlyStopped && !stoppedEvent)
        return {};
    QString text;
    if (job.earlyStoppingBestStep && job.earlyStoppingBestMetric)
        text = tr("Stopped early: the eval loss stopped improving. Best eval loss %1 at step %2, whose checkpoint "
                  "is the final model.")
                   .arg(QLocale().toString(*job.earlyStoppingBestMetric, 'f', 4))
                   .arg(*job.earlyStoppingBestStep);
    else if (job.earlyStoppingBestStep)
        text = tr("Stopped early at step %1 (no finite eval loss was recorded).").arg(*job.earlyStoppingBestStep);
    else
        text = tr("Stopped early: the eval loss stopped improving.");
    if (const QString r = refund(job); !r.isEmpty())
        text += QLatin1Char(' ') + tr("Refund: %1").arg(r);
    return text;
}

} // namespace td
