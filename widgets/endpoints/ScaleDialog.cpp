#include "widgets/endpoints/ScaleDialog.h"

#include "endpoints/DmiRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace td {

namespace {
constexpr int kMaxReplicas = 64; // far above what a project's quota allows; the server says no beyond it
}

ScaleDialog::ScaleDialog(const QString& deploymentName, int minReplicas, int maxReplicas,
                         std::optional<double> dollarsPerReplicaHour, QWidget* parent)
    : QDialog(parent)
    , m_price(dollarsPerReplicaHour)
    , m_min(new QSpinBox(this))
    , m_max(new QSpinBox(this))
    , m_priceLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Scale %1").arg(deploymentName));
    auto* intro = new QLabel(tr("Replicas of <b>%1</b>. Together adds replicas up to the maximum under load and "
                                "keeps the minimum running; 0 and 0 stop the deployment.")
                                 .arg(deploymentName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    for (QSpinBox* box : {m_min, m_max})
        box->setRange(0, kMaxReplicas);
    m_min->setObjectName(QStringLiteral("scaleMin"));
    m_min->setAccessibleName(tr("Minimum replicas"));
    m_max->setObjectName(QStringLiteral("scaleMax"));
    m_max->setAccessibleName(tr("Maximum replicas"));
    m_priceLabel->setObjectName(QStringLiteral("scalePrice"));
    m_problem->setObjectName(QStringLiteral("scaleProblem"));
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    auto* form = new QFormLayout;
    form->addRow(tr("M&inimum replicas:"), m_min);
    form->addRow(tr("Ma&ximum replicas:"), m_max);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_priceLabel);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_min, &QSpinBox::valueChanged, this, &ScaleDialog::update);
    connect(m_max, &QSpinBox::valueChanged, this, &ScaleDialog::update);
    setBounds(minReplicas, maxReplicas);
    setMinimumWidth(460); // the title names the deployment; the intro wraps
}

int ScaleDialog::minReplicas() const
{
    return m_min->value();
}

int ScaleDialog::maxReplicas() const
{
    return m_max->value();
}

void ScaleDialog::setBounds(int minReplicas, int maxReplicas)
{
    m_min->setValue(minReplicas);
    m_max->setValue(maxReplicas);
    update();
}

QString ScaleDialog::priceText() const
{
    return m_priceLabel->text();
}

QString ScaleDialog::problemText() const
{
    return m_problem->text();
}

bool ScaleDialog::canApply() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ScaleDialog::update()
{
    const int lo = m_min->value();
    const int hi = m_max->value();
    const auto problem = DmiRules::autoscalingProblem(lo, hi);
    if (problem)
        m_problem->setText(*problem);
    else
        m_problem->clear();
    m_problem->setVisible(problem.has_value());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!problem);
    if (problem) {
        m_priceLabel->clear();
        return;
    }
    const QLocale locale;
    const auto money = [&](double v) -> QString { return QStringLiteral("$") + locale.toString(v, 'f', 2); };
    if (lo == 0 && hi == 0)
        m_priceLabel->setText(tr("Stopped: nothing is billed."));
    else if (!m_price)
        m_priceLabel->setText(tr("The price of this hardware is not known."));
    else if (lo == hi)
        m_priceLabel->setText(tr("%1 per hour.").arg(money(*m_price * lo)));
    else
        m_priceLabel->setText(tr("%1 per hour, up to %2 under load.").arg(money(*m_price * lo), money(*m_price * hi)));
}

} // namespace td
