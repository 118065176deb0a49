#include "widgets/eval/EvalGridView.h"

#include "widgets/common/ShortcutsDialog.h"

#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace td {

EvalGridView::EvalGridView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("evalGrid"));
    setAccessibleName(tr("Evaluation results"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    // Every row one line: the grid never measures the text of rows it does not show.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    // Model names differ at their ends (the base and its fine-tune share the start).
    horizontalHeader()->setTextElideMode(Qt::ElideMiddle);
    // Listed in Help › Keyboard Shortcuts under the pane (keyPressEvent handles them).
    ShortcutsDialog::document(
        this, tr("Pick the better answer (model 1 to 4)"),
        {QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_2), QKeySequence(Qt::Key_3), QKeySequence(Qt::Key_4)});
    ShortcutsDialog::document(this, tr("Call it a tie"), {QKeySequence(Qt::Key_0)});
    ShortcutsDialog::document(this, tr("Mark the answer good / bad"),
                              {QKeySequence(Qt::Key_G), QKeySequence(Qt::Key_B)});
    ShortcutsDialog::document(this, tr("Open the row in the playground"), {QKeySequence(Qt::Key_Return)});
    // The last section follows the view by itself (it stretches); any other resize is the user's.
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fitting && model() && logical != model()->columnCount() - 1)
            m_userSized = true;
    });
}

void EvalGridView::fitColumns(bool newRun)
{
    if (newRun)
        m_userSized = false;
    const int columns = model() ? model()->columnCount() : 0;
    if (m_userSized || columns < 3)
        return;
    m_fitting = true;
    // The row number and the verdict are short; the prompt, the dataset's answer and each
    // model's answer share the rest, never narrower than a readable minimum (then it scrolls).
    const int rowWidth = std::max(48, horizontalHeader()->sectionSizeHint(0));
    const int last = columns - 1;
    const int verdictWidth = std::max(horizontalHeader()->sectionSizeHint(last),
                                      fontMetrics().horizontalAdvance(QStringLiteral("4 better")) + 16);
    const int textColumns = columns - 2;
    const int share = (viewport()->width() - rowWidth - verdictWidth) / textColumns;
    const int each = std::max(fontMetrics().averageCharWidth() * 18, share);
    setColumnWidth(0, rowWidth);
    for (int c = 1; c < last; ++c)
        setColumnWidth(c, each);
    setColumnWidth(last, verdictWidth);
    m_fitting = false;
}

void EvalGridView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns(false);
}

void EvalGridView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (current.isValid() && mods == Qt::NoModifier) {
        const int key = event->key();
        if (key >= Qt::Key_0 && key <= Qt::Key_4) {
            emit picked(current.row(), key == Qt::Key_0 ? -1 : key - Qt::Key_1);
            event->accept();
            return;
        }
        if (key == Qt::Key_G || key == Qt::Key_B) {
            emit marked(current.row(), current.column(), key == Qt::Key_G);
            event->accept();
            return;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            emit openRequested(current.row());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace td
