#include "jobs/JobMonitor.h"

#include <algorithm>
#include <utility>

namespace td {

JobMonitor::JobMonitor(QObject* parent)
    : QObject(parent)
    , m_model(this)
{
    m_listTimer.setSingleShot(true);
    m_watchTimer.setSingleShot(true);
    connect(&m_listTimer, &QTimer::timeout, this, &JobMonitor::pollList);
    connect(&m_watchTimer, &QTimer::timeout, this, &JobMonitor::pollWatched);
}

void JobMonitor::setClient(std::optional<TogetherClient> client)
{
    for (ApiRequest* r : {m_listRequest.data(), m_watchRequest.data()})
        if (r)
            r->abort();
    m_client = std::move(client);
    m_listTimer.stop();
    m_watchTimer.stop();
    if (m_client)
        refresh();
}

void JobMonitor::setIntervals(int baseMs, int maxMs)
{
    m_baseInterval = baseMs;
    m_maxInterval = maxMs;
    m_listInterval = m_watchInterval = baseMs;
}

void JobMonitor::refresh()
{
    m_listInterval = m_baseInterval;
    pollList();
    if (!m_watched.isEmpty()) {
        m_watchInterval = m_baseInterval;
        pollWatched();
    }
}

void JobMonitor::pollList()
{
    if (!m_client || m_listRequest)
        return;
    m_listTimer.stop();
    m_listRequest = m_client->listFineTunes(this, [this](const ApiResult<QList<FineTuneJob>>& r) {
        // Done with, now: the request object goes later (deleteLater), and a poll due before it
        // went found it "in flight", returned and scheduled nothing; polling stopped for good.
        m_listRequest = nullptr;
        if (const auto* e = std::get_if<ApiError>(&r)) {
            if (e->kind != ApiError::Kind::Cancelled) {
                emit failed(*e);
                scheduleList(false);
            }
            return;
        }
        const QList<FineTuneJob>& jobs = std::get<QList<FineTuneJob>>(r);
        QList<FineTuneJob> before;
        for (int i = 0; i < m_model.rowCount(); ++i)
            before << m_model.jobAt(i);
        const QStringList changed = m_model.setJobs(jobs);
        for (const QString& id : changed) {
            const auto was =
                std::find_if(before.begin(), before.end(), [&](const FineTuneJob& j) { return j.id == id; });
            const FineTuneJob* now = m_model.job(id);
            if (now && was != before.end())
                announceIfEnded(*was, *now);
        }
        emit listUpdated();
        scheduleList(!changed.isEmpty() || jobs.size() != before.size());
    });
}

void JobMonitor::scheduleList(bool changed)
{
    // Nothing left to watch: the list is refreshed on demand only.
    if (!m_model.anyRunning() && m_model.rowCount() > 0)
        return;
    m_listInterval = changed ? m_baseInterval : std::min(m_listInterval * 2, m_maxInterval);
    m_listTimer.start(m_listInterval);
}

void JobMonitor::watch(const QString& jobId)
{
    if (jobId == m_watched)
        return;
    ++m_watchGeneration; // the old job's late answers are ignored
    // The aborted request goes away later (deleteLater): forget it now, or the new job's first
    // read would wait for it and never start, leaving the page on the old job's state.
    if (ApiRequest* old = std::exchange(m_watchRequest, nullptr))
        old->abort();
    m_watched = jobId;
    m_watchedJob.reset();
    m_metrics.clear();
    m_checkpoints.clear();
    m_watchTimer.stop();
    m_watchInterval = m_baseInterval;
    emit watchedUpdated();
    if (!jobId.isEmpty())
        pollWatched();
}

void JobMonitor::pollWatched()
{
    if (!m_client || m_watched.isEmpty() || m_watchRequest)
        return;
    m_watchTimer.stop();
    const QString id = m_watched;
    const quint64 generation = m_watchGeneration;
    // The job (with its events), then its metrics and checkpoints, one after another.
    m_watchRequest = m_client->getFineTune(id, this, [this, id, generation](const ApiResult<FineTuneJob>& r) {
        if (generation != m_watchGeneration)
            return;
        if (const auto* e = std::get_if<ApiError>(&r)) {
            m_watchRequest = nullptr; // see pollList
            if (e->kind != ApiError::Kind::Cancelled) {
                emit failed(*e);
                scheduleWatched(false, false);
            }
            return;
        }
        const FineTuneJob& job = std::get<FineTuneJob>(r);
        const bool changed = !m_watchedJob || m_watchedJob->status != job.status ||
                             m_watchedJob->events.size() != job.events.size() ||
                             m_watchedJob->stepsCompleted != job.stepsCompleted;
        if (m_watchedJob)
            announceIfEnded(*m_watchedJob, job);
        m_watchedJob = job;
        m_model.updateJob(job);
        m_watchRequest = m_client->fineTuneMetrics(
            id, this, [this, id, generation, changed](const ApiResult<QList<TrainingMetric>>& m) {
                if (generation != m_watchGeneration)
                    return;
                // A server without metrics (an older API answers 404) is not worth showing.
                const auto* metrics = std::get_if<QList<TrainingMetric>>(&m);
                if (metrics)
                    m_metrics = *metrics;
                const bool metricsKnown = metrics || std::get<ApiError>(m).httpStatus == 404;
                m_watchRequest = m_client->fineTuneCheckpoints(
                    id, this, [this, generation, changed, metricsKnown](const ApiResult<QList<Checkpoint>>& c) {
                        if (generation != m_watchGeneration)
                            return;
                        m_watchRequest = nullptr; // see pollList
                        const auto* list = std::get_if<QList<Checkpoint>>(&c);
                        if (list)
                            m_checkpoints = *list;
                        emit watchedUpdated();
                        // An ended job is done with once its last metrics and checkpoints are in.
                        scheduleWatched(changed, metricsKnown && list);
                    });
            });
    });
}

void JobMonitor::announceIfEnded(const FineTuneJob& before, const FineTuneJob& now)
{
    // Only a job seen running: an old finished job is not news.
    if (!before.isTerminal() && now.isTerminal() && !m_announced.contains(now.id)) {
        m_announced.insert(now.id);
        emit jobFinished(now);
    }
}

void JobMonitor::scheduleWatched(bool changed, bool complete)
{
    if (m_watchedJob && m_watchedJob->isTerminal() && complete)
        return; // its final state is known
    m_watchInterval = changed ? m_baseInterval : std::min(m_watchInterval * 2, m_maxInterval);
    m_watchTimer.start(m_watchInterval);
}

} // namespace td
