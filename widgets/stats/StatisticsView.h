#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace td {

class DatasetFacts;
struct FactsChart;

// The dataset at a glance (Qt Charts): rows per format; messages, turns and characters per
// row; roles, weights, scripts and system prompts. Clicking a bar, or activating it in the
// list of bars (the keyboard's way), asks for the table to show those rows. The facts are
// computed on a worker while the view is shown.
class StatisticsView final : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsView(DatasetFacts* facts, QWidget* parent = nullptr);

    QString statusText() const;

signals:
    // A filter expression selecting the rows of the bar the user picked.
    void filterRequested(const QString& expression);
    // Rows picked by a figure no expression describes (a kind of personal data), with what they are.
    void rowsRequested(const std::vector<std::int64_t>& rows, const QString& what);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void rebuild();
    QWidget* makeChart(const FactsChart& chart);

    DatasetFacts* m_facts;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_refresh;
    QWidget* m_charts;
    QVBoxLayout* m_chartsLayout;
    QTreeWidget* m_bars;
};

} // namespace td
