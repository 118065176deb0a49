#include "widgets/endpoints/EndpointsPane.h"

#include "api/connection/ApiContext.h"
#include "api/connection/DemoConnection.h"
#include "core/Settings.h"
#include "endpoints/DmiDeploymentsModel.h"
#include "endpoints/DmiRules.h"
#include "endpoints/EndpointMonitor.h"
#include "endpoints/SpendLedger.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/RecordTable.h"
#include "widgets/endpoints/DmiSection.h"
#include "widgets/endpoints/NewEndpointDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace td {

EndpointsPane::EndpointsPane(ApiContext* api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_monitor(new EndpointMonitor(this))
    , m_table(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_connect(new QPushButton(tr("Connections…"), this))
    , m_create(new QPushButton(tr("&New Endpoint…"), this))
    , m_start(new QPushButton(tr("St&art"), this))
    , m_stop(new QPushButton(tr("St&op"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_open(new QPushButton(tr("Open in &Playground"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_dmi(new DmiSection(api, this))
    , m_body(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_ledger(std::make_unique<SpendLedger>(SpendLedger::defaultPath()))
{
    m_monitor->model()->setLedger(m_ledger.get());
    m_dmi->setLedger(m_ledger.get());
    m_table->setModel(m_monitor->model());
    setUpRecordTable(m_table, QStringLiteral("endpointsTable"), tr("Dedicated endpoints"));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_banner->setWordWrap(true);
    m_cost->setObjectName(QStringLiteral("runningCost"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_open->setToolTip(tr("Chat with this endpoint (it must be running)"));
    m_stop->setToolTip(
        tr("Stop it: a stopped endpoint costs nothing. Together no longer restarts v1 endpoints (since July 2026): "
           "to serve the model again, deploy it on v2"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_connect);
    top->addWidget(m_refresh);
    top->addWidget(m_create);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_start);
    actions->addWidget(m_stop);
    actions->addWidget(m_delete);
    actions->addWidget(m_open);
    auto* idle = new QSpinBox(this);
    idle->setObjectName(QStringLiteral("idleReminderMinutes"));
    idle->setAccessibleName(tr("Remind me after idle minutes"));
    idle->setRange(0, 24 * 60);
    idle->setSuffix(tr(" min"));
    idle->setSpecialValueText(tr("never"));
    idle->setToolTip(tr("Remind me when a running endpoint has had no request from TuneDesk for this long"));
    idle->setValue(Settings::instance()->get(Settings::Key::EndpointIdleMinutes).toInt());
    m_monitor->setIdleMinutes(idle->value());
    connect(idle, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_monitor->setIdleMinutes(minutes);
        Settings::instance()->set(Settings::Key::EndpointIdleMinutes, minutes);
    });
    actions->addSpacing(12);
    actions->addWidget(new QLabel(tr("Idle reminder after:"), this));
    actions->addWidget(idle);
    actions->addStretch();
    actions->addWidget(m_cost);
    auto* endpoints = new QWidget(this);
    auto* endpointsLayout = new QVBoxLayout(endpoints);
    endpointsLayout->setContentsMargins(0, 0, 0, 0);
    endpointsLayout->addWidget(m_table, 1);
    endpointsLayout->addLayout(actions);
    endpointsLayout->addWidget(m_dmi, 1);
    m_empty->setObjectName(QStringLiteral("endpointsEmptyState"));
    QPushButton* demo = m_empty->addButton(tr("Try the &Demo Connection"));
    demo->setToolTip(tr("A local server that behaves like Together: no account, nothing leaves this machine"));
    connect(demo, &QPushButton::clicked, m_api->demo(), &DemoConnection::start);
    connect(m_empty->addButton(tr("&Connect to Together…")), &QPushButton::clicked, this,
            &EndpointsPane::connectionsRequested);
    m_body->addWidget(endpoints);
    m_body->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    connect(m_dmi, &DmiSection::playgroundRequested, this, &EndpointsPane::playgroundRequested);
    connect(m_dmi, &DmiSection::deployed, this, &EndpointsPane::dmiDeployed);
    connect(m_dmi, &DmiSection::runningCostChanged, this, &EndpointsPane::updateCost);

    connect(m_connect, &QPushButton::clicked, this, &EndpointsPane::connectionsRequested);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_monitor->isConnected())
            m_monitor->refresh();
        else
            reconnect();
    });
    connect(m_create, &QPushButton::clicked, this, [this] { newEndpoint(); });
    connect(m_start, &QPushButton::clicked, this, &EndpointsPane::startSelected);
    connect(m_stop, &QPushButton::clicked, this, &EndpointsPane::stopSelected);
    connect(m_delete, &QPushButton::clicked, this, &EndpointsPane::deleteSelected);
    connect(m_open, &QPushButton::clicked, this, &EndpointsPane::openSelectedInPlayground);
    connect(m_table, &QTableView::doubleClicked, this, &EndpointsPane::openSelectedInPlayground);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EndpointsPane::updateButtons);
    connect(m_monitor, &EndpointMonitor::updated, this, [this] {
        // Why an action was refused stays until the next action (each poll used to replace it).
        if (!m_notice.isEmpty()) {
            updateButtons();
            updateCost();
            return;
        }
        m_banner->setText(
            m_monitor->model()->rowCount() == 0
                ? tr("No dedicated endpoints on %1. Serverless models and LoRA fine-tunes need none; "
                     "a full fine-tune or a model without serverless inference does: deploy it on "
                     "v2 below, or with Deploy… on its job page.")
                      .arg(activeName())
                : tr("%1: %n dedicated endpoint(s).", nullptr, m_monitor->model()->rowCount()).arg(activeName()));
        updateButtons();
        updateCost();
    });
    connect(m_monitor->model(), &QAbstractItemModel::dataChanged, this, &EndpointsPane::updateCost);
    connect(m_monitor, &EndpointMonitor::failed, this, [this](const ApiError& e) {
        m_banner->setText(
            tr("The list could not be refreshed (%1); showing what was last known.").arg(e.explanation()));
    });
    connect(m_monitor, &EndpointMonitor::actionFailed, this, [this](const QString& what, const ApiError& e) {
        if (offerV2(e))
            return;
        Dialogs::warning(this, tr("Endpoints"), tr("%1 failed: %2").arg(what, e.explanation()));
    });
    connect(m_monitor, &EndpointMonitor::created, this, [this](const Endpoint& e) { selectEndpoint(e.id); });
    connect(m_monitor, &EndpointMonitor::idle, this, [this](const Endpoint& e, qint64 minutes) {
        emit idleReminder(tr("An endpoint is idle"),
                          tr("%1 has had no requests from TuneDesk for %n minute(s) and is still running (and "
                             "billed). Stop it in the Endpoints pane if you no longer need it.",
                             nullptr, int(minutes))
                              .arg(e.displayName.isEmpty() ? e.name : e.displayName));
    });
    connect(m_api->profiles(), &ConnectionProfiles::changed, this, &EndpointsPane::reconnect);
    connect(m_api->profiles(), &ConnectionProfiles::activeChanged, this, &EndpointsPane::reconnect);
    reconnect();
    updateButtons();
}

QString EndpointsPane::activeName() const
{
    const auto p = m_api->profiles()->profile(m_api->profiles()->activeId());
    return p ? p->name : m_api->profiles()->activeId();
}

QString EndpointsPane::emptyStateText() const
{
    return m_body->currentIndex() == 1 ? m_empty->text() : QString();
}

void EndpointsPane::reconnect()
{
    const QString id = m_api->profiles()->activeId();
    m_notice.clear(); // about the connection before
    m_banner->setText(tr("Connecting to %1…").arg(activeName()));
    // Another account's endpoints are not this one's (and its polls stop now).
    m_monitor->setClient(std::nullopt);
    m_dmi->setConnection(std::nullopt);
    m_monitor->model()->setEndpoints({}, QDateTime::currentDateTimeUtc());
    m_api->profiles()->resolve(id, this, [this, id](const Result<Connection>& c, const QString&) {
        if (id != m_api->profiles()->activeId())
            return; // another choice since
        if (!c) {
            m_monitor->setClient(std::nullopt);
            m_dmi->setConnection(std::nullopt);
            m_banner->setText(tr("Not connected: %1").arg(c.error().message));
            m_empty->setText(tr("Not connected to %1").arg(activeName()),
                             tr("%1\n\nDedicated endpoints serve a model on hardware of its own, billed while "
                                "they run. Connect with your Together API key, or try the demo connection to see "
                                "how it works without an account.")
                                 .arg(c.error().message));
            m_body->setCurrentIndex(1);
            m_connect->show();
            updateButtons();
            return;
        }
        m_connect->hide();
        m_body->setCurrentIndex(0);
        m_banner->setText(tr("Loading endpoints from %1…").arg(activeName()));
        m_monitor->setClient(TogetherClient(m_api->transport(), *c));
        m_dmi->setConnection(*c);
        updateButtons();
    });
}

QString EndpointsPane::selectedId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.siblingAtColumn(0).data(EndpointsModel::EndpointIdRole).toString() : QString();
}

void EndpointsPane::selectEndpoint(const QString& id)
{
    const int row = m_monitor->model()->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    updateButtons();
}

QString EndpointsPane::costText() const
{
    return m_cost->text();
}

QString EndpointsPane::banner() const
{
    return m_banner->text();
}

void EndpointsPane::updateButtons()
{
    const EndpointsModel::Row* row = m_monitor->model()->row(selectedId());
    const EndpointState s = row ? row->endpoint.state : EndpointState::Unknown;
    m_create->setEnabled(m_monitor->isConnected());
    m_start->setEnabled(row && (s == EndpointState::Stopped || s == EndpointState::Error));
    m_stop->setEnabled(row &&
                       (s == EndpointState::Started || s == EndpointState::Starting || s == EndpointState::Pending));
    m_delete->setEnabled(row != nullptr);
    m_open->setEnabled(row && s == EndpointState::Started);
}

EndpointsPane::~EndpointsPane()
{
    // The children outlive the members: they must not keep the ledger about to go.
    m_monitor->model()->setLedger(nullptr);
    m_dmi->setLedger(nullptr);
}

void EndpointsPane::updateCost()
{
    const EndpointsModel* m = m_monitor->model();
    const QLocale locale;
    if (m->startedCount() == 0)
        m_cost->setText(tr("v1: nothing running."));
    else
        m_cost->setText(tr("<b>v1: %n running: $%1/h</b> · about $%2 spent so far", nullptr, m->startedCount())
                            .arg(locale.toString(m->runningDollarsPerHour(), 'f', 2),
                                 locale.toString(m->runningDollarsSoFar(), 'f', 2)));
    // The status bar: everything that bills by the hour, v1 endpoints and v2 deployments.
    const int running = m->startedCount() + m_dmi->model()->runningCount();
    const double perHour = m->runningDollarsPerHour() + m_dmi->model()->runningDollarsPerHour();
    emit runningCostChanged(
        running == 0 ? QString()
                     : tr("%n endpoint(s) running: $%1/h", nullptr, running).arg(locale.toString(perHour, 'f', 2)));
}

void EndpointsPane::newEndpoint(const QString& model)
{
    if (!m_monitor->client()) {
        emit connectionsRequested();
        return;
    }
    QStringList models;
    for (int i = 0; i < m_monitor->model()->rowCount(); ++i)
        models << m_monitor->model()->rowAt(i).endpoint.model;
    models.removeDuplicates();
    // Window-modal and not blocking: the lists it reads keep arriving while it is open.
    auto* dialog = new NewEndpointDialog(*m_monitor->client(), models, this);
    dialog->setObjectName(QStringLiteral("newEndpointDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!model.isEmpty())
        dialog->setModel(model);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_v1Model = dialog->request().model;
        m_monitor->create(dialog->request());
    });
    dialog->open();
}

void EndpointsPane::startSelected()
{
    m_notice.clear();
    if (const EndpointsModel::Row* row = m_monitor->model()->row(selectedId())) {
        m_v1Model = row->endpoint.model;
        m_monitor->setStarted(row->endpoint.id, true);
    }
}

void EndpointsPane::stopSelected()
{
    m_notice.clear();
    const EndpointsModel::Row* row = m_monitor->model()->row(selectedId());
    if (!row)
        return;
    if (Dialogs::question(
            this, tr("Stop Endpoint"),
            tr("Stop %1? This is a v1 endpoint: since July 2026 Together no longer starts v1 endpoints again, so "
               "requests to it will fail for good. To serve the model afterwards, deploy it on v2.")
                .arg(row->endpoint.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        m_monitor->setStarted(row->endpoint.id, false);
}

void EndpointsPane::deleteSelected()
{
    m_notice.clear();
    const EndpointsModel::Row* row = m_monitor->model()->row(selectedId());
    if (!row)
        return;
    if (Dialogs::question(
            this, tr("Delete Endpoint"),
            tr("Delete %1? This cannot be undone; a new endpoint would get a new name.").arg(row->endpoint.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        m_monitor->remove(row->endpoint.id);
}

void EndpointsPane::openSelectedInPlayground()
{
    const EndpointsModel::Row* row = m_monitor->model()->row(selectedId());
    if (!row)
        return;
    if (row->endpoint.state != EndpointState::Started) {
        Dialogs::information(
            this, tr("Open in Playground"),
            tr("%1 is not running. Start it first; requests to a stopped endpoint fail.").arg(row->endpoint.name));
        return;
    }
    emit playgroundRequested(m_api->profiles()->activeId(), row->endpoint.name);
}

} // namespace td

namespace td {

bool EndpointsPane::offerV2(const ApiError& e)
{
    if (!DmiRules::isV1Retired(e))
        return false;
    const QString model = m_v1Model;
    m_notice = DmiRules::v1RetiredExplanation();
    m_banner->setText(m_notice);
    if (model.isEmpty()) {
        Dialogs::warning(this, tr("Endpoints"), DmiRules::v1RetiredExplanation());
        return true;
    }
    if (Dialogs::question(this, tr("Dedicated Endpoints v1 Are Retired"),
                          DmiRules::v1RetiredExplanation() + QStringLiteral("\n\n") +
                              tr("Deploy %1 on a dedicated endpoint v2 now?").arg(model),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes)
        deployModel(model);
    return true;
}

DeployDialog* EndpointsPane::deployJob(const QString& jobId)
{
    return m_dmi->deployJob(jobId);
}

DeployDialog* EndpointsPane::deployModel(const QString& modelName)
{
    return m_dmi->deployModel(modelName);
}

} // namespace td
