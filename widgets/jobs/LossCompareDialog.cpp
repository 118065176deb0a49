#include "widgets/jobs/LossCompareDialog.h"

#include "jobs/LossComparison.h"
#include "widgets/common/Themed.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace td {

namespace {

// Distinct at a glance (Tableau 10); each is raised to 3:1 against the chart (WCAG's figure for
// graphics) so every curve stays visible in dark mode too.
const QColor kColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0xd6, 0x27, 0x28), QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b),
                          QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22),
                          QColor(0x17, 0xbe, 0xcf)};

} // namespace

LossCompareDialog::LossCompareDialog(TogetherClient client, const QList<QPair<QString, QString>>& jobs, QWidget* parent)
    : QDialog(parent)
    , m_comparison(new LossComparison(std::move(client), this))
    , m_chart(new QChart)
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Compare Loss"));
    setObjectName(QStringLiteral("lossCompareDialog"));
    m_x->setTitleText(tr("Step"));
    themed::setWholeNumberLabels(m_x);
    m_y->setTitleText(tr("Train loss"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    themed::styleChart(m_chart);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(520, 320);
    view->setAccessibleName(tr("Train loss of the selected jobs"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(m_comparison, &LossComparison::curveUpdated, this, &LossCompareDialog::rebuild);
    m_comparison->start(jobs);
    rebuild();
}

QString LossCompareDialog::summary() const
{
    return m_summary->text();
}

void LossCompareDialog::rebuild()
{
    m_chart->removeAllSeries();
    double maxX = 1, minY = 1e300, maxY = -1e300;
    const QFontMetrics metrics(font());
    const auto& curves = m_comparison->curves();
    for (int i = 0; i < curves.size(); ++i) {
        const LossComparison::Curve& c = curves[i];
        auto* series = new QLineSeries;
        // Long output names lose their middle, not the suffix that tells runs apart.
        series->setName(metrics.elidedText(c.name, Qt::ElideMiddle, 320));
        QPen pen(Theme::withContrast(kColors[i % int(std::size(kColors))],
                                     QApplication::palette().color(QPalette::Base), 3.0));
        pen.setWidthF(2.0);
        series->setPen(pen);
        for (const auto& [step, loss] : c.points) {
            series->append(double(step), loss);
            maxX = std::max(maxX, double(step));
            minY = std::min(minY, loss);
            maxY = std::max(maxY, loss);
        }
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    m_x->setRange(0, maxX); // to the last step, not a rounder number past it
    if (minY <= maxY) {
        const double pad = std::max(0.05, (maxY - minY) * 0.08);
        m_y->setRange(std::max(0.0, minY - pad), maxY + pad);
    }
    m_summary->setText(m_comparison->summary());
}

} // namespace td
