#pragma once

#include <QModelIndex>
#include <QWidget>

#include <optional>
#include <tuple>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace td {

class DatasetChecks;

// The Checks pane: Together's verdict on its own line, naming the check profile that decides it
// (Together today or the 1.5.34 client, switchable beside it), every problem grouped by code,
// quick fixes for one problem or all of its kind, and a filter to rows with problems.
class ChecksPane final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPane(DatasetChecks* checks, QWidget* parent = nullptr);

    QString verdictText() const;
    QTreeView* problemsView() const { return m_view; }
    // Fixes the selected problem (or, on a group, every problem of the group).
    void fixSelected(bool wholeGroup);
    // Chooses the problem after (step 1) or before (-1) the current one, across groups and
    // round the end, and shows it in its row (Go > Next Problem, F8).
    void showNextProblem(int step);
    // The keyboard to the list, a problem chosen if none was (Go > Problems List).
    void focusProblems();

signals:
    // `spanStart`, `spanEnd`: the finding's bytes in the text at `pointer` (-1: the whole text).
    void problemActivated(qint64 row, const QString& pointer, qint64 spanStart, qint64 spanEnd);
    // Moved to with the keys in the list: shown in its row, the keyboard left in the list.
    void problemChosen(qint64 row, const QString& pointer, qint64 spanStart, qint64 spanEnd);
    // Moved with the keys to a kind's heading: no one problem is shown.
    void problemUnchosen();
    void onlyProblemRowsToggled(bool on);
    void exportRequested();

private:
    void updateVerdict();
    void updateButtons();
    QModelIndex chosen() const;
    // After a fix: the problem at the fixed one's place chosen again, each time the list is
    // remade (the edited rows are checked at once, the whole file a moment later).
    void reselectAfterFix();
    void expandSmallGroups();

public:
    // Check Now and Export work on an open dataset only: disabled without one.
    void setDatasetReady(bool ready);
    // Ticks or clears "Only rows with problems" without filtering (another filter replaced it).
    void setOnlyProblemRows(bool on);

private:
    DatasetChecks* m_checks;
    QLabel* m_verdict;
    QComboBox* m_checkProfile;
    QComboBox* m_profile;
    QSpinBox* m_context;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QTreeView* m_view;
    QPushButton* m_fix;
    QPushButton* m_fixAll;
    QCheckBox* m_onlyProblems;
    QPushButton* m_export;
    // Where the fixed problem was (its group's row, its row in the group or -1), until the
    // whole file is checked again or the user chooses another problem.
    // Where the fixed problem was: its kind's code, the kind's place in the list and the
    // problem's in the kind (-1: the kind's heading). The kinds are ordered by their counts, so
    // a fix can move its kind: the next problem is looked for by the code first.
    struct AfterFix
    {
        QString code;
        int group = 0;
        int child = -1;
    };
    std::optional<AfterFix> m_afterFix;
    bool m_reselecting = false;
    // The problem last shown in its row after a fix (row, pointer, span): the list is remade
    // more than once after a fix, and the row is shown again only if another problem is chosen.
    std::optional<std::tuple<qint64, QString, qint64, qint64>> m_shownAfterFix;
};

} // namespace td
