#pragma once

#include "api/wire/Endpoint.h"
#include "endpoints/SpendLedger.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

namespace td {

// The account's dedicated endpoints as a table: name, model, state, hardware, replicas and
// what a started one costs. Updates merge by id, so a selection survives a refresh.
class EndpointsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, State, Model, Hardware, Replicas, Cost, ColumnCount };
    enum Role { EndpointIdRole = Qt::UserRole + 1, ChangingRole, StartedRole };

    struct Row
    {
        Endpoint endpoint;
        QDateTime startedSince;    // when this app first saw it started
        QDateTime lastUsed;        // the last chat request this app sent it
        double dollarsPerHour = 0; // per replica; 0 when the hardware's price is unknown
        bool idleReminded = false;
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Merges the list by id; details (hardware, replicas) already known are kept for list items,
    // which lack them. `now` stamps endpoints seen starting.
    void setEndpoints(const QList<Endpoint>& endpoints, const QDateTime& now);
    // One endpoint's details (GET endpoints/{id}, or the answer of a change).
    void updateEndpoint(const Endpoint& endpoint, const QDateTime& now);
    void removeEndpoint(const QString& id);
    void setPrices(const QHash<QString, double>& dollarsPerHourByHardware);
    void setNow(const QDateTime& now);
    // Where spent-so-far is kept: the app's file-backed ledger; without one, this model's own.
    void setLedger(SpendLedger* ledger);

    const Row* row(const QString& id) const;
    Row* row(const QString& id);
    const Row& rowAt(int i) const { return m_rows.at(i); }
    int rowOf(const QString& id) const;
    bool anyChanging() const;
    // Started endpoints: what they cost per hour now (their minimum replicas) and have cost so far
    // (every run this app saw, also before a stop).
    double runningDollarsPerHour() const;
    double runningDollarsSoFar() const;
    int startedCount() const;

    static QString stateLabel(EndpointState s);

private:
    void stamp(Row& r, const QDateTime& now);
    void observeSpend(const Row& r, const QDateTime& now);
    double dollarsSoFar(const Row& r) const;

    QList<Row> m_rows;
    QHash<QString, double> m_prices;
    QDateTime m_now;
    SpendLedger m_ownLedger;
    SpendLedger* m_ledger = &m_ownLedger;
};

} // namespace td
