#include "MainWindow.h"
#include "SampleDataset.h"
#include "TestJobs.h"
#include "api/connection/ApiContext.h"
#include "api/connection/DemoConnection.h"
#include "api/http/CurlTransport.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "widgets/common/ConnectionPicker.h"
#include "widgets/common/WelcomePage.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/ImportDialog.h"
#include "widgets/endpoints/EndpointsPane.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QAction>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

using namespace td;

// The first run as a person meets it: the welcome page while no dataset is open (recent files
// by keyboard, Open Sample), and the demo connection: the real emulator started from the page,
// chosen in the status bar, followed by the Jobs, Endpoints and Playground panes, and gone
// when the window is.
class TestWelcome : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool processExists(qint64 pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH); }

    static QWidget* datasetTab(MainWindow& w) { return w.panes()->widget(0); }

    static QPushButton* button(MainWindow& w, const char* name)
    {
        return w.welcomePage()->findChild<QPushButton*>(QString::fromLatin1(name));
    }

    static void startDemo(MainWindow& w)
    {
        w.api()->demo()->setProgram(QStringLiteral(TD_EMULATOR_PROGRAM));
        // Uploaded files are validated at once, so a job can be made on the first try.
        w.api()->demo()->setExtraArguments({QStringLiteral("--validation-polls"), QStringLiteral("0")});
        QTest::mouseClick(button(w, "welcomeDemo"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.api()->demo()->state(), DemoConnection::State::Running, 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the sample's copy goes to a test folder
        Settings::createTempFileInstance();
        qunsetenv("TOGETHER_API_KEY");
        qunsetenv("TOGETHER_BASE_URL");
        QVERIFY(m_dir.isValid());
    }

    void init() { QFile::remove(SampleDataset::copyPath()); }

    void theWelcomePageLeadsByKeyboard()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.jsonl"));
        test::writeConversations(path, 5);
        Settings::instance()->set(Settings::Key::RecentFiles, QStringList{path, QStringLiteral("/gone/old.jsonl")});
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QCOMPARE(datasetTab(window), window.welcomePage());
        QListWidget* recent = window.welcomePage()->recentList();
        QCOMPARE(recent->count(), 2);
        QVERIFY(!(recent->item(1)->flags() & Qt::ItemIsEnabled)); // a file no longer there
        // The page has the focus; Tab walks Open, New, Sample, Import to the recent files; Return opens.
        QTRY_VERIFY(button(window, "welcomeOpen")->hasFocus());
        for (int i = 0; i < 4 && !recent->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(recent->hasFocus());
        QCOMPARE(recent->currentRow(), 0);
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_COMPARE(window.session()->document()->state(), DatasetDocument::State::Ready);
        QCOMPARE(window.session()->document()->path(), path);
        QCOMPARE(datasetTab(window), window.datasetPane());
        // Closing the file brings the page back.
        QTest::keySequence(&window, QKeySequence::Close);
        QTRY_COMPARE(datasetTab(window), window.welcomePage());
    }

    void openSampleOpensTheBundledDataset()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(button(window, "welcomeSample"), Qt::LeftButton);
        QTRY_COMPARE(window.session()->document()->state(), DatasetDocument::State::Ready);
        QCOMPARE(window.session()->document()->path(), SampleDataset::copyPath());
        QTRY_COMPARE(window.session()->document()->rowCount(), std::int64_t(13));
        QCOMPARE(datasetTab(window), window.datasetPane());
        QFile bundled(QStringLiteral(TD_SAMPLE_DATASET));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QCOMPARE(test::readFile(SampleDataset::copyPath()), bundled.readAll());
    }

    // Data in another shape: the page's Import opens the import dialog.
    void importIsOnThePage()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(button(window, "welcomeImport"), Qt::LeftButton);
        QTRY_VERIFY(window.findChild<ImportDialog*>());
        window.findChild<ImportDialog*>()->reject();
    }

    void withoutAConnectionThePanesSayWhatToDo()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        QTRY_VERIFY(window.jobsPane()->emptyStateText().startsWith(QStringLiteral("Not connected to Together AI")));
        QVERIFY(window.jobsPane()->emptyStateText().contains(QStringLiteral("demo connection")));
        QTRY_VERIFY(
            window.endpointsPane()->emptyStateText().startsWith(QStringLiteral("Not connected to Together AI")));
        // Neither table is shown empty under a "Not connected" line.
        QVERIFY(!window.jobsPane()->table()->isVisibleTo(window.jobsPane()));
        QVERIFY(!window.endpointsPane()->table()->isVisibleTo(window.endpointsPane()));
    }

    void theDemoConnectionServesEveryPaneAndEndsWithTheApp()
    {
        auto* window = new MainWindow(nullptr, new MemorySecretStore);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* picker = window->findChild<ConnectionPicker*>();
        QVERIFY(picker);
        QCOMPARE(picker->currentText(), QStringLiteral("Together AI"));
        startDemo(*window);
        const qint64 pid = window->api()->demo()->processId();
        QVERIFY(processExists(pid));
        QCOMPARE(picker->currentText(), QStringLiteral("Demo (local emulator)"));
        QVERIFY(window->welcomePage()->demoStatus().contains(QStringLiteral("active connection")));

        // Jobs: connected to the demo, whose account already has a finished job and one training.
        JobsPane* jobs = window->jobsPane();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->table()->model()->rowCount(), 2, 20000);
        QVERIFY(jobs->emptyStateText().isEmpty());
        // The emulator's models (with their prices) reach the pane's catalog.
        QTRY_VERIFY_WITH_TIMEOUT(
            jobs->catalog().inferencePrice(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")), 20000);
        // A job made on the emulator shows after a refresh (F5 in the pane).
        CurlTransport transport;
        Connection c;
        c.baseUrl = window->api()->demo()->baseUrl();
        c.apiKey = QStringLiteral("any");
        const auto job = test::startJob(&transport, c, m_dir.filePath(QStringLiteral("demo.jsonl")), 8, 1);
        QVERIFY(job);
        window->panes()->setCurrentWidget(jobs);
        QTest::keyClick(jobs->table(), Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(jobs->table()->model()->rowCount(), 3, 20000);
        QVERIFY(jobs->emptyStateText().isEmpty());
        QVERIFY(jobs->table()->isVisible());
        QVERIFY2(jobs->banner().startsWith(QStringLiteral("Demo (local emulator): 3 job")), qPrintable(jobs->banner()));

        // Endpoints: the demo's (none), with the next step.
        QTRY_VERIFY_WITH_TIMEOUT(
            window->endpointsPane()->banner().startsWith(QStringLiteral("No dedicated endpoints on Demo")), 20000);
        // Playground: a chat not begun goes to the demo, whose models are listed.
        ChatColumn* column = window->playgroundPane()->column(0);
        QCOMPARE(column->profileId(), DemoConnection::profileId());
        QTRY_VERIFY_WITH_TIMEOUT(
            column->modelChoices().contains(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")), 20000);

        // Back to Together in the status bar: the panes follow.
        picker->setFocus();
        QTest::keyClick(picker, Qt::Key_Up);
        QCOMPARE(picker->currentText(), QStringLiteral("Together AI"));
        QCOMPARE(window->api()->profiles()->activeId(), QStringLiteral("together"));
        QTRY_VERIFY(jobs->emptyStateText().startsWith(QStringLiteral("Not connected to Together AI")));
        QCOMPARE(jobs->table()->model()->rowCount(), 0); // the demo's job is not Together's
        QVERIFY(window->welcomePage()->demoStatus().contains(QStringLiteral("choose it in the status bar")));

        // Quitting ends the emulator.
        // File > Quit (its key, Ctrl+Q, comes from the desktop's theme, which the test platform lacks).
        window->findChild<QAction*>(QStringLiteral("actionQuit"))->trigger();
        QTRY_VERIFY(!window->isVisible());
        delete window;
        QVERIFY(!processExists(pid));
    }

    void aMissingEmulatorIsExplained()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.api()->demo()->setProgram(m_dir.filePath(QStringLiteral("no-such-emulator")));
        QTest::mouseClick(button(window, "welcomeDemo"), Qt::LeftButton);
        QTRY_VERIFY(window.welcomePage()->demoStatus().contains(QStringLiteral("is not installed")));
        QCOMPARE(window.api()->profiles()->activeId(), QStringLiteral("together"));
        QTRY_VERIFY(window.jobsPane()->emptyStateText().startsWith(QStringLiteral("The demo connection could not")));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
