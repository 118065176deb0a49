#include "playground/ModelDirectory.h"

#include "api/client/DmiClient.h"
#include "api/connection/DmiUrls.h"

#include <algorithm>

namespace td {

void ModelDirectory::load(const QString& profileId, TogetherClient client, bool together)
{
    const quint64 generation = ++m_generation[profileId];
    Pending& p = m_pending[profileId];
    p = Pending{};
    p.waiting = together ? 4 : 1;
    // Each answer lands in the pending lists of its own generation only.
    auto pending = [this, profileId, generation]() -> Pending* {
        return m_generation.value(profileId) == generation ? &m_pending[profileId] : nullptr;
    };
    client.listModels(this, [this, pending, profileId, generation, together](const ApiResult<QList<ModelInfo>>& r) {
        Pending* p = pending();
        if (!p)
            return;
        if (const auto* models = std::get_if<QList<ModelInfo>>(&r)) {
            if (together)
                p->priced = *models;
            for (const ModelInfo& m : *models)
                if (m.type.isEmpty() || m.type == QLatin1String("chat") || m.type == QLatin1String("language"))
                    p->models.append({m.id, Kind::Model, m.displayName});
        } else {
            p->error = std::get<ApiError>(r).explanation();
        }
        finish(profileId, generation);
    });
    if (!together)
        return;
    client.listFineTunes(this, [this, pending, profileId, generation](const ApiResult<QList<FineTuneJob>>& r) {
        Pending* p = pending();
        if (!p)
            return;
        if (const auto* jobs = std::get_if<QList<FineTuneJob>>(&r)) {
            // Newest first: the fine-tune a user just made is the one they want to try.
            QList<FineTuneJob> done;
            for (const FineTuneJob& j : *jobs)
                if (j.status == JobStatus::Completed && !j.outputName.isEmpty())
                    done.append(j);
            std::stable_sort(done.begin(), done.end(),
                             [](const FineTuneJob& a, const FineTuneJob& b) { return a.createdAt > b.createdAt; });
            for (const FineTuneJob& j : done)
                p->fineTunes.append({j.outputName, j.isLora() ? Kind::FineTuneLora : Kind::FineTuneFull, j.model});
        }
        finish(profileId, generation);
    });
    client.listEndpoints(
        this,
        [this, pending, profileId, generation](const ApiResult<QList<Endpoint>>& r) {
            Pending* p = pending();
            if (!p)
                return;
            if (const auto* list = std::get_if<QList<Endpoint>>(&r))
                for (const Endpoint& e : *list)
                    p->endpoints.append({e.name, Kind::Endpoint, e.stateText});
            finish(profileId, generation);
        },
        QStringLiteral("dedicated"));
    // Dedicated endpoints v2: the project first, then its endpoints (first page) and their
    // deployments' summaries. An account without v2 simply has none.
    auto dmi = std::make_shared<DmiClient>(client.transport(), client.connection());
    dmi->whoami(this, [this, dmi, pending, profileId, generation](const ApiResult<WhoAmI>& who) {
        if (!pending())
            return;
        if (!std::holds_alternative<WhoAmI>(who))
            return finish(profileId, generation);
        dmi->listEndpoints(
            std::get<WhoAmI>(who).projectId, {}, this,
            [this, pending, profileId, generation](const ApiResult<DmiPage<DmiEndpoint>>& r) {
                Pending* p = pending();
                if (!p)
                    return;
                if (const auto* page = std::get_if<DmiPage<DmiEndpoint>>(&r))
                    for (const DmiEndpoint& e : page->items) {
                        QStringList states;
                        for (const DeploymentSummary& d : e.deployments)
                            states << deploymentStateText(d.state);
                        p->dmiEndpoints.append({e.name, Kind::DmiEndpoint, states.join(QStringLiteral(", "))});
                        for (const DeploymentSummary& d : e.deployments)
                            if (!d.name.isEmpty())
                                p->dmiEndpoints.append({d.name, Kind::DmiEndpoint, deploymentStateText(d.state)});
                    }
                finish(profileId, generation);
            });
    });
}

Connection ModelDirectory::connectionFor(const QString& profileId, const QString& model, const Connection& base) const
{
    if (!m_dmiNames.value(profileId).contains(model))
        return base;
    Connection c = base;
    c.baseUrl = DmiUrls::inference(base);
    return c;
}

void ModelDirectory::finish(const QString& profileId, quint64 generation)
{
    Pending& p = m_pending[profileId];
    if (--p.waiting > 0 || m_generation.value(profileId) != generation)
        return;
    // A fine-tune the server also lists among its models is listed once, as the user's own.
    QSet<QString> own;
    for (const QList<Entry>* list : {&p.fineTunes, &p.endpoints, &p.dmiEndpoints})
        for (const Entry& e : *list)
            own.insert(e.id);
    QList<Entry> models;
    for (const Entry& e : std::as_const(p.models))
        if (!own.contains(e.id))
            models.append(e);
    m_entries[profileId] = p.fineTunes + p.endpoints + p.dmiEndpoints + models;
    QSet<QString>& names = m_dmiNames[profileId];
    names.clear();
    for (const Entry& e : p.dmiEndpoints)
        names.insert(e.id);
    m_errors[profileId] = p.error;
    m_priced[profileId] = p.priced;
    m_pending.remove(profileId);
    emit loaded(profileId);
}

} // namespace td
