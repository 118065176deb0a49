#pragma once

#include "api/wire/TrainingMetric.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace td {

// One training metric over the steps of a fine-tune (Qt Charts): the gradient norm, the
// learning rate, or any key of GET fine-tunes/{id}/metrics. Rows without the key (eval rows,
// for a train metric) are skipped.
class MetricChart final : public QWidget
{
    Q_OBJECT

public:
    MetricChart(const QString& key, const QString& title, QWidget* parent = nullptr);

    void setMetrics(const QList<TrainingMetric>& metrics);
    int points() const;
    QString key() const { return m_key; }

private:
    QString m_key;
    QChart* m_chart;
    QChartView* m_view;
    QLineSeries* m_series;
    QValueAxis* m_x;
    QValueAxis* m_y;
    QLabel* m_empty;
};

} // namespace td
