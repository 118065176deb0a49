#include "endpoints/EndpointsModel.h"
#include "api/wire/HardwareName.h"

#include <QLocale>

namespace td {

int EndpointsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EndpointsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EndpointsModel::stateLabel(EndpointState s)
{
    switch (s) {
    case EndpointState::Pending:
        return tr("Pending");
    case EndpointState::Starting:
        return tr("Starting…");
    case EndpointState::Started:
        return tr("Running");
    case EndpointState::Stopping:
        return tr("Stopping…");
    case EndpointState::Stopped:
        return tr("Stopped");
    case EndpointState::Error:
        return tr("Failed");
    case EndpointState::Unknown:
        break;
    }
    return tr("Unknown");
}

double EndpointsModel::dollarsSoFar(const Row& r) const
{
    return m_ledger->spent(SpendLedger::v1Key(r.endpoint.id));
}

void EndpointsModel::observeSpend(const Row& r, const QDateTime& now)
{
    // A started v1 endpoint bills its minimum replicas (at least one) at its hardware's price.
    if (!now.isValid())
        return;
    const int billed = r.endpoint.state == EndpointState::Started ? std::max(1, r.endpoint.minReplicas) : 0;
    m_ledger->observe(SpendLedger::v1Key(r.endpoint.id), now, billed, r.dollarsPerHour);
}

void EndpointsModel::setLedger(SpendLedger* ledger)
{
    m_ledger = ledger ? ledger : &m_ownLedger;
    for (const Row& r : m_rows)
        observeSpend(r, m_now);
}

QVariant EndpointsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const Endpoint& e = r.endpoint;
    if (role == EndpointIdRole)
        return e.id;
    if (role == ChangingRole)
        return isChanging(e.state);
    if (role == StartedRole)
        return e.state == EndpointState::Started;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("Chat model name: %1\nId: %2").arg(e.name, e.id);
    if (role == Qt::ToolTipRole && index.column() == Hardware)
        return e.hardware; // the id the API and tunedesk-cli take
    if (role == Qt::ToolTipRole && index.column() == State && e.state == EndpointState::Unknown)
        return e.stateText;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return e.displayName.isEmpty() ? e.name : e.displayName;
    case State:
        return e.state == EndpointState::Unknown ? e.stateText : stateLabel(e.state);
    case Model:
        return e.model;
    case Hardware:
        return readableHardware(e.hardware);
    case Replicas:
        if (e.maxReplicas <= 0)
            return QString();
        return e.minReplicas == e.maxReplicas ? QString::number(e.minReplicas)
                                              : QStringLiteral("%1–%2").arg(e.minReplicas).arg(e.maxReplicas);
    case Cost: {
        if (r.dollarsPerHour <= 0)
            return QString();
        const QString perHour = tr("$%1/h").arg(locale.toString(r.dollarsPerHour * std::max(1, e.minReplicas), 'f', 2));
        const double spent = dollarsSoFar(r);
        if (e.state != EndpointState::Started)
            return spent > 0 ? tr("%1 · $%2 spent").arg(perHour, locale.toString(spent, 'f', 2)) : perHour;
        return tr("%1 · $%2 so far").arg(perHour, locale.toString(spent, 'f', 2));
    }
    default:
        return {};
    }
}

QVariant EndpointsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Endpoint");
    case State:
        return tr("State");
    case Model:
        return tr("Model");
    case Hardware:
        return tr("Hardware");
    case Replicas:
        return tr("Replicas");
    case Cost:
        return tr("Cost");
    default:
        return {};
    }
}

void EndpointsModel::stamp(Row& r, const QDateTime& now)
{
    if (r.endpoint.state == EndpointState::Started) {
        if (!r.startedSince.isValid())
            r.startedSince = now;
    } else {
        r.startedSince = QDateTime();
        r.idleReminded = false;
    }
    r.dollarsPerHour = m_prices.value(r.endpoint.hardware, r.dollarsPerHour);
    observeSpend(r, now);
}

void EndpointsModel::setEndpoints(const QList<Endpoint>& endpoints, const QDateTime& now)
{
    m_now = now;
    // Merged by id, never reset: a selection in a view survives every refresh.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString id = m_rows[i].endpoint.id;
        if (std::none_of(endpoints.begin(), endpoints.end(), [&](const Endpoint& e) { return e.id == id; })) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (const Endpoint& e : endpoints) {
        const int i = rowOf(e.id);
        if (i < 0) {
            Row r;
            r.endpoint = e;
            stamp(r, now);
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(r);
            endInsertRows();
            continue;
        }
        Row& r = m_rows[i];
        // List items lack the details: keep the ones a detail call brought.
        const Endpoint details = r.endpoint;
        r.endpoint = e;
        if (e.hardware.isEmpty())
            r.endpoint.hardware = details.hardware;
        if (e.displayName.isEmpty())
            r.endpoint.displayName = details.displayName;
        if (e.maxReplicas <= 0) {
            r.endpoint.minReplicas = details.minReplicas;
            r.endpoint.maxReplicas = details.maxReplicas;
        }
        stamp(r, now);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void EndpointsModel::updateEndpoint(const Endpoint& endpoint, const QDateTime& now)
{
    m_now = now;
    const int i = rowOf(endpoint.id);
    if (i < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        Row r;
        r.endpoint = endpoint;
        stamp(r, now);
        m_rows.append(r);
        endInsertRows();
        return;
    }
    m_rows[i].endpoint = endpoint;
    stamp(m_rows[i], now);
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void EndpointsModel::removeEndpoint(const QString& id)
{
    const int i = rowOf(id);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
}

void EndpointsModel::setPrices(const QHash<QString, double>& prices)
{
    m_prices = prices;
    for (Row& r : m_rows) {
        r.dollarsPerHour = m_prices.value(r.endpoint.hardware, r.dollarsPerHour);
        observeSpend(r, m_now);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cost), index(int(m_rows.size()) - 1, Cost));
}

void EndpointsModel::setNow(const QDateTime& now)
{
    m_now = now;
    for (const Row& r : m_rows)
        observeSpend(r, now);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Cost), index(int(m_rows.size()) - 1, Cost));
}

const EndpointsModel::Row* EndpointsModel::row(const QString& id) const
{
    const int i = rowOf(id);
    return i < 0 ? nullptr : &m_rows.at(i);
}

EndpointsModel::Row* EndpointsModel::row(const QString& id)
{
    const int i = rowOf(id);
    return i < 0 ? nullptr : &m_rows[i];
}

int EndpointsModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).endpoint.id == id)
            return i;
    return -1;
}

bool EndpointsModel::anyChanging() const
{
    return std::any_of(m_rows.begin(), m_rows.end(), [](const Row& r) { return isChanging(r.endpoint.state); });
}

double EndpointsModel::runningDollarsPerHour() const
{
    double sum = 0;
    for (const Row& r : m_rows)
        if (r.endpoint.state == EndpointState::Started)
            sum += r.dollarsPerHour * std::max(1, r.endpoint.minReplicas);
    return sum;
}

double EndpointsModel::runningDollarsSoFar() const
{
    double sum = 0;
    for (const Row& r : m_rows)
        if (r.endpoint.state == EndpointState::Started)
            sum += dollarsSoFar(r);
    return sum;
}

int EndpointsModel::startedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.endpoint.state == EndpointState::Started; }));
}

} // namespace td
