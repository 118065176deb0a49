#pragma once

#include "api/client/TogetherClient.h"
#include "endpoints/EndpointsModel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace td {

// Keeps the dedicated endpoints current: polls every few seconds while one is changing state,
// rarely while none is; fetches each one's details (the list lacks hardware and replicas) and
// the hardware prices; starts, stops, creates and deletes them; and reminds once when a started
// endpoint has had no request from this app for a while (it costs money every minute it runs).
class EndpointMonitor : public QObject
{
    Q_OBJECT

public:
    explicit EndpointMonitor(QObject* parent = nullptr);

    void setClient(std::optional<TogetherClient> client);
    bool isConnected() const { return m_client.has_value(); }
    const TogetherClient* client() const { return m_client ? &*m_client : nullptr; }
    EndpointsModel* model() { return &m_model; }

    void refresh();
    void setIntervals(int changingMs, int steadyMs);
    void setIdleMinutes(int minutes) { m_idleMinutes = minutes; }
    int idleMinutes() const { return m_idleMinutes; }
    // Tests move time on; the app uses the wall clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The playground sent a request to this endpoint (by the name chats use).
    void noteUsed(const QString& endpointName);

    void create(const EndpointRequest& request);
    void setStarted(const QString& id, bool started);
    void remove(const QString& id);

signals:
    void updated();
    void failed(const td::ApiError& error); // a poll failed; the last known state stays
    void actionFailed(const QString& what, const td::ApiError& error);
    void created(const td::Endpoint& endpoint);
    void idle(const td::Endpoint& endpoint, qint64 idleMinutes);

private:
    void poll();
    void fetchDetails(const QString& id);
    void schedule();
    void checkIdle();
    QDateTime now() const { return m_clock(); }

    std::optional<TogetherClient> m_client;
    EndpointsModel m_model;
    QTimer m_timer;
    QTimer m_tick; // running costs and idle time move on between polls
    QPointer<ApiRequest> m_listRequest;
    bool m_pricesLoaded = false;
    int m_changingInterval = 3000;
    int m_steadyInterval = 60000;
    int m_idleMinutes = 30;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace td
