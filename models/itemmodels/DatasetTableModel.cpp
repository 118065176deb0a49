#include "itemmodels/DatasetTableModel.h"

#include "dataset/DatasetDocument.h"
#include "dataset/SummaryProvider.h"
#include "itemmodels/Theme.h"
#include "tokens/count/DatasetTokenCounts.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace td {

DatasetTableModel::DatasetTableModel(DatasetDocument* doc, SummaryProvider* summaries, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_summaries(summaries)
    , m_rows(doc->rowCount())
{
    connect(m_doc, &DatasetDocument::changed, this, &DatasetTableModel::onDocumentChanged);
    // Saved rows lose their "edited" mark (the header's texts change, not the rows).
    connect(m_doc, &DatasetDocument::saved, this, [this] {
        if (const int rows = rowCount(); rows > 0)
            emit headerDataChanged(Qt::Vertical, 0, rows - 1);
    });
    connect(m_summaries, &SummaryProvider::summariesReady, this, &DatasetTableModel::onSummariesReady);
}

int DatasetTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    const std::int64_t n = m_filter ? std::int64_t(m_filter->size()) : m_rows;
    // Qt's views count rows in int; 2^31 rows would be a > 100 GB file.
    return int(std::min<std::int64_t>(n, INT_MAX));
}

int DatasetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::int64_t DatasetTableModel::positionAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return m_filter ? (*m_filter)[std::size_t(row)] : row;
}

int DatasetTableModel::rowOf(std::int64_t position) const
{
    if (!m_filter)
        return position >= 0 && position < m_rows ? int(position) : -1;
    auto it = std::lower_bound(m_filter->begin(), m_filter->end(), position);
    return it != m_filter->end() && *it == position ? int(it - m_filter->begin()) : -1;
}

QVariant DatasetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::int64_t pos = positionAt(index.row());
    if (pos < 0 || pos >= m_doc->rowCount())
        return {};

    switch (role) {
    case PositionRole:
        return qint64(pos);
    case RowIdRole:
        return quint64(m_doc->rowId(pos));
    case EditedRole:
        return m_doc->isRowEdited(pos);
    default:
        break;
    }

    const int column = index.column();
    if (column == TokensColumn || column == TrainedColumn)
        return tokenData(pos, column, role);

    const RowSummary* s = m_summaries->get(pos);
    if (role == PendingRole)
        return s == nullptr;
    if (role == ValidRole)
        return s && s->status == ParseStatus::Ok && s->format != RowFormat::Unknown && s->format != RowFormat::Invalid;

    const int col = index.column();
    if (role == Qt::DisplayRole) {
        if (!s)
            return col == PreviewColumn ? tr("…") : QVariant();
        switch (col) {
        case FormatColumn:
            return s->status == ParseStatus::Ok ? formatName(s->format) : statusName(s->status);
        case RolesColumn:
            return describeRoles(s->roles);
        case MessagesColumn:
            return s->format == RowFormat::Conversation || s->format == RowFormat::Preference
                       ? QVariant(s->messageCount)
                       : QVariant();
        case WeightsColumn:
            return s->format == RowFormat::Conversation || s->format == RowFormat::Preference
                       ? describeWeights(s->weights)
                       : QString();
        case CharactersColumn:
            return QLocale().toString(qlonglong(s->characters));
        case PreviewColumn:
            return s->preview;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip;
        if (s && !s->error.isEmpty())
            tip += s->error;
        if (s && s->hasBom)
            tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Starts with a UTF-8 byte order mark");
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    if (role == Qt::TextAlignmentRole) {
        if (col == MessagesColumn || col == CharactersColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (s && (s->status != ParseStatus::Ok || s->format == RowFormat::Unknown))
            return Theme::color(Theme::Role::ErrorText);
        if (!s)
            return Theme::color(Theme::Role::MutedText);
        return {};
    }
    return {};
}

QVariant DatasetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const std::int64_t pos = positionAt(section);
        if (pos < 0 || pos >= m_doc->rowCount())
            return {};
        const bool edited = m_doc->isRowEdited(pos);
        switch (role) {
        case Qt::DisplayRole:
            return QString(QLocale().toString(qlonglong(pos + 1)) + (edited ? QStringLiteral(" •") : QString()));
        case Qt::FontRole:
            if (edited) {
                QFont f;
                f.setBold(true);
                return f;
            }
            return {};
        case Qt::ToolTipRole: {
            const RowId id = m_doc->rowId(pos);
            QString tip = id < kFirstNewRowId
                              ? tr("Line %1 of the file as opened").arg(QLocale().toString(qulonglong(id + 1)))
                              : tr("A row added in this session");
            if (edited)
                tip += QLatin1Char('\n') + tr("Edited, not saved yet");
            return tip;
        }
        default:
            return {};
        }
    }
    // The message column's title at its start, like its text: centred in a column wider than
    // the view it showed as "rst user messa".
    if (role == Qt::TextAlignmentRole && section == PreviewColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    // The compact columns say how to read them ("S U A", "·01" read as codes).
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RolesColumn:
            return tr("Each message's role, in order: S system, U user, A assistant, T tool, ? not a role");
        case WeightsColumn:
            return tr("Each message's weight, in order: 1 trained, 0 not trained, · none given (Together trains "
                      "the assistant's messages), ? not a weight");
        case CharactersColumn:
            return tr("Characters of the row's texts");
        case MessagesColumn:
            return tr("Messages in the conversation");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FormatColumn:
        return tr("Format");
    case RolesColumn:
        return tr("Roles");
    case MessagesColumn:
        return tr("Msgs");
    case WeightsColumn:
        return tr("Weights");
    case CharactersColumn:
        return tr("Chars");
    case TokensColumn:
        return tr("Tokens");
    case TrainedColumn:
        return tr("Trained");
    case PreviewColumn:
        return tr("First user message");
    default:
        return {};
    }
}

void DatasetTableModel::setTokenCounts(std::shared_ptr<const DatasetTokenCounts> counts, bool current)
{
    m_tokens = std::move(counts);
    m_tokensCurrent = current;
    if (rowCount() > 0)
        emit dataChanged(index(0, TokensColumn), index(rowCount() - 1, TrainedColumn));
}

QVariant DatasetTableModel::tokenData(std::int64_t pos, int column, int role) const
{
    if (!m_tokens || pos >= std::int64_t(m_tokens->rows.size()))
        return {};
    const RowTokens& r = m_tokens->rows[std::size_t(pos)];
    switch (role) {
    case Qt::DisplayRole:
        if (r.state == RowTokens::State::Failed)
            return QStringLiteral("—");
        if (r.state == RowTokens::State::Blank)
            return {};
        return QLocale().toString(qulonglong(column == TokensColumn ? r.tokens : r.trained));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!m_tokensCurrent)
            return Theme::color(Theme::Role::MutedText);
        if (r.truncated() && column == TokensColumn)
            return Theme::color(Theme::Role::ErrorText);
        return {};
    case Qt::ToolTipRole: {
        if (r.state == RowTokens::State::Failed)
            return tr("Not counted: the row is not one Together trains on (see the Checks)");
        if (r.state != RowTokens::State::Counted)
            return {};
        QString tip = tr("Exact count with %1").arg(m_tokens->tokenizer);
        if (r.truncated())
            tip += QLatin1Char('\n') + tr("%1 tokens over the context length (%2): Together cuts them off")
                                           .arg(QLocale().toString(qulonglong(r.overBy)),
                                                QLocale().toString(qlonglong(m_tokens->maxSeqLength)));
        if (!m_tokensCurrent)
            tip += QLatin1Char('\n') + tr("Counted before the last edit; counting again");
        return tip;
    }
    default:
        return {};
    }
}

void DatasetTableModel::setFilter(std::vector<std::int64_t> positions, const QObject* owner)
{
    beginResetModel();
    std::sort(positions.begin(), positions.end());
    m_filter = std::move(positions);
    m_filterOwner = owner;
    endResetModel();
    emit filterChanged(owner);
}

void DatasetTableModel::clearFilter()
{
    if (!m_filter)
        return;
    beginResetModel();
    m_filter.reset();
    m_filterOwner = nullptr;
    m_rows = m_doc->rowCount();
    endResetModel();
    emit filterChanged(nullptr);
}

void DatasetTableModel::adjustFilter(const DocumentChange& c)
{
    std::vector<std::int64_t>& f = *m_filter;
    std::vector<std::int64_t> kept;
    kept.reserve(f.size());
    for (const std::int64_t p : f)
        if (const std::int64_t q = positionAfter(c, p); q >= 0)
            kept.push_back(q);
    if (c.kind == DocumentChange::Kind::RowMoved)
        std::sort(kept.begin(), kept.end());
    f = std::move(kept);
}

void DatasetTableModel::onDocumentChanged(const DocumentChange& c)
{
    const auto last = [](std::int64_t first, std::int64_t count) { return int(first + count - 1); };
    if (m_filter) {
        switch (c.kind) {
        case DocumentChange::Kind::Reset:
            beginResetModel();
            m_filter.reset();
            m_rows = m_doc->rowCount();
            endResetModel();
            return;
        case DocumentChange::Kind::RowsChanged:
            for (std::int64_t p = c.first; p < c.first + c.count; ++p)
                if (const int r = rowOf(p); r >= 0)
                    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
            return;
        case DocumentChange::Kind::RowsAppended:
            m_rows = m_doc->rowCount();
            return;
        default:
            beginResetModel();
            adjustFilter(c);
            m_rows = m_doc->rowCount();
            endResetModel();
            return;
        }
    }
    switch (c.kind) {
    case DocumentChange::Kind::Reset:
        beginResetModel();
        m_rows = m_doc->rowCount();
        endResetModel();
        break;
    case DocumentChange::Kind::RowsAppended:
    case DocumentChange::Kind::RowsInserted:
        beginInsertRows({}, int(c.first), last(c.first, c.count));
        m_rows += c.count;
        endInsertRows();
        break;
    case DocumentChange::Kind::RowsRemoved:
        beginRemoveRows({}, int(c.first), last(c.first, c.count));
        m_rows -= c.count;
        endRemoveRows();
        break;
    case DocumentChange::Kind::RowMoved:
        beginMoveRows({}, int(c.first), int(c.first), {}, int(c.to > c.first ? c.to + 1 : c.to));
        endMoveRows();
        // The row numbers shown between the two positions changed too.
        emit headerDataChanged(Qt::Vertical, int(std::min(c.first, c.to)), int(std::max(c.first, c.to)));
        break;
    case DocumentChange::Kind::RowsChanged:
        emit dataChanged(index(int(c.first), 0), index(last(c.first, c.count), ColumnCount - 1));
        emit headerDataChanged(Qt::Vertical, int(c.first), last(c.first, c.count));
        break;
    }
}

void DatasetTableModel::onSummariesReady()
{
    if (rowCount() == 0)
        return;
    // The view repaints only what it shows, so one range over every row costs nothing more.
    emit dataChanged(index(0, FormatColumn), index(rowCount() - 1, ColumnCount - 1),
                     {Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

} // namespace td
