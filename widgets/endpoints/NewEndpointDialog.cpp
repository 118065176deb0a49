#include "widgets/endpoints/NewEndpointDialog.h"
#include "api/wire/HardwareName.h"

#include "playground/ModelDirectory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

NewEndpointDialog::NewEndpointDialog(const TogetherClient& client, const QStringList& models, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(new QComboBox(this))
    , m_hardwareBox(new QComboBox(this))
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_name(new QLineEdit(this))
    , m_start(new QCheckBox(tr("Start it now"), this))
    , m_speculative(new QCheckBox(tr("Disable speculative decoding"), this))
    , m_inactive(new QSpinBox(this))
    , m_zone(new QLineEdit(this))
    , m_cost(new QLabel(this))
{
    setWindowTitle(tr("New Dedicated Endpoint"));
    m_model->setEditable(true);
    m_model->addItems(models);
    m_model->setMinimumContentsLength(40);
    m_model->setObjectName(QStringLiteral("endpointModel"));
    m_model->lineEdit()->setAccessibleName(tr("Model")); // the text field in the combo box
    m_hardwareBox->setObjectName(QStringLiteral("endpointHardware"));
    m_min->setRange(1, 64);
    m_max->setRange(1, 64);
    m_min->setToolTip(tr("Replicas that always run (and are always billed)"));
    m_max->setToolTip(tr("Replicas it may scale up to under load"));
    m_name->setPlaceholderText(tr("optional"));
    m_start->setChecked(true);
    m_inactive->setRange(0, 24 * 60);
    m_inactive->setValue(60);
    m_inactive->setSuffix(tr(" min"));
    m_inactive->setSpecialValueText(tr("never"));
    m_inactive->setToolTip(tr("Stop by itself after this long without requests, so an idle endpoint does not "
                              "keep costing money"));
    m_zone->setPlaceholderText(tr("any"));
    m_cost->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Hardware:"), m_hardwareBox);
    form->addRow(tr("Min replicas:"), m_min);
    form->addRow(tr("Max replicas:"), m_max);
    form->addRow(tr("Display &name:"), m_name);
    form->addRow(tr("Auto-stop when idle for:"), m_inactive);
    form->addRow(tr("Availability zone:"), m_zone);
    form->addRow(QString(), m_start);
    form->addRow(QString(), m_speculative);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create Endpoint"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_cost);
    layout->addWidget(buttons);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &NewEndpointDialog::loadHardware);
    connect(m_model, &QComboBox::currentTextChanged, this, [this] { m_debounce.start(); });
    connect(m_hardwareBox, &QComboBox::currentIndexChanged, this, &NewEndpointDialog::updateCost);
    connect(m_min, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_max->value() < v)
            m_max->setValue(v);
        updateCost();
    });
    connect(m_max, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_min->value() > v)
            m_min->setValue(v);
        updateCost();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadHardware();
    loadModels();
}

void NewEndpointDialog::loadModels()
{
    // Your finished fine-tunes first (a full fine-tune needs an endpoint to be used at all),
    // then the platform's chat models; what is typed stays.
    auto* directory = new ModelDirectory(this);
    connect(directory, &ModelDirectory::loaded, this, [this, directory] {
        const QString current = m_model->currentText();
        const QSignalBlocker block(m_model);
        int at = 0;
        for (const ModelDirectory::Entry& e : directory->entries(QStringLiteral("together")))
            if (e.kind != ModelDirectory::Kind::Endpoint && m_model->findText(e.id) < 0)
                m_model->insertItem(e.kind == ModelDirectory::Kind::Model ? m_model->count() : at++, e.id);
        m_model->setCurrentText(current);
        directory->deleteLater();
    });
    directory->load(QStringLiteral("together"), m_client, true);
}

QStringList NewEndpointDialog::models() const
{
    QStringList list;
    for (int i = 0; i < m_model->count(); ++i)
        list << m_model->itemText(i);
    return list;
}

void NewEndpointDialog::setModel(const QString& model)
{
    m_model->setCurrentText(model);
    m_debounce.stop();
    loadHardware();
}

void NewEndpointDialog::setHardware(const QString& id)
{
    m_hardwareBox->setCurrentIndex(m_hardwareBox->findData(id));
}

QString NewEndpointDialog::costText() const
{
    return m_cost->text();
}

void NewEndpointDialog::loadHardware()
{
    if (m_request)
        m_request->abort();
    const QString model = m_model->currentText().trimmed();
    m_cost->setText(tr("Reading the hardware for this model…"));
    m_create->setEnabled(false);
    m_request = m_client.listHardware(model, this, [this](const ApiResult<QList<Hardware>>& r) {
        if (const auto* e = std::get_if<ApiError>(&r)) {
            if (e->kind != ApiError::Kind::Cancelled)
                m_cost->setText(tr("The hardware list could not be read: %1").arg(e->explanation()));
            return;
        }
        m_hardware = std::get<QList<Hardware>>(r);
        std::sort(m_hardware.begin(), m_hardware.end(),
                  [](const Hardware& a, const Hardware& b) { return a.centsPerMinute < b.centsPerMinute; });
        const QString current = m_hardwareBox->currentData().toString();
        const QSignalBlocker block(m_hardwareBox);
        m_hardwareBox->clear();
        const QLocale locale;
        int firstAvailable = -1;
        for (const Hardware& h : m_hardware) {
            QString text = tr("%1 — $%2/h").arg(readableHardware(h.id), locale.toString(h.dollarsPerHour(), 'f', 2));
            if (!h.availability.isEmpty() && h.availability != QLatin1String("available"))
                text += tr(" (%1)").arg(h.availability);
            else if (firstAvailable < 0)
                firstAvailable = m_hardwareBox->count();
            m_hardwareBox->addItem(text, h.id);
        }
        const int keep = m_hardwareBox->findData(current);
        m_hardwareBox->setCurrentIndex(keep >= 0 ? keep : std::max(0, firstAvailable));
        updateCost();
    });
}

void NewEndpointDialog::updateCost()
{
    const QString id = m_hardwareBox->currentData().toString();
    const auto it = std::find_if(m_hardware.begin(), m_hardware.end(), [&](const Hardware& h) { return h.id == id; });
    if (it == m_hardware.end()) {
        m_cost->setText(m_hardware.isEmpty() ? tr("No hardware can serve this model.") : QString());
        m_create->setEnabled(false);
        return;
    }
    const QLocale locale;
    const double perHour = it->dollarsPerHour();
    // Whole sentences for one and for more replicas: no "replica(s)".
    const QString total = locale.toString(perHour * m_min->value(), 'f', 2);
    const QString each = locale.toString(perHour, 'f', 2);
    QString text = m_min->value() == 1 ? tr("<b>$%1 per hour</b> while running (one replica at $%2/h)").arg(total, each)
                                       : tr("<b>$%1 per hour</b> while running (%2 replicas at $%3/h)")
                                             .arg(total, QString::number(m_min->value()), each);
    if (m_max->value() > m_min->value())
        text += tr(", up to $%1/h when scaled to %2.")
                    .arg(locale.toString(perHour * m_max->value(), 'f', 2))
                    .arg(m_max->value());
    else
        text += QLatin1Char('.');
    if (!it->availability.isEmpty() && it->availability != QLatin1String("available"))
        text += QStringLiteral("<br>") + tr("This hardware is %1 right now; creating may fail.").arg(it->availability);
    m_cost->setText(text);
    m_create->setEnabled(!m_model->currentText().trimmed().isEmpty());
}

EndpointRequest NewEndpointDialog::request() const
{
    EndpointRequest r;
    r.model = m_model->currentText().trimmed();
    r.hardware = m_hardwareBox->currentData().toString();
    r.minReplicas = m_min->value();
    r.maxReplicas = m_max->value();
    r.displayName = m_name->text().trimmed();
    r.startNow = m_start->isChecked();
    r.disableSpeculativeDecoding = m_speculative->isChecked();
    if (m_inactive->value() > 0)
        r.inactiveTimeoutMinutes = m_inactive->value();
    r.availabilityZone = m_zone->text().trimmed();
    return r;
}

} // namespace td
