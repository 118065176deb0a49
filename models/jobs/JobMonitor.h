#pragma once

#include "api/client/TogetherClient.h"
#include "jobs/JobsModel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace td {

// Keeps the jobs list and one watched job current by polling: often while something
// changes, less and less often while nothing does (up to a ceiling), not at all once every
// job has ended. Errors (429, 5xx, a dropped connection) keep the last known state and are
// retried at the next poll. Tells when a job it saw running has ended.
class JobMonitor : public QObject
{
    Q_OBJECT

public:
    explicit JobMonitor(QObject* parent = nullptr);

    // No client: disconnected (no key, or not set up yet); polling stops.
    void setClient(std::optional<TogetherClient> client);
    bool isConnected() const { return m_client.has_value(); }
    const TogetherClient* client() const { return m_client ? &*m_client : nullptr; }
    JobsModel* model() { return &m_model; }

    void refresh();
    void watch(const QString& jobId);
    QString watchedId() const { return m_watched; }
    const FineTuneJob* watchedJob() const { return m_watchedJob ? &*m_watchedJob : nullptr; }
    const QList<TrainingMetric>& metrics() const { return m_metrics; }
    const QList<Checkpoint>& checkpoints() const { return m_checkpoints; }

    void setIntervals(int baseMs, int maxMs);
    int listIntervalMs() const { return m_listInterval; }
    bool isPollingList() const { return m_listTimer.isActive(); }

signals:
    void listUpdated();
    void watchedUpdated();
    void jobFinished(const td::FineTuneJob& job);
    void failed(const td::ApiError& error);

private:
    void pollList();
    void pollWatched();
    void scheduleList(bool changed);
    void scheduleWatched(bool changed, bool complete);
    void announceIfEnded(const FineTuneJob& before, const FineTuneJob& now);

    std::optional<TogetherClient> m_client;
    JobsModel m_model;
    QTimer m_listTimer;
    QTimer m_watchTimer;
    QPointer<ApiRequest> m_listRequest;
    QPointer<ApiRequest> m_watchRequest;
    QString m_watched;
    std::optional<FineTuneJob> m_watchedJob;
    QList<TrainingMetric> m_metrics;
    QList<Checkpoint> m_checkpoints;
    int m_baseInterval = 5000;
    int m_maxInterval = 60000;
    int m_listInterval = 5000;
    int m_watchInterval = 5000;
    quint64 m_watchGeneration = 0;
    QSet<QString> m_announced; // jobs whose end was told, once each
};

} // namespace td
