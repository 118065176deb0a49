#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestJobs.h"
#include "api/CurlTransport.h"
#include "jobs/JobMonitor.h"
#include "playground/ChatSession.h"
#include "widgets/JobPage.h"
#include "widgets/JobsPane.h"
#include "widgets/PlaygroundPane.h"

#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// The playground against the emulator: a streamed answer with its metrics, Stop keeping the
// partial answer, an error mid-stream shown inline, and a finished fine-tune opened from the
// Jobs pane answering from its training data.
class TestPlayground : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    const QString m_model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_play");
        return c;
    }

    PlaygroundPane* pane() const { return m_window->playgroundPane(); }
    const ChatSession::Message& last() const { return pane()->session()->messages().back(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        Settings::createTempFileInstance();
        QVERIFY(m_server.start());
        m_window = std::make_unique<MainWindow>(
            nullptr, test::storeConnectedTo(connection().baseUrl, QStringLiteral("tgp_v1_play"), this));
    }

    void aStreamedAnswerWithItsMetrics()
    {
        pane()->openModel(QStringLiteral("together"), m_model);
        pane()->send(QStringLiteral("Name three rivers"));
        QTRY_VERIFY(pane()->session()->messages().size() == 2 && !pane()->session()->isStreaming());
        QVERIFY(last().content.contains(QStringLiteral("answering \"Name three rivers\"")));
        QVERIFY(!last().incomplete);
        QVERIFY(last().firstTokenMs >= 0);
        QVERIFY(last().completionTokens > 0);
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("ms to first token")));
        // The conversation goes on with its history.
        pane()->send(QStringLiteral("And three lakes?"));
        QTRY_VERIFY(pane()->session()->messages().size() == 4 && !pane()->session()->isStreaming());
        const QByteArray sent = m_server.lastBody("/v1/chat/completions");
        QVERIFY(sent.contains("Name three rivers") && sent.contains("And three lakes?"));
    }

    void stopKeepsThePartialAnswer()
    {
        m_server.setTokenIntervalMs(60);
        const auto before = pane()->session()->messages().size();
        pane()->send(QStringLiteral("Tell me a long story about a lighthouse keeper"));
        QTRY_VERIFY(pane()->session()->messages().size() == before + 2 && pane()->session()->isStreaming() &&
                    !last().content.isEmpty());
        pane()->stop();
        QTRY_VERIFY(!pane()->session()->isStreaming());
        m_server.setTokenIntervalMs(5);
        QVERIFY(last().incomplete);
        QCOMPARE(last().error, ChatSession::tr("Stopped."));
        QVERIFY(!last().content.isEmpty());
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("Incomplete: Stopped.")));
    }

    void anErrorMidStreamIsShownInline()
    {
        const auto before = pane()->session()->messages().size();
        m_server.injectNext(EmulatorServer::Fault::ErrorMidStream);
        pane()->send(QStringLiteral("What is the capital of France and why?"));
        QTRY_VERIFY(pane()->session()->messages().size() == before + 2 && !pane()->session()->isStreaming());
        QVERIFY(last().incomplete);
        QVERIFY2(last().error.contains(QStringLiteral("failed while generating")), qPrintable(last().error));
        QVERIFY(!last().content.isEmpty()); // the partial answer stays
        QTRY_VERIFY(pane()->transcript().contains(QStringLiteral("failed while generating")));
    }

    void aFineTuneOpenedFromTheJobsPane()
    {
        const auto job =
            test::startJob(&m_transport, connection(), m_dir.filePath(QStringLiteral("train.jsonl")), 12, 1);
        QVERIFY(job);
        m_server.advanceClock(200);
        JobsPane* jobs = m_window->jobsPane();
        jobs->monitor()->setIntervals(30, 200);
        jobs->monitor()->refresh();
        QTRY_VERIFY(jobs->monitor()->model()->rowOf(job->id) >= 0);
        jobs->selectJob(job->id);
        QTRY_VERIFY(jobs->monitor()->watchedJob() && jobs->monitor()->watchedJob()->status == JobStatus::Completed);
        const QString output = jobs->monitor()->watchedJob()->outputName;
        emit jobs->page()->playgroundRequested(output);
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        QCOMPARE(pane()->model(), output);
        QVERIFY(pane()->session()->messages().isEmpty()); // a new chat
        pane()->send(QStringLiteral("question 3"));
        QTRY_VERIFY(pane()->session()->messages().size() == 2 && !pane()->session()->isStreaming());
        QCOMPARE(last().content, QStringLiteral("answer 3"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestPlayground)
#include "tst_playground.moc"
