#pragma once

#include "api/client/ModelCatalog.h"
#include "api/client/TogetherClient.h"
#include "jobs/ServingVerdict.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace td {

class DedicatedCatalogue;

// Gathers the facts ServingVerdict decides from. Offline (static): the bundled catalog only,
// nothing is asked. Live: the platform is asked, in parallel, whether the result answers a
// 1-token chat (a finished job's output name; before launch the base's "-Lora" serving
// target), whether the base is in Together's supported models for dedicated inference with
// certified deployment profiles, and what the instance types of those profiles cost. The New
// Fine-Tune dialog, a finished job's page and tunedesk-cli all decide through it.
class ServingCheck final : public QObject
{
    Q_OBJECT

public:
    // What the bundled catalog says about serving the result of `request` / of `job`.
    static ServingFacts offlineForRequest(const FineTuneRequest& request, const ModelCatalog& catalog);
    static ServingFacts offlineForJob(const FineTuneJob& job, const ModelCatalog& catalog);
    // The probe's chat request: one short user message and max_tokens 1.
    static QByteArray probeRequest(const QString& model);
    // What a failed probe means: model_not_available, a "non-serverless" answer or a 404 say
    // the model is not served serverlessly; anything else (no connection, a bad key, a server
    // error) means it could not be asked.
    static ServingFacts::Probe probeOutcome(const ApiError& error);

    // `dedicated` answers the v2 catalogue's questions; by default Together's v2 control plane
    // beside the client's connection (V2DedicatedCatalogue).
    explicit ServingCheck(const TogetherClient& client, QObject* parent = nullptr,
                          std::shared_ptr<DedicatedCatalogue> dedicated = nullptr);
    ~ServingCheck() override;

    // Asks the platform and emits decided() once every answer is in. A new check replaces
    // the one running (its answers are dropped).
    void checkRequest(const FineTuneRequest& request, const ModelCatalog& catalog);
    void checkJob(const FineTuneJob& job, const ModelCatalog& catalog);
    bool isRunning() const { return m_pending > 0; }

signals:
    void decided(const td::ServingVerdict& verdict);

private:
    void start(ServingFacts facts, const ModelCatalog& catalog);
    void probe(QObject* calls);
    void askDedicated(QObject* calls);
    void oneDone(QObject* calls);

    TogetherClient m_client;
    std::shared_ptr<DedicatedCatalogue> m_dedicated;
    QPointer<QObject> m_calls; // the running calls' context: deleting it aborts them
    ServingFacts m_facts;
    ModelCatalog m_catalog;
    int m_pending = 0;
};

} // namespace td
