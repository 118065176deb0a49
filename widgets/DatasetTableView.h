#pragma once

#include <QTableView>

namespace td {

class SummaryProvider;

// The virtual table of rows. Uniform row heights keep scrolling through millions of rows
// cheap; the visible range plus a margin is handed to the summary provider in advance.
class DatasetTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit DatasetTableView(QWidget* parent = nullptr);
    void setSummaryProvider(SummaryProvider* provider) { m_summaries = provider; }
    std::vector<std::int64_t> selectedPositions() const;

protected:
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void prefetch();
    SummaryProvider* m_summaries = nullptr;
};

} // namespace td
