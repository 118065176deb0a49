#include "ShortcutsOverFields.h"

#include <QAction>
#include <QKeyEvent>
#include <QWidget>

namespace td {

ShortcutsOverFields::ShortcutsOverFields(QWidget* window, const QList<QAction*>& actions)
    : QObject(window)
    , m_window(window)
{
    for (QAction* a : actions)
        m_actions.append(a);
}

bool ShortcutsOverFields::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType() ||
        static_cast<QWidget*>(watched)->window() != m_window)
        return QObject::eventFilter(watched, event);
    const QKeySequence pressed(static_cast<QKeyEvent*>(event)->keyCombination());
    for (const QPointer<QAction>& a : m_actions)
        if (a && a->isEnabled() && a->shortcuts().contains(pressed)) {
            // Not claimed by the field (nor by its parents, which see it next): the shortcut fires.
            event->ignore();
            return true;
        }
    return QObject::eventFilter(watched, event);
}

} // namespace td
