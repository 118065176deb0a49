#include "widgets/dataset/DatasetTableView.h"

#include <QAbstractButton>

#include "dataset/SummaryProvider.h"
#include "itemmodels/DatasetTableModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>

namespace td {

DatasetTableView::DatasetTableView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("datasetTableView"));
    setAccessibleName(tr("Dataset rows"));
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
    setTabKeyNavigation(false);
    // The corner button selects every row; a screen reader lists it, so it says so.
    if (auto* corner = findChild<QAbstractButton*>())
        corner->setAccessibleName(tr("Select all rows"));
}

QItemSelectionModel::SelectionFlags DatasetTableView::selectionCommand(const QModelIndex& index,
                                                                       const QEvent* event) const
{
    // Qt's extended selection moves the current row without selecting it on Ctrl+arrows,
    // Ctrl+Home/End and some other keys, so the editors would follow a row that is not the
    // highlighted one. A key that moves the cursor selects the row it lands on; Shift extends
    // and Ctrl+Space toggles as usual.
    if (event && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<const QKeyEvent*>(event);
        if (!(key->modifiers() & Qt::ShiftModifier) && key->key() != Qt::Key_Space && index.isValid())
            return QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
    }
    return QTableView::selectionCommand(index, event);
}

void DatasetTableView::setModel(QAbstractItemModel* model)
{
    if (QAbstractItemModel* old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DatasetTableView::reserveRowNumberWidth);
    connect(model, &QAbstractItemModel::modelReset, this, &DatasetTableView::reserveRowNumberWidth);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DatasetTableView::reserveRowNumberWidth);
    reserveRowNumberWidth();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &DatasetTableView::updateEmptyNote);
    connect(model, &QAbstractItemModel::modelReset, this, &DatasetTableView::updateEmptyNote);
    connect(model, &QAbstractItemModel::layoutChanged, this, &DatasetTableView::updateEmptyNote);
    updateEmptyNote();
}

void DatasetTableView::updateEmptyNote()
{
    const auto* m = qobject_cast<const DatasetTableModel*>(model());
    const QString note = m && m->isFiltered() && m->rowCount() == 0
                             ? tr("No row matches the filter. Show All Rows (Ctrl+Shift+A) shows every row again.")
                             : QString();
    if (note == m_emptyNote)
        return;
    m_emptyNote = note;
    setAccessibleDescription(note);
    viewport()->update();
}

void DatasetTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_emptyNote.isEmpty())
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    p.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyNote);
}

void DatasetTableView::reserveRowNumberWidth()
{
    QFont bold = verticalHeader()->font();
    bold.setBold(true);
    const int rows = model() ? model()->rowCount() : 0;
    const QString widest = QLocale().toString(qlonglong(std::max(rows, 1))) + QStringLiteral(" •");
    // Digits are the same width in the fonts we ship; the margins are the header's own.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, verticalHeader()) * 2 + 4;
    verticalHeader()->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(widest) + margin);
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
