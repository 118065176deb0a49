#include "jobs/JobProgress.h"
#include "jobs/JobsFilterModel.h"
#include "jobs/JobsModel.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace td;

// Job monitoring from fixed event, metric and checkpoint data: elapsed time, the pace in steps
// and tokens, the time left, the loss at each checkpoint; and the jobs list's search and filter.
class TestJobProgress : public QObject
{
    Q_OBJECT

    static QDateTime at(int seconds) { return QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC).addSecs(seconds); }

    static FineTuneJob job(const char* json)
    {
        auto j = FineTuneJob::fromJson(nlohmann::json::parse(json));
        Q_ASSERT(j);
        return *j;
    }

    static TrainingMetric metric(qint64 step, std::optional<int> seconds, const char* key, double value)
    {
        TrainingMetric m;
        m.step = step;
        if (seconds)
            m.loggedAt = at(*seconds);
        m.values.insert(QString::fromLatin1(key), value);
        return m;
    }

    static Checkpoint checkpoint(qint64 step, const char* type)
    {
        Checkpoint c;
        c.step = step;
        c.type = QString::fromLatin1(type);
        return c;
    }

private slots:
    // A running job, 40 of 100 steps done, a train row logged every 2 s from step 10 (t=100 s).
    void runningJobFromMetrics()
    {
        const FineTuneJob j = job(R"({"id":"ft-1","status":"running","created_at":"2026-03-01T10:00:00Z",
            "total_steps":100,"steps_completed":40,"token_count":300000,"n_epochs":2})");
        QList<TrainingMetric> metrics;
        for (int step = 10; step <= 40; ++step)
            metrics << metric(step, 100 + (step - 10) * 2, "train/loss", 2.0 - step / 100.0);
        metrics << metric(40, 161, "eval/loss", 1.7); // an eval row: not a step of its own
        const JobProgress p = JobProgress::measure(j, metrics, at(200));
        QCOMPARE(p.elapsedSeconds.value_or(-1), 200);
        QVERIFY(!p.ended);
        QCOMPARE(p.stepsPerMinute.value_or(0), 30.0); // 30 steps in 60 s
        // 300,000 tokens × 2 epochs over 100 steps = 6,000 tokens a step, half a step a second.
        QCOMPARE(p.tokensPerSecond.value_or(0), 3000.0);
        QCOMPARE(p.secondsLeft.value_or(-1), 120); // 60 steps left at 0.5/s
        QCOMPARE(p.text(),
                 QStringLiteral("Elapsed 3 min 20 s · About 2 min 00 s left · 30 steps/min · 3,000 tokens/s"));
    }

    // No metrics endpoint: the events' times and steps give the pace.
    void runningJobFromEvents()
    {
        const FineTuneJob j = job(R"({"id":"ft-2","status":"running","created_at":"2026-03-01T10:00:00Z",
            "total_steps":16,"steps_completed":8,"events":[
            {"type":"JOB_START","created_at":"2026-03-01T10:00:05Z"},
            {"type":"TRAINING_START","created_at":"2026-03-01T10:00:10Z"},
            {"type":"EPOCH_COMPLETE","created_at":"2026-03-01T10:00:26Z","step":8}]})");
        const JobProgress p = JobProgress::measure(j, {}, at(30));
        QCOMPARE(p.stepsPerMinute.value_or(0), 30.0); // 8 steps in 16 s
        QVERIFY(!p.tokensPerSecond);                  // no token count: unknown
        QCOMPARE(p.secondsLeft.value_or(-1), 16);
        QCOMPARE(p.throughputText(), QStringLiteral("30 steps/min · — tokens/s"));
    }

    // Nothing to measure a pace by: every figure but the elapsed time is "—".
    void queuedJobIsUnknown()
    {
        const FineTuneJob j = job(R"({"id":"ft-3","status":"queued","created_at":"2026-03-01T10:00:00Z",
            "total_steps":16,"token_count":1000})");
        const JobProgress p = JobProgress::measure(j, {}, at(65));
        QCOMPARE(p.text(), QStringLiteral("Elapsed 1 min 05 s · Left — · — steps/min · — tokens/s"));
        // Metrics without times tell no pace either.
        const JobProgress q = JobProgress::measure(
            j, {metric(1, std::nullopt, "train/loss", 2), metric(2, std::nullopt, "train/loss", 1)}, at(65));
        QVERIFY(!q.stepsPerMinute);
        // A server clock ahead of ours: at least as long as the server's own times say.
        const FineTuneJob ahead = job(R"({"id":"ft-6","status":"running","created_at":"2026-03-01T10:00:00Z",
            "events":[{"type":"TRAINING_START","created_at":"2026-03-01T10:00:40Z"}]})");
        QCOMPARE(JobProgress::measure(ahead, {metric(3, 90, "train/loss", 1.0)}, at(10)).elapsedSeconds.value_or(-1),
                 90);
        // No creation time: not even the elapsed time.
        const FineTuneJob bare = job(R"({"id":"ft-4","status":"running"})");
        QCOMPARE(JobProgress::measure(bare, {}, at(0)).elapsedText(), QStringLiteral("Elapsed —"));
    }

    // An ended job took until its last event, however late it is looked at; no time left.
    void endedJobTookItsTime()
    {
        const FineTuneJob j = job(R"({"id":"ft-5","status":"completed","created_at":"2026-03-01T10:00:00Z",
            "updated_at":"2026-03-01T10:59:00Z","total_steps":10,"steps_completed":10,"events":[
            {"type":"TRAINING_START","created_at":"2026-03-01T10:01:00Z"},
            {"type":"TRAINING_COMPLETE","created_at":"2026-03-01T10:06:00Z","step":10},
            {"type":"JOB_COMPLETE","created_at":"2026-03-01T11:02:05Z"}]})");
        const JobProgress p = JobProgress::measure(j, {}, at(86400 * 3));
        QVERIFY(p.ended);
        QCOMPARE(p.elapsedSeconds.value_or(-1), 3725);
        QVERIFY(!p.secondsLeft);
        QCOMPARE(p.stepsPerMinute.value_or(0), 2.0);
        QCOMPARE(p.text(), QStringLiteral("Took 1 h 02 min · 2.0 steps/min · — tokens/s"));
    }

    void durations()
    {
        QCOMPARE(JobProgress::duration(0), QStringLiteral("0 s"));
        QCOMPARE(JobProgress::duration(59), QStringLiteral("59 s"));
        QCOMPARE(JobProgress::duration(61), QStringLiteral("1 min 01 s"));
        QCOMPARE(JobProgress::duration(3600 * 5 + 60 * 7), QStringLiteral("5 h 07 min"));
        QCOMPARE(JobProgress::duration(86400 * 2 + 3600 * 3), QStringLiteral("2 d 3 h"));
        QCOMPARE(JobProgress::duration(-5), QStringLiteral("0 s"));
    }

    // The loss at each checkpoint: the train loss of its step (or the last before it, when the
    // server thinned the rows) and the eval loss when an evaluation ran there.
    void lossAtCheckpoints()
    {
        const QList<TrainingMetric> metrics{metric(2, 2, "train/loss", 1.9), metric(4, 4, "train/loss", 1.5),
                                            metric(4, 4, "eval/loss", 1.6), metric(8, 8, "train/loss", 1.1),
                                            metric(10, 10, "train/loss", 0.9)};
        const QList<CheckpointLoss> losses =
            checkpointLosses({checkpoint(10, "Final"), checkpoint(6, "Intermediate"), checkpoint(4, "Intermediate"),
                              checkpoint(1, "Intermediate")},
                             metrics);
        QCOMPARE(losses.size(), 4);
        QCOMPARE(losses[0].step, 10);
        QCOMPARE(losses[0].trainLoss.value_or(0), 0.9);
        QVERIFY(!losses[0].evalLoss);
        QCOMPARE(losses[1].trainLoss.value_or(0), 1.5); // step 6 was not logged: step 4's
        QCOMPARE(losses[1].trainLossStep, 4);
        QCOMPARE(losses[2].trainLoss.value_or(0), 1.5);
        QCOMPARE(losses[2].evalLoss.value_or(0), 1.6);
        QVERIFY(!losses[3].trainLoss); // before any logged step: unknown
        QCOMPARE(trainLossCurve(metrics).size(), 4);
        QCOMPARE(trainLossCurve(metrics).front().first, 2);
    }

    void searchAndFilter()
    {
        JobsModel jobs;
        jobs.setJobs({job(R"({"id":"ft-aaa","status":"running","model":"meta-llama/Llama-3-8B","suffix":"support",
                              "created_at":"2026-03-01T10:00:03Z"})"),
                      job(R"({"id":"ft-bbb","status":"completed","model":"Qwen/Qwen3-8B","suffix":"legal",
                              "model_output_name":"me/Qwen3-8B-legal-x1","created_at":"2026-03-01T10:00:02Z"})"),
                      job(R"({"id":"ft-ccc","status":"error","model":"Qwen/Qwen3-8B","suffix":"support",
                              "created_at":"2026-03-01T10:00:01Z"})"),
                      job(R"({"id":"ft-ddd","status":"cancelled","model":"meta-llama/Llama-3-8B",
                              "created_at":"2026-03-01T10:00:00Z"})")});
        JobsFilterModel filter;
        filter.setSourceModel(&jobs);
        QCOMPARE(filter.rowCount(), 4);
        filter.setSearch(QStringLiteral("qwen"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearch(QStringLiteral("  QWEN   support "));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(JobsModel::JobIdRole).toString(), QStringLiteral("ft-ccc"));
        filter.setSearch(QStringLiteral("legal-x1")); // the output name
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearch(QStringLiteral("ft-dd")); // the id
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearch({});
        const QList<QPair<JobsFilterModel::Group, QString>> groups{
            {JobsFilterModel::Group::Active, QStringLiteral("ft-aaa")},
            {JobsFilterModel::Group::Completed, QStringLiteral("ft-bbb")},
            {JobsFilterModel::Group::Failed, QStringLiteral("ft-ccc")},
            {JobsFilterModel::Group::Cancelled, QStringLiteral("ft-ddd")}};
        for (const auto& [group, id] : groups) {
            filter.setGroup(group);
            QCOMPARE(filter.rowCount(), 1);
            QCOMPARE(filter.index(0, 0).data(JobsModel::JobIdRole).toString(), id);
        }
        filter.setSearch(QStringLiteral("qwen"));
        filter.setGroup(JobsFilterModel::Group::Active);
        QCOMPARE(filter.rowCount(), 0);
        // A job that changes status moves between the groups on the next refresh.
        filter.setSearch({});
        jobs.updateJob(job(R"({"id":"ft-aaa","status":"completed","model":"meta-llama/Llama-3-8B",
                               "created_at":"2026-03-01T10:00:03Z"})"));
        QCOMPARE(filter.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
