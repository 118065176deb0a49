#pragma once

#include "api/client/TogetherClient.h"
#include "api/wire/Deployment.h"
#include "api/wire/DeploymentRequest.h"
#include "api/wire/DmiConfig.h"
#include "api/wire/DmiEndpoint.h"
#include "api/wire/DmiEvent.h"
#include "api/wire/DmiPage.h"
#include "api/wire/InstanceType.h"
#include "api/wire/RegistryModel.h"
#include "api/wire/SupportedModel.h"
#include "api/wire/WhoAmI.h"

#include <QList>
#include <QUrl>

#include <functional>

namespace td {

// What GET /v2/supported-models is asked for. Enum values are sent fully qualified
// ("PRODUCT_DEDICATED"); a short one given here is qualified first.
struct SupportedModelQuery
{
    QString product;  // PRODUCT_DEDICATED | PRODUCT_SERVERLESS | PRODUCT_FINE_TUNING, or empty
    QString modality; // MODALITY_TEXT | ..., or empty
    QString search;
    int limit = 0; // 0: the server's default
    QString after; // a page's next_cursor
};

// The typed calls of dedicated endpoints v2 ("Dedicated Model Inference", contract 2026 §1),
// in TogetherClient's style: each call starts at once and hands its parsed answer, or an
// ApiError, to `done` in `context`'s thread. The control plane is the connection's
// controlPlaneUrl (https://api.together.ai/v2, or the emulator's /v2: DmiUrls); whoami is a
// v1 call. Wire JSON is camelCase with qualified enum strings and 64-bit counts as strings;
// every reader is tolerant (unknown fields and values never fail a parse). Creating an
// endpoint or a deployment and deleting are retried only on 429; reads and PATCHes (which set
// absolute values) also on 5xx and network errors.
class DmiClient
{
public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T>&)>;

    DmiClient(HttpTransport* transport, Connection connection);
    const Connection& connection() const { return m_v1; }
    HttpTransport* transport() const { return m_transport; }
    QUrl controlPlaneUrl() const { return m_v2.baseUrl; }
    // The connection to chat with a v2 endpoint or deployment: the inference host, the same key.
    Connection inferenceConnection() const;

    // Who the key belongs to: the project id every v2 path needs (GET /v1/whoami).
    ApiRequest* whoami(QObject* context, Done<WhoAmI> done);

    // The catalogue: what can be deployed, with its certified profiles, and what it costs.
    ApiRequest* supportedModels(const SupportedModelQuery& query, QObject* context, Done<DmiPage<SupportedModel>> done);
    // Every page of supportedModels (at most kMaxPages, then an error says the list was cut).
    void allSupportedModels(const SupportedModelQuery& query, QObject* context, Done<QList<SupportedModel>> done);
    ApiRequest* supportedModel(const QString& id, QObject* context, Done<SupportedModel> done);
    ApiRequest* instanceTypes(QObject* context, Done<QList<InstanceType>> done);
    ApiRequest* configs(const QString& projectId, const QString& referenceModelId, const QString& after,
                        QObject* context, Done<DmiPage<DmiConfig>> done);
    ApiRequest* registryModel(const QString& projectId, const QString& modelId, QObject* context,
                              Done<RegistryModel> done);

    // Endpoints
    ApiRequest* listEndpoints(const QString& projectId, const QString& after, QObject* context,
                              Done<DmiPage<DmiEndpoint>> done);
    ApiRequest* getEndpoint(const QString& projectId, const QString& endpointId, QObject* context,
                            Done<DmiEndpoint> done);
    ApiRequest* createEndpoint(const QString& projectId, const QString& name, QObject* context, Done<DmiEndpoint> done);
    // PATCH ?updateMask=trafficSplit with the etag read last (a stale one answers 409).
    ApiRequest* setTrafficSplit(const QString& projectId, const QString& endpointId,
                                const QList<TrafficSplitEntry>& split, const QString& etag, QObject* context,
                                Done<DmiEndpoint> done);
    ApiRequest* deleteEndpoint(const QString& projectId, const QString& endpointId, const QString& etag,
                               QObject* context, Done<NoContent> done);
    ApiRequest* endpointEvents(const QString& projectId, const QString& endpointId, QObject* context,
                               Done<DmiPage<DmiEvent>> done);

    // Deployments
    ApiRequest* listDeployments(const QString& projectId, const QString& endpointId, const QString& after,
                                QObject* context, Done<DmiPage<Deployment>> done);
    ApiRequest* getDeployment(const QString& projectId, const QString& endpointId, const QString& deploymentId,
                              QObject* context, Done<Deployment> done);
    // `validateOnly`: the server checks the request and provisions nothing (a dry run); the
    // answer then has no id (the would-be deployment, or the request's fields).
    ApiRequest* createDeployment(const QString& projectId, const QString& endpointId, const DeploymentRequest& request,
                                 bool validateOnly, QObject* context, Done<Deployment> done);
    // PATCH ?updateMask=autoscaling: 0/0 stops, raising both from 0 restarts.
    ApiRequest* setAutoscaling(const QString& projectId, const QString& endpointId, const QString& deploymentId,
                               int minReplicas, int maxReplicas, const QString& etag, QObject* context,
                               Done<Deployment> done);
    ApiRequest* deleteDeployment(const QString& projectId, const QString& endpointId, const QString& deploymentId,
                                 const QString& etag, QObject* context, Done<NoContent> done);

    static constexpr int kMaxPages = 100;
    // "PRODUCT_" + "dedicated" → "PRODUCT_DEDICATED"; a qualified value stays as it is.
    static QString qualified(const QString& value, const char* prefix);

private:
    template<typename T, typename Parse>
    ApiRequest* call(const Connection& on, const QByteArray& method, const QString& path, const QByteArray& body,
                     bool idempotent, QObject* context, Parse parse, Done<T> done);

    HttpTransport* m_transport;
    Connection m_v1; // whoami
    Connection m_v2; // the control plane
};

} // namespace td
