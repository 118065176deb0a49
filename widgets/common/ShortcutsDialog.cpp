#include "ShortcutsDialog.h"

#include "widgets/common/ClearButton.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace td {

namespace {

// The dynamic property ShortcutsDialog::document keeps a widget's own keys in.
constexpr const char* kDocumentedKeys = "tdDocumentedKeys";

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList parts;
    for (const QKeySequence& k : keys)
        parts << k.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

void collectMenu(QMenu* menu, const QString& group, QList<ShortcutsDialog::Entry>& out, QSet<QAction*>& seen)
{
    for (QAction* a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (QMenu* sub = a->menu()) {
            collectMenu(sub, group + QStringLiteral(" › ") + ShortcutsDialog::withoutMnemonic(sub->title()), out, seen);
            continue;
        }
        seen.insert(a);
        if (!a->shortcuts().isEmpty() && a->isVisible())
            out.append({group, ShortcutsDialog::withoutMnemonic(a->text()), a->shortcuts()});
    }
}

// The title of the tab `widget` sits in, if any: actions outside the menus are the pane's.
QString paneOf(QObject* object)
{
    for (QObject* o = object; o; o = o->parent()) {
        auto* stack = qobject_cast<QStackedWidget*>(o->parent());
        auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parent()) : nullptr;
        auto* page = qobject_cast<QWidget*>(o);
        if (tabs && page && tabs->indexOf(page) >= 0)
            return ShortcutsDialog::withoutMnemonic(tabs->tabText(tabs->indexOf(page)));
    }
    return {};
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Search actions and keys"));
    enableClearButton(m_filter);
    m_filter->setAccessibleName(tr("Search shortcuts"));
    m_filter->setAccessibleDescription(tr("Shows only the actions whose name, key or menu contains this text"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Every action that has a keyboard shortcut, grouped by menu"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto* label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_filter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto* top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_filter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 560);
    rebuild();
}

void ShortcutsDialog::document(QWidget* owner, const QString& what, const QList<QKeySequence>& keys)
{
    QStringList portable;
    for (const QKeySequence& k : keys)
        portable << k.toString(QKeySequence::PortableText);
    QVariantList list = owner->property(kDocumentedKeys).toList();
    list.append(QVariantMap{{QStringLiteral("what"), what}, {QStringLiteral("keys"), portable}});
    owner->setProperty(kDocumentedKeys, list);
}

QString ShortcutsDialog::withoutMnemonic(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (i + 1 < text.size() && text[i + 1] == QLatin1Char('&'))
                out += text[++i];
            continue;
        }
        out += text[i];
    }
    return out;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget* window)
{
    QList<Entry> out;
    QSet<QAction*> seen;
    if (!window)
        return out;
    if (auto* bar = window->findChild<QMenuBar*>()) {
        for (QAction* a : bar->actions()) {
            if (QMenu* menu = a->menu())
                collectMenu(menu, withoutMnemonic(menu->title()), out, seen);
        }
    }
    // Actions outside the menus count where they are reachable: added to a widget of this window
    // (not of a dialog it owns).
    const QString other = tr("Other");
    QList<Entry> rest;
    auto groupOf = [&other](QObject* o) {
        const QString pane = paneOf(o);
        return pane.isEmpty() ? other : pane;
    };
    for (QAction* a : window->findChildren<QAction*>()) {
        if (seen.contains(a) || a->shortcuts().isEmpty() || !a->isVisible() || a->text().isEmpty() ||
            a->associatedObjects().isEmpty())
            continue;
        auto* owner = qobject_cast<QWidget*>(a->associatedObjects().front());
        if (owner && owner->window() != window)
            continue;
        seen.insert(a);
        rest.append({groupOf(owner), withoutMnemonic(a->text()), a->shortcuts()});
    }
    // Buttons with a key of their own, not just their text's mnemonic (Refresh: F5).
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        const QKeySequence key = b->shortcut();
        if (key.isEmpty() || b->text().isEmpty() || b->isHidden() || b->window() != window ||
            key == QKeySequence::mnemonic(b->text()))
            continue;
        rest.append({groupOf(b), withoutMnemonic(b->text()), {key}});
    }
    // Shortcuts without an action or a button are listed when they say what they do (whatsThis).
    for (QShortcut* sc : window->findChildren<QShortcut*>()) {
        auto* owner = qobject_cast<QWidget*>(sc->parent());
        if (sc->keys().isEmpty() || sc->whatsThis().isEmpty() || !sc->isEnabled() ||
            (owner && owner->window() != window))
            continue;
        rest.append({groupOf(sc), sc->whatsThis(), sc->keys()});
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window)
            continue;
        for (const QVariant& v : w->property(kDocumentedKeys).toList()) {
            const QVariantMap entry = v.toMap();
            QList<QKeySequence> keys;
            for (const QString& k : entry.value(QStringLiteral("keys")).toStringList())
                keys << QKeySequence(k, QKeySequence::PortableText);
            rest.append({groupOf(w), entry.value(QStringLiteral("what")).toString(), keys});
        }
    }
    std::stable_sort(rest.begin(), rest.end(), [](const Entry& x, const Entry& y) { return x.group < y.group; });
    out += rest;
    return out;
}

void ShortcutsDialog::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void ShortcutsDialog::showEvent(QShowEvent* event)
{
    // Menus may have gained actions since the dialog was made.
    rebuild();
    QDialog::showEvent(event);
}

void ShortcutsDialog::scheduleRebuild()
{
    // One rebuild for a burst of changes (retranslation changes every action at once); none while
    // hidden (the undo action's text changes with every edit): showing rebuilds.
    if (m_rebuildPending || !isVisible())
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &ShortcutsDialog::rebuild);
}

void ShortcutsDialog::rebuild()
{
    m_rebuildPending = false;
    for (const QPointer<QAction>& a : std::as_const(m_watched)) {
        if (a)
            disconnect(a, &QAction::changed, this, &ShortcutsDialog::scheduleRebuild);
    }
    m_watched.clear();
    if (m_window) {
        // Every action is watched, also those without a key yet: giving one a key shows it here.
        for (QAction* a : m_window->findChildren<QAction*>()) {
            connect(a, &QAction::changed, this, &ShortcutsDialog::scheduleRebuild);
            m_watched.append(a);
        }
    }

    m_tree->clear();
    QTreeWidgetItem* group = nullptr;
    for (const Entry& e : collect(m_window)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_tree, {e.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setFirstColumnSpanned(true);
        }
        const QString keys = keysText(e.keys);
        auto* item = new QTreeWidgetItem(group, {e.text, keys});
        // A screen reader reads the row as one sentence.
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(e.text, keys));
        item->setData(1, Qt::AccessibleTextRole, keys);
    }
    m_tree->expandAll();
    applyFilter();
}

void ShortcutsDialog::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace td
