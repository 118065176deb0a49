#include "endpoints/DeploymentActions.h"

#include "endpoints/DmiRules.h"

#include <QCoreApplication>
#include <QTimer>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

Error conflictError()
{
    return Error::make(Error::Code::Changed,
                       tr("Someone else changed this endpoint at the same moment, twice in a row (409: the etag "
                          "no longer matches). Nothing more was changed; refresh and try again."));
}

} // namespace

DeploymentActions::DeploymentActions(DmiClient client, QString projectId, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_project(std::move(projectId))
{
    qRegisterMetaType<td::Deployment>();
    qRegisterMetaType<td::DmiEndpoint>();
    qRegisterMetaType<td::Error>();
}

bool DeploymentActions::begin()
{
    if (m_busy) {
        emit failed(Error::make(Error::Code::Unsupported, tr("Another change to this endpoint is still running.")));
        return false;
    }
    m_busy = true;
    ++m_generation;
    return true;
}

void DeploymentActions::fail(const Error& e)
{
    m_busy = false;
    ++m_generation;
    emit failed(e);
}

void DeploymentActions::failApi(const QString& what, const ApiError& e)
{
    fail(
        Error::make(Error::Code::Io, what.isEmpty() ? e.explanation() : what + QStringLiteral(": ") + e.explanation()));
}

void DeploymentActions::succeed(const QString& summary)
{
    m_busy = false;
    emit finished(summary);
}

void DeploymentActions::cancel()
{
    if (!m_busy)
        return;
    fail(Error::make(Error::Code::Cancelled, tr("Stopped waiting. What was already sent stays done.")));
}

void DeploymentActions::patchWeight(const QString& ep, const QString& dep, double weight, bool retried, Next next)
{
    const quint64 gen = m_generation;
    m_client.getEndpoint(m_project, ep, this, [=, this](const ApiResult<DmiEndpoint>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return failApi(tr("Reading the endpoint failed"), *e);
        const DmiEndpoint& endpoint = std::get<DmiEndpoint>(r);
        // The whole split goes back (the mask replaces the field), with this entry changed.
        QList<TrafficSplitEntry> split = endpoint.trafficSplit;
        bool found = false;
        for (TrafficSplitEntry& entry : split)
            if (entry.deploymentId == dep) {
                entry.weight = weight;
                found = true;
            }
        if (!found)
            split.append({dep, weight});
        m_client.setTrafficSplit(m_project, ep, split, endpoint.etag, this,
                                 [=, this](const ApiResult<DmiEndpoint>& patched) {
                                     if (gen != m_generation)
                                         return;
                                     if (const auto* e = std::get_if<ApiError>(&patched)) {
                                         if (DmiRules::isConflict(*e) && !retried) {
                                             emit progress(tr("The endpoint changed meanwhile; reading it again…"));
                                             return patchWeight(ep, dep, weight, true, next);
                                         }
                                         if (DmiRules::isConflict(*e))
                                             return fail(conflictError());
                                         return failApi(tr("Setting the traffic weight failed"), *e);
                                     }
                                     emit endpointChanged(std::get<DmiEndpoint>(patched));
                                     next();
                                 });
    });
}

void DeploymentActions::patchScaling(const QString& ep, const QString& dep, int minR, int maxR, bool retried, Next next)
{
    const quint64 gen = m_generation;
    m_client.getDeployment(m_project, ep, dep, this, [=, this](const ApiResult<Deployment>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return failApi(tr("Reading the deployment failed"), *e);
        const Deployment& current = std::get<Deployment>(r);
        const bool restart = current.autoscaling.isStopped() && minR > 0;
        if (restart)
            if (const auto problem = DmiRules::restartProblem(current.status.state))
                return fail(Error::make(Error::Code::Unsupported, *problem));
        m_client.setAutoscaling(m_project, ep, dep, minR, maxR, current.etag, this,
                                [=, this](const ApiResult<Deployment>& patched) {
                                    if (gen != m_generation)
                                        return;
                                    if (const auto* e = std::get_if<ApiError>(&patched)) {
                                        if (DmiRules::isConflict(*e) && !retried) {
                                            emit progress(tr("The deployment changed meanwhile; reading it again…"));
                                            return patchScaling(ep, dep, minR, maxR, true, next);
                                        }
                                        if (DmiRules::isConflict(*e))
                                            return fail(conflictError());
                                        return failApi(tr("Changing the replicas failed"), *e);
                                    }
                                    emit deploymentChanged(std::get<Deployment>(patched));
                                    next();
                                });
    });
}

void DeploymentActions::poll(const QString& ep, const QString& dep, std::function<bool(const Deployment&)> until,
                             const QString& what, Next next)
{
    const quint64 gen = m_generation;
    m_client.getDeployment(m_project, ep, dep, this, [=, this](const ApiResult<Deployment>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return failApi(tr("Reading the deployment failed"), *e);
        const Deployment& d = std::get<Deployment>(r);
        emit deploymentChanged(d);
        if (until(d))
            return next();
        if (d.status.state == DeploymentState::Failed)
            return fail(Error::make(
                Error::Code::Io,
                tr("The deployment failed while %1: %2")
                    .arg(what, d.status.message.isEmpty() ? tr("the server gave no reason") : d.status.message)));
        emit progress(d.status.message.isEmpty()
                          ? tr("%1: %2").arg(what, deploymentStateText(d.status.state))
                          : tr("%1: %2 (%3)").arg(what, deploymentStateText(d.status.state), d.status.message));
        QTimer::singleShot(m_pollMs, this, [=, this] {
            if (gen == m_generation)
                poll(ep, dep, until, what, next);
        });
    });
}

void DeploymentActions::setWeight(const QString& endpointId, const QString& deploymentId, double weight)
{
    if (weight < 0) {
        emit failed(Error::make(Error::Code::Unsupported, tr("A traffic weight cannot be negative.")));
        return;
    }
    if (!begin())
        return;
    emit progress(tr("Setting the traffic weight of %1 to %2…").arg(deploymentId).arg(weight));
    patchWeight(endpointId, deploymentId, weight, false, [this, deploymentId, weight] {
        succeed(weight > 0 ? tr("%1 now has traffic weight %2.").arg(deploymentId).arg(weight)
                           : tr("%1 gets no traffic now (weight 0).").arg(deploymentId));
    });
}

void DeploymentActions::setAutoscaling(const QString& endpointId, const QString& deploymentId, int minReplicas,
                                       int maxReplicas)
{
    if (const auto problem = DmiRules::autoscalingProblem(minReplicas, maxReplicas)) {
        emit failed(Error::make(Error::Code::Unsupported, *problem));
        return;
    }
    if (!begin())
        return;
    emit progress(tr("Setting %1 to %2–%3 replicas…").arg(deploymentId).arg(minReplicas).arg(maxReplicas));
    patchScaling(endpointId, deploymentId, minReplicas, maxReplicas, false, [this, minReplicas, maxReplicas] {
        succeed(tr("Replicas set to %1–%2.").arg(minReplicas).arg(maxReplicas));
    });
}

void DeploymentActions::stop(const QString& endpointId, const QString& deploymentId, bool wait)
{
    if (!begin())
        return;
    emit progress(tr("Stopping %1 (0/0 replicas)…").arg(deploymentId));
    patchScaling(endpointId, deploymentId, 0, 0, false, [=, this] {
        if (!wait)
            return succeed(tr("Stopping; nothing is billed once it is stopped."));
        poll(
            endpointId, deploymentId, [](const Deployment& d) { return d.status.state == DeploymentState::Stopped; },
            tr("Stopping"), [this] { succeed(tr("Stopped: no replica runs and nothing is billed.")); });
    });
}

void DeploymentActions::start(const QString& endpointId, const QString& deploymentId, int minReplicas, int maxReplicas)
{
    if (minReplicas < 1) {
        emit failed(Error::make(Error::Code::Unsupported, tr("Starting needs at least 1 replica.")));
        return;
    }
    setAutoscaling(endpointId, deploymentId, minReplicas, maxReplicas);
}

void DeploymentActions::waitFor(const QString& endpointId, const QString& deploymentId,
                                std::function<bool(const Deployment&)> until, const QString& what)
{
    if (!begin())
        return;
    poll(endpointId, deploymentId, std::move(until), what, [this] { succeed({}); });
}

void DeploymentActions::removeDeployments(const QString& ep, QList<Deployment> rest, Next next)
{
    if (rest.isEmpty())
        return next();
    const Deployment d = rest.takeFirst();
    const QString label = d.name.isEmpty() ? d.id : d.name;
    auto remove = [=, this] {
        emit progress(tr("Deleting deployment %1…").arg(label));
        const quint64 gen = m_generation;
        m_client.deleteDeployment(m_project, ep, d.id, {}, this, [=, this](const ApiResult<NoContent>& r) {
            if (gen != m_generation)
                return;
            if (const auto* e = std::get_if<ApiError>(&r))
                return failApi(tr("Deleting deployment %1 failed").arg(label), *e);
            removeDeployments(ep, rest, next);
        });
    };
    auto unweight = [=, this] {
        emit progress(tr("Taking %1 out of the traffic split (weight 0)…").arg(label));
        patchWeight(ep, d.id, 0, false, remove);
    };
    const bool stopped = d.status.state == DeploymentState::Stopped || d.status.state == DeploymentState::Failed;
    if (stopped)
        return unweight();
    emit progress(tr("Stopping %1 (0/0 replicas)…").arg(label));
    patchScaling(ep, d.id, 0, 0, false, [=, this] {
        poll(
            ep, d.id, [](const Deployment& x) { return x.status.state == DeploymentState::Stopped; },
            tr("Stopping %1").arg(label), unweight);
    });
}

void DeploymentActions::removeEndpoint(const QString& endpointId)
{
    if (!begin())
        return;
    emit progress(tr("Reading the endpoint's deployments…"));
    const quint64 gen = m_generation;
    m_client.listDeployments(m_project, endpointId, {}, this, [=, this](const ApiResult<DmiPage<Deployment>>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return failApi(tr("Reading the deployments failed"), *e);
        removeDeployments(endpointId, std::get<DmiPage<Deployment>>(r).items, [=, this] {
            emit progress(tr("Deleting the endpoint…"));
            m_client.deleteEndpoint(m_project, endpointId, {}, this, [=, this](const ApiResult<NoContent>& done) {
                if (gen != m_generation)
                    return;
                if (const auto* e = std::get_if<ApiError>(&done))
                    return failApi(tr("Deleting the endpoint failed"), *e);
                succeed(tr("The endpoint and its deployments are deleted."));
            });
        });
    });
}

} // namespace td
