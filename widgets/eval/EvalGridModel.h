#pragma once

#include "eval/EvalStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

class QTimer;

namespace td {

// The results grid's rows: one per row of a run, with the prompt (its last user message),
// the dataset's own answer, each model's answer (growing while it streams in, then the whole
// answer with its time to first token, tokens per second and usage in the tooltip) and the
// person's pick. The grid only shows what the engine (EvalRunner, EvalStore) has: changing a
// cell repaints that cell, never the whole table, so the grid fills without stalling.
class EvalGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RowColumn, PromptColumn, ReferenceColumn, FirstModelColumn };
    static constexpr int kCellChars = 400; // shown in a cell; the tooltip and the detail have all
    enum Role { FullTextRole = Qt::UserRole + 1, DatasetRowRole, ModelRole };

    explicit EvalGridModel(QObject* parent = nullptr);

    void setRunData(const EvalRunData& data);
    const EvalRunData& runData() const { return m_data; }
    // A whole answer (or failure) arrived; the streamed text is forgotten.
    void setResult(const EvalResult& result);
    // A streamed answer grew.
    void setPartial(qint64 row, int model, const QString& text);
    void setVerdicts(const QList<EvalVerdict>& verdicts);
    void setMark(qint64 row, int model, std::optional<bool> good);
    // Shows these rows first (in this order), the others after them in run order; empty: run order.
    void setLeadingRows(const QList<qint64>& rows);

    int modelCount() const { return int(m_data.definition.models.size()); }
    int verdictColumn() const { return FirstModelColumn + modelCount(); }
    int modelOfColumn(int column) const;
    qint64 datasetRow(int gridRow) const;
    int gridRowOf(qint64 datasetRow) const { return m_gridRow.value(datasetRow, -1); }
    // The person's pick for a row: a model, -1 a tie, nullopt none.
    std::optional<int> humanPick(qint64 row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString answerText(const EvalRow& row, int model) const;
    QString answerTip(const EvalRow& row, int model) const;
    void cellChanged(qint64 row, int column);
    // An answer's cell as it streams or ends: told to the views once per pass of the event loop,
    // however many of its tokens that pass brought. (Waiting longer, 16 or 50 ms, made each
    // repaint bigger and the longest stall worse in bench_eval_gui: 19-21 ms and 15-26 ms,
    // against 13-18 ms.)
    void answerChanged(qint64 row, int model);
    void notifyAnswers();

    EvalRunData m_data;
    QTimer* m_notify = nullptr;
    QSet<quint64> m_changed;           // key(row, model) of answers not told yet
    QHash<qint64, int> m_gridRow;      // dataset row -> grid row
    QHash<quint64, QString> m_partial; // key(row, model) -> text so far
    QHash<qint64, int> m_human;        // row -> pick (model, or -1 a tie)
};

} // namespace td
