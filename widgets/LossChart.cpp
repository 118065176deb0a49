#include "widgets/LossChart.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSlider>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace td {

namespace {
const QString kTrainLoss = QStringLiteral("train/loss");
const QString kEvalLoss = QStringLiteral("eval/loss");
} // namespace

LossChart::LossChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_raw(new QLineSeries(this))
    , m_smoothed(new QLineSeries(this))
    , m_eval(new QScatterSeries(this))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    m_raw->setName(tr("Train loss"));
    QPen faint(QColor(0x1f, 0x77, 0xb4, 70));
    faint.setWidthF(1.0);
    m_raw->setPen(faint);
    m_smoothed->setName(tr("Train loss (smoothed)"));
    QPen strong(QColor(0x1f, 0x77, 0xb4));
    strong.setWidthF(2.2);
    m_smoothed->setPen(strong);
    m_eval->setName(tr("Eval loss"));
    m_eval->setColor(QColor(0xd6, 0x27, 0x28));
    m_eval->setBorderColor(QColor(0xd6, 0x27, 0x28));
    m_eval->setMarkerSize(9);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_raw, m_smoothed, m_eval})
        m_chart->addSeries(s);
    m_x->setTitleText(tr("Step"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y->setTitleText(tr("Loss"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_raw, m_smoothed, m_eval}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, 95);
    m_slider->setValue(int(m_smoothing * 100));
    m_slider->setToolTip(tr("How strongly the train loss is smoothed (exponential moving average)"));
    auto* label = new QLabel(tr("&Smoothing:"), this);
    label->setBuddy(m_slider);
    m_empty = new QLabel(tr("No training steps yet."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    auto* controls = new QHBoxLayout;
    controls->addWidget(label);
    controls->addWidget(m_slider, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(controls);
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { setSmoothing(v / 100.0); });
    rebuild();
}

QList<double> LossChart::smooth(const QList<double>& values, double factor)
{
    QList<double> out;
    out.reserve(values.size());
    double s = values.isEmpty() ? 0 : values.front();
    for (double v : values) {
        s = factor * s + (1 - factor) * v;
        out.append(s);
    }
    return out;
}

void LossChart::setMetrics(const QList<TrainingMetric>& metrics)
{
    m_metrics = metrics;
    rebuild();
}

void LossChart::setSmoothing(double factor)
{
    m_smoothing = std::clamp(factor, 0.0, 0.95);
    const QSignalBlocker block(m_slider);
    m_slider->setValue(int(std::lround(m_smoothing * 100)));
    rebuild();
}

int LossChart::trainPoints() const
{
    return int(m_raw->count());
}

int LossChart::evalPoints() const
{
    return int(m_eval->count());
}

void LossChart::rebuild()
{
    QList<QPointF> raw;
    QList<QPointF> eval;
    for (const TrainingMetric& m : m_metrics) {
        if (m.step < 0)
            continue;
        if (auto it = m.values.find(kTrainLoss); it != m.values.end() && std::isfinite(*it))
            raw.append(QPointF(double(m.step), *it));
        if (auto it = m.values.find(kEvalLoss); it != m.values.end() && std::isfinite(*it))
            eval.append(QPointF(double(m.step), *it));
    }
    QList<double> ys;
    for (const QPointF& p : raw)
        ys.append(p.y());
    const QList<double> s = smooth(ys, m_smoothing);
    QList<QPointF> smoothed;
    for (qsizetype i = 0; i < raw.size(); ++i)
        smoothed.append(QPointF(raw[i].x(), s[i]));
    m_raw->replace(raw);
    m_smoothed->replace(smoothed);
    m_eval->replace(eval);
    const bool any = !raw.isEmpty() || !eval.isEmpty();
    m_view->setVisible(any);
    m_empty->setVisible(!any);
    if (!any)
        return;
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (const auto* list : {&raw, &eval})
        for (const QPointF& p : *list) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    const double pad = std::max(0.05, (maxY - minY) * 0.08);
    m_x->setRange(std::max(0.0, minX - 1), maxX + 1);
    m_y->setRange(std::max(0.0, minY - pad), maxY + pad);
    m_x->applyNiceNumbers();
}

} // namespace td
