#include "jobs/LossComparison.h"

#include "jobs/EventMetrics.h"
#include "jobs/JobProgress.h"

#include <algorithm>
#include <utility>

namespace td {

LossComparison::LossComparison(TogetherClient client, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
{}

void LossComparison::start(const QList<QPair<QString, QString>>& jobs)
{
    m_curves.clear();
    for (const auto& [id, name] : jobs)
        m_curves.append({id, name.isEmpty() ? id : name, {}, {}, false});
    for (int i = 0; i < m_curves.size(); ++i)
        read(i);
    if (m_curves.isEmpty())
        emit finished();
}

void LossComparison::read(int index)
{
    const QString id = m_curves[index].jobId;
    m_client.fineTuneMetrics(id, this, [this, index, id](const ApiResult<QList<TrainingMetric>>& r) {
        if (const auto* metrics = std::get_if<QList<TrainingMetric>>(&r);
            metrics && !trainLossCurve(*metrics).isEmpty()) {
            settle(index, trainLossCurve(*metrics), {});
            return;
        }
        // No metrics (an older server answers 404, or none were logged): the losses the events tell.
        m_client.getFineTune(id, this, [this, index](const ApiResult<FineTuneJob>& j) {
            if (const auto* e = std::get_if<ApiError>(&j)) {
                settle(index, {}, e->explanation());
                return;
            }
            settle(index, trainLossCurve(metricsFromEvents(std::get<FineTuneJob>(j).events)), {});
        });
    });
}

void LossComparison::settle(int index, QList<QPair<qint64, double>> points, const QString& error)
{
    Curve& c = m_curves[index];
    c.points = std::move(points);
    c.error = error;
    c.done = true;
    emit curveUpdated(index);
    if (isDone())
        emit finished();
}

bool LossComparison::isDone() const
{
    return std::all_of(m_curves.begin(), m_curves.end(), [](const Curve& c) { return c.done; });
}

QString LossComparison::summary() const
{
    if (!isDone())
        return tr("Reading the loss of %1 jobs…").arg(m_curves.size());
    QStringList problems;
    for (const Curve& c : m_curves) {
        if (!c.error.isEmpty())
            problems << tr("%1: %2").arg(c.name, c.error);
        else if (c.points.isEmpty())
            problems << tr("%1 has no training steps yet").arg(c.name);
    }
    if (problems.isEmpty())
        return m_curves.size() == 1 ? tr("1 job shown.") : tr("%1 jobs compared.").arg(m_curves.size());
    return problems.join(QLatin1Char('\n'));
}

} // namespace td
