#include "endpoints/EndpointMonitor.h"

namespace td {

EndpointMonitor::EndpointMonitor(QObject* parent)
    : QObject(parent)
    , m_model(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &EndpointMonitor::poll);
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model.setNow(now());
        checkIdle();
    });
}

void EndpointMonitor::setClient(std::optional<TogetherClient> client)
{
    if (m_listRequest)
        m_listRequest->abort();
    m_client = std::move(client);
    m_pricesLoaded = false;
    m_timer.stop();
    if (m_client)
        refresh();
    else
        m_tick.stop();
}

void EndpointMonitor::setIntervals(int changingMs, int steadyMs)
{
    m_changingInterval = changingMs;
    m_steadyInterval = steadyMs;
    m_tick.setInterval(std::min(15000, steadyMs));
    if (m_timer.isActive())
        schedule();
}

void EndpointMonitor::refresh()
{
    poll();
}

void EndpointMonitor::poll()
{
    if (!m_client || m_listRequest)
        return;
    m_timer.stop();
    if (!m_pricesLoaded) {
        m_pricesLoaded = true;
        m_client->listHardware(QString(), this, [this](const ApiResult<QList<Hardware>>& r) {
            if (const auto* list = std::get_if<QList<Hardware>>(&r)) {
                QHash<QString, double> prices;
                for (const Hardware& h : *list)
                    prices.insert(h.id, h.dollarsPerHour());
                m_model.setPrices(prices);
                emit updated();
            } else {
                m_pricesLoaded = false; // asked again at the next poll
            }
        });
    }
    m_listRequest = m_client->listEndpoints(
        this,
        [this](const ApiResult<QList<Endpoint>>& r) {
            if (const auto* e = std::get_if<ApiError>(&r)) {
                if (e->kind != ApiError::Kind::Cancelled) {
                    emit failed(*e);
                    schedule();
                }
                return;
            }
            m_model.setEndpoints(std::get<QList<Endpoint>>(r), now());
            for (int i = 0; i < m_model.rowCount(); ++i) {
                const EndpointsModel::Row& row = m_model.rowAt(i);
                if (row.endpoint.hardware.isEmpty() || isChanging(row.endpoint.state))
                    fetchDetails(row.endpoint.id);
            }
            checkIdle();
            emit updated();
            schedule();
        },
        QStringLiteral("dedicated"));
    if (!m_tick.isActive())
        m_tick.start();
}

void EndpointMonitor::fetchDetails(const QString& id)
{
    m_client->getEndpoint(id, this, [this](const ApiResult<Endpoint>& r) {
        if (const auto* e = std::get_if<Endpoint>(&r)) {
            m_model.updateEndpoint(*e, now());
            emit updated();
        }
    });
}

void EndpointMonitor::schedule()
{
    m_timer.start(m_model.anyChanging() ? m_changingInterval : m_steadyInterval);
}

void EndpointMonitor::noteUsed(const QString& endpointName)
{
    for (int i = 0; i < m_model.rowCount(); ++i)
        if (m_model.rowAt(i).endpoint.name == endpointName)
            if (EndpointsModel::Row* r = m_model.row(m_model.rowAt(i).endpoint.id)) {
                r->lastUsed = now();
                r->idleReminded = false;
            }
}

void EndpointMonitor::checkIdle()
{
    if (m_idleMinutes <= 0)
        return;
    const QDateTime t = now();
    for (int i = 0; i < m_model.rowCount(); ++i) {
        EndpointsModel::Row* r = m_model.row(m_model.rowAt(i).endpoint.id);
        if (r->endpoint.state != EndpointState::Started || r->idleReminded || !r->startedSince.isValid())
            continue;
        const QDateTime since = std::max(r->startedSince, r->lastUsed.isValid() ? r->lastUsed : r->startedSince);
        const qint64 minutes = since.secsTo(t) / 60;
        if (minutes >= m_idleMinutes) {
            r->idleReminded = true;
            emit idle(r->endpoint, minutes);
        }
    }
}

void EndpointMonitor::create(const EndpointRequest& request)
{
    if (!m_client)
        return;
    m_client->createEndpoint(request, this, [this](const ApiResult<Endpoint>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            emit actionFailed(tr("Creating the endpoint"), *e);
            return;
        }
        const Endpoint& e = std::get<Endpoint>(r);
        m_model.updateEndpoint(e, now());
        emit created(e);
        emit updated();
        schedule();
    });
}

void EndpointMonitor::setStarted(const QString& id, bool started)
{
    if (!m_client)
        return;
    m_client->setEndpointStarted(id, started, this, [this, started](const ApiResult<Endpoint>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            emit actionFailed(started ? tr("Starting the endpoint") : tr("Stopping the endpoint"), *e);
            return;
        }
        m_model.updateEndpoint(std::get<Endpoint>(r), now());
        emit updated();
        m_timer.start(m_changingInterval);
    });
}

void EndpointMonitor::remove(const QString& id)
{
    if (!m_client)
        return;
    m_client->deleteEndpoint(id, this, [this, id](const ApiResult<NoContent>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            emit actionFailed(tr("Deleting the endpoint"), *e);
            return;
        }
        m_model.removeEndpoint(id);
        emit updated();
    });
}

} // namespace td
