#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace td {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, read from the window's
// menus and actions (never from a list of its own), so it cannot drift from what the keys do.
// Actions in menus are grouped by menu ("Edit › Weights"); actions outside the menus, buttons
// with a key of their own and QShortcuts that have a whatsThis (their description) by the pane
// (tab) they belong to. Searchable by action, key or group; rebuilt when an action changes and
// each time it is shown.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;
        QString text; // without the & mnemonic
        QList<QKeySequence> keys;
    };

    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    // What `window` offers, in menu order.
    static QList<Entry> collect(QWidget* window);
    // "Save &As…" → "Save As…", "&&" → "&".
    static QString withoutMnemonic(const QString& text);
    // Keys a widget handles itself (a grid's 1-4, say), listed with the widget's pane: what they
    // do, in the user's words. Nothing else changes: the widget still handles them.
    static void document(QWidget* owner, const QString& what, const QList<QKeySequence>& keys);

    void setFilter(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void scheduleRebuild();
    void applyFilter();

    QPointer<QWidget> m_window;
    QLineEdit* m_filter;
    QTreeWidget* m_tree;
    QList<QPointer<QAction>> m_watched;
    bool m_rebuildPending = false;
};

} // namespace td
