#include "widgets/jobs/MetricChart.h"

#include "widgets/common/Themed.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace td {

MetricChart::MetricChart(const QString& key, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_key(key)
    , m_chart(new QChart)
    , m_series(new QLineSeries(this))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    m_series->setName(title);
    auto colour = [this] {
        QPen pen(Theme::color(Theme::Role::ChartMetric));
        pen.setWidthF(2.0);
        m_series->setPen(pen);
    };
    colour();
    themed::onChange(this, colour);
    m_chart->addSeries(m_series);
    m_x->setTitleText(tr("Step"));
    themed::setWholeNumberLabels(m_x);
    m_y->setTitleText(title);
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    m_chart->legend()->hide();
    themed::styleChart(m_chart);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setAccessibleName(title);
    m_empty = new QLabel(tr("No %1 logged yet.").arg(title.toLower()), this);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    setMetrics({});
}

void MetricChart::setMetrics(const QList<TrainingMetric>& metrics)
{
    QList<QPointF> points;
    for (const TrainingMetric& m : metrics) {
        const auto it = m.values.find(m_key);
        if (m.step >= 0 && it != m.values.end() && std::isfinite(*it))
            points.append(QPointF(double(m.step), *it));
    }
    m_series->replace(points);
    const bool any = !points.isEmpty();
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    if (!any)
        return;
    double minX = points.front().x(), maxX = minX, minY = points.front().y(), maxY = minY;
    for (const QPointF& p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    // A constant learning rate still gets a visible band around it.
    const double pad = maxY > minY ? (maxY - minY) * 0.08 : std::max(std::abs(maxY) * 0.1, 1e-12);
    m_x->setRange(std::max(0.0, minX - 1), maxX + 1);
    m_y->setRange(std::max(0.0, minY - pad), maxY + pad);
    m_x->applyNiceNumbers();
}

int MetricChart::points() const
{
    return int(m_series->count());
}

} // namespace td
