#include "widgets/eval/EvalGridView.h"

#include "widgets/common/ShortcutsDialog.h"

#include <QHeaderView>
#include <QKeyEvent>

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
