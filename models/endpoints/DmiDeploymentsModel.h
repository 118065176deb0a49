#pragma once

#include "endpoints/DmiInventory.h"

#include <QAbstractTableModel>

namespace td {

// Dedicated endpoints v2 as a table, one row per deployment (an endpoint without any is a row
// of its own): endpoint, deployment, state with the server's message, replicas, hardware,
// traffic weight, cost per hour of its ready replicas and what it cost while watched (kept
// after a stop).
class DmiDeploymentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EndpointName, DeploymentName, State, Replicas, Hardware, Weight, Cost, Spent, ColumnCount };
    enum Role { EndpointIdRole = Qt::UserRole + 1, DeploymentIdRole, StateRole, EndpointModelNameRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEndpoints(const QList<DmiEndpointView>& endpoints);
    // The row of a deployment (or of an endpoint without one: `deploymentId` empty); -1 if none.
    int rowOf(const QString& endpointId, const QString& deploymentId) const;
    const DmiEndpointView* endpointAt(int row) const;
    const DmiDeploymentView* deploymentAt(int row) const; // nullptr for an endpoint without one
    int runningCount() const;
    double runningDollarsPerHour() const;
    double spentDollars() const;

private:
    struct Row
    {
        int endpoint = -1;
        int deployment = -1;
    };
    QList<DmiEndpointView> m_endpoints;
    QList<Row> m_rows;
};

} // namespace td
