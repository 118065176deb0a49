#include "widgets/endpoints/DeployDialog.h"
#include "api/wire/HardwareName.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace td {

DeployDialog::DeployDialog(TogetherClient v1, DmiClient client, QWidget* parent)
    : QDialog(parent)
    , m_plan(new DeployPlan(std::move(v1), std::move(client), this))
    , m_title(new QLabel(this))
    , m_options(new QTableWidget(0, 6, this))
    , m_endpoint(new QLineEdit(this))
    , m_deployment(new QLineEdit(this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_price(new QLabel(this))
    , m_result(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_check(new QPushButton(tr("&Check (Dry Run)"), this))
    , m_deploy(new QPushButton(tr("&Deploy"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Deploy on a Dedicated Endpoint (v2)"));
    setWindowModality(Qt::WindowModal);
    resize(760, 560);
    m_title->setWordWrap(true);
    m_title->setText(tr("Reading what can be deployed…"));
    m_options->setObjectName(QStringLiteral("deployOptions"));
    m_options->setAccessibleName(tr("Hardware to deploy on"));
    m_options->setHorizontalHeaderLabels(
        {tr("GPUs"), tr("Quantization"), tr("Context"), tr("Speed"), tr("First token"), tr("Price per replica-hour")});
    m_options->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_options->setSelectionMode(QAbstractItemView::SingleSelection);
    m_options->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_options->verticalHeader()->hide();
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_options->horizontalHeader()->setStretchLastSection(true);
    m_options->setTabKeyNavigation(false);
    m_endpoint->setObjectName(QStringLiteral("endpointName"));
    m_endpoint->setAccessibleName(tr("Endpoint name"));
    m_endpoint->setToolTip(tr("Lower-case letters, digits and dashes; your project's slug is put in front. It cannot "
                              "be renamed later. An endpoint of this name that exists already is reused."));
    m_deployment->setObjectName(QStringLiteral("deploymentName"));
    m_deployment->setAccessibleName(tr("Deployment name"));
    m_min->setObjectName(QStringLiteral("minReplicas"));
    m_min->setAccessibleName(tr("Minimum replicas"));
    m_min->setRange(1, 64);
    m_max->setObjectName(QStringLiteral("maxReplicas"));
    m_max->setAccessibleName(tr("Maximum replicas"));
    m_max->setRange(1, 64);
    m_min->setToolTip(tr("Replicas that always run (and are billed). Equal to the maximum: a fixed number."));
    m_max->setToolTip(tr("Above the minimum, replicas are added under load (8 requests in flight each)."));
    m_price->setObjectName(QStringLiteral("deployPrice"));
    m_price->setAccessibleName(tr("Price per hour"));
    m_price->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setObjectName(QStringLiteral("deployResult"));
    m_result->setAccessibleName(tr("Result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log->setObjectName(QStringLiteral("deployLog"));
    m_log->setAccessibleName(tr("Progress"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(500);
    m_log->setTabChangesFocus(true);
    m_check->setObjectName(QStringLiteral("dryRunButton"));
    m_check->setAccessibleName(tr("Check with a dry run"));
    m_check->setToolTip(tr("Creates the endpoint (free) and asks the server to validate the deployment without "
                           "provisioning anything"));
    m_deploy->setObjectName(QStringLiteral("deployButton"));
    m_deploy->setAccessibleName(tr("Deploy"));
    // Deploying bills by the hour: Return in a name field must not do it.
    m_deploy->setAutoDefault(false);
    m_check->setAutoDefault(false);
    m_close->setAccessibleName(tr("Close"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Endpoint name:"), m_endpoint);
    form->addRow(tr("De&ployment name:"), m_deployment);
    auto* replicas = new QHBoxLayout;
    auto* minLabel = new QLabel(tr("Mi&n:"), this);
    minLabel->setBuddy(m_min);
    auto* maxLabel = new QLabel(tr("Ma&x:"), this);
    maxLabel->setBuddy(m_max);
    replicas->addWidget(minLabel);
    replicas->addWidget(m_min);
    replicas->addWidget(maxLabel);
    replicas->addWidget(m_max);
    replicas->addStretch();
    form->addRow(tr("Replicas:"), replicas);
    form->addRow(tr("Price:"), m_price);
    auto* optionsLabel = new QLabel(tr("&Hardware (certified profiles):"), this);
    optionsLabel->setBuddy(m_options);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch();
    buttons->addWidget(m_deploy);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(optionsLabel);
    layout->addWidget(m_options, 1);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);
    setTabOrder(m_options, m_endpoint);
    setTabOrder(m_endpoint, m_deployment);
    setTabOrder(m_deployment, m_min);
    setTabOrder(m_min, m_max);
    setTabOrder(m_max, m_check);
    setTabOrder(m_check, m_deploy);
    setTabOrder(m_deploy, m_close);

    connect(m_options, &QTableWidget::currentCellChanged, this, &DeployDialog::updatePrice);
    connect(m_endpoint, &QLineEdit::textChanged, this, &DeployDialog::updatePrice);
    connect(m_deployment, &QLineEdit::textChanged, this, &DeployDialog::updatePrice);
    connect(m_min, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_max->value() < v)
            m_max->setValue(v);
        updatePrice();
    });
    connect(m_max, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_min->value() > v)
            m_min->setValue(v);
        updatePrice();
    });
    connect(m_check, &QPushButton::clicked, this, &DeployDialog::dryRun);
    connect(m_deploy, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_close, &QPushButton::clicked, this, [this] {
        m_plan->cancel();
        reject();
    });
    connect(m_plan, &DeployPlan::progress, this, &DeployDialog::addLog);
    connect(m_plan, &DeployPlan::resolved, this, &DeployDialog::fillOptions);
    connect(m_plan, &DeployPlan::failed, this, [this](const Error& e) {
        setBusy(false);
        if (m_options->rowCount() == 0)
            m_title->setText(tr("<b>%1</b> cannot be deployed here.").arg(m_plan->title().toHtmlEscaped()));
        m_result->setText(tr("<b>Not deployed.</b> %1").arg(e.message.toHtmlEscaped()));
        addLog(e.message);
        updatePrice();
    });
    connect(m_plan, &DeployPlan::dryRunPassed, this, [this](const QString& summary) {
        setBusy(false);
        m_result->setText(tr("Dry run passed: %1").arg(summary.toHtmlEscaped()));
    });
    connect(m_plan, &DeployPlan::deploymentChanged, this, [this](const Deployment& d) {
        m_result->setText(tr("Deployment %1: <b>%2</b>%3")
                              .arg(d.name.toHtmlEscaped(), deploymentStateText(d.status.state),
                                   d.status.message.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" — ") + d.status.message.toHtmlEscaped()));
    });
    connect(m_plan, &DeployPlan::deployed, this, [this](const QString& name, const Deployment&) {
        setBusy(false);
        m_result->setText(tr("<b>Ready.</b> Its traffic weight is set to 1, so chats to <b>%1</b> reach it (on the "
                             "inference host). It is billed while its replicas run: stop it in the Endpoints pane "
                             "when you no longer need it.")
                              .arg(name.toHtmlEscaped()));
        m_deploy->setEnabled(false);
        m_check->setEnabled(false);
        m_close->setText(tr("Done"));
        emit deployed(name);
    });
    setBusy(true);
}

void DeployDialog::deployJob(const QString& jobId)
{
    m_title->setText(
        tr("Deploying fine-tune <b>%1</b>: reading it and what it can run on…").arg(jobId.toHtmlEscaped()));
    m_plan->resolveJob(jobId);
}

void DeployDialog::deployModel(const QString& modelName)
{
    m_title->setText(tr("Deploying <b>%1</b>: reading what it can run on…").arg(modelName.toHtmlEscaped()));
    m_plan->resolveModel(modelName);
}

void DeployDialog::fillOptions()
{
    setBusy(false);
    m_title->setText(tr("Deploy <b>%1</b> (base %2) in project %3. A ready deployment is billed per minute for each "
                        "ready replica.")
                         .arg(m_plan->title().toHtmlEscaped(), m_plan->baseModel().toHtmlEscaped(),
                              m_plan->projectId().toHtmlEscaped()));
    const QLocale locale;
    m_options->setRowCount(int(m_plan->options().size()));
    for (int i = 0; i < m_plan->options().size(); ++i) {
        const DeployOption& o = m_plan->options()[i];
        const QStringList cells{
            readableHardware(o.gpuCount, o.gpuType),
            o.quantization.isEmpty() ? tr("—") : o.quantization,
            o.contextLength ? locale.toString(o.contextLength) : tr("—"),
            o.decodingSpeedTps ? tr("%1 tokens/s").arg(locale.toString(*o.decodingSpeedTps, 'f', 0)) : tr("—"),
            o.timeToFirstTokenMs ? tr("%1 ms").arg(locale.toString(*o.timeToFirstTokenMs, 'f', 0)) : tr("—"),
            o.dollarsPerReplicaHour() ? QStringLiteral("$") + locale.toString(*o.dollarsPerReplicaHour(), 'f', 2)
                                      : tr("unknown")};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 0 && o.certifiedProfile)
                item->setToolTip(tr("A certified profile (%1)").arg(o.config));
            m_options->setItem(i, c, item);
        }
    }
    const DeployPlan::Choice c = m_plan->defaultChoice();
    setChoice(c);
    m_options->setFocus();
}

DeployPlan::Choice DeployDialog::choice() const
{
    DeployPlan::Choice c;
    c.option = m_options->currentRow();
    c.endpointName = m_endpoint->text().trimmed();
    c.deploymentName = m_deployment->text().trimmed();
    c.minReplicas = m_min->value();
    c.maxReplicas = m_max->value();
    return c;
}

void DeployDialog::setChoice(const DeployPlan::Choice& c)
{
    m_options->setCurrentCell(c.option, 0);
    m_endpoint->setText(c.endpointName);
    m_deployment->setText(c.deploymentName);
    m_max->setValue(c.maxReplicas);
    m_min->setValue(c.minReplicas);
    updatePrice();
}

void DeployDialog::updatePrice()
{
    if (m_plan->stage() == DeployPlan::Stage::Idle || m_plan->stage() == DeployPlan::Stage::Resolving) {
        m_price->clear();
        // Nothing resolved (still reading, or the model has nothing to deploy on): nothing to send.
        m_deploy->setEnabled(false);
        m_check->setEnabled(false);
        return;
    }
    const DeployPlan::Choice c = choice();
    // A dry run's verdict was about the choice before this change.
    if (m_result->text().startsWith(tr("Dry run passed: %1").section(QLatin1Char('%'), 0, 0)))
        m_result->clear();
    const QLocale locale;
    const auto low = m_plan->dollarsPerHour(c);
    const auto high = m_plan->dollarsPerHour(c, true);
    if (!low)
        m_price->setText(tr("unknown (the hardware's price is not listed)"));
    else if (c.minReplicas == c.maxReplicas)
        m_price->setText(c.minReplicas == 1
                             ? tr("$%1 per hour (one replica)").arg(locale.toString(*low, 'f', 2))
                             : tr("$%1 per hour (%2 replicas)").arg(locale.toString(*low, 'f', 2)).arg(c.minReplicas));
    else
        m_price->setText(tr("$%1 per hour, up to $%2 under load")
                             .arg(locale.toString(*low, 'f', 2), locale.toString(high.value_or(*low), 'f', 2)));
    const auto problem = m_plan->problem(c);
    if (!m_busy) {
        m_deploy->setEnabled(!problem);
        m_check->setEnabled(!problem);
    }
    if (problem && m_plan->stage() == DeployPlan::Stage::Resolved)
        m_result->setText(problem->toHtmlEscaped());
}

void DeployDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_check->setEnabled(!busy);
    m_deploy->setEnabled(!busy);
    m_options->setEnabled(!busy);
    m_endpoint->setEnabled(!busy);
    m_deployment->setEnabled(!busy);
    m_min->setEnabled(!busy);
    m_max->setEnabled(!busy);
}

void DeployDialog::addLog(const QString& line)
{
    m_log->appendPlainText(line);
}

void DeployDialog::dryRun()
{
    setBusy(true);
    m_result->setText(tr("Checking…"));
    m_plan->dryRun(choice());
}

void DeployDialog::deploy()
{
    setBusy(true);
    m_result->setText(tr("Deploying…"));
    m_plan->deploy(choice());
}

QString DeployDialog::priceText() const
{
    return m_price->text();
}

QString DeployDialog::resultText() const
{
    return m_result->text();
}

QString DeployDialog::log() const
{
    return m_log->toPlainText();
}

} // namespace td
