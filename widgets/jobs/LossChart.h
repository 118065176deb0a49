#pragma once

#include "api/wire/TrainingMetric.h"
#include "jobs/JobProgress.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QSlider;
class QValueAxis;

namespace td {

// Train and eval loss over the steps of a fine-tune (Qt Charts), with the raw train loss
// faint behind an exponentially smoothed line whose strength the slider sets.
class LossChart final : public QWidget
{
    Q_OBJECT

public:
    explicit LossChart(QWidget* parent = nullptr);

    void setMetrics(const QList<TrainingMetric>& metrics);
    // Marks each checkpoint on the train loss it was saved at (JobProgress's checkpointLosses).
    void setCheckpoints(const QList<CheckpointLoss>& checkpoints);
    int checkpointMarkers() const;
    void setSmoothing(double factor); // 0 (none) to 0.95
    double smoothing() const { return m_smoothing; }
    int trainPoints() const;
    int evalPoints() const;
    // Where the step axis ends, and whether "Eval loss" is in the legend (for tests).
    double stepAxisEnd() const;
    bool showsEvalLoss() const;
    // Smoothed values, for tests: s[i] = f * s[i-1] + (1 - f) * x[i].
    static QList<double> smooth(const QList<double>& values, double factor);

private:
    void applyColors();
    void rebuild();

    QList<TrainingMetric> m_metrics;
    double m_smoothing = 0.6;
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_raw;
    QLineSeries* m_smoothed;
    QScatterSeries* m_eval;
    QScatterSeries* m_checkpointMarks;
    QList<CheckpointLoss> m_checkpoints;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QSlider* m_slider;
    QLabel* m_empty;
};

} // namespace td
