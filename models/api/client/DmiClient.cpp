#include "api/client/DmiClient.h"

#include "api/connection/DmiUrls.h"
#include "api/wire/JsonFields.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

#include <memory>

namespace td {

namespace {

QString encoded(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QByteArray dump(const nlohmann::ordered_json& j)
{
    return QByteArray::fromStdString(j.dump());
}

QString withQuery(QString path, const QUrlQuery& q)
{
    if (!q.isEmpty())
        path += QLatin1Char('?') + q.toString(QUrl::FullyEncoded);
    return path;
}

QString projectPath(const QString& projectId)
{
    return QStringLiteral("projects/") + encoded(projectId);
}

QString endpointPath(const QString& projectId, const QString& endpointId)
{
    return projectPath(projectId) + QStringLiteral("/endpoints/") + encoded(endpointId);
}

QString deploymentPath(const QString& projectId, const QString& endpointId, const QString& deploymentId)
{
    return endpointPath(projectId, endpointId) + QStringLiteral("/deployments/") + encoded(deploymentId);
}

template<typename T>
std::optional<T> objectAnswer(const HttpResponse& r)
{
    return T::fromJson(wire::parse(r.body));
}

// {"data": [...], "next_cursor": "..."}; items that are not objects of the type are skipped.
template<typename T>
std::optional<DmiPage<T>> pageAnswer(const HttpResponse& r)
{
    const nlohmann::json j = wire::parse(r.body);
    if (!j.is_array() && !(j.is_object() && j.contains("data")))
        return std::nullopt;
    DmiPage<T> page;
    for (const auto& item : wire::dataArray(j)) {
        if constexpr (std::is_same_v<decltype(T::fromJson(item)), T>)
            page.items.append(T::fromJson(item));
        else if (auto v = T::fromJson(item))
            page.items.append(*v);
    }
    page.nextCursor = wire::str(j, "next_cursor");
    if (page.nextCursor.isEmpty())
        page.nextCursor = wire::str(j, "nextCursor");
    return page;
}

std::optional<NoContent> nothing(const HttpResponse&)
{
    return NoContent{};
}

} // namespace

DmiClient::DmiClient(HttpTransport* transport, Connection connection)
    : m_transport(transport)
    , m_v1(std::move(connection))
{
    m_v2 = m_v1;
    m_v2.baseUrl = DmiUrls::controlPlane(m_v1);
}

Connection DmiClient::inferenceConnection() const
{
    Connection c = m_v1;
    c.baseUrl = DmiUrls::inference(m_v1);
    return c;
}

QString DmiClient::qualified(const QString& value, const char* prefix)
{
    const QString v = value.trimmed().toUpper();
    if (v.isEmpty() || v.startsWith(QLatin1String(prefix)))
        return v;
    return QLatin1String(prefix) + v;
}

template<typename T, typename Parse>
ApiRequest* DmiClient::call(const Connection& on, const QByteArray& method, const QString& path, const QByteArray& body,
                            bool idempotent, QObject* context, Parse parse, Done<T> done)
{
    HttpRequest r = ApiRequest::jsonRequest(on, method, path, body);
    auto* req = new ApiRequest(m_transport, on, r, idempotent, context);
    QObject::connect(req, &ApiRequest::finished, req, [req, parse, done](const ApiRequest::Outcome& o) {
        req->deleteLater();
        if (const auto* e = std::get_if<ApiError>(&o)) {
            done(*e);
            return;
        }
        const HttpResponse& res = std::get<HttpResponse>(o);
        if (std::optional<T> value = parse(res)) {
            done(*value);
            return;
        }
        ApiError e;
        e.kind = ApiError::Kind::Parse;
        e.httpStatus = res.status;
        e.message = QCoreApplication::translate("td::DmiClient", "The server's answer could not be read: %1")
                        .arg(QString::fromUtf8(res.body.left(200)));
        done(e);
    });
    req->start();
    return req;
}

ApiRequest* DmiClient::whoami(QObject* context, Done<WhoAmI> done)
{
    return call<WhoAmI>(m_v1, "GET", QStringLiteral("whoami"), {}, true, context, objectAnswer<WhoAmI>,
                        std::move(done));
}

ApiRequest* DmiClient::supportedModels(const SupportedModelQuery& query, QObject* context,
                                       Done<DmiPage<SupportedModel>> done)
{
    QUrlQuery q;
    if (!query.product.isEmpty())
        q.addQueryItem(QStringLiteral("product"), qualified(query.product, "PRODUCT_"));
    if (!query.modality.isEmpty())
        q.addQueryItem(QStringLiteral("modality"), qualified(query.modality, "MODALITY_"));
    if (!query.search.isEmpty())
        q.addQueryItem(QStringLiteral("search"), QString::fromLatin1(QUrl::toPercentEncoding(query.search)));
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    if (!query.after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(query.after)));
    return call<DmiPage<SupportedModel>>(m_v2, "GET", withQuery(QStringLiteral("supported-models"), q), {}, true,
                                         context, pageAnswer<SupportedModel>, std::move(done));
}

void DmiClient::allSupportedModels(const SupportedModelQuery& query, QObject* context, Done<QList<SupportedModel>> done)
{
    struct State
    {
        QList<SupportedModel> items;
        QStringList cursors; // seen: a server that repeats one would loop for ever
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void(const QString&)>>();
    QPointer<QObject> guard(context);
    // The function holds itself weakly: only the page in flight keeps it alive, so a request
    // dropped with its context (a window closed mid-read) frees it instead of leaking a cycle.
    std::weak_ptr<std::function<void(const QString&)>> weakNext = next;
    *next = [this, query, context, done, state, weakNext, guard](const QString& after) {
        const auto next = weakNext.lock();
        if (!guard || !next)
            return;
        SupportedModelQuery q = query;
        q.after = after;
        supportedModels(q, context, [done, state, next](const ApiResult<DmiPage<SupportedModel>>& r) {
            if (const auto* e = std::get_if<ApiError>(&r)) {
                done(*e);
                *next = nullptr; // breaks the cycle
                return;
            }
            const auto& page = std::get<DmiPage<SupportedModel>>(r);
            state->items += page.items;
            ++state->pages;
            if (page.nextCursor.isEmpty() || state->cursors.contains(page.nextCursor)) {
                done(state->items);
                *next = nullptr;
                return;
            }
            if (state->pages >= kMaxPages) {
                ApiError e;
                e.kind = ApiError::Kind::Parse;
                e.message = QCoreApplication::translate("td::DmiClient",
                                                        "The supported-model list has more than %1 pages; it was "
                                                        "not read to its end. Narrow it with a search.")
                                .arg(kMaxPages);
                done(e);
                *next = nullptr;
                return;
            }
            state->cursors << page.nextCursor;
            (*next)(page.nextCursor);
        });
    };
    (*next)(query.after);
}

ApiRequest* DmiClient::supportedModel(const QString& id, QObject* context, Done<SupportedModel> done)
{
    return call<SupportedModel>(m_v2, "GET", QStringLiteral("supported-models/") + encoded(id), {}, true, context,
                                objectAnswer<SupportedModel>, std::move(done));
}

ApiRequest* DmiClient::instanceTypes(QObject* context, Done<QList<InstanceType>> done)
{
    return call<QList<InstanceType>>(
        m_v2, "GET", QStringLiteral("public/inference-instance-types"), {}, true, context,
        [](const HttpResponse& r) -> std::optional<QList<InstanceType>> {
            const auto page = pageAnswer<InstanceType>(r);
            return page ? std::optional<QList<InstanceType>>(page->items) : std::nullopt;
        },
        std::move(done));
}

ApiRequest* DmiClient::configs(const QString& projectId, const QString& referenceModelId, const QString& after,
                               QObject* context, Done<DmiPage<DmiConfig>> done)
{
    QUrlQuery q;
    if (!referenceModelId.isEmpty())
        q.addQueryItem(QStringLiteral("referenceModelId"), encoded(referenceModelId));
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), encoded(after));
    return call<DmiPage<DmiConfig>>(m_v2, "GET", withQuery(projectPath(projectId) + QStringLiteral("/configs"), q), {},
                                    true, context, pageAnswer<DmiConfig>, std::move(done));
}

ApiRequest* DmiClient::registryModel(const QString& projectId, const QString& modelId, QObject* context,
                                     Done<RegistryModel> done)
{
    return call<RegistryModel>(m_v2, "GET", projectPath(projectId) + QStringLiteral("/models/") + encoded(modelId), {},
                               true, context, objectAnswer<RegistryModel>, std::move(done));
}

ApiRequest* DmiClient::listEndpoints(const QString& projectId, const QString& after, QObject* context,
                                     Done<DmiPage<DmiEndpoint>> done)
{
    QUrlQuery q;
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), encoded(after));
    return call<DmiPage<DmiEndpoint>>(m_v2, "GET", withQuery(projectPath(projectId) + QStringLiteral("/endpoints"), q),
                                      {}, true, context, pageAnswer<DmiEndpoint>, std::move(done));
}

ApiRequest* DmiClient::getEndpoint(const QString& projectId, const QString& endpointId, QObject* context,
                                   Done<DmiEndpoint> done)
{
    return call<DmiEndpoint>(m_v2, "GET", endpointPath(projectId, endpointId), {}, true, context,
                             objectAnswer<DmiEndpoint>, std::move(done));
}

ApiRequest* DmiClient::createEndpoint(const QString& projectId, const QString& name, QObject* context,
                                      Done<DmiEndpoint> done)
{
    const nlohmann::ordered_json body = {{"name", name.toStdString()}, {"visibility", "VISIBILITY_PRIVATE"}};
    return call<DmiEndpoint>(m_v2, "POST", projectPath(projectId) + QStringLiteral("/endpoints"), dump(body), false,
                             context, objectAnswer<DmiEndpoint>, std::move(done));
}

ApiRequest* DmiClient::setTrafficSplit(const QString& projectId, const QString& endpointId,
                                       const QList<TrafficSplitEntry>& split, const QString& etag, QObject* context,
                                       Done<DmiEndpoint> done)
{
    nlohmann::ordered_json entries = nlohmann::ordered_json::array();
    for (const TrafficSplitEntry& e : split)
        entries.push_back({{"deploymentId", e.deploymentId.toStdString()}, {"weight", e.weight}});
    nlohmann::ordered_json body = {{"trafficSplit", entries}};
    if (!etag.isEmpty())
        body["etag"] = etag.toStdString();
    return call<DmiEndpoint>(m_v2, "PATCH",
                             endpointPath(projectId, endpointId) + QStringLiteral("?updateMask=trafficSplit"),
                             dump(body), true, context, objectAnswer<DmiEndpoint>, std::move(done));
}

ApiRequest* DmiClient::deleteEndpoint(const QString& projectId, const QString& endpointId, const QString& etag,
                                      QObject* context, Done<NoContent> done)
{
    QUrlQuery q;
    if (!etag.isEmpty())
        q.addQueryItem(QStringLiteral("etag"), encoded(etag));
    return call<NoContent>(m_v2, "DELETE", withQuery(endpointPath(projectId, endpointId), q), {}, false, context,
                           nothing, std::move(done));
}

ApiRequest* DmiClient::endpointEvents(const QString& projectId, const QString& endpointId, QObject* context,
                                      Done<DmiPage<DmiEvent>> done)
{
    return call<DmiPage<DmiEvent>>(m_v2, "GET", endpointPath(projectId, endpointId) + QStringLiteral("/events"), {},
                                   true, context, pageAnswer<DmiEvent>, std::move(done));
}

ApiRequest* DmiClient::listDeployments(const QString& projectId, const QString& endpointId, const QString& after,
                                       QObject* context, Done<DmiPage<Deployment>> done)
{
    QUrlQuery q;
    if (!after.isEmpty())
        q.addQueryItem(QStringLiteral("after"), encoded(after));
    return call<DmiPage<Deployment>>(m_v2, "GET",
                                     withQuery(endpointPath(projectId, endpointId) + QStringLiteral("/deployments"), q),
                                     {}, true, context, pageAnswer<Deployment>, std::move(done));
}

ApiRequest* DmiClient::getDeployment(const QString& projectId, const QString& endpointId, const QString& deploymentId,
                                     QObject* context, Done<Deployment> done)
{
    return call<Deployment>(m_v2, "GET", deploymentPath(projectId, endpointId, deploymentId), {}, true, context,
                            objectAnswer<Deployment>, std::move(done));
}

ApiRequest* DmiClient::createDeployment(const QString& projectId, const QString& endpointId,
                                        const DeploymentRequest& request, bool validateOnly, QObject* context,
                                        Done<Deployment> done)
{
    QString path = endpointPath(projectId, endpointId) + QStringLiteral("/deployments");
    if (validateOnly)
        path += QStringLiteral("?validateOnly=true");
    // A dry run provisions nothing: safe to send again. Its answer is the would-be deployment,
    // which has no id yet; any 2xx object means the request was accepted.
    auto parse = [validateOnly, request](const HttpResponse& r) -> std::optional<Deployment> {
        const nlohmann::json j = wire::parse(r.body);
        if (auto d = Deployment::fromJson(j))
            return d;
        if (!validateOnly || !(j.is_object() || r.body.trimmed().isEmpty()))
            return std::nullopt;
        Deployment d;
        d.name = wire::str(j, "name").isEmpty() ? request.name : wire::str(j, "name");
        d.model = wire::str(j, "model").isEmpty() ? request.model : wire::str(j, "model");
        d.config = wire::str(j, "config").isEmpty() ? request.config : wire::str(j, "config");
        d.hardware = wire::str(j, "hardware");
        d.autoscaling.minReplicas = request.minReplicas;
        d.autoscaling.maxReplicas = request.maxReplicas;
        return d;
    };
    return call<Deployment>(m_v2, "POST", path, dump(request.toJson()), validateOnly, context, parse, std::move(done));
}

ApiRequest* DmiClient::setAutoscaling(const QString& projectId, const QString& endpointId, const QString& deploymentId,
                                      int minReplicas, int maxReplicas, const QString& etag, QObject* context,
                                      Done<Deployment> done)
{
    nlohmann::ordered_json body = {{"autoscaling", {{"minReplicas", minReplicas}, {"maxReplicas", maxReplicas}}}};
    if (!etag.isEmpty())
        body["etag"] = etag.toStdString();
    return call<Deployment>(
        m_v2, "PATCH", deploymentPath(projectId, endpointId, deploymentId) + QStringLiteral("?updateMask=autoscaling"),
        dump(body), true, context, objectAnswer<Deployment>, std::move(done));
}

ApiRequest* DmiClient::deleteDeployment(const QString& projectId, const QString& endpointId,
                                        const QString& deploymentId, const QString& etag, QObject* context,
                                        Done<NoContent> done)
{
    QUrlQuery q;
    if (!etag.isEmpty())
        q.addQueryItem(QStringLiteral("etag"), encoded(etag));
    return call<NoContent>(m_v2, "DELETE", withQuery(deploymentPath(projectId, endpointId, deploymentId), q), {}, false,
                           context, nothing, std::move(done));
}

} // namespace td
