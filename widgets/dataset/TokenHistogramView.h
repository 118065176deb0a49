#pragma once

#include "tokens/count/TokenHistogram.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QLabel;

namespace td {

// Tokens per row as a bar chart (Qt Charts) with the context length drawn as a red line;
// clicking a bar asks for the table to show that bin's rows.
class TokenHistogramView final : public QWidget
{
    Q_OBJECT

public:
    explicit TokenHistogramView(QWidget* parent = nullptr);

    void setCounts(std::shared_ptr<const DatasetTokenCounts> counts);
    const TokenHistogram& histogram() const { return m_histogram; }
    // What a click on bar `index` does (tests press bars this way too).
    void activateBar(int index);

signals:
    void rowsRequested(const std::vector<std::int64_t>& rows, const QString& description);

private:
    void replaceChart(QChart* chart);
    std::shared_ptr<const DatasetTokenCounts> m_counts;
    TokenHistogram m_histogram;
    QChartView* m_view;
    QLabel* m_caption;
};

} // namespace td
