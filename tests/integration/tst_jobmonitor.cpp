#include "EmulatorServer.h"

#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "jobs/JobMonitor.h"

#include "TestJobs.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// Monitoring jobs against the emulator: the list and one job followed to the end through
// injected 429s and 5xx, polling that slows down while nothing changes and stops when
// every job has ended, and a notice for each job seen ending.
class TestJobMonitor : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    std::optional<TogetherClient> m_client;

    FineTuneJob create(int epochs)
    {
        return test::startJob(&m_transport, m_client->connection(), m_dir.filePath(QStringLiteral("train.jsonl")), 24,
                              epochs)
            .value_or(FineTuneJob());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        qRegisterMetaType<td::FineTuneJob>();
        qRegisterMetaType<td::ApiError>();
        // Files get their validation verdict at once: these tests are about other things.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_monitor");
        m_client.emplace(&m_transport, c);
    }

    void pollingSlowsDownWhileNothingChanges()
    {
        m_server.setSpeed(0.001); // time nearly stands still
        const FineTuneJob job = create(1);
        QVERIFY(!job.id.isEmpty());
        JobMonitor monitor;
        monitor.setIntervals(20, 160);
        monitor.setClient(m_client);
        QTRY_COMPARE(monitor.model()->rowCount(), 1);
        QTRY_COMPARE(monitor.listIntervalMs(), 160);
        QVERIFY(monitor.isPollingList());
        m_server.setSpeed(1);
    }

    // Watching another job while the last one's read is on its way (a job launched while the
    // page showed an older one): the new job is read and followed, not left at its first state.
    void watchingAnotherJobMidReadFollowsIt()
    {
        const FineTuneJob a = create(1);
        const FineTuneJob b = create(1);
        JobMonitor monitor;
        monitor.setIntervals(20, 100);
        monitor.setClient(m_client);
        monitor.watch(a.id); // its read starts at once
        monitor.watch(b.id); // while it is on its way
        QTRY_VERIFY(monitor.watchedJob() && monitor.watchedJob()->id == b.id);
        m_server.advanceClock(100000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.watchedJob()->status == JobStatus::Completed, 20000);
    }

    void followsJobsToTheEndThroughFaults()
    {
        const FineTuneJob a = create(1);
        const FineTuneJob b = create(2);
        JobMonitor monitor;
        monitor.setIntervals(20, 100);
        QSignalSpy finished(&monitor, &JobMonitor::jobFinished);
        monitor.setClient(m_client);
        monitor.watch(b.id);
        QTRY_VERIFY(monitor.model()->rowOf(a.id) >= 0 && monitor.model()->rowOf(b.id) >= 0);
        // Faults while polling: rate limits and server errors (the client retries reads; a
        // request that still fails is reported and polled again).
        for (int i = 0; i < 4; ++i)
            m_server.injectNext(i % 2 ? EmulatorServer::Fault::ServerErrorText : EmulatorServer::Fault::RateLimit);
        m_server.setSpeed(40);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.watchedJob() && monitor.watchedJob()->status == JobStatus::Completed, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!monitor.model()->anyRunning(), 20000);
        m_server.setSpeed(1);
        // Each job seen running was announced once when it ended.
        QStringList announced;
        for (const auto& args : finished)
            announced << args.front().value<FineTuneJob>().id;
        QVERIFY(announced.contains(a.id));
        QVERIFY(announced.contains(b.id));
        QCOMPARE(announced.count(b.id), 1);
        // The watched job's story: events, a loss for every step, the final checkpoints.
        const FineTuneJob* w = monitor.watchedJob();
        QVERIFY(w->events.back().isType("JOB_COMPLETE"));
        auto losses = [&monitor] {
            int n = 0;
            for (const TrainingMetric& m : monitor.metrics())
                n += m.values.contains(QStringLiteral("train/loss")) ? 1 : 0;
            return n;
        };
        QTRY_COMPARE(monitor.checkpoints().size(), 2);
        // A metrics read that failed (a fault landed on it) is read again at the next poll.
        QTRY_COMPARE(losses(), int(monitor.watchedJob()->totalSteps));
        // Every job has ended: polling stops.
        QTRY_VERIFY(!monitor.isPollingList());
    }
};

QTEST_GUILESS_MAIN(TestJobMonitor)
#include "tst_jobmonitor.moc"
