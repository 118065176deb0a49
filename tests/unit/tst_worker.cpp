#include "core/Worker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace td;

// runInBackground: the one way work leaves the GUI thread and comes back.
class TestWorker : public QObject
{
    Q_OBJECT

private slots:
    void theAnswerArrivesInTheContextsThread()
    {
        QObject context;
        QThread* answeredIn = nullptr;
        QThread* workedIn = nullptr;
        int answer = 0;
        runInBackground(
            &context,
            [&workedIn] {
                workedIn = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                answeredIn = QThread::currentThread();
                answer = value;
            });
        QTRY_COMPARE(answer, 42);
        QCOMPARE(answeredIn, QThread::currentThread());
        QVERIFY(workedIn != QThread::currentThread());
    }

    // Work that is over before the caller returns to the event loop must not answer inside
    // the call: a caller connects to the answer's signals after starting the work. (With
    // QtConcurrent::run(work).then(context, done), Qt 6.4 answers at once in this case.)
    void aFastAnswerStillComesFromTheEventLoop()
    {
        QObject context;
        bool answered = false;
        QFuture<int> work = runInBackground(
            &context, [] { return 2; }, [&](int) { answered = true; });
        work.waitForFinished();
        QVERIFY(!answered); // over, but the answer waits for the event loop
        QTRY_VERIFY(answered);
    }

    void noAnswerOnceTheContextIsGone()
    {
        QSemaphore release;
        bool answered = false;
        auto context = std::make_unique<QObject>();
        QFuture<void> work = runInBackground(
            context.get(), [&release] { release.acquire(); }, [&] { answered = true; });
        context.reset();
        release.release();
        work.waitForFinished();
        QCoreApplication::processEvents();
        QTest::qWait(0);
        QVERIFY(!answered);
    }

    void aWorkersOwnPoolIsUsed()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QObject context;
        int done = 0;
        for (int i = 0; i < 4; ++i)
            runInBackground(
                &context, [] { return 0; }, [&](int) { ++done; }, &pool);
        QTRY_COMPARE(done, 4);
        pool.waitForDone();
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
