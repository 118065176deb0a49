#pragma once

#include <QTableView>

namespace td {

// The results grid, keyboard first: 1 to 4 pick the better answer of the row (that model's),
// 0 a tie; G and B mark the answer in the current cell good or bad (again: unmarked); the
// arrows move between rows and answers; Enter opens the row in the playground.
class EvalGridView final : public QTableView
{
    Q_OBJECT

public:
    explicit EvalGridView(QWidget* parent = nullptr);

    // Shares the width among the text columns so every column, "Your pick" last, is in view
    // (fixed 260 px columns pushed it off-screen). A run just opened forgets the user's widths;
    // after the user drags a column, resizing the window leaves the widths alone.
    void fitColumns(bool newRun);

signals:
    void picked(int gridRow, int model); // model -1: a tie
    void marked(int gridRow, int column, bool good);
    void openRequested(int gridRow);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    bool m_fitting = false;
    bool m_userSized = false;
};

} // namespace td
