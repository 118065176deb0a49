#pragma once

#include "api/client/DmiClient.h"
#include "api/client/TogetherClient.h"
#include "core/Error.h"
#include "endpoints/DeployOption.h"
#include "endpoints/DeploymentActions.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace td {

// Deploying a model on dedicated endpoints v2, the one engine behind the Deploy dialog and
// `tunedesk-cli endpoints deploy`. First it resolves what can be deployed:
//  - a finished fine-tune: GET /v1/fine-tunes/{id} gives its registry id (model_object_id,
//    never model_output_name, which is not deployable); the model is
//    projects/{project}/models/{ml}; its configs are those of its base
//    (GET /v2/projects/{p}/models/{ml} → baseModelId → configs), else the base's certified
//    deployment profiles from the supported-model catalogue;
//  - a catalogue model by name: its certified deployment profiles, sent verbatim;
// each option priced from the instance types (price per replica-hour × replicas; an unknown
// price stays unknown). Then it deploys: creates the endpoint (or reuses one of that name),
// asks for a validateOnly dry run, creates the deployment, follows it to READY showing the
// server's status message, and gives it traffic weight 1 — a READY deployment with no weight
// serves nothing, so the plan sets it and says so.
class DeployPlan : public QObject
{
    Q_OBJECT

public:
    struct Choice
    {
        int option = 0;
        QString endpointName;   // without the project slug
        QString deploymentName; // unique within the endpoint
        int minReplicas = 1;
        int maxReplicas = 1;
    };
    enum class Stage { Idle, Resolving, Resolved, CreatingEndpoint, DryRun, Creating, Provisioning, Routing, Ready };

    DeployPlan(TogetherClient v1, DmiClient client, QObject* parent = nullptr);
    void setPollInterval(int ms) { m_pollMs = ms; }

    void resolveJob(const QString& jobId);
    void resolveModel(const QString& modelName);

    // Known once resolved().
    Stage stage() const { return m_stage; }
    const QString& projectId() const { return m_project.projectId; }
    const QString& projectSlug() const { return m_project.projectSlug; }
    const QString& title() const { return m_title; }         // what is deployed, for people
    const QString& baseModel() const { return m_baseModel; } // its base (a fine-tune's) or itself
    const QList<DeployOption>& options() const { return m_options; }
    int recommendedOption() const { return m_recommended; }
    Choice defaultChoice() const;
    // Why this choice must not be sent (names, replicas); nullopt when it may.
    std::optional<QString> problem(const Choice& c) const;
    // What the running replicas (the minimum) cost an hour, and the most (the maximum).
    std::optional<double> dollarsPerHour(const Choice& c, bool atMaximum = false) const;
    QString endpointModelName(const Choice& c) const; // "<slug>/<endpoint>": chat's `model`

    // Creates (or reuses) the endpoint and asks for a validateOnly deployment: dryRunPassed()
    // or failed(). Nothing is provisioned or billed.
    void dryRun(const Choice& c);
    // The whole deployment: dry run first, then the real one, READY, weight.
    void deploy(const Choice& c);
    void cancel();
    // The deployment created (once Creating is past).
    const Deployment& deployment() const { return m_deployment; }
    const DmiEndpoint& endpoint() const { return m_endpoint; }

signals:
    void resolved();
    void stageChanged(td::DeployPlan::Stage stage);
    void progress(const QString& text);
    void deploymentChanged(const td::Deployment& deployment);
    void dryRunPassed(const QString& summary);
    void deployed(const QString& endpointModelName, const td::Deployment& deployment);
    void failed(const td::Error& error);

private:
    void setStage(Stage s);
    void fail(const QString& message, Error::Code code = Error::Code::Io);
    void failApi(const QString& what, const ApiError& e);
    void loadOptions(const QString& baseModelName, const QString& baseModelId, const QString& registryModel);
    void priceOptions();
    void ensureEndpoint(const Choice& c, std::function<void()> next);
    void validate(const Choice& c, std::function<void()> next);
    void create(const Choice& c);
    DeploymentRequest requestFor(const Choice& c) const;

    TogetherClient m_v1;
    DmiClient m_client;
    int m_pollMs = 5000;
    Stage m_stage = Stage::Idle;
    quint64 m_generation = 0;
    WhoAmI m_project;
    QString m_title, m_baseModel;
    QList<DeployOption> m_options;
    int m_recommended = 0;
    DmiEndpoint m_endpoint;
    Deployment m_deployment;
    QPointer<DeploymentActions> m_actions;
};

} // namespace td

Q_DECLARE_METATYPE(td::DeployPlan::Stage)
