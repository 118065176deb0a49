#pragma once

#include "dataset/RowSearch.h"

#include <QWidget>

#include <optional>

class QAction;
class QSplitter;

namespace td {

class DatasetSession;
class DatasetTableView;
class FindBar;
class RawJsonEditor;
class RowEditor;

// The dataset workbench: the table of rows, the selected row as a conversation (or the editor
// that fits its format) and as raw JSON, and search. Owns its actions; MainWindow places them
// in menus and toolbars.
class DatasetPane final : public QWidget
{
    Q_OBJECT

public:
    // What a status line that says which rows the table shows ends with: how to show them all.
    static QString showAllHint();

    enum class Action {
        Find,
        FindNext,
        FindPrevious,
        ShowAll,
        NextRow,
        PreviousRow,
        GoToRow,
        ToggleWeight,
        InsertRow,
        DuplicateRows,
        DeleteRows,
        MoveUp,
        MoveDown,
        WeightLastAssistant,
        WeightAllAssistant,
        WeightRemoveAll,
        WeightRulesAll,
        TryInPlayground,
        Count
    };

    explicit DatasetPane(DatasetSession* session, QWidget* parent = nullptr);

    QAction* action(Action a) const { return m_actions[int(a)]; }
    DatasetTableView* tableView() const { return m_table; }
    RowEditor* rowEditor() const { return m_rowEditor; }
    RawJsonEditor* rawEditor() const { return m_raw; }
    FindBar* findBar() const { return m_find; }
    // The selected row's document position, or -1.
    std::int64_t currentPosition() const;
    void selectPosition(std::int64_t pos);
    // Makes the table's row `row` the one chosen, alone (whatever keys are held).
    void chooseRow(int row);
    void goToRow(std::int64_t oneBasedRow);
    // Selects a row (clearing a filter that hides it) and shows where in it a problem is.
    // `spanStart`, `spanEnd`: bytes of the text at `pointer` to mark (-1: all of it).
    // `takeFocus`: the keyboard goes to the problem's text (false: it stays where it is, as when
    // moving through the problems list).
    void showProblem(std::int64_t pos, const QString& pointer, qint64 spanStart = -1, qint64 spanEnd = -1,
                     bool takeFocus = true);
    // No problem shown: the last one's marks go (the row stays).
    void clearProblem();

    // Puts a bar (the filter-expression box) between the search and the table.
    void addBarAboveTable(QWidget* bar);

    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

signals:
    void statusMessage(const QString& text, int timeoutMs);
    // The row, up to its focused answer (-1: the last), to be generated again in the playground.
    void tryInPlaygroundRequested(const QByteArray& row, int answerIndex, const QString& source);

private:
    void createActions();
    void syncEditors();
    void updateActions();
    void stepRow(int delta);
    void stepMatch(int delta);
    void applyWeightRule(int rule, bool wholeFile);
    void insertRow();
    void moveSelected(int delta);

    DatasetSession* m_session;
    FindBar* m_find;
    DatasetTableView* m_table;
    RowEditor* m_rowEditor;
    RawJsonEditor* m_raw;
    QSplitter* m_split;
    QSplitter* m_detailSplit;
    QAction* m_actions[int(Action::Count)] = {};
    SearchQuery m_searchQuery; // the last search asked for: its matches are marked
    // The row last chosen in the table, followed through edits (a filtered table forgets its
    // selection when rows come or go), and the row a search run again after Undo or Redo keeps
    // chosen (not the first match).
    std::int64_t m_chosenRow = -1;
    std::optional<std::int64_t> m_rerunKeepsRow;
    int m_undoCount = 0, m_undoIndex = 0; // the undo stack as last seen: tells Undo from a new edit
};

} // namespace td
