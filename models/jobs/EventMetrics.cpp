#include "jobs/EventMetrics.h"

#include <QRegularExpression>

namespace td {

QList<TrainingMetric> metricsFromEvents(const QList<JobEvent>& events)
{
    static const QRegularExpression stepRe(QStringLiteral("\\bstep\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression lossRe(QStringLiteral("\\bloss\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<TrainingMetric> out;
    for (const JobEvent& e : events) {
        const auto loss = lossRe.match(e.message);
        if (!loss.hasMatch())
            continue;
        TrainingMetric m;
        const auto step = stepRe.match(e.message);
        m.step = step.hasMatch() ? step.captured(1).toLongLong() : e.step;
        if (m.step <= 0)
            continue;
        const bool eval = e.isType("EVAL_COMPLETE") || e.message.contains(QLatin1String("eval"), Qt::CaseInsensitive);
        m.values.insert(eval ? QStringLiteral("eval/loss") : QStringLiteral("train/loss"), loss.captured(1).toDouble());
        out.append(m);
    }
    return out;
}

} // namespace td
