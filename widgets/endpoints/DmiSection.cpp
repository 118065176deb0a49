#include "widgets/endpoints/DmiSection.h"

#include "api/client/DmiClient.h"
#include "api/connection/ApiContext.h"
#include "endpoints/DeploymentActions.h"
#include "endpoints/DmiDeploymentsModel.h"
#include "endpoints/DmiInventory.h"
#include "endpoints/DmiRules.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/RecordTable.h"
#include "widgets/endpoints/DeployDialog.h"
#include "widgets/endpoints/EventsDialog.h"
#include "widgets/endpoints/ScaleDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace td {

DmiSection::DmiSection(ApiContext* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(new DmiDeploymentsModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_deploy(new QPushButton(tr("Deploy on v&2…"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_start(new QPushButton(tr("Start"), this))
    , m_scale(new QPushButton(tr("Sca&le…"), this))
    , m_events(new QPushButton(tr("Even&ts…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_open(new QPushButton(tr("Open in Playground"), this))
    , m_timer(new QTimer(this))
{
    m_table->setModel(m_model);
    setUpRecordTable(m_table, QStringLiteral("dmiTable"), tr("Dedicated endpoints v2 and their deployments"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("dmiStatus"));
    m_cost->setObjectName(QStringLiteral("dmiCost"));
    m_deploy->setObjectName(QStringLiteral("dmiDeploy"));
    m_deploy->setToolTip(tr("Deploy a model from the supported-model catalogue on a dedicated endpoint v2 (a "
                            "finished fine-tune: Deploy on its job page)"));
    // Named apart from the v1 table's buttons of the same text, for screen readers.
    m_stop->setAccessibleName(tr("Stop the selected v2 deployment"));
    m_start->setAccessibleName(tr("Start the selected v2 deployment"));
    m_delete->setAccessibleName(tr("Delete the selected v2 endpoint"));
    m_open->setAccessibleName(tr("Open the selected v2 deployment in the playground"));
    m_stop->setObjectName(QStringLiteral("dmiStop"));
    m_stop->setToolTip(tr("Scale to 0/0 replicas: a stopped deployment costs nothing and can be started again"));
    m_start->setObjectName(QStringLiteral("dmiStart"));
    m_scale->setObjectName(QStringLiteral("dmiScale"));
    m_scale->setToolTip(tr("Minimum and maximum replicas: Together scales between them under load"));
    m_events->setObjectName(QStringLiteral("dmiEvents"));
    m_events->setToolTip(tr("What happened to the endpoint's deployments: provisioning, scaling, failures"));
    m_delete->setObjectName(QStringLiteral("dmiDelete"));
    m_delete->setToolTip(tr("Stops every deployment, takes it out of the traffic split, deletes it, then the "
                            "endpoint"));
    m_open->setObjectName(QStringLiteral("dmiOpen"));
    m_timer->setSingleShot(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_deploy);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_start);
    buttons->addWidget(m_scale);
    buttons->addWidget(m_events);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_cost);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_deploy, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString model =
            QInputDialog::getText(this, tr("Deploy on v2"), tr("Model from the supported-model catalogue:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok && !model.trimmed().isEmpty())
            deployModel(model.trimmed());
    });
    connect(m_stop, &QPushButton::clicked, this, &DmiSection::stopSelected);
    connect(m_start, &QPushButton::clicked, this, &DmiSection::startSelected);
    connect(m_delete, &QPushButton::clicked, this, &DmiSection::deleteSelected);
    connect(m_scale, &QPushButton::clicked, this, &DmiSection::scaleSelected);
    connect(m_events, &QPushButton::clicked, this, &DmiSection::eventsOfSelected);
    connect(m_open, &QPushButton::clicked, this, &DmiSection::openSelectedInPlayground);
    connect(m_table, &QTableView::doubleClicked, this, &DmiSection::openSelectedInPlayground);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DmiSection::updateButtons);
    connect(m_timer, &QTimer::timeout, this, &DmiSection::refresh);
    setConnection(std::nullopt);
}

void DmiSection::setLedger(SpendLedger* ledger)
{
    m_ledger = ledger;
    if (m_inventory)
        m_inventory->setLedger(ledger);
}

void DmiSection::setConnection(const std::optional<Connection>& connection)
{
    m_connection = connection;
    delete m_inventory;
    m_inventory = nullptr;
    delete m_actions;
    m_actions = nullptr;
    if (!connection) {
        m_status->setText(tr("Dedicated endpoints v2: not connected."));
        m_model->setEndpoints({});
        updateButtons();
        return;
    }
    m_inventory = new DmiInventory(DmiClient(m_api->transport(), *connection), this);
    m_inventory->setLedger(m_ledger);
    connect(m_inventory, &DmiInventory::loaded, this, &DmiSection::loaded);
    connect(m_inventory, &DmiInventory::failed, this, [this](const ApiError& e) {
        m_status->setText(
            tr("Dedicated endpoints v2 could not be read (%1); showing what was last known.").arg(e.explanation()));
        schedule();
    });
    m_status->setText(tr("Loading dedicated endpoints v2…"));
    refresh();
}

void DmiSection::setPollIntervals(int changingMs, int steadyMs)
{
    m_changingMs = changingMs;
    m_steadyMs = steadyMs;
    schedule();
}

QString DmiSection::status() const
{
    return m_status->text();
}

void DmiSection::refresh()
{
    if (m_inventory)
        m_inventory->load();
}

void DmiSection::schedule()
{
    const bool busy = (m_inventory && m_inventory->anyChanging()) || (m_actions && m_actions->isBusy());
    m_timer->start(busy ? m_changingMs : m_steadyMs);
}

void DmiSection::loaded()
{
    const QModelIndex current = m_table->currentIndex();
    const QString ep = current.isValid() ? current.data(DmiDeploymentsModel::EndpointIdRole).toString() : QString();
    const QString dep = current.isValid() ? current.data(DmiDeploymentsModel::DeploymentIdRole).toString() : QString();
    m_model->setEndpoints(m_inventory->endpoints());
    if (!ep.isEmpty())
        selectDeployment(ep, dep);
    m_status->setText(m_model->rowCount() == 0
                          ? tr("No dedicated endpoints v2 in project %1. Deploy a finished fine-tune from its job "
                               "page, or a catalogue model with Deploy on v2.")
                                .arg(m_inventory->project().projectId)
                          : tr("Dedicated endpoints v2 in project %1:").arg(m_inventory->project().projectId));
    const QLocale locale;
    const int running = m_model->runningCount();
    m_cost->setText(
        running == 0
            ? tr("v2: nothing running; $%1 spent while watched.").arg(locale.toString(m_model->spentDollars(), 'f', 2))
            : tr("<b>v2: %n running: $%1/h</b> · $%2 spent while watched", nullptr, running)
                  .arg(locale.toString(m_model->runningDollarsPerHour(), 'f', 2),
                       locale.toString(m_model->spentDollars(), 'f', 2)));
    emit runningCostChanged(running == 0 ? QString()
                                         : tr("%n v2 deployment(s) running: $%1/h", nullptr, running)
                                               .arg(locale.toString(m_model->runningDollarsPerHour(), 'f', 2)));
    updateButtons();
    schedule();
}

void DmiSection::selectDeployment(const QString& endpointId, const QString& deploymentId)
{
    const int row = m_model->rowOf(endpointId, deploymentId);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

void DmiSection::updateButtons()
{
    const int row = m_table->currentIndex().row();
    const DmiDeploymentView* d = m_model->deploymentAt(row);
    const bool idle = !m_actions || !m_actions->isBusy();
    m_deploy->setEnabled(m_connection.has_value());
    m_stop->setEnabled(idle && d && !d->deployment.autoscaling.isStopped());
    m_start->setEnabled(idle && d && !DmiRules::restartProblem(d->deployment.status.state));
    m_delete->setEnabled(idle && m_model->endpointAt(row));
    // A running deployment takes new bounds; a stopped one is restarted by them (only from STOPPED).
    m_scale->setEnabled(
        idle && d && (!d->deployment.autoscaling.isStopped() || !DmiRules::restartProblem(d->deployment.status.state)));
    m_events->setEnabled(m_model->endpointAt(row) != nullptr);
    m_open->setEnabled(d && servesTraffic(d->deployment.status.state));
}

DeploymentActions* DmiSection::actions()
{
    if (!m_actions && m_inventory) {
        m_actions = new DeploymentActions(m_inventory->client(), m_inventory->project().projectId, this);
        m_actions->setPollInterval(m_changingMs);
        connect(m_actions, &DeploymentActions::progress, this, [this](const QString& s) { m_status->setText(s); });
        connect(m_actions, &DeploymentActions::finished, this, [this](const QString& s) {
            m_status->setText(s);
            refresh();
        });
        connect(m_actions, &DeploymentActions::failed, this, [this](const Error& e) {
            Dialogs::warning(this, tr("Dedicated Endpoints v2"), e.message);
            refresh();
        });
        connect(m_actions, &DeploymentActions::deploymentChanged, this, &DmiSection::schedule);
    }
    return m_actions;
}

void DmiSection::stopSelected()
{
    const int row = m_table->currentIndex().row();
    const DmiDeploymentView* d = m_model->deploymentAt(row);
    if (!d || !actions())
        return;
    if (Dialogs::question(this, tr("Stop Deployment"),
                          tr("Stop %1 (0/0 replicas)? Requests to it fail until it is started again, which takes "
                             "minutes. A stopped deployment is not billed.")
                              .arg(d->deployment.name),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    actions()->stop(m_model->endpointAt(row)->endpoint.id, d->deployment.id, true);
    updateButtons();
    refresh();
}

void DmiSection::startSelected()
{
    const int row = m_table->currentIndex().row();
    const DmiDeploymentView* d = m_model->deploymentAt(row);
    if (!d || !actions())
        return;
    if (const auto problem = DmiRules::restartProblem(d->deployment.status.state)) {
        Dialogs::information(this, tr("Start Deployment"), *problem);
        return;
    }
    // Starting restarts billing: say what it will cost and ask, as Stop and Delete do.
    const QString price =
        d->instance ? tr(" at $%1 per hour").arg(QLocale().toString(d->instance->dollarsPerHour(), 'f', 2)) : QString();
    if (Dialogs::question(this, tr("Start Deployment"),
                          tr("Start %1 with one replica%2? It is billed from the moment it is ready until you "
                             "stop it.")
                              .arg(d->deployment.name, price),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    actions()->start(m_model->endpointAt(row)->endpoint.id, d->deployment.id, 1, 1);
    updateButtons();
    refresh();
}

ScaleDialog* DmiSection::scaleSelected()
{
    const int row = m_table->currentIndex().row();
    const DmiDeploymentView* d = m_model->deploymentAt(row);
    if (!d || !actions())
        return nullptr;
    const QString endpointId = m_model->endpointAt(row)->endpoint.id;
    const QString deploymentId = d->deployment.id;
    std::optional<double> price;
    if (d->instance)
        price = d->instance->dollarsPerHour();
    auto* dialog = new ScaleDialog(d->deployment.name, d->deployment.autoscaling.minReplicas,
                                   d->deployment.autoscaling.maxReplicas, price, this);
    dialog->setObjectName(QStringLiteral("scaleDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, endpointId, deploymentId] {
        if (!actions())
            return;
        actions()->setAutoscaling(endpointId, deploymentId, dialog->minReplicas(), dialog->maxReplicas());
        updateButtons();
        refresh();
    });
    dialog->open();
    return dialog;
}

EventsDialog* DmiSection::eventsOfSelected()
{
    const DmiEndpointView* e = m_model->endpointAt(m_table->currentIndex().row());
    if (!e || !m_inventory)
        return nullptr;
    auto* dialog = new EventsDialog(m_inventory->client(), m_inventory->project().projectId, e->endpoint.id,
                                    e->endpoint.name, this);
    dialog->setObjectName(QStringLiteral("eventsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DmiSection::deleteSelected()
{
    const int row = m_table->currentIndex().row();
    const DmiEndpointView* e = m_model->endpointAt(row);
    if (!e || !actions())
        return;
    if (Dialogs::question(this, tr("Delete Endpoint"),
                          tr("Delete %1 and its %n deployment(s)? Each is stopped (0/0) and waited for, taken out of "
                             "the traffic split and deleted; then the endpoint. This cannot be undone.",
                             nullptr, int(e->deployments.size()))
                              .arg(e->endpoint.name),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    actions()->removeEndpoint(e->endpoint.id);
    updateButtons();
}

void DmiSection::openSelectedInPlayground()
{
    const int row = m_table->currentIndex().row();
    const DmiDeploymentView* d = m_model->deploymentAt(row);
    if (!d)
        return;
    if (!servesTraffic(d->deployment.status.state)) {
        Dialogs::information(this, tr("Open in Playground"),
                             tr("%1 is not ready; requests to it fail.").arg(d->deployment.name));
        return;
    }
    // With weight, the endpoint's name; without, the deployment's own name reaches it.
    emit playgroundRequested(m_api->profiles()->activeId(),
                             d->weight > 0 ? m_model->endpointAt(row)->endpoint.name : d->deployment.name);
}

DeployDialog* DmiSection::openDialog()
{
    if (!m_connection) {
        Dialogs::information(this, tr("Deploy"), tr("Not connected to Together: set up the connection first."));
        return nullptr;
    }
    auto* dialog = new DeployDialog(TogetherClient(m_api->transport(), *m_connection),
                                    DmiClient(m_api->transport(), *m_connection), this);
    dialog->setObjectName(QStringLiteral("deployDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->plan()->setPollInterval(m_changingMs);
    connect(dialog, &DeployDialog::deployed, this, [this](const QString& name) {
        refresh();
        emit deployed(name);
    });
    connect(dialog->plan(), &DeployPlan::stageChanged, this, [this] { refresh(); });
    dialog->open();
    return dialog;
}

DeployDialog* DmiSection::deployJob(const QString& jobId)
{
    DeployDialog* dialog = openDialog();
    if (dialog)
        dialog->deployJob(jobId);
    return dialog;
}

DeployDialog* DmiSection::deployModel(const QString& modelName)
{
    DeployDialog* dialog = openDialog();
    if (dialog)
        dialog->deployModel(modelName);
    return dialog;
}

} // namespace td
