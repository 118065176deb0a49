#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestJobs.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobsModel.h"
#include "playground/ChatSession.h"
#include "widgets/checks/ChecksPane.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/MessageBlock.h"
#include "widgets/dataset/RawJsonEditor.h"
#include "widgets/dataset/RowEditor.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/jobs/NewJobDialog.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace td;
using emu::EmulatorServer;

namespace {
// What X11's key bindings make every QLineEdit and QPlainTextEdit do (QKeySequence::MoveToEndOfLine
// is Ctrl+E there; the offscreen platform the tests run on has Windows' bindings).
class ClaimsCtrlE final : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent*>(event)->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_E)) {
            event->accept();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

// TuneDesk without a mouse: every step below is a key press on whatever has the keyboard focus,
// as a person who cannot use a pointer (or a screen reader user) works. File dialogs and
// questions are answered in advance through Dialogs' test hooks (they are the platform's).
class TestKeyboard : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    QTemporaryDir m_dir;

    static QWidget* focus() { return QApplication::focusWidget(); }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = focus() ? focus() : QApplication::activeWindow();
        QVERIFY(target);
        QTest::keyClick(target, key, modifiers);
    }

    static void type(const QString& text)
    {
        QVERIFY(focus());
        QTest::keyClicks(focus(), text);
    }

    static QString describe(QWidget* w)
    {
        return w ? QStringLiteral("%1 (%2) \"%3\"")
                       .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()), w->accessibleName())
                 : QStringLiteral("nothing");
    }

    // Presses Tab until the focus is on a widget `wanted` accepts: false after `limit` presses.
    static bool tabTo(const std::function<bool(QWidget*)>& wanted, int limit = 60, Qt::Key key = Qt::Key_Tab)
    {
        for (int i = 0; i < limit; ++i) {
            if (focus() && wanted(focus()))
                return true;
            QTest::keyClick(focus() ? focus() : QApplication::activeWindow(), key);
        }
        return focus() && wanted(focus());
    }

    static bool named(QWidget* w, const QString& objectName) { return w->objectName() == objectName; }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        qunsetenv("TOGETHER_API_KEY");
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
    }

    // Ctrl+E (Export Cleaned Copy) while the search field has the focus: X11's text fields bind
    // Ctrl+E to "end of line", which swallowed the window's shortcut.
    void ctrlEExportsFromTheSearchField()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString path = test::writeConversations(m_dir.filePath(QStringLiteral("export.jsonl")), 3);
        window.openFile(path);
        QVERIFY(window.session()->document()->waitForIndexed());
        QCoreApplication::processEvents();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.datasetPane()->goToRow(1);
        QTRY_VERIFY(window.datasetPane()->rowEditor()->messageBlock(0));
        const QList<QWidget*> fields = {
            window.findChild<QWidget*>(QStringLiteral("findLineEdit")),
            window.findChild<QWidget*>(QStringLiteral("filterExpression")),
            static_cast<QWidget*>(window.datasetPane()->rowEditor()->messageBlock(0)->textEdit())};
        for (QWidget* edit : fields) {
            QVERIFY(edit);
            const QByteArray field = edit->objectName().toUtf8() + ' ' + edit->metaObject()->className();
            edit->setFocus();
            QTRY_VERIFY2(edit->hasFocus(), field.constData());
            // As on X11, where a text field claims Ctrl+E ("end of line") before any shortcut.
            ClaimsCtrlE claims;
            edit->installEventFilter(&claims);
            bool opened = false;
            QTimer::singleShot(0, this, [&] {
                QTRY_VERIFY(QApplication::activeModalWidget());
                opened = QApplication::activeModalWidget()->windowTitle().contains(QStringLiteral("Export"));
                qobject_cast<QDialog*>(QApplication::activeModalWidget())->reject();
            });
            QTest::keyClick(edit, Qt::Key_E, Qt::ControlModifier);
            QTRY_VERIFY2(opened, field.constData());
            window.activateWindow(); // as the window manager does when the dialog closes
            QVERIFY(QTest::qWaitForWindowActive(&window));
            // The field's own Ctrl+E is not needed: End moves to the end of the line.
        }
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    // Tab and Shift+Tab leave the raw JSON editor (Scintilla indented instead: a trap).
    void tabLeavesTheRawJsonEditor()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openFile(test::writeConversations(m_dir.filePath(QStringLiteral("raw.jsonl")), 2));
        QVERIFY(window.session()->document()->waitForIndexed());
        window.datasetPane()->goToRow(1);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget* raw = window.findChild<QWidget*>(QStringLiteral("rawJsonScintilla"));
        QVERIFY(raw);
        raw->setFocus();
        QTRY_VERIFY(raw->hasFocus());
        press(Qt::Key_Tab);
        QTRY_VERIFY2(focus() && focus() != raw, qPrintable(describe(focus())));
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY2(focus() == raw, qPrintable(describe(focus())));
        press(Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_VERIFY2(focus() && focus() != raw, qPrintable(describe(focus())));
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    // F6 and Shift+F6 move between the window's regions (the table, the row's editor, its JSON,
    // the checks, the statistics when shown), in a ring; a hidden region is skipped.
    void f6MovesBetweenTheRegions()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openFile(test::writeConversations(m_dir.filePath(QStringLiteral("regions.jsonl")), 3));
        QVERIFY(window.session()->document()->waitForIndexed());
        window.datasetPane()->goToRow(1);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(window.datasetPane()->rowEditor()->messageBlock(0));
        QWidget* table = window.datasetPane()->tableView();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        const auto in = [](QWidget* region) { return focus() && (focus() == region || region->isAncestorOf(focus())); };
        auto* stats = window.findChild<QDockWidget*>(QStringLiteral("statisticsDock"));
        QVERIFY(stats && !stats->isVisible());
        const QList<QWidget*> ring = {table, window.datasetPane()->rowEditor(), window.datasetPane()->rawEditor(),
                                      window.checksPane()};
        for (QWidget* region : ring.mid(1) + ring.mid(0, 1)) {
            press(Qt::Key_F6);
            QTRY_VERIFY2(in(region), qPrintable(describe(focus()) + QStringLiteral(" for ") + describe(region)));
            if (region == window.checksPane()) // the list of problems, not the first of the checks' settings
                QCOMPARE(focus(), window.checksPane()->problemsView());
        }
        // With the statistics shown, they come after the checks; Shift+F6 goes back.
        stats->show();
        QTRY_VERIFY(stats->isVisible());
        window.checksPane()->problemsView()->setFocus();
        QTRY_VERIFY(in(window.checksPane()));
        press(Qt::Key_F6);
        QTRY_VERIFY2(in(stats), qPrintable(describe(focus())));
        press(Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY2(in(window.checksPane()), qPrintable(describe(focus())));
        Dialogs::setNextAnswer(QMessageBox::Discard);
    }

    // Open a file, move between rows, edit a message, toggle its weight, save, launch a job with
    // it and chat in the playground: QTest key events only, sent to the focused widget.
    void fromFileToJobToChatByKeyboard()
    {
        const QString path = test::writeConversations(m_dir.filePath(QStringLiteral("keys.jsonl")), 16);
        MainWindow window(nullptr, test::storeConnectedTo(QUrl(QString::fromLatin1(m_server.baseUrl())),
                                                          QStringLiteral("tgp_v1_keys"), this));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.jobsPane()->monitor()->setIntervals(30, 200);

        // Open (Ctrl+O; the file dialog is the platform's, answered in advance).
        Dialogs::setNextFileName(path);
        press(Qt::Key_O, Qt::ControlModifier);
        QTRY_COMPARE(window.session()->document()->rowCount(), 16);
        QVERIFY(window.session()->document()->waitForIndexed());

        // The rows have the keys once the file is open (the focus fell to the Checks' Verdict box,
        // where Down changed the verdict). Down twice and Alt+Down once.
        QTRY_VERIFY2(focus() && focus()->inherits("td::DatasetTableView"), qPrintable(describe(focus())));
        press(Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(window.datasetPane()->currentPosition(), 0);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QTRY_COMPARE(window.datasetPane()->currentPosition(), 2);
        press(Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(window.datasetPane()->currentPosition(), 3);

        // Edit its user message: Tab leaves the table for the editor.
        QVERIFY2(tabTo([](QWidget* w) { return w->accessibleName().startsWith(QStringLiteral("Message 1,")); }),
                 qPrintable(describe(focus())));
        QCOMPARE(qobject_cast<QPlainTextEdit*>(focus())->toPlainText(), QStringLiteral("question 3"));
        press(Qt::Key_End, Qt::ControlModifier);
        type(QStringLiteral(" typed"));
        // Toggle its weight (a user message is masked by default: now trained).
        press(Qt::Key_T, Qt::ControlModifier);
        // Save.
        press(Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!window.session()->isModified());
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().split('\n');
        QVERIFY2(lines.value(3).contains("\"content\":\"question 3 typed\""), lines.value(3).constData());
        QVERIFY2(lines.value(3).contains("\"weight\":1"), lines.value(3).constData());

        // Launch a job with it: Ctrl+2, Tab to New Fine-Tune…, Space; in the dialog Alt+L.
        press(Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(window.panes()->currentWidget(), window.jobsPane());
        QVERIFY2(tabTo([](QWidget* w) {
                     auto* b = qobject_cast<QAbstractButton*>(w);
                     return b && b->text().contains(QStringLiteral("New Fine-Tune"));
                 }),
                 qPrintable(describe(focus())));
        const int jobsBefore = m_server.requestCount("POST", "/v1/fine-tunes");
        bool launched = false;
        QString dialogProblem = QStringLiteral("New Fine-Tune never opened");
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<NewJobDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<NewJobDialog*>(QApplication::activeModalWidget());
            // Whatever fails below, the dialog closes so the test goes on to report it.
            const std::unique_ptr<QDialog, void (*)(QDialog*)> closer(dialog, [](QDialog* d) {
                if (d->isVisible())
                    d->reject();
            });
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            // The saved file is the training data; its check has passed before the launch.
            auto* preflight = dialog->findChild<QLabel*>(QStringLiteral("preflightSummary"));
            QTRY_VERIFY_WITH_TIMEOUT(
                !preflight->text().isEmpty() && !preflight->text().startsWith(QStringLiteral("Checking")), 20000);
            Dialogs::setNextAnswer(QMessageBox::No); // "Upload anyway?" would mean the check failed
            dialogProblem.clear();
            press(Qt::Key_L, Qt::AltModifier);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 30000);
            launched = dialog->result() == QDialog::Accepted;
        });
        press(Qt::Key_Space);
        QVERIFY2(dialogProblem.isEmpty(), qPrintable(dialogProblem));
        QVERIFY(launched);
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), jobsBefore + 1);
        QTRY_COMPARE(window.jobsPane()->monitor()->model()->rowCount(), 1);
        // The window manager gives the window back the focus the dialog had (offscreen does not).
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Chat: Ctrl+3, type a model name into the model box, Tab to the message, Ctrl+Return.
        press(Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window.panes()->currentWidget(), window.playgroundPane());
        // The first visit lands in the message box, ready to type (it was the conversation filter).
        QTRY_VERIFY2(named(focus(), QStringLiteral("playgroundInput")), qPrintable(describe(focus())));
        QVERIFY2(tabTo([](QWidget* w) { return named(w, QStringLiteral("playgroundModel")); }),
                 qPrintable(describe(focus())));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
        QTRY_COMPARE(window.playgroundPane()->model(), QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
        QVERIFY2(tabTo([](QWidget* w) { return named(w, QStringLiteral("playgroundInput")); }),
                 qPrintable(describe(focus())));
        type(QStringLiteral("Hello by keyboard"));
        const int chats = m_server.requestCount("POST", "/v1/chat/completions");
        press(Qt::Key_Return, Qt::ControlModifier);
        ChatSession* s = window.playgroundPane()->session();
        QTRY_VERIFY_WITH_TIMEOUT(s->messages().size() >= 2 && !s->isStreaming(), 20000);
        QCOMPARE(s->messages().front().content, QStringLiteral("Hello by keyboard"));
        QVERIFY2(!s->messages().back().incomplete, qPrintable(s->messages().back().error));
        QVERIFY(!s->messages().back().content.isEmpty());
        QCOMPARE(m_server.requestCount("POST", "/v1/chat/completions"), chats + 1);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
