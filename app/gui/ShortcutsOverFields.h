#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace td {

// Window commands whose keys win over a text field's own use of them. On X11 every text field
// binds Ctrl+E to "end of line" (after Emacs; End does the same), which swallowed Export Cleaned
// Copy while the search field, the filter or a message editor had the focus. Installed on the
// application; acts only on `window`'s widgets and on enabled actions.
class ShortcutsOverFields final : public QObject
{
    Q_OBJECT

public:
    ShortcutsOverFields(QWidget* window, const QList<QAction*>& actions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QList<QPointer<QAction>> m_actions;
};

} // namespace td
