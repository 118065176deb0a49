#include "widgets/jobs/LossChart.h"

#include "widgets/common/Themed.h"

#include <QApplication>
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
    , m_checkpointMarks(new QScatterSeries(this))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    m_raw->setName(tr("Train loss"));
    m_smoothed->setName(tr("Train loss (smoothed)"));
    m_eval->setName(tr("Eval loss"));
    m_eval->setMarkerSize(9);
    m_checkpointMarks->setName(tr("Checkpoint"));
    m_checkpointMarks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_checkpointMarks->setMarkerSize(10);
    applyColors();
    themed::onChange(this, [this] { applyColors(); });
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_raw, m_smoothed, m_eval, m_checkpointMarks})
        m_chart->addSeries(s);
    m_x->setTitleText(tr("Step"));
    themed::setWholeNumberLabels(m_x);
    m_y->setTitleText(tr("Loss"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{m_raw, m_smoothed, m_eval, m_checkpointMarks}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    themed::styleChart(m_chart);
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
    // An exponential moving average started at zero and divided by the weight it has gathered
    // (as TensorBoard does): each point is a weighted mean of the values so far. Started at the
    // first value instead, a short job's curve stays pinned to its first, highest loss.
    QList<double> out;
    out.reserve(values.size());
    double s = 0;
    double weight = 0;
    for (double v : values) {
        s = factor * s + (1 - factor) * v;
        weight = factor * weight + (1 - factor);
        out.append(weight > 0 ? s / weight : v);
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

void LossChart::setCheckpoints(const QList<CheckpointLoss>& checkpoints)
{
    m_checkpoints = checkpoints;
    rebuild();
}

int LossChart::checkpointMarkers() const
{
    return int(m_checkpointMarks->count());
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
    m_eval->setVisible(!eval.isEmpty()); // no "Eval loss" in the legend of a job without evaluations
    QList<QPointF> marks;
    for (const CheckpointLoss& c : m_checkpoints) // a LoRA job's merged model and adapter: one mark
        if (c.trainLoss && std::none_of(marks.begin(), marks.end(), [&](const QPointF& p) { return p.x() == c.step; }))
            marks.append(QPointF(double(c.step), *c.trainLoss));
    m_checkpointMarks->replace(marks);
    m_checkpointMarks->setVisible(!marks.isEmpty());
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
    // The step axis ends at the last step (nice numbers ran a 91-step job's axis to 100), with
    // ticks at round intervals from 0.
    const double left = std::max(0.0, minX - 1);
    const double span = std::max(1.0, maxX - left);
    double interval = std::pow(10.0, std::floor(std::log10(span / 5)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (span / (interval * m) <= 6) {
            interval *= m;
            break;
        }
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(std::max(1.0, interval));
    // A little room after the last step so its markers are not cut in half at the edge.
    m_x->setRange(left, std::max(maxX, left + 1) + std::max(0.5, span * 0.02));
    m_y->setRange(std::max(0.0, minY - pad), maxY + pad);
}

double LossChart::stepAxisEnd() const
{
    return m_x->max();
}

bool LossChart::showsEvalLoss() const
{
    return m_eval->isVisible();
}

void LossChart::applyColors()
{
    // The raw loss is a faint trace of the smoothed line's colour.
    QColor line = Theme::color(Theme::Role::ChartPrimary);
    QPen strong(line);
    strong.setWidthF(2.2);
    m_smoothed->setPen(strong);
    line.setAlpha(80);
    QPen faint(line);
    faint.setWidthF(1.0);
    m_raw->setPen(faint);
    const QColor eval = Theme::color(Theme::Role::ChartSecondary);
    m_eval->setColor(eval);
    m_eval->setBorderColor(eval);
    // Checkpoints: squares in the metric colour, outlined in the text colour so they stand out in both schemes.
    m_checkpointMarks->setColor(Theme::color(Theme::Role::ChartMetric));
    m_checkpointMarks->setBorderColor(QApplication::palette().color(QPalette::Text));
}

} // namespace td
