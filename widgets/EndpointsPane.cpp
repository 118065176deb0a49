#include "widgets/EndpointsPane.h"

#include "api/ApiContext.h"
#include "core/Settings.h"
#include "playground/EndpointMonitor.h"
#include "widgets/Dialogs.h"
#include "widgets/NewEndpointDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
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
{
    m_table->setModel(m_monitor->model());
    m_table->setObjectName(QStringLiteral("endpointsTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_banner->setWordWrap(true);
    m_cost->setObjectName(QStringLiteral("runningCost"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_open->setToolTip(tr("Chat with this endpoint (it must be running)"));
    m_stop->setToolTip(tr("Stop it: a stopped endpoint costs nothing and can be started again"));

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
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

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
        m_banner->setText(m_monitor->model()->rowCount() == 0
                              ? tr("No dedicated endpoints. Serverless models and LoRA fine-tunes need none; "
                                   "a full fine-tune or a model without serverless inference does.")
                              : tr("%n dedicated endpoint(s).", nullptr, m_monitor->model()->rowCount()));
        updateButtons();
        updateCost();
    });
    connect(m_monitor->model(), &QAbstractItemModel::dataChanged, this, &EndpointsPane::updateCost);
    connect(m_monitor, &EndpointMonitor::failed, this, [this](const ApiError& e) {
        m_banner->setText(
            tr("The list could not be refreshed (%1); showing what was last known.").arg(e.explanation()));
    });
    connect(m_monitor, &EndpointMonitor::actionFailed, this, [this](const QString& what, const ApiError& e) {
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
    reconnect();
    updateButtons();
}

void EndpointsPane::reconnect()
{
    m_banner->setText(tr("Connecting…"));
    m_api->profiles()->resolve(QStringLiteral("together"), this, [this](const Result<Connection>& c, const QString&) {
        if (!c) {
            m_monitor->setClient(std::nullopt);
            m_banner->setText(tr("Not connected: %1").arg(c.error().message));
            m_connect->show();
            updateButtons();
            return;
        }
        m_connect->hide();
        m_banner->setText(tr("Loading endpoints…"));
        m_monitor->setClient(TogetherClient(m_api->transport(), *c));
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

void EndpointsPane::updateCost()
{
    const EndpointsModel* m = m_monitor->model();
    if (m->startedCount() == 0) {
        m_cost->setText(tr("Nothing running."));
        emit runningCostChanged(QString());
        return;
    }
    const QLocale locale;
    m_cost->setText(tr("<b>%n running: $%1/h</b> · about $%2 since they started", nullptr, m->startedCount())
                        .arg(locale.toString(m->runningDollarsPerHour(), 'f', 2),
                             locale.toString(m->runningDollarsSoFar(), 'f', 2)));
    emit runningCostChanged(tr("%n endpoint(s) running: $%1/h", nullptr, m->startedCount())
                                .arg(locale.toString(m->runningDollarsPerHour(), 'f', 2)));
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_monitor->create(dialog->request()); });
    dialog->open();
}

void EndpointsPane::startSelected()
{
    if (const QString id = selectedId(); !id.isEmpty())
        m_monitor->setStarted(id, true);
}

void EndpointsPane::stopSelected()
{
    const EndpointsModel::Row* row = m_monitor->model()->row(selectedId());
    if (!row)
        return;
    if (Dialogs::question(
            this, tr("Stop Endpoint"),
            tr("Stop %1? Requests to it fail until it is started again (which takes minutes).").arg(row->endpoint.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes)
        m_monitor->setStarted(row->endpoint.id, false);
}

void EndpointsPane::deleteSelected()
{
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
    emit playgroundRequested(QStringLiteral("together"), row->endpoint.name);
}

} // namespace td
