#include "endpoints/DmiDeploymentsModel.h"
#include "api/wire/HardwareName.h"
#include "core/Money.h"

#include <QLocale>

namespace td {

int DmiDeploymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DmiDeploymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DmiDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EndpointName:
        return tr("Endpoint (v2)");
    case DeploymentName:
        return tr("Deployment");
    case State:
        return tr("State");
    case Replicas:
        return tr("Replicas");
    case Hardware:
        return tr("Hardware");
    case Weight:
        return tr("Weight");
    case Cost:
        return tr("Cost");
    case Spent:
        return tr("Spent");
    default:
        return {};
    }
}

QVariant DmiDeploymentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DmiEndpointView& e = m_endpoints[m_rows[index.row()].endpoint];
    const DmiDeploymentView* d = deploymentAt(index.row());
    switch (role) {
    case EndpointIdRole:
        return e.endpoint.id;
    case DeploymentIdRole:
        return d ? d->deployment.id : QString();
    case StateRole:
        return d ? int(d->deployment.status.state) : -1;
    case EndpointModelNameRole:
        return e.endpoint.name;
    case Qt::ToolTipRole:
        if (d && !d->deployment.status.message.isEmpty())
            return d->deployment.status.message;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    auto money = [](std::optional<double> v) { return v ? formatDollars(*v) : tr("unknown"); };
    switch (index.column()) {
    case EndpointName:
        return e.endpoint.name;
    case DeploymentName:
        return d ? d->deployment.name.section(QLatin1Char('/'), -1) : tr("(no deployment)");
    case State:
        return d ? deploymentStateText(d->deployment.status.state) : QString();
    case Replicas:
        return d ? tr("%1 ready (%2–%3)")
                       .arg(d->deployment.status.readyReplicas)
                       .arg(d->deployment.autoscaling.minReplicas)
                       .arg(d->deployment.autoscaling.maxReplicas)
                 : QString();
    case Hardware:
        return d ? readableHardware(d->deployment.hardware) : QString();
    case Weight:
        return d ? locale.toString(d->weight) : QString();
    case Cost:
        return d ? money(d->dollarsPerHour()) + tr("/h") : QString();
    case Spent:
        return d ? formatDollars(d->spentDollars) : QString();
    default:
        return {};
    }
}

void DmiDeploymentsModel::setEndpoints(const QList<DmiEndpointView>& endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    m_rows.clear();
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (m_endpoints[i].deployments.isEmpty())
            m_rows.append({i, -1});
        for (int j = 0; j < m_endpoints[i].deployments.size(); ++j)
            m_rows.append({i, j});
    }
    endResetModel();
}

int DmiDeploymentsModel::rowOf(const QString& endpointId, const QString& deploymentId) const
{
    int endpointRow = -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_endpoints[m_rows[r].endpoint].endpoint.id != endpointId)
            continue;
        const DmiDeploymentView* d = deploymentAt(r);
        if (d ? d->deployment.id == deploymentId : deploymentId.isEmpty())
            return r;
        if (endpointRow < 0)
            endpointRow = r;
    }
    // The endpoint's row when the deployment is not listed (any more, or yet: an endpoint chosen
    // while it had none keeps its place when its first deployment appears).
    return deploymentId.isEmpty() ? endpointRow : -1;
}

const DmiEndpointView* DmiDeploymentsModel::endpointAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_endpoints[m_rows[row].endpoint] : nullptr;
}

const DmiDeploymentView* DmiDeploymentsModel::deploymentAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].deployment < 0)
        return nullptr;
    return &m_endpoints[m_rows[row].endpoint].deployments[m_rows[row].deployment];
}

int DmiDeploymentsModel::runningCount() const
{
    int n = 0;
    for (const DmiEndpointView& e : m_endpoints)
        for (const DmiDeploymentView& d : e.deployments)
            n += d.deployment.status.readyReplicas > 0 ? 1 : 0;
    return n;
}

double DmiDeploymentsModel::runningDollarsPerHour() const
{
    double sum = 0;
    for (const DmiEndpointView& e : m_endpoints)
        for (const DmiDeploymentView& d : e.deployments)
            sum += d.dollarsPerHour().value_or(0);
    return sum;
}

double DmiDeploymentsModel::spentDollars() const
{
    double sum = 0;
    for (const DmiEndpointView& e : m_endpoints)
        for (const DmiDeploymentView& d : e.deployments)
            sum += d.spentDollars;
    return sum;
}

} // namespace td
