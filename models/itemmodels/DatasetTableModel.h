#pragma once

#include "dataset/DocumentChange.h"
#include "dataset/DocumentSnapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>
#include <vector>

namespace td {

class DatasetDocument;
class SummaryProvider;
struct DatasetTokenCounts;

// The dataset as a table: one row per JSONL line, summary columns filled lazily, the row
// number (and an edited marker) in the vertical header. Shows
// either every row or a filter (e.g. a search result) given as document positions.
class DatasetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetTableModel)

public:
    enum Column {
        FormatColumn,
        RolesColumn,
        MessagesColumn,
        WeightsColumn,
        CharactersColumn,
        TokensColumn,  // exact counts, once a tokenizer has counted (hidden before)
        TrainedColumn, // trained tokens of those
        PreviewColumn,
        ColumnCount
    };
    enum Role {
        PositionRole = Qt::UserRole + 1, // qint64 document position
        RowIdRole,                       // quint64 stable row id
        EditedRole,                      // bool
        ValidRole,                       // bool: parses as a JSON object of a known format
        PendingRole,                     // bool: summary still being computed
    };

    DatasetTableModel(DatasetDocument* doc, SummaryProvider* summaries, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Document position of a model row, and the model row showing a position (-1 if hidden).
    std::int64_t positionAt(int row) const;
    int rowOf(std::int64_t position) const;

    // Shows only `positions`. `owner`: who filters (the search, the filter box, a statistics
    // bar…), so the others, whose result the table no longer shows, can say so.
    void setFilter(std::vector<std::int64_t> positions, const QObject* owner = nullptr);
    void clearFilter();
    bool isFiltered() const { return m_filter.has_value(); }
    // Who set the filter shown (null: nobody named, or no filter).
    const QObject* filterOwner() const { return m_filterOwner; }

    // The exact token counts to show (null: none); `current` false shows them greyed, as
    // counts of the rows before the last edit.
    void setTokenCounts(std::shared_ptr<const DatasetTokenCounts> counts, bool current);
    bool hasTokenCounts() const { return m_tokens != nullptr; }

signals:
    // A filter was set (by `owner`) or cleared (null).
    void filterChanged(const QObject* owner);

private:
    void onDocumentChanged(const td::DocumentChange& change);
    void onSummariesReady();
    void adjustFilter(const DocumentChange& change);

    DatasetDocument* m_doc;
    SummaryProvider* m_summaries;
    std::int64_t m_rows = 0; // changes only between begin/end notifications
    std::optional<std::vector<std::int64_t>> m_filter;
    const QObject* m_filterOwner = nullptr;
    std::shared_ptr<const DatasetTokenCounts> m_tokens;
    bool m_tokensCurrent = false;

    QVariant tokenData(std::int64_t pos, int column, int role) const;
};

} // namespace td
