#include "endpoints/DeployPlan.h"

#include "endpoints/DmiRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace td {

namespace {

bool validName(const QString& name)
{
    static const QRegularExpression dns(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return dns.match(name).hasMatch();
}

} // namespace

DeployPlan::DeployPlan(TogetherClient v1, DmiClient client, QObject* parent)
    : QObject(parent)
    , m_v1(std::move(v1))
    , m_client(std::move(client))
{
    qRegisterMetaType<td::DeployPlan::Stage>();
    qRegisterMetaType<td::Deployment>();
    qRegisterMetaType<td::Error>();
}

void DeployPlan::setStage(Stage s)
{
    m_stage = s;
    emit stageChanged(s);
}

void DeployPlan::fail(const QString& message, Error::Code code)
{
    ++m_generation;
    // Back to where a new attempt can start.
    setStage(m_options.isEmpty() ? Stage::Idle : Stage::Resolved);
    emit failed(Error::make(code, message));
}

void DeployPlan::failApi(const QString& what, const ApiError& e)
{
    fail(what + QStringLiteral(": ") + e.explanation());
}

void DeployPlan::cancel()
{
    if (m_actions)
        m_actions->cancel();
    if (m_stage != Stage::Idle && m_stage != Stage::Resolved && m_stage != Stage::Ready)
        fail(tr("Stopped. What was already created stays: see the Endpoints pane."), Error::Code::Cancelled);
}

void DeployPlan::resolveJob(const QString& jobId)
{
    ++m_generation;
    const quint64 gen = m_generation;
    m_options.clear();
    setStage(Stage::Resolving);
    emit progress(tr("Reading fine-tune %1…").arg(jobId));
    m_v1.getFineTune(jobId, this, [=, this](const ApiResult<FineTuneJob>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return failApi(tr("Reading the fine-tune failed"), *e);
        const FineTuneJob job = std::get<FineTuneJob>(r);
        if (job.status != JobStatus::Completed)
            return fail(tr("Fine-tune %1 has not completed (%2): only a finished fine-tune can be deployed.")
                            .arg(job.id, job.statusText),
                        Error::Code::Unsupported);
        if (job.modelObjectId.isEmpty())
            return fail(tr("Fine-tune %1 has no model in the registry (no model_object_id): its upload to the "
                           "registry may have failed, so it cannot be deployed. Its output name %2 is not "
                           "deployable; download the weights instead.")
                            .arg(job.id, job.outputName),
                        Error::Code::Unsupported);
        m_title = job.modelObjectName.isEmpty() ? job.outputName : job.modelObjectName;
        m_baseModel = job.model;
        emit progress(tr("Finding your project…"));
        m_client.whoami(this, [=, this](const ApiResult<WhoAmI>& who) {
            if (gen != m_generation)
                return;
            if (const auto* e = std::get_if<ApiError>(&who))
                return failApi(tr("Reading the project (whoami) failed"), *e);
            m_project = std::get<WhoAmI>(who);
            const QString ml = job.modelObjectId;
            emit progress(tr("Reading model %1 from the registry…").arg(ml));
            m_client.registryModel(m_project.projectId, ml, this, [=, this](const ApiResult<RegistryModel>& m) {
                if (gen != m_generation)
                    return;
                // Without the registry's answer the base's catalogue entry still names its configs.
                const QString baseId =
                    std::holds_alternative<RegistryModel>(m) ? std::get<RegistryModel>(m).baseModelId : QString();
                loadOptions(job.model, baseId, QStringLiteral("projects/%1/models/%2").arg(m_project.projectId, ml));
            });
        });
    });
}

void DeployPlan::resolveModel(const QString& modelName)
{
    ++m_generation;
    const quint64 gen = m_generation;
    m_options.clear();
    m_title = modelName;
    m_baseModel = modelName;
    setStage(Stage::Resolving);
    emit progress(tr("Finding your project…"));
    m_client.whoami(this, [=, this](const ApiResult<WhoAmI>& who) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&who))
            return failApi(tr("Reading the project (whoami) failed"), *e);
        m_project = std::get<WhoAmI>(who);
        loadOptions(modelName, {}, {});
    });
}

// `registryModel` empty: a catalogue model, deployed as its profiles name it.
void DeployPlan::loadOptions(const QString& baseModelName, const QString& baseModelId, const QString& registryModel)
{
    const quint64 gen = m_generation;
    emit progress(tr("Looking up %1 in the supported models…").arg(baseModelName));
    SupportedModelQuery q;
    q.search = baseModelName;
    m_client.allSupportedModels(q, this, [=, this](const ApiResult<QList<SupportedModel>>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<ApiError>(&r))
            return failApi(tr("Reading the supported models failed"), *e);
        std::optional<SupportedModel> entry;
        for (const SupportedModel& m : std::get<QList<SupportedModel>>(r))
            if (m.name.compare(baseModelName, Qt::CaseInsensitive) == 0)
                entry = m;
        const QList<DeploymentProfile> profiles = entry ? entry->deploymentProfiles : QList<DeploymentProfile>();
        auto fromProfile = [entry, registryModel](const DeploymentProfile& p) {
            DeployOption o;
            o.model = registryModel.isEmpty() ? p.model : registryModel;
            o.config = p.config;
            o.gpuType = p.gpuType;
            o.gpuCount = p.gpuCount;
            o.quantization = p.quantization;
            o.parallelism = p.parallelism;
            o.contextLength = p.maxContextLength ? p.maxContextLength : entry->contextLength;
            o.decodingSpeedTps = p.decodingSpeedTps;
            o.timeToFirstTokenMs = p.timeToFirstTokenMs;
            o.certifiedProfile = true;
            return o;
        };
        if (registryModel.isEmpty()) {
            if (!entry)
                return fail(tr("%1 is not among the models dedicated endpoints v2 support, so it cannot be deployed "
                               "there.")
                                .arg(baseModelName),
                            Error::Code::Unsupported);
            for (const DeploymentProfile& p : profiles)
                m_options.append(fromProfile(p));
            if (m_options.isEmpty())
                return fail(tr("%1 has no deployment profile on dedicated endpoints v2, so it cannot be deployed "
                               "there.")
                                .arg(baseModelName),
                            Error::Code::Unsupported);
            return priceOptions();
        }
        // A fine-tune: the configs of its base, enriched with what the certified profiles say.
        const QString reference = !baseModelId.isEmpty() ? baseModelId : entry ? entry->baseModelId : QString();
        if (reference.isEmpty()) {
            for (const DeploymentProfile& p : profiles)
                m_options.append(fromProfile(p));
            if (m_options.isEmpty())
                return fail(tr("No configs found for model %1: its base %2 cannot be hosted on dedicated endpoints "
                               "v2. Download the weights instead.")
                                .arg(m_title, baseModelName),
                            Error::Code::Unsupported);
            return priceOptions();
        }
        emit progress(tr("Reading the configs of %1…").arg(baseModelName));
        m_client.configs(m_project.projectId, reference, {}, this, [=, this](const ApiResult<DmiPage<DmiConfig>>& c) {
            if (gen != m_generation)
                return;
            const QList<DmiConfig> configs = std::holds_alternative<DmiPage<DmiConfig>>(c)
                                                 ? std::get<DmiPage<DmiConfig>>(c).items
                                                 : QList<DmiConfig>();
            for (const DmiConfig& config : configs) {
                DeployOption o;
                o.model = registryModel;
                o.config = config.qualifiedName();
                o.gpuType = config.acceleratorType();
                o.gpuCount = config.acceleratorCount();
                o.quantization = config.optimization().toUpper();
                o.contextLength = entry ? entry->contextLength : 0;
                for (const DeploymentProfile& p : profiles)
                    if (p.config == o.config) {
                        DeployOption enriched = fromProfile(p);
                        enriched.model = registryModel;
                        o = enriched;
                    }
                m_options.append(o);
            }
            if (m_options.isEmpty())
                for (const DeploymentProfile& p : profiles)
                    m_options.append(fromProfile(p));
            if (m_options.isEmpty())
                return fail(tr("No configs found for model %1: its base %2 has neither configs nor a deployment "
                               "profile, so it cannot be hosted on dedicated endpoints v2. Download the weights "
                               "instead.")
                                .arg(m_title, baseModelName),
                            Error::Code::Unsupported);
            priceOptions();
        });
    });
}

void DeployPlan::priceOptions()
{
    const quint64 gen = m_generation;
    emit progress(tr("Reading the prices of the hardware…"));
    m_client.instanceTypes(this, [=, this](const ApiResult<QList<InstanceType>>& r) {
        if (gen != m_generation)
            return;
        // Without prices the options stay, their cost unknown (never guessed).
        if (const auto* types = std::get_if<QList<InstanceType>>(&r))
            for (DeployOption& o : m_options)
                o.instance = InstanceType::find(*types, o.gpuType, o.gpuCount);
        m_recommended = 0;
        for (int i = 1; i < m_options.size(); ++i) {
            const auto a = m_options[i].dollarsPerReplicaHour(), b = m_options[m_recommended].dollarsPerReplicaHour();
            if (a && (!b || *a < *b))
                m_recommended = i;
        }
        setStage(Stage::Resolved);
        emit resolved();
    });
}

DeployPlan::Choice DeployPlan::defaultChoice() const
{
    Choice c;
    c.option = m_recommended;
    c.endpointName = DmiRules::nameFrom(m_title);
    c.deploymentName = QStringLiteral("d1");
    return c;
}

std::optional<QString> DeployPlan::problem(const Choice& c) const
{
    if (c.option < 0 || c.option >= m_options.size())
        return tr("Choose the hardware to deploy on.");
    if (!validName(c.endpointName))
        return tr("The endpoint name must be 1 to 63 lower-case letters, digits and dashes, starting and ending "
                  "with a letter or digit.");
    if (!validName(c.deploymentName))
        return tr("The deployment name must be 1 to 63 lower-case letters, digits and dashes.");
    if (c.minReplicas < 1)
        return tr("A new deployment needs at least 1 replica.");
    return DmiRules::autoscalingProblem(c.minReplicas, c.maxReplicas);
}

std::optional<double> DeployPlan::dollarsPerHour(const Choice& c, bool atMaximum) const
{
    if (c.option < 0 || c.option >= m_options.size() || !m_options[c.option].instance)
        return std::nullopt;
    return DmiRules::dollarsPerHour(*m_options[c.option].instance, atMaximum ? c.maxReplicas : c.minReplicas);
}

QString DeployPlan::endpointModelName(const Choice& c) const
{
    return m_endpoint.name.isEmpty() || !m_endpoint.name.endsWith(QLatin1Char('/') + c.endpointName)
               ? m_project.projectSlug + QLatin1Char('/') + c.endpointName
               : m_endpoint.name;
}

DeploymentRequest DeployPlan::requestFor(const Choice& c) const
{
    DeploymentRequest r;
    r.name = c.deploymentName;
    r.model = m_options[c.option].model;
    r.config = m_options[c.option].config;
    r.minReplicas = c.minReplicas;
    r.maxReplicas = c.maxReplicas;
    return r;
}

void DeployPlan::ensureEndpoint(const Choice& c, std::function<void()> next)
{
    const quint64 gen = m_generation;
    if (!m_endpoint.id.isEmpty() && m_endpoint.name.endsWith(QLatin1Char('/') + c.endpointName))
        return next();
    setStage(Stage::CreatingEndpoint);
    emit progress(tr("Creating endpoint %1 (free: only running replicas are billed)…").arg(endpointModelName(c)));
    m_client.createEndpoint(m_project.projectId, c.endpointName, this, [=, this](const ApiResult<DmiEndpoint>& r) {
        if (gen != m_generation)
            return;
        if (const auto* e = std::get_if<DmiEndpoint>(&r)) {
            m_endpoint = *e;
            return next();
        }
        const ApiError& e = std::get<ApiError>(r);
        if (!DmiRules::isConflict(e))
            return failApi(tr("Creating the endpoint failed"), e);
        // The name is taken: one of ours? Then it is reused.
        m_client.listEndpoints(m_project.projectId, {}, this, [=, this](const ApiResult<DmiPage<DmiEndpoint>>& l) {
            if (gen != m_generation)
                return;
            if (const auto* page = std::get_if<DmiPage<DmiEndpoint>>(&l))
                for (const DmiEndpoint& existing : page->items)
                    if (existing.name.section(QLatin1Char('/'), -1) == c.endpointName) {
                        m_endpoint = existing;
                        emit progress(
                            tr("Endpoint %1 exists already; the deployment is added to it.").arg(existing.name));
                        return next();
                    }
            failApi(tr("Creating the endpoint failed"), e);
        });
    });
}

void DeployPlan::validate(const Choice& c, std::function<void()> next)
{
    const quint64 gen = m_generation;
    setStage(Stage::DryRun);
    emit progress(tr("Checking the deployment with the server (validateOnly: nothing is provisioned)…"));
    m_client.createDeployment(m_project.projectId, m_endpoint.id, requestFor(c), true, this,
                              [=, this](const ApiResult<Deployment>& r) {
                                  if (gen != m_generation)
                                      return;
                                  if (const auto* e = std::get_if<ApiError>(&r))
                                      return failApi(tr("The server refused the dry run"), *e);
                                  next();
                              });
}

void DeployPlan::dryRun(const Choice& c)
{
    if (const auto p = problem(c))
        return fail(*p, Error::Code::Unsupported);
    ++m_generation;
    ensureEndpoint(c, [this, c] {
        validate(c, [this, c] {
            setStage(Stage::Resolved);
            const auto cost = dollarsPerHour(c);
            emit dryRunPassed(
                cost ? tr("The server accepts this deployment: %1 on %2, %3–%4 replicas, $%5 an hour while %3 "
                          "run.")
                           .arg(m_options[c.option].model, m_options[c.option].hardwareText())
                           .arg(c.minReplicas)
                           .arg(c.maxReplicas)
                           .arg(*cost, 0, 'f', 2)
                     : tr("The server accepts this deployment: %1 on %2 (price unknown).")
                           .arg(m_options[c.option].model, m_options[c.option].hardwareText()));
        });
    });
}

void DeployPlan::deploy(const Choice& c)
{
    if (const auto p = problem(c))
        return fail(*p, Error::Code::Unsupported);
    ++m_generation;
    ensureEndpoint(c, [this, c] { validate(c, [this, c] { create(c); }); });
}

void DeployPlan::create(const Choice& c)
{
    const quint64 gen = m_generation;
    setStage(Stage::Creating);
    emit progress(tr("Creating deployment %1…").arg(c.deploymentName));
    m_client.createDeployment(
        m_project.projectId, m_endpoint.id, requestFor(c), false, this, [=, this](const ApiResult<Deployment>& r) {
            if (gen != m_generation)
                return;
            if (const auto* e = std::get_if<ApiError>(&r))
                return failApi(tr("Creating the deployment failed"), *e);
            m_deployment = std::get<Deployment>(r);
            emit deploymentChanged(m_deployment);
            setStage(Stage::Provisioning);
            delete m_actions;
            m_actions = new DeploymentActions(m_client, m_project.projectId, this);
            m_actions->setPollInterval(m_pollMs);
            connect(m_actions, &DeploymentActions::progress, this, &DeployPlan::progress);
            connect(m_actions, &DeploymentActions::deploymentChanged, this, [this](const Deployment& d) {
                m_deployment = d;
                emit deploymentChanged(d);
            });
            connect(m_actions, &DeploymentActions::endpointChanged, this,
                    [this](const DmiEndpoint& e) { m_endpoint = e; });
            connect(m_actions, &DeploymentActions::failed, this, [this, gen](const Error& e) {
                if (gen == m_generation)
                    fail(e.message, e.code);
            });
            connect(m_actions, &DeploymentActions::finished, this, [this, c, gen](const QString&) {
                if (gen != m_generation)
                    return;
                if (m_stage == Stage::Provisioning) {
                    // READY: without weight it would serve nothing.
                    setStage(Stage::Routing);
                    emit progress(tr("Ready. A ready deployment serves nothing until it has traffic weight: "
                                     "setting its weight to 1…"));
                    m_actions->setWeight(m_endpoint.id, m_deployment.id, 1);
                    return;
                }
                setStage(Stage::Ready);
                const QString name = endpointModelName(c);
                emit progress(tr("Deployed. Traffic weight set to 1, so chats to %1 reach deployment %2.")
                                  .arg(name, m_deployment.name.isEmpty() ? m_deployment.id : m_deployment.name));
                emit deployed(name, m_deployment);
            });
            m_actions->waitFor(
                m_endpoint.id, m_deployment.id,
                [](const Deployment& d) {
                    return d.status.state == DeploymentState::Ready && d.status.readyReplicas > 0;
                },
                tr("Provisioning"));
        });
}

} // namespace td
