#include "endpoints/DmiInventory.h"

#include "endpoints/DmiRules.h"

#include <utility>

namespace td {

std::optional<double> DmiDeploymentView::dollarsPerHour() const
{
    if (deployment.status.readyReplicas <= 0)
        return 0.0;
    return instance ? std::optional<double>(DmiRules::dollarsPerHour(*instance, deployment.status.readyReplicas))
                    : std::nullopt;
}

std::optional<double> DmiEndpointView::dollarsPerHour() const
{
    double sum = 0;
    for (const DmiDeploymentView& d : deployments) {
        const auto cost = d.dollarsPerHour();
        if (!cost)
            return std::nullopt;
        sum += *cost;
    }
    return sum;
}

DmiInventory::DmiInventory(DmiClient client, QObject* parent)
    : QObject(parent)
    , m_client(std::move(client))
{
    qRegisterMetaType<td::ApiError>();
}

void DmiInventory::load()
{
    // A load asked for while one is on its way runs after it: the one on its way may have read
    // the list before the change that asked (a deploy's weight), and would leave it stale.
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    const quint64 gen = ++m_generation;
    auto fail = [this, gen](const ApiError& e) {
        if (gen != m_generation)
            return;
        m_loading = false;
        emit failed(e);
        again();
    };
    auto endpoints = [this, gen] { loadEndpoints({}, {}, gen); };
    auto types = [this, gen, endpoints] {
        if (!m_types.isEmpty())
            return endpoints();
        m_client.instanceTypes(this, [this, gen, endpoints](const ApiResult<QList<InstanceType>>& r) {
            if (gen != m_generation)
                return;
            // Prices are a nicety: without them the costs show as unknown.
            if (const auto* t = std::get_if<QList<InstanceType>>(&r))
                m_types = *t;
            endpoints();
        });
    };
    if (!m_project.projectId.isEmpty())
        return types();
    m_client.whoami(this, [this, gen, fail, types](const ApiResult<WhoAmI>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return fail(*e);
        m_project = std::get<WhoAmI>(r);
        types();
    });
}

void DmiInventory::loadEndpoints(const QString& after, QList<DmiEndpoint> sofar, quint64 gen)
{
    m_client.listEndpoints(
        m_project.projectId, after, this, [this, gen, sofar, after](const ApiResult<DmiPage<DmiEndpoint>>& r) mutable {
            if (gen != m_generation)
                return;
            if (const auto* e = std::get_if<ApiError>(&r)) {
                m_loading = false;
                emit failed(*e);
                again();
                return;
            }
            const auto& page = std::get<DmiPage<DmiEndpoint>>(r);
            sofar += page.items;
            // A cursor that repeats would loop: the list ends there.
            if (!page.nextCursor.isEmpty() && page.nextCursor != after && sofar.size() < DmiClient::kMaxPages * 500)
                return loadEndpoints(page.nextCursor, sofar, gen);
            loadDeployments(sofar, {}, gen);
        });
}

void DmiInventory::loadDeployments(QList<DmiEndpoint> rest, QList<DmiEndpointView> done, quint64 gen)
{
    if (rest.isEmpty())
        return finish(done, gen);
    const DmiEndpoint e = rest.takeFirst();
    m_client.listDeployments(m_project.projectId, e.id, {}, this,
                             [this, gen, e, rest, done](const ApiResult<DmiPage<Deployment>>& r) mutable {
                                 if (gen != m_generation)
                                     return;
                                 if (const auto* err = std::get_if<ApiError>(&r)) {
                                     m_loading = false;
                                     emit failed(*err);
                                     again();
                                     return;
                                 }
                                 DmiEndpointView view;
                                 view.endpoint = e;
                                 for (const Deployment& d : std::get<DmiPage<Deployment>>(r).items) {
                                     DmiDeploymentView dv;
                                     dv.deployment = d;
                                     dv.weight = e.weightOf(d.id);
                                     dv.instance = DmiRules::instanceFor(m_types, d.hardware);
                                     view.deployments.append(dv);
                                 }
                                 done.append(view);
                                 loadDeployments(rest, done, gen);
                             });
}

void DmiInventory::finish(QList<DmiEndpointView> views, quint64 gen)
{
    if (gen != m_generation)
        return;
    const QDateTime now = m_clock();
    for (DmiEndpointView& v : views)
        for (DmiDeploymentView& d : v.deployments)
            d.spentDollars =
                m_ledger->observe(SpendLedger::v2Key(d.deployment.id), now, d.deployment.status.readyReplicas,
                                  d.instance ? d.instance->dollarsPerHour() : 0.0);
    m_endpoints = views;
    m_loading = false;
    emit loaded();
    again();
}

void DmiInventory::again()
{
    if (!m_loading && std::exchange(m_again, false))
        load();
}

const DmiEndpointView* DmiInventory::find(const QString& endpoint) const
{
    for (const DmiEndpointView& v : m_endpoints)
        if (v.endpoint.id == endpoint || v.endpoint.name == endpoint ||
            v.endpoint.name.section(QLatin1Char('/'), -1) == endpoint)
            return &v;
    return nullptr;
}

const DmiDeploymentView* DmiInventory::deploymentOf(const DmiEndpointView& endpoint, const QString& which)
{
    const DmiDeploymentView* newest = nullptr;
    for (const DmiDeploymentView& d : endpoint.deployments) {
        if (!which.isEmpty() && (d.deployment.id == which || d.deployment.name == which ||
                                 d.deployment.name.section(QLatin1Char('/'), -1) == which))
            return &d;
        if (!newest || d.deployment.createdAt > newest->deployment.createdAt)
            newest = &d;
    }
    return which.isEmpty() ? newest : nullptr;
}

bool DmiInventory::anyChanging() const
{
    for (const DmiEndpointView& v : m_endpoints)
        for (const DmiDeploymentView& d : v.deployments)
            if (isChanging(d.deployment.status.state))
                return true;
    return false;
}

nlohmann::ordered_json DmiInventory::toJson() const
{
    auto text = [](const QString& s) { return s.toStdString(); };
    auto money = [](std::optional<double> v) { return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(); };
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const DmiEndpointView& v : m_endpoints) {
        nlohmann::ordered_json deployments = nlohmann::ordered_json::array();
        for (const DmiDeploymentView& d : v.deployments) {
            const Deployment& x = d.deployment;
            deployments.push_back(
                {{"id", text(x.id)},
                 {"name", text(x.name)},
                 {"state", text(deploymentStateName(x.status.state))},
                 {"message", text(x.status.message)},
                 {"ready_replicas", x.status.readyReplicas},
                 {"min_replicas", x.autoscaling.minReplicas},
                 {"max_replicas", x.autoscaling.maxReplicas},
                 {"weight", d.weight},
                 {"model", text(x.model)},
                 {"hardware", text(x.hardware)},
                 {"price_per_replica_hour",
                  money(d.instance ? std::optional<double>(d.instance->dollarsPerHour()) : std::nullopt)},
                 {"dollars_per_hour", money(d.dollarsPerHour())},
                 {"spent_dollars", d.spentDollars}});
        }
        list.push_back({{"id", text(v.endpoint.id)},
                        {"name", text(v.endpoint.name)},
                        {"dollars_per_hour", money(v.dollarsPerHour())},
                        {"deployments", deployments}});
    }
    return list;
}

} // namespace td
