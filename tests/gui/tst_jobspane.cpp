#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestJobs.h"
#include "api/ApiContext.h"
#include "api/ApiKeyResolver.h"
#include "api/CurlTransport.h"
#include "api/FileUpload.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "jobs/JobMonitor.h"
#include "widgets/DatasetPane.h"
#include "widgets/Dialogs.h"
#include "widgets/JobPage.h"
#include "widgets/JobsPane.h"
#include "widgets/LossChart.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace td;
using emu::EmulatorServer;

// The Jobs pane against the emulator, as a user sees it: jobs listed live, a job's events,
// loss chart and checkpoints, a notice when it ends, download and unpacking, cancel; and
// what it says without a key.
class TestJobsPane : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_gui");
        return c;
    }

    QString createJob(int epochs)
    {
        const auto job =
            test::startJob(&m_transport, connection(), m_dir.filePath(QStringLiteral("train.jsonl")), 16, epochs, 2);
        return job ? job->id : QString();
    }

    MemorySecretStore* connectedStore()
    {
        return test::storeConnectedTo(connection().baseUrl, QStringLiteral("tgp_v1_gui"), this);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        Settings::createTempFileInstance();
        qunsetenv("TOGETHER_API_KEY");
        QVERIFY(m_server.start());
    }

    void withoutAKeyItSaysWhatToDo()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        QTRY_VERIFY(window.jobsPane()->banner().startsWith(QStringLiteral("Not connected")));
        QVERIFY(window.jobsPane()->banner().contains(QStringLiteral("TOGETHER_API_KEY")));
    }

    void aJobFollowedToTheEndThenDownloaded()
    {
        const QString done = createJob(2);
        QVERIFY(!done.isEmpty());
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        QSignalSpy finished(pane, &JobsPane::jobFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(pane->table()->model()->rowCount(), 1);
        // The server's model list lays its prices over the bundled catalog.
        QTRY_VERIFY(pane->catalog().inferencePrice(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")));
        pane->selectJob(done);
        m_server.setSpeed(40);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane->monitor()->watchedJob() && pane->monitor()->watchedJob()->status == JobStatus::Completed, 20000);
        m_server.setSpeed(1);
        QTRY_COMPARE(pane->page()->checkpointList()->topLevelItemCount(), 3);
        // The page shows the poll that saw the job complete once its metrics and checkpoints are in.
        QTRY_VERIFY(pane->page()->eventLog()->toPlainText().contains(QStringLiteral("JOB_COMPLETE")));
        QTRY_VERIFY(pane->page()->timelineText().contains(QStringLiteral("● Completed")));
        QVERIFY(pane->page()->timelineText().contains(QStringLiteral("✓ Running")));
        QTRY_COMPARE(pane->page()->lossChart()->trainPoints(), int(pane->monitor()->watchedJob()->totalSteps));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.front().at(0).toString().contains(QStringLiteral("completed")));
        // Download the adapter into a folder; it is unpacked next to the archive.
        const QString folder = m_dir.filePath(QStringLiteral("downloads"));
        QDir().mkpath(folder);
        Dialogs::setNextFileName(folder);
        emit pane->page()->downloadRequested(done, 0, true);
        QTRY_VERIFY_WITH_TIMEOUT(pane->page()->transferText().startsWith(QStringLiteral("Unpacked")), 20000);
        QVERIFY2(pane->page()->transferText().contains(QStringLiteral("3 file")),
                 qPrintable(pane->page()->transferText()));
        const QStringList archives = QDir(folder).entryList({QStringLiteral("*.tar.zst")});
        QCOMPARE(archives.size(), 1);
        QVERIFY(archives.front().endsWith(QStringLiteral("-adapter.tar.zst")));
        const QString unpacked = folder + QLatin1Char('/') + archives.front().section(QStringLiteral(".tar"), 0, 0);
        QVERIFY(QFile::exists(unpacked + QStringLiteral("/adapter_config.json")));
    }

    void aLineNamedByTogethersReportIsShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("lines.jsonl"));
        test::writeFile(path, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n\n{\"text\": \"d\"}\n");
        MainWindow window(nullptr, new MemorySecretStore);
        window.showDatasetLine(path, 3);
        QTRY_COMPARE(window.datasetPane()->currentPosition(), 2);
        QCOMPARE(window.panes()->currentWidget(), window.datasetPane());
        window.showDatasetLine(path, 1); // already open: just selected
        QCOMPARE(window.datasetPane()->currentPosition(), 0);
    }

    void cancelARunningJob()
    {
        const QString running = createJob(20);
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        QTRY_VERIFY(pane->monitor()->model()->rowOf(running) >= 0);
        pane->selectJob(running);
        m_server.advanceClock(12);
        QTRY_VERIFY(pane->monitor()->watchedJob() && pane->monitor()->watchedJob()->status == JobStatus::Running);
        // Asked first; "No" leaves it running.
        const QByteArray cancelPath = "/v1/fine-tunes/" + running.toUtf8() + "/cancel";
        Dialogs::setNextAnswer(QMessageBox::No);
        emit pane->page()->cancelRequested(running);
        QCOMPARE(pane->monitor()->watchedJob()->status, JobStatus::Running);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        emit pane->page()->cancelRequested(running);
        QTRY_COMPARE(pane->monitor()->watchedJob()->status, JobStatus::CancelRequested);
        // Only the confirmed cancel reached the server.
        QCOMPARE(m_server.requestCount("POST", cancelPath), 1);
        m_server.advanceClock(3);
        pane->monitor()->refresh();
        QTRY_COMPARE(pane->monitor()->watchedJob()->status, JobStatus::Cancelled);
        QTRY_VERIFY(pane->page()->timelineText().contains(QStringLiteral("✗ Cancelled")));
        QVERIFY(pane->page()->timelineText().contains(QStringLiteral("✓ Queued")));
    }
};

QTEST_MAIN(TestJobsPane)
#include "tst_jobspane.moc"
