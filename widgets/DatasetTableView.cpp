#include "widgets/DatasetTableView.h"

#include "dataset/SummaryProvider.h"
#include "itemmodels/DatasetTableModel.h"

#include <QHeaderView>
#include <QScrollBar>

namespace td {

DatasetTableView::DatasetTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("datasetTableView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

std::vector<std::int64_t> DatasetTableView::selectedPositions() const
{
    std::vector<std::int64_t> out;
    const auto* m = qobject_cast<const DatasetTableModel*>(model());
    if (!m)
        return out;
    const QModelIndexList rows = selectionModel()->selectedRows();
    out.reserve(std::size_t(rows.size()));
    for (const QModelIndex& i : rows)
        out.push_back(m->positionAt(i.row()));
    std::sort(out.begin(), out.end());
    return out;
}

void DatasetTableView::scrollContentsBy(int dx, int dy)
{
    QTableView::scrollContentsBy(dx, dy);
    if (dy)
        prefetch();
}

void DatasetTableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    prefetch();
}

void DatasetTableView::prefetch()
{
    const auto* m = qobject_cast<const DatasetTableModel*>(model());
    if (!m_summaries || !m || m->rowCount() == 0)
        return;
    const int first = rowAt(0);
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m->rowCount() - 1;
    const int page = std::max(1, last - first);
    // A page of margin each way keeps paging and scrolling free of placeholders.
    const int from = std::max(0, first - page);
    const int to = std::min(m->rowCount() - 1, last + page);
    if (m->isFiltered()) {
        for (int r = from; r <= to; ++r)
            m_summaries->prefetch(m->positionAt(r), m->positionAt(r));
    } else {
        m_summaries->prefetch(from, to);
    }
}

} // namespace td
