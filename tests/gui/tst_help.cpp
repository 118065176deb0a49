#include "MainWindow.h"
#include "core/Settings.h"
#include "widgets/common/GettingStartedDialog.h"
#include "widgets/common/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace td;

namespace {

// The rows the dialog shows now: "Group|Action|Keys", hidden ones left out.
QStringList shownRows(const QTreeWidget* tree)
{
    QStringList rows;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            if (!item->isHidden())
                rows << group->text(0) + QLatin1Char('|') + item->text(0) + QLatin1Char('|') + item->text(1);
        }
    }
    return rows;
}

QAction* menuAction(QWidget* window, const QString& name)
{
    auto* a = window->findChild<QAction*>(name);
    if (!a)
        qFatal("no action %s", qPrintable(name));
    return a;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    ShortcutsDialog* openShortcuts()
    {
        menuAction(m_window.get(), QStringLiteral("actionShortcuts"))->trigger();
        auto* dialog = m_window->findChild<ShortcutsDialog*>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void mnemonicsAreRemoved()
    {
        QCOMPARE(ShortcutsDialog::withoutMnemonic(QStringLiteral("Save &As…")), QStringLiteral("Save As…"));
        QCOMPARE(ShortcutsDialog::withoutMnemonic(QStringLiteral("&Save")), QStringLiteral("Save"));
        QCOMPARE(ShortcutsDialog::withoutMnemonic(QStringLiteral("Salt && &Pepper")), QStringLiteral("Salt & Pepper"));
    }

    void helpMenuOffersBoth()
    {
        QMenu* help = nullptr;
        for (QAction* a : m_window->menuBar()->actions()) {
            if (a->menu() && a->text() == QStringLiteral("&Help"))
                help = a->menu();
        }
        QVERIFY(help);
        QVERIFY(help->actions().contains(menuAction(m_window.get(), QStringLiteral("actionShortcuts"))));
        QVERIFY(help->actions().contains(menuAction(m_window.get(), QStringLiteral("actionGettingStarted"))));
    }

    // The list of keys has a key of its own (it had none; F1 is Getting Started).
    void ctrlSlashShowsTheShortcuts()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(m_window->findChild<ShortcutsDialog*>() && m_window->findChild<ShortcutsDialog*>()->isVisible());
        m_window->findChild<ShortcutsDialog*>()->close();
    }

    void shortcutsAreListedByMenu()
    {
        ShortcutsDialog* dialog = openShortcuts();
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
        QVERIFY(tree);
        const QStringList rows = shownRows(tree);
        QVERIFY2(rows.contains(QStringLiteral("File|Save|Ctrl+S")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("File|Open…|Ctrl+O")));
        QVERIFY(rows.contains(QStringLiteral("Edit|Undo|Ctrl+Z")));
        QVERIFY(rows.contains(QStringLiteral("Go|Go to Row…|Ctrl+G")));
        QVERIFY(rows.contains(QStringLiteral("Help|Getting Started|F1")));
        // The panes' own keys: buttons with a key of their own, grouped by pane.
        QVERIFY(rows.contains(QStringLiteral("Jobs|Refresh|F5")));
        QVERIFY(rows.contains(QStringLiteral("Playground|New Chat|Ctrl+Shift+N")));
        QVERIFY(rows.contains(QStringLiteral("Playground|Send to every column|Ctrl+Return")));
        QVERIFY(rows.contains(QStringLiteral("Playground|Regenerate the last answers|Ctrl+Shift+R")));
        // Keys the evaluation grid handles itself.
        QVERIFY2(rows.contains(QStringLiteral("Evaluate|Pick the better answer (model 1 to 4)|1, 2, 3, 4")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Evaluate|Call it a tie|0")));
        QVERIFY(rows.contains(QStringLiteral("Evaluate|Open the row in the playground|Return")));
        // Every entry is an action with a key: none without one, no mnemonic left.
        for (const QString& row : rows) {
            QVERIFY2(!row.endsWith(QLatin1Char('|')), qPrintable(row));
            QVERIFY2(!row.section(QLatin1Char('|'), 1, 1).contains(QLatin1Char('&')), qPrintable(row));
        }
        QVERIFY(!rows.join(QLatin1Char('\n')).contains(QStringLiteral("About TuneDesk")));
        QCOMPARE(rows.size(), ShortcutsDialog::collect(m_window.get()).size());
        QVERIFY(!tree->accessibleName().isEmpty());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("shortcutsFilter"))->accessibleName().isEmpty());
    }

    // Sub-menus are named after their menu; an action outside the menus belongs to its pane.
    void groupsFollowMenusAndPanes()
    {
        QMainWindow window;
        QMenu* edit = window.menuBar()->addMenu(QStringLiteral("&Edit"));
        QMenu* weights = edit->addMenu(QStringLiteral("&Weights"));
        weights->addAction(QStringLiteral("&Last Only"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        edit->addAction(QStringLiteral("No Key"));
        auto* tabs = new QTabWidget(&window);
        window.setCentralWidget(tabs);
        auto* page = new QWidget;
        tabs->addTab(new QWidget, QStringLiteral("Dataset"));
        tabs->addTab(page, QStringLiteral("&Playground"));
        auto* send = new QAction(QStringLiteral("&Send"), page);
        send->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
        page->addAction(send);
        auto* unused = new QAction(QStringLiteral("Nowhere"), page); // added to no widget: no key works
        unused->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        auto* refresh = new QPushButton(QStringLiteral("&Refresh"), page);
        refresh->setShortcut(QKeySequence(Qt::Key_F5));
        new QPushButton(QStringLiteral("&Only a Mnemonic"), page); // Alt+O comes with the text
        auto* stop = new QShortcut(QKeySequence(Qt::Key_Escape), page);
        stop->setWhatsThis(QStringLiteral("Stop the answers"));
        new QShortcut(QKeySequence(Qt::Key_F6), page); // says nothing about itself: left out
        ShortcutsDialog::document(page, QStringLiteral("Pick"), {QKeySequence(Qt::Key_1)});
        QStringList got;
        for (const ShortcutsDialog::Entry& e : ShortcutsDialog::collect(&window))
            got << e.group + QLatin1Char('|') + e.text + QLatin1Char('|') + e.keys.front().toString();
        QCOMPARE(got,
                 (QStringList{QStringLiteral("Edit › Weights|Last Only|Ctrl+L"),
                              QStringLiteral("Playground|Send|Ctrl+Return"), QStringLiteral("Playground|Refresh|F5"),
                              QStringLiteral("Playground|Stop the answers|Esc"), QStringLiteral("Playground|Pick|1")}));
    }

    void aChangedShortcutIsShown()
    {
        ShortcutsDialog* dialog = openShortcuts();
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
        QAction* save = menuAction(m_window.get(), QStringLiteral("actionSave"));
        const QList<QKeySequence> before = save->shortcuts();
        save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F9));
        QTRY_VERIFY2(shownRows(tree).contains(QStringLiteral("File|Save|Ctrl+Alt+F9")),
                     qPrintable(shownRows(tree).join(QLatin1Char('\n'))));
        QVERIFY(!shownRows(tree).contains(QStringLiteral("File|Save|Ctrl+S")));
        // An action that gets its first key appears; one that loses its key goes.
        QAction* about = menuAction(m_window.get(), QStringLiteral("actionAbout"));
        about->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F10));
        QTRY_VERIFY(shownRows(tree).contains(QStringLiteral("Help|About TuneDesk|Ctrl+Alt+F10")));
        about->setShortcut(QKeySequence());
        QTRY_VERIFY(!shownRows(tree).join(QLatin1Char('\n')).contains(QStringLiteral("About TuneDesk")));
        // A change while the dialog is closed shows when it opens again.
        dialog->close();
        save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F11));
        QCOMPARE(openShortcuts(), dialog);
        QVERIFY(shownRows(tree).contains(QStringLiteral("File|Save|Ctrl+Alt+F11")));
        save->setShortcuts(before);
        QTRY_VERIFY(shownRows(tree).contains(QStringLiteral("File|Save|Ctrl+S")));
    }

    void searchFilters()
    {
        ShortcutsDialog* dialog = openShortcuts();
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree"));
        const int all = int(shownRows(tree).size());
        dialog->setFilter(QStringLiteral("save"));
        QStringList rows = shownRows(tree);
        QVERIFY2(rows.contains(QStringLiteral("File|Save|Ctrl+S")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(!rows.contains(QStringLiteral("File|Open…|Ctrl+O")));
        // By key too.
        dialog->setFilter(QStringLiteral("Ctrl+G"));
        rows = shownRows(tree);
        QCOMPARE(rows, QStringList{QStringLiteral("Go|Go to Row…|Ctrl+G")});
        // By menu: every Go entry.
        dialog->setFilter(QStringLiteral("go"));
        QVERIFY(shownRows(tree).contains(QStringLiteral("Go|Next Row|Alt+Down")));
        dialog->setFilter(QStringLiteral("no action is called this"));
        QVERIFY(shownRows(tree).isEmpty());
        dialog->setFilter({});
        QCOMPARE(int(shownRows(tree).size()), all);
    }

    void gettingStartedSaysHowToBegin()
    {
        menuAction(m_window.get(), QStringLiteral("actionGettingStarted"))->trigger();
        auto* dialog = m_window->findChild<GettingStartedDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QString text = dialog->browser()->toPlainText();
        for (const char* step : {"Open a dataset", "Check it", "Launch a fine-tuning job", "Chat with it"})
            QVERIFY2(text.contains(QLatin1String(step)), step);
        // Asking again shows the same dialog, not a second one.
        menuAction(m_window.get(), QStringLiteral("actionGettingStarted"))->trigger();
        QCOMPARE(m_window->findChildren<GettingStartedDialog*>().size(), 1);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
