#pragma once

#include <QTableView>

namespace td {

class SummaryProvider;

// The virtual table of rows. Uniform row heights keep scrolling through millions of rows
// cheap; the visible range plus a margin is handed to the summary provider in advance. The
// highlighted row is always the current one (the one the editors show), and Tab leaves the
// table for the next control instead of walking its cells.
class DatasetTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit DatasetTableView(QWidget* parent = nullptr);
    void setSummaryProvider(SummaryProvider* provider) { m_summaries = provider; }
    std::vector<std::int64_t> selectedPositions() const;
    void setModel(QAbstractItemModel* model) override;

protected:
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex& index,
                                                         const QEvent* event = nullptr) const override;

private:
    void prefetch();
    // Room for the widest row number, edited ("1,092 •", bold): Qt sizes the header from the
    // rows it samples, and an edited row beyond them lost its first digits.
    void reserveRowNumberWidth();
    // With a filter that matches no row, the empty table says so and how to see every row
    // again (it was blank); also the table's description for a screen reader.
    void updateEmptyNote();
    SummaryProvider* m_summaries = nullptr;
    QString m_emptyNote;
};

} // namespace td
