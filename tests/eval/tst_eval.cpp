#include "EmulatorServer.h"
#include "TestJobs.h"
#include "core/EnglishPlurals.h"

#include "api/connection/DmiUrls.h"
#include "api/http/CurlTransport.h"
#include "eval/EvalBatch.h"
#include "eval/EvalEstimate.h"
#include "eval/EvalExport.h"
#include "eval/EvalJudge.h"
#include "eval/EvalRunner.h"
#include "eval/EvalScores.h"
#include "eval/EvalSummary.h"
#include "eval/EvalSummaryWorker.h"
#include "eval/TogetherEvaluation.h"
#include "validate/QuickFix.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace td;
using td::emu::EmulatorServer;

// The evaluation engine against the emulator: a fine-tune (trained on "question i" -> "answer
// i" for i < 150) and its base answer 200 held-out rows, of which the last 50 ask about what
// the fine-tune never saw.
class TestEval : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;
    Connection m_connection;
    QString m_fineTune;
    const QString m_base = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
    QString m_dataset;
    QString m_runId; // the 200-row run, answered by runWithFaults

    EvalStore store() const { return EvalStore(m_dir.filePath(QStringLiteral("evals"))); }
    EvalRunner::ConnectionFor connectionFor() const
    {
        return [c = m_connection](const EvalModel&) { return c; };
    }

    static QByteArray heldOut(int rows)
    {
        QByteArray data;
        for (int i = 0; i < rows; ++i) {
            const QByteArray n = QByteArray::number(i);
            const bool seen = i < 150;
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"" +
                    (seen ? QByteArray("question " + n) : QByteArray("question about topic " + n)) +
                    "\"},{\"role\":\"assistant\",\"content\":\"" +
                    (seen ? QByteArray("answer " + n) : QByteArray("topic " + n + " explained")) +
                    "\"}],\"category\":\"" + (i % 4 == 0 ? "billing" : "other") + "\"}\n";
        }
        return data;
    }

    EvalDefinition definition(const QString& dataset) const
    {
        EvalDefinition d;
        d.name = QStringLiteral("fine-tune vs base");
        d.datasetPath = dataset;
        d.models = {EvalModel{QStringLiteral("together"), m_base, false, 8},
                    EvalModel{QStringLiteral("together"), m_fineTune, false, 8}};
        d.parameters.seed = 42;
        d.parameters.maxTokens = 64;
        d.parameters.temperature = 0;
        d.candidate = 1;
        return d;
    }

    QString createRun(const EvalDefinition& d)
    {
        const auto rows = EvalRows::read(d);
        if (!rows)
            qFatal("rows: %s", qPrintable(rows.error().message));
        const auto id = store().create(d, *rows);
        if (!id)
            qFatal("create: %s", qPrintable(id.error().message));
        return *id;
    }

    // Every journaled answer, counted per (row, model).
    std::map<std::pair<qint64, int>, int> answersInJournal(const QString& id) const
    {
        std::map<std::pair<qint64, int>, int> n;
        const auto j = EvalJournal::read(store().resultsPath(id));
        for (const auto& r : j->records)
            if (r.value("ok", false))
                ++n[{r["row"].get<qint64>(), r["model"].get<int>()}];
        return n;
    }

    // One raw call to the emulator; (status, body).
    std::pair<int, QByteArray> raw(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        ApiRequest request(&m_transport, m_connection, ApiRequest::jsonRequest(m_connection, method, path, body), true);
        std::optional<ApiRequest::Outcome> outcome;
        connect(&request, &ApiRequest::finished, this, [&](const ApiRequest::Outcome& o) { outcome = o; });
        RetryPolicy none;
        none.maxRetries = 0;
        request.setPolicy(none);
        request.start();
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return {0, {}};
        if (const auto* e = std::get_if<ApiError>(&*outcome))
            return {e->httpStatus, e->message.toUtf8()};
        const HttpResponse& r = std::get<HttpResponse>(*outcome);
        return {r.status, r.body};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(td::installEnglishPlurals(qApp));
        QVERIFY(m_server.start());
        m_server.setValidationPolls(0);
        m_connection.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        m_connection.apiKey = QStringLiteral("tgp_v1_emulator");
        const auto job =
            td::test::startJob(&m_transport, m_connection, m_dir.filePath(QStringLiteral("train.jsonl")), 150, 1);
        QVERIFY(job);
        m_server.advanceClock(100000);
        m_fineTune = job->outputName;
        QVERIFY(!m_fineTune.isEmpty());
        m_dataset = m_dir.filePath(QStringLiteral("heldout.jsonl"));
        QVERIFY(td::test::writeFile(m_dataset, heldOut(200)));
    }

    void init() { m_server.setFaultRates(0, 0); }

    void rowsAreChosenAndCut()
    {
        EvalRowChoice sample;
        sample.mode = EvalRowChoice::Mode::Sample;
        sample.sampleCount = 20;
        sample.sampleSeed = 7;
        const QList<qint64> a = EvalRows::choose(sample, 200);
        QCOMPARE(a.size(), 20);
        QCOMPARE(EvalRows::choose(sample, 200), a); // the same seed, the same rows
        QCOMPARE(std::set<qint64>(a.begin(), a.end()).size(), std::size_t(20));
        sample.sampleSeed = 8;
        QVERIFY(EvalRows::choose(sample, 200) != a);
        EvalRowChoice list;
        list.mode = EvalRowChoice::Mode::List;
        list.rows = {9, 3, 3, 500};
        QCOMPARE(EvalRows::choose(list, 200), (QList<qint64>{3, 9}));

        // Cut before the last assistant message, or before a chosen one.
        const QByteArray row = R"({"messages":[{"role":"system","content":"be brief"},{"role":"user","content":"q1"},)"
                               R"({"role":"assistant","content":"a1"},{"role":"user","content":"q2"},)"
                               R"({"role":"assistant","content":"a2"}],"source":"docs"})";
        EvalRow last = EvalRows::cut(4, row, -1);
        QVERIFY(last.askable());
        QCOMPARE(last.system, QStringLiteral("be brief"));
        QCOMPARE(last.messages.size(), 3);
        QCOMPARE(last.reference, QStringLiteral("a2"));
        QCOMPARE(last.facts.value(QStringLiteral("turns")), QStringLiteral("2"));
        QCOMPARE(last.facts.value(QStringLiteral("source")), QStringLiteral("docs"));
        EvalRow first = EvalRows::cut(4, row, 2);
        QCOMPARE(first.messages.size(), 1);
        QCOMPARE(first.reference, QStringLiteral("a1"));
        // A row without an answer there is kept with its problem, not asked.
        EvalRow broken = EvalRows::cut(5, "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}", -1);
        QVERIFY(!broken.askable());
        QVERIFY(!EvalRows::cut(6, "not json", -1).askable());
    }

    void definitionIsValidatedAndSaved()
    {
        EvalDefinition d = definition(m_dataset);
        QVERIFY(d.validate());
        d.parameters.seed.reset();
        QVERIFY(!d.validate()); // the seed is locked across models: it must be set
        d = definition(m_dataset);
        d.models.removeLast();
        QVERIFY(!d.validate());
        d = definition(m_dataset);
        d.models[1].model = m_base;
        QVERIFY(!d.validate());
        // A model left empty (a connection without a key lists none) is named by its place.
        d = definition(m_dataset);
        d.models[1].model = QStringLiteral("  ");
        QCOMPARE(d.validate().error().message,
                 QStringLiteral("Model 2 has no name: choose one from its list or type it."));
        d = definition(m_dataset);
        d.models[1].dedicatedV2 = true;
        const Connection routed = d.models[1].route(m_connection);
        QCOMPARE(routed.baseUrl, DmiUrls::inference(m_connection)); // as the playground routes v2
        const auto back = EvalDefinition::fromJson(nlohmann::json::parse(d.toJson().dump()));
        QVERIFY(back);
        QCOMPARE(back->models.size(), 2);
        QVERIFY(back->models[1].dedicatedV2);
        QCOMPARE(*back->parameters.seed, 42);
    }

    void estimateCountsTokensCostAndServing()
    {
        EvalDefinition d = definition(m_dataset);
        d.models.append(EvalModel{QStringLiteral("together"), QStringLiteral("nobody/not-served"), false, 4});
        const auto rows = EvalRows::read(d);
        QVERIFY(rows);
        // Live prices (GET /models) laid over the bundled catalog, as tunedesk-cli does: the
        // fine-tune is priced too.
        ModelCatalog catalog = ModelCatalog::bundled();
        QVERIFY(!catalog.inferencePrice(m_fineTune));
        bool listed = false;
        QObject context;
        TogetherClient(&m_transport, m_connection).listModels(&context, [&](const ApiResult<QList<ModelInfo>>& r) {
            listed = true;
            if (const auto* models = std::get_if<QList<ModelInfo>>(&r))
                catalog.setLiveModels(*models);
        });
        QTRY_VERIFY_WITH_TIMEOUT(listed, 20000);
        QVERIFY(catalog.inferencePrice(m_fineTune));
        EvalEstimate e = EvalEstimate::of(d, *rows, catalog);
        QCOMPARE(e.models.size(), 3);
        QCOMPARE(e.models[0].requests, 200);
        // By hand: "question i" is 10 to 12 characters (3 tokens at 4 a token) for 150 rows,
        // "question about topic i" 24 (6 tokens) for 50: 450 + 300.
        QCOMPARE(e.models[0].promptTokens, 750);
        // "answer i": 2 tokens for 10 rows, 3 for 140; "topic i explained" 5 for 50.
        QCOMPARE(e.models[0].expectedAnswerTokens, 20 + 420 + 250);
        QCOMPARE(e.models[0].maxAnswerTokens, 200 * 64);
        const auto price = catalog.inferencePrice(m_base);
        QVERIFY(price);
        QVERIFY(e.models[0].expectedDollars);
        QVERIFY(qAbs(*e.models[0].expectedDollars - (750 * price->first + 690 * price->second) / 1e6) < 1e-12);

        EvalServingProbe probe(&m_transport, connectionFor());
        QSignalSpy decided(&probe, &EvalServingProbe::decided);
        probe.check(d);
        QVERIFY(decided.wait(20000));
        const auto verdicts = decided.front().front().value<QList<ServingVerdict>>();
        QCOMPARE(verdicts.size(), 3);
        QVERIFY(verdicts[0].serverless);
        QVERIFY(verdicts[1].serverless); // the LoRA fine-tune answers
        QVERIFY(!verdicts[2].serverless);
        for (int i = 0; i < 3; ++i)
            e.models[i].serving = verdicts[i];
        QVERIFY(!e.models[2].served());
        QVERIFY2(e.text().contains(QStringLiteral("Warning: nobody/not-served is not served")), qPrintable(e.text()));
    }

    void journalToleratesATornLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("torn.jsonl"));
        {
            EvalJournal j;
            QVERIFY(j.open(path));
            QVERIFY(j.append({{"row", 1}}));
            QVERIFY(j.append({{"row", 2}}));
            j.sync();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"row\": 3, \"ok\": tr"); // a crash in the middle of a write
        f.close();
        auto c = EvalJournal::read(path);
        QVERIFY(c);
        QCOMPARE(c->records.size(), std::size_t(2));
        QVERIFY(c->tornTail);
        EvalJournal j;
        QVERIFY(j.open(path)); // cuts the torn tail off
        QVERIFY(j.append({{"row", 4}}));
        j.close();
        c = EvalJournal::read(path);
        QCOMPARE(c->records.size(), std::size_t(3));
        QVERIFY(!c->tornTail);
        QCOMPARE(c->records.back()["row"].get<int>(), 4);
    }

    // 200 rows x 2 models with 10 % 429s and 5 % 5xx: every answer arrives once, the lanes
    // slowed down on the 429s, and the run reopens as it was.
    void runWithFaults()
    {
        m_runId = createRun(definition(m_dataset));
        m_server.setFaultRates(0.10, 0.05, 3);
        const int faultsBefore = m_server.injectedFaults();
        const int baseBefore = m_server.answersFor(m_base), ftBefore = m_server.answersFor(m_fineTune);
        EvalRunner runner(&m_transport, store(), m_runId, connectionFor());
        QSignalSpy finished(&runner, &EvalRunner::finished);
        QVERIFY(runner.start());
        QCOMPARE(runner.total(), 400);
        QVERIFY(finished.wait(120000));
        QCOMPARE(runner.answered(), 400);
        QCOMPARE(runner.failed(), 0);
        QVERIFY(m_server.injectedFaults() - faultsBefore > 20);
        QVERIFY(runner.lane(0)->stats().rateLimited + runner.lane(1)->stats().rateLimited > 0);
        QVERIFY(runner.lane(0)->stats().serverErrors + runner.lane(1)->stats().serverErrors > 0);
        // The allowed concurrency was halved on 429s and grew back between them.
        QVERIFY(std::min(runner.lane(0)->stats().lowestLimit, runner.lane(1)->stats().lowestLimit) <= 2);
        QVERIFY(std::max(runner.lane(0)->stats().highestLimit, runner.lane(1)->stats().highestLimit) >= 5);
        QVERIFY(std::max(runner.lane(0)->stats().peakInFlight, runner.lane(1)->stats().peakInFlight) <= 8);
        // Each row answered once per model: by the journal and by the server's count.
        const auto answers = answersInJournal(m_runId);
        QCOMPARE(answers.size(), std::size_t(400));
        for (const auto& [k, n] : answers)
            QCOMPARE(n, 1);
        QCOMPARE(m_server.answersFor(m_base) - baseBefore, 200);
        QCOMPARE(m_server.answersFor(m_fineTune) - ftBefore, 200);

        const auto data = store().open(m_runId);
        QVERIFY(data);
        QCOMPARE(data->state, QStringLiteral("finished"));
        QCOMPARE(data->answered(), 400);
        // The fine-tune answers from its training data; the base generically, by seed.
        QCOMPARE(data->result(5, 1)->answer, QStringLiteral("answer 5"));
        QVERIFY(data->result(5, 0)->answer.contains(QStringLiteral("answering \"question 5\"")));
        const EvalSummary s = EvalSummary::of(*data);
        QCOMPARE(s.models[1].exact, 150);
        QCOMPARE(s.models[0].exact, 0);
        QCOMPARE(store().list().front().definition.id, m_runId);
    }

    void pauseResumeAndCancel()
    {
        EvalDefinition d = definition(m_dataset);
        d.rows.mode = EvalRowChoice::Mode::List;
        for (int i = 0; i < 40; ++i)
            d.rows.rows.append(i);
        d.models[0].maxConcurrency = d.models[1].maxConcurrency = 2;
        const QString id = createRun(d);
        m_server.setAnswerDelayMs(20);
        auto runner = std::make_unique<EvalRunner>(&m_transport, store(), id, connectionFor());
        QVERIFY(runner->start());
        QTRY_VERIFY_WITH_TIMEOUT(runner->answered() >= 6, 20000);
        runner->pause();
        QCOMPARE(store().state(id), QStringLiteral("paused"));
        // Requests in flight finish; nothing new goes out.
        QTRY_VERIFY_WITH_TIMEOUT(runner->lane(0)->inFlight() == 0 && runner->lane(1)->inFlight() == 0, 20000);
        QVERIFY(runner->lane(0)->queued() + runner->lane(1)->queued() > 0);
        const int sent = runner->lane(0)->stats().sent + runner->lane(1)->stats().sent;
        QCOMPARE(runner->answered(), sent);
        runner->resume();
        QTRY_VERIFY_WITH_TIMEOUT(runner->answered() >= sent + 6, 20000);
        runner->cancel();
        QCOMPARE(store().state(id), QStringLiteral("cancelled"));
        const int kept = store().open(id)->answered();
        QVERIFY(kept >= sent + 6 && kept < 80);
        runner.reset();
        // Started again (as after a restart): only what is missing is asked.
        EvalRunner again(&m_transport, store(), id, connectionFor());
        QSignalSpy finished(&again, &EvalRunner::finished);
        QVERIFY(again.start());
        QVERIFY(finished.wait(60000));
        QCOMPARE(again.lane(0)->stats().sent + again.lane(1)->stats().sent, 80 - kept);
        QCOMPARE(answersInJournal(id).size(), std::size_t(80));
        m_server.setAnswerDelayMs(0);
    }

    // Answers are streamed: the text grows (partial) before the whole answer is journaled, and
    // each result carries its time to the first token, from which tokens per second follow.
    void streamedAnswersAreTimed()
    {
        EvalDefinition d = definition(m_dataset);
        d.rows.mode = EvalRowChoice::Mode::List;
        d.rows.rows = {0, 1, 2, 160, 161};
        const QString id = createRun(d);
        m_server.setTokenIntervalMs(10);
        EvalRunner runner(&m_transport, store(), id, connectionFor());
        QMap<quint64, QStringList> partials;
        connect(&runner, &EvalRunner::partial, this, [&](qint64 row, int model, const QString& text) {
            partials[EvalRunData::key(row, model)].append(text);
        });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        QVERIFY(runner.start());
        QVERIFY(finished.wait(60000));
        m_server.setTokenIntervalMs(5);
        const auto data = store().open(id);
        QVERIFY(data);
        QCOMPARE(data->answered(), 10);
        // On a loaded machine the reader may be descheduled long enough for a whole answer's
        // chunks to arrive in one read; most answers still come in pieces, none may come out of order.
        int timed = 0, inPieces = 0;
        for (const EvalResult& r : data->results) {
            QVERIFY(r.ok);
            QVERIFY2(r.firstTokenMs >= 0 && r.firstTokenMs <= r.ms, qPrintable(QString::number(r.firstTokenMs)));
            QVERIFY(r.completionTokens > 0);
            timed += r.tokensPerSecond() > 0;
            // The growing text ends as the whole answer; each step extends the one before.
            const QStringList steps = partials.value(EvalRunData::key(r.row, r.model));
            QVERIFY(!steps.isEmpty());
            inPieces += steps.size() >= 2;
            QCOMPARE(steps.last(), r.answer);
            for (int i = 1; i < steps.size(); ++i)
                QVERIFY(steps[i].startsWith(steps[i - 1]));
        }
        QVERIFY2(timed >= 5 && inPieces >= 5,
                 qPrintable(QStringLiteral("%1 timed, %2 streamed in pieces of 10").arg(timed).arg(inPieces)));
        const EvalSummary s = EvalSummary::of(*data);
        QVERIFY(s.models[0].meanFirstTokenMs >= 0);
        QVERIFY(s.models[1].tokensPerSecond > 0);
        QVERIFY(s.text().contains(QStringLiteral("tokens/s")));

        // A lane asked for whole answers has no first-token time (and claims none).
        const QString whole = createRun(d);
        EvalRunner plain(&m_transport, store(), whole, connectionFor());
        plain.setStreaming(false);
        QSignalSpy plainDone(&plain, &EvalRunner::finished);
        QVERIFY(plain.start());
        QVERIFY(plainDone.wait(60000));
        const auto wholeData = store().open(whole);
        QVERIFY(wholeData);
        for (const EvalResult& r : wholeData->results) {
            QCOMPARE(r.firstTokenMs, -1);
            QCOMPARE(r.tokensPerSecond(), -1.0);
        }
    }

    // The judge through a model (with faults injected on it too): the fine-tune wins the 150
    // rows it was trained on and loses the 50 it was not, the emulated judge's rule.
    void judgeViaModel()
    {
        QVERIFY(!m_runId.isEmpty());
        m_server.setFaultRates(0.10, 0.05, 5);
        EvalJudge judge(
            &m_transport, store(), m_runId,
            EvalModel{QStringLiteral("together"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), false, 8},
            connectionFor());
        QSignalSpy finished(&judge, &EvalJudge::finished);
        QVERIFY(judge.start());
        QCOMPARE(judge.total(), 400); // both orders
        QVERIFY(finished.wait(120000));
        QCOMPARE(judge.failures(), 0);
        const auto data = store().open(m_runId);
        const EvalSummary s = EvalSummary::of(*data, QStringLiteral("category"));
        QCOMPARE(s.pairs.size(), 1);
        const EvalSummary::Pair& p = s.pairs.front();
        QCOMPARE(p.a, 0);
        QCOMPARE(p.b, 1);
        // From the base's side (a): 50 wins, 150 losses.
        QCOMPARE(p.all.wins, 50);
        QCOMPARE(p.all.losses, 150);
        QCOMPARE(p.all.ties, 0);
        QCOMPARE(p.lostRows.size(), 50);
        QCOMPARE(p.lostRows.front(), 150);
        QCOMPARE(p.lostRows.back(), 199);
        // By category: every 4th row is billing: 38 of 0..149, 12 of 150..199.
        QCOMPARE(p.byFact.value(QStringLiteral("billing")).losses, 38);
        QCOMPARE(p.byFact.value(QStringLiteral("billing")).wins, 12);
        QVERIFY2(s.headline(p).startsWith(m_fineTune + QStringLiteral(" wins 75 % of 200 rows")),
                 qPrintable(s.headline(p)));
        // Judged once: starting again asks nothing.
        EvalJudge again(
            &m_transport, store(), m_runId,
            EvalModel{QStringLiteral("together"), QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"), false, 8},
            connectionFor());
        QVERIFY(again.start());
        QCOMPARE(again.total(), 0);
    }

    // A judge that always prefers the first answer shown: both orders cancel it into ties.
    // A judge that gives no verdict: every row counted as a judge failure, none dropped.
    void positionBiasAndFailuresAreCounted()
    {
        for (const char* name : {"emulator/biased-judge", "emulator/broken-judge"}) {
            EvalJudge judge(&m_transport, store(), m_runId,
                            EvalModel{QStringLiteral("together"), QString::fromLatin1(name), false, 8},
                            connectionFor());
            QSignalSpy finished(&judge, &EvalJudge::finished);
            QVERIFY(judge.start());
            QVERIFY(finished.wait(120000));
        }
        const EvalSummary s = EvalSummary::of(*store().open(m_runId));
        for (const EvalSummary::Pair& p : s.pairs) {
            if (p.judge == QLatin1String("emulator/biased-judge")) {
                QCOMPARE(p.all.ties, 200);
                QCOMPARE(p.all.wins + p.all.losses + p.all.judgeFailures, 0);
            } else if (p.judge == QLatin1String("emulator/broken-judge")) {
                QCOMPARE(p.all.judgeFailures, 200);
                QCOMPARE(p.all.judged(), 0);
                QVERIFY(s.headline(p).contains(QStringLiteral("200 judge failures")));
            }
        }
    }

    void judgeViaTogetherEvaluations()
    {
        m_server.setFaultRates(0, 0);
        TogetherEvaluation e(&m_transport, m_connection, store(), m_runId, 0, 1,
                             QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo"));
        e.setPollInterval(10);
        QSignalSpy finished(&e, &TogetherEvaluation::finished);
        QSignalSpy failed(&e, &TogetherEvaluation::failed);
        e.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));
        const int aWins = finished.front()[0].toInt(), bWins = finished.front()[1].toInt(),
                  ties = finished.front()[2].toInt();
        QCOMPARE(aWins + bWins + ties, 200);
        QVERIFY(m_server.lastBody("/v1/evaluation").contains("\"type\":\"compare\""));
        QVERIFY(m_server.lastBody("/v1/evaluation").contains("\"model_a\":\"response_a\""));
        // The verdicts read back from the result file add up to Together's own counts.
        const EvalSummary s = EvalSummary::of(*store().open(m_runId));
        bool seen = false;
        for (const EvalSummary::Pair& p : s.pairs)
            if (p.judge.startsWith(QLatin1String(TogetherEvaluation::kJudgeName))) {
                seen = true;
                QCOMPARE(p.all.wins, aWins);
                QCOMPARE(p.all.losses, bWins);
                QCOMPARE(p.all.ties, ties);
            }
        QVERIFY(seen);
    }

    // The summary's numbers against a hand computation.
    void summaryMatchesAHandComputation()
    {
        EvalRunData data;
        data.definition = definition(m_dataset);
        data.definition.id = QStringLiteral("hand");
        for (int r = 0; r < 11; ++r) {
            EvalRow row;
            row.row = r;
            row.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("q%1").arg(r)}};
            row.reference = QStringLiteral("a%1").arg(r);
            row.facts.insert(QStringLiteral("format"), r < 5 ? QStringLiteral("json") : QStringLiteral("text"));
            data.rows.append(row);
            for (int m = 0; m < 2; ++m) {
                EvalResult res;
                res.row = r;
                res.model = m;
                res.ok = r != 10; // row 10: no answers, so not judged
                res.answer = m == 1 ? row.reference : QStringLiteral("other");
                data.results.insert(EvalRunData::key(r, m), res);
            }
        }
        using P = EvalVerdict::Pick;
        const auto add = [&](int row, P first, P swapped) {
            data.verdicts.append(EvalVerdict{row, 0, 1, false, first, QStringLiteral("j"), {}, {}});
            data.verdicts.append(EvalVerdict{row, 0, 1, true, swapped, QStringLiteral("j"), {}, {}});
        };
        // Fine-tune (b = 1) wins rows 0-5 (in row 5 only in one order, the other a tie), ties
        // rows 6 (both tie) and 7 (each order picks the first shown), loses row 8, row 9's
        // judge failed in one order.
        for (int r = 0; r < 5; ++r)
            add(r, P::Second, P::First);
        add(5, P::Second, P::Tie);
        add(6, P::Tie, P::Tie);
        add(7, P::First, P::First);
        add(8, P::First, P::Second);
        add(9, P::Second, P::Failed);
        const EvalSummary s = EvalSummary::of(data, QStringLiteral("format"));
        QCOMPARE(s.pairs.size(), 1);
        const EvalSummary::Pair& p = s.pairs.front();
        QCOMPARE(p.all.losses, 6); // from a's side
        QCOMPARE(p.all.ties, 2);
        QCOMPARE(p.all.wins, 1);
        QCOMPARE(p.all.judgeFailures, 1);
        QCOMPARE(p.unanswered, 1);
        QCOMPARE(p.lostRows, QList<qint64>{8});
        QCOMPARE(p.wonRows, (QList<qint64>{0, 1, 2, 3, 4, 5}));
        QCOMPARE(p.byFact.value(QStringLiteral("json")).losses, 5);
        QCOMPARE(p.byFact.value(QStringLiteral("text")).losses, 1);
        QCOMPARE(p.byFact.value(QStringLiteral("text")).ties, 2);
        // Wilson 95 % for 6 of 9 (worked by hand with z = 1.959964):
        // centre = (6/9 + z²/18) / (1 + z²/9) = 0.616810, half = 0.262607.
        const Proportion w = Proportion::wilson(6, 9);
        QVERIFY(qAbs(w.low - 0.354203) < 1e-4);
        QVERIFY(qAbs(w.high - 0.879417) < 1e-4);
        QVERIFY2(s.headline(p).startsWith(m_fineTune + QStringLiteral(" wins 67 % of 9 rows")),
                 qPrintable(s.headline(p)));
        QVERIFY(s.headline(p).contains(QStringLiteral("95 % CI 35–88 %")));
        // Counted in words: "1 loss", not "1 losses" (with the English plural forms, as the CLI
        // and the app print it).
        QVERIFY2(s.headline(p).contains(QStringLiteral("2 ties, 1 loss; 1 judge failure, 1 row not answered by both")),
                 qPrintable(s.headline(p)));
        QCOMPARE(Proportion::wilson(0, 0).of, 0);
        QCOMPARE(Proportion::wilson(0, 10).low, 0.0);
        QCOMPARE(s.models[1].exact, 10);
        QCOMPARE(s.models[0].exact, 0);
    }

    // The summary worked out on a worker from its own copy, topped up answer by answer, is the
    // summary of every answer; one for a run replaced meanwhile is not reported.
    void theSummaryWorkerFollowsTheAnswers()
    {
        EvalRunData data;
        data.definition = definition(m_dataset);
        data.definition.id = QStringLiteral("worker");
        for (int r = 0; r < 300; ++r) {
            EvalRow row;
            row.row = r;
            row.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("q%1").arg(r)}};
            row.reference = QStringLiteral("a%1").arg(r);
            data.rows.append(row);
        }
        EvalSummaryWorker worker([&]() -> const EvalRunData& { return data; });
        QStringList reported;
        connect(&worker, &EvalSummaryWorker::ready, &worker, [&](const QString& t) { reported << t; });
        worker.reset(data);
        // Answers arrive between summaries, some while one is under way (it runs again after).
        for (int r = 0; r < 300; ++r) {
            for (int m = 0; m < 2; ++m) {
                EvalResult res;
                res.row = r;
                res.model = m;
                res.ok = r % 7 != 0;
                res.answer = m == 1 && r % 3 == 0 ? data.rows[r].reference : QStringLiteral("other %1").arg(r);
                data.results.insert(EvalRunData::key(r, m), res);
                worker.answerAdded(r, m);
            }
            if (r % 50 == 49)
                worker.refresh();
        }
        data.verdicts.append(EvalVerdict{4, 0, 1, false, EvalVerdict::Pick::Second, QStringLiteral("human"), {}, {}});
        worker.refresh();
        const QString expected = EvalSummary::of(data).text();
        QTRY_VERIFY(!worker.isRunning() && !reported.isEmpty() && reported.back() == expected);
        QVERIFY2(expected.contains(QStringLiteral("257 answered")), qPrintable(expected)); // 300 less 43 failed
        // Another run opened while a summary of the first is under way: only the new run's shows.
        worker.refresh();
        EvalRunData other = data;
        other.results.clear();
        other.verdicts.clear();
        data = other;
        worker.reset(data);
        reported.clear();
        worker.refresh();
        QTRY_VERIFY(!worker.isRunning() && !reported.isEmpty());
        QCOMPARE(reported.back(), EvalSummary::of(data).text());
        QVERIFY(!reported.contains(expected));
    }

    // Preference and training rows from verdicts, with where they came from in a field the
    // exporter's "drop extra keys" fix removes.
    void preferenceRowsFromVerdicts()
    {
        const auto data = store().open(m_runId);
        const QString judge = QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo");
        const QList<QByteArray> pref = EvalExport::preferenceRows(*data, 0, 1, judge);
        QCOMPARE(pref.size(), 200);
        const QList<QByteArray> lost = EvalExport::preferenceRows(*data, 0, 1, judge, true);
        QCOMPARE(lost.size(), 50);
        const auto j = nlohmann::json::parse(lost.front().toStdString());
        QCOMPARE(j["input"]["messages"][0]["content"].get<std::string>(), std::string("question about topic 150"));
        QVERIFY(QString::fromStdString(j["preferred_output"][0]["content"].get<std::string>())
                    .contains(QStringLiteral("answering")));
        QCOMPARE(j["non_preferred_output"][0]["content"].get<std::string>(), std::string("answer 0"));
        QCOMPARE(j[EvalExport::kField]["run"].get<std::string>(), m_runId.toStdString());
        QCOMPARE(j[EvalExport::kField]["row"].get<int>(), 150);
        QCOMPARE(j[EvalExport::kField]["chosen"].get<std::string>(), m_base.toStdString());
        QCOMPARE(j[EvalExport::kField]["score"].get<int>(), 2);
        const FixOutcome dropped = applyFix(lost.front(), FixKind::DropExtraKeys);
        QCOMPARE(dropped.action, FixOutcome::Action::Replace);
        QVERIFY(!dropped.bytes.contains(EvalExport::kField));
        QVERIFY(dropped.bytes.contains("preferred_output"));

        const QList<QByteArray> train = EvalExport::trainingRows(*data, 0, 1, judge, true);
        QCOMPARE(train.size(), 50);
        const auto t = nlohmann::json::parse(train.front().toStdString());
        QCOMPARE(t["messages"].size(), std::size_t(2));
        QCOMPARE(t["messages"][1]["weight"].get<int>(), 1);
        QVERIFY(t.contains(EvalExport::kField));

        // A person overrules the judge on one row: a verdict of its own.
        QVERIFY(EvalExport::recordHuman(store().verdictsPath(m_runId), 150, 0, 1, 1));
        const auto human = EvalExport::preferenceRows(*store().open(m_runId), 0, 1, QStringLiteral("human"));
        QCOMPARE(human.size(), 1);
        QCOMPARE(
            nlohmann::json::parse(human.front().toStdString())["preferred_output"][0]["content"].get<std::string>(),
            std::string("answer 0"));
    }

    void runExportsAsJsonlAndCsv()
    {
        const auto data = store().open(m_runId);
        const QByteArray jsonl = EvalExport::runJsonl(*data);
        QCOMPARE(jsonl.count('\n'), 200);
        const auto first = nlohmann::json::parse(jsonl.left(jsonl.indexOf('\n')).toStdString());
        QCOMPARE(first["answers"].size(), std::size_t(2));
        QCOMPARE(first["answers"][1]["scores"]["exact"].get<bool>(), true);
        const QByteArray csv = EvalExport::runCsv(*data);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "row,prompt,reference,"));
        QCOMPARE(csv.count("\r\n"), 201);
        QCOMPARE(EvalExport::csvCell(QStringLiteral("=SUM(A1)")), QByteArray("\"'=SUM(A1)\""));
        QCOMPARE(EvalExport::csvCell(QStringLiteral("say \"hi\", then")), QByteArray("\"say \"\"hi\"\", then\""));
    }

    void scores()
    {
        EvalScores s = EvalScores::of(QStringLiteral("Paris."), QStringLiteral("paris"), false);
        QVERIFY(!s.exact);
        QVERIFY(s.normalized);
        QVERIFY(!s.validJson);
        QVERIFY(qAbs(s.lengthRatio - 1.2) < 1e-9);
        QVERIFY(EvalScores::isRefusal(QStringLiteral("I'm sorry, but I can't help with that.")));
        QVERIFY(EvalScores::isRefusal(QStringLiteral("As an AI language model, I cannot do that.")));
        QVERIFY(!EvalScores::isRefusal(QStringLiteral("The phrase \"I cannot help\" is polite.")));
        QVERIFY(EvalScores::of(QStringLiteral("```json\n{\"a\": 1}\n```"), {}, true).validJson.value());
        QVERIFY(!EvalScores::of(QStringLiteral("{\"a\": 1"), {}, true).validJson.value());
        QCOMPARE(EvalScores::normalize(QStringLiteral("  Hello,   WORLD! ")), QStringLiteral("hello world"));
    }

    // The emulator's Batch API (contract: files with purpose batch-api, POST /batches, poll,
    // the output and error files): each line answered as chat/completions answers it.
    void emulatorBatchApi()
    {
        const QString input = m_dir.filePath(QStringLiteral("batch.jsonl"));
        const auto line = [](const char* id, const QString& model, const char* question) -> QByteArray {
            return QByteArray::fromStdString(nlohmann::json{
                       {"custom_id", id},
                       {"body",
                        {{"model", model.toStdString()},
                         {"messages", {{{"role", "user"}, {"content", question}}}},
                         {"seed", 3}}}}.dump()) +
                   '\n';
        };
        QVERIFY(td::test::writeFile(input, line("r1", m_base, "question 1") + line("r2", m_fineTune, "question 2") +
                                               line("r3", QStringLiteral("nobody/not-served"), "question 3")));
        FileUpload upload(&m_transport, m_connection, input, QStringLiteral("batch-api"));
        QSignalSpy uploaded(&upload, &FileUpload::finished);
        upload.start();
        QVERIFY(uploaded.wait(20000));
        const QString fileId = std::get<RemoteFile>(uploaded.front().front().value<UploadOutcome>()).id;
        // A file that is not there is refused.
        QCOMPARE(raw("POST", QStringLiteral("batches"), R"({"input_file_id":"nope","endpoint":"/v1/chat/completions"})")
                     .first,
                 400);
        auto [status, body] = raw(
            "POST", QStringLiteral("batches"),
            QByteArray::fromStdString(
                nlohmann::json{{"input_file_id", fileId.toStdString()}, {"endpoint", "/v1/chat/completions"}}.dump()));
        QCOMPARE(status, 200);
        const auto job = nlohmann::json::parse(body.toStdString())["job"];
        QCOMPARE(job["status"].get<std::string>(), std::string("VALIDATING"));
        const QString id = QString::fromStdString(job["id"].get<std::string>());
        nlohmann::json polled;
        for (int i = 0; i < 5; ++i) {
            polled = nlohmann::json::parse(raw("GET", QStringLiteral("batches/") + id).second.toStdString());
            if (polled["status"] == "COMPLETED")
                break;
            QVERIFY(polled["status"] == "VALIDATING" || polled["status"] == "IN_PROGRESS");
        }
        QCOMPARE(polled["status"].get<std::string>(), std::string("COMPLETED"));
        QCOMPARE(polled["progress"].get<double>(), 100.0);
        const QByteArray output =
            raw("GET", QStringLiteral("files/%1/content")
                           .arg(QString::fromStdString(polled["output_file_id"].get<std::string>())))
                .second;
        const QList<QByteArray> lines = output.trimmed().split('\n');
        QVERIFY2(lines.size() == 2, output.constData());
        const auto r2 = nlohmann::json::parse(lines[1].toStdString());
        QCOMPARE(r2["custom_id"].get<std::string>(), std::string("r2"));
        QCOMPARE(r2["response"]["status_code"].get<int>(), 200);
        QCOMPARE(r2["response"]["body"]["choices"][0]["message"]["content"].get<std::string>(),
                 std::string("answer 2"));
        // The same answer as a chat request with the same seed.
        const auto r1 = nlohmann::json::parse(lines[0].toStdString());
        const auto chat = raw("POST", QStringLiteral("chat/completions"),
                              QByteArray::fromStdString(nlohmann::json{
                                  {"model", m_base.toStdString()},
                                  {"messages", {{{"role", "user"}, {"content", "question 1"}}}},
                                  {"seed", 3}}.dump()));
        QVERIFY(r1["response"]["body"]["choices"][0]["message"]["content"] ==
                nlohmann::json::parse(chat.second.toStdString())["choices"][0]["message"]["content"]);
        const QByteArray errors =
            raw("GET", QStringLiteral("files/%1/content")
                           .arg(QString::fromStdString(polled["error_file_id"].get<std::string>())))
                .second;
        QVERIFY(errors.contains("\"custom_id\":\"r3\""));
        const auto list = nlohmann::json::parse(raw("GET", QStringLiteral("batches")).second.toStdString());
        QVERIFY(list.is_array() && !list.empty());
    }

    // The Batch API as the cheaper path: the answers are journaled like direct ones; a batch
    // submitted before a restart is polled again, not submitted twice.
    void batchPathAnswersLikeDirectRequests()
    {
        EvalDefinition d = definition(m_dataset);
        d.rows.mode = EvalRowChoice::Mode::List;
        for (int i = 140; i < 170; ++i)
            d.rows.rows.append(i);
        const QString id = createRun(d);
        m_server.setJobPolls(3);
        const int submitted = m_server.requestCount("POST", "/v1/batches");
        {
            EvalBatch first(&m_transport, m_connection, store(), id, 1);
            first.setPollInterval(10);
            QSignalSpy stage(&first, &EvalBatch::stage);
            first.start();
            QTRY_VERIFY_WITH_TIMEOUT(!first.batchId().isEmpty(), 20000);
        } // the app closed while the batch runs on Together
        QCOMPARE(m_server.requestCount("POST", "/v1/batches"), submitted + 1);
        for (int m : {1, 0}) {
            EvalBatch batch(&m_transport, m_connection, store(), id, m);
            batch.setPollInterval(10);
            QSignalSpy finished(&batch, &EvalBatch::finished);
            QSignalSpy failed(&batch, &EvalBatch::failed);
            batch.start();
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
            QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));
            QCOMPARE(finished.front()[0].toInt(), 30);
        }
        QCOMPARE(m_server.requestCount("POST", "/v1/batches"), submitted + 2); // one per model
        const auto data = store().open(id);
        QCOMPARE(data->answered(), 60);
        QCOMPARE(data->result(145, 1)->answer, QStringLiteral("answer 145"));
        QCOMPARE(data->result(160, 1)->answer, QStringLiteral("answer 0"));
        QVERIFY(data->result(160, 0)->answer.contains(QStringLiteral("question about topic 160")));
        // Nothing is left to ask directly.
        EvalRunner runner(&m_transport, store(), id, connectionFor());
        QSignalSpy done(&runner, &EvalRunner::finished);
        QVERIFY(runner.start());
        QCOMPARE(done.size(), 1);
        QCOMPARE(runner.lane(0)->stats().sent + runner.lane(1)->stats().sent, 0);
        m_server.setJobPolls(2);
    }

    // One run, two paths: the model marked viaBatch goes through the Batch API inside the runner
    // (its answers arrive together when the batch ends), the other is asked one request each; a
    // runner closed while the batch runs polls the same batch when started again.
    void aRunAsksOneModelThroughABatch()
    {
        EvalDefinition d = definition(m_dataset);
        d.models[0].viaBatch = true;
        d.rows.mode = EvalRowChoice::Mode::List;
        for (int i = 170; i < 190; ++i)
            d.rows.rows.append(i);
        const QString id = createRun(d);
        QVERIFY(store().open(id)->definition.models[0].viaBatch); // kept in run.json
        m_server.setJobPolls(3);
        const int submitted = m_server.requestCount("POST", "/v1/batches");
        {
            EvalRunner first(&m_transport, store(), id, connectionFor());
            first.setBatchPollInterval(10);
            QSignalSpy stages(&first, &EvalRunner::batchStage);
            QVERIFY(first.start());
            QTRY_VERIFY_WITH_TIMEOUT(
                !stages.isEmpty() && stages.back()[1].toString().startsWith(QStringLiteral("Batch ")), 20000);
            QCOMPARE(stages.back()[0].toInt(), 0);
        } // closed while the batch runs at Together
        QCOMPARE(m_server.requestCount("POST", "/v1/batches"), submitted + 1);
        EvalRunner runner(&m_transport, store(), id, connectionFor());
        runner.setBatchPollInterval(10);
        QSignalSpy added(&runner, &EvalRunner::resultAdded);
        QSignalSpy done(&runner, &EvalRunner::finished);
        QSignalSpy failed(&runner, &EvalRunner::batchFailed);
        QVERIFY(runner.start());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QVERIFY(failed.isEmpty());
        QCOMPARE(m_server.requestCount("POST", "/v1/batches"), submitted + 1); // polled, not submitted again
        QCOMPARE(runner.lane(0)->stats().sent, 0);                             // nothing asked one by one
        QCOMPARE(runner.answered(), 40);
        int fromBatch = 0;
        for (const auto& a : added)
            fromBatch += a[1].toInt() == 0;
        QCOMPARE(fromBatch, 20); // the grid hears of every batch answer
        QVERIFY(runner.data().result(175, 1)->ok);
        QVERIFY(runner.data().result(175, 0)->answer.contains(QStringLiteral("question about topic 175")));
        QCOMPARE(store().state(id), QStringLiteral("finished"));
        // A batch's answers have no duration: the summary gives none for that model (it said "-1 ms").
        const QString summary = EvalSummary::of(runner.data()).text();
        QVERIFY2(!summary.contains(QStringLiteral("-1 ms")), qPrintable(summary));
        QVERIFY2(!summary.section(QLatin1Char('\n'), 1, 1).contains(QStringLiteral("ms on average")),
                 qPrintable(summary));
        QVERIFY2(summary.section(QLatin1Char('\n'), 2, 2).contains(QStringLiteral("ms on average")),
                 qPrintable(summary));
        // A v2 deployment cannot go through the Batch API.
        d.models[0].dedicatedV2 = true;
        QVERIFY(!d.validate());
        m_server.setJobPolls(2);
    }

    void judgeVerdictsAreRead()
    {
        QCOMPARE(EvalJudge::parse(QStringLiteral("[[B]] because")), EvalVerdict::Pick::Second);
        QCOMPARE(EvalJudge::parse(QStringLiteral("Verdict: [[ c ]]")), EvalVerdict::Pick::Tie);
        QCOMPARE(EvalJudge::parse(QStringLiteral("A")), EvalVerdict::Pick::First);
        QCOMPARE(EvalJudge::parse(QStringLiteral("A is better in some ways")), EvalVerdict::Pick::Failed);
        // An answer quoting a placeholder is not filled in again.
        EvalRow row;
        row.messages = {ChatMessage{QStringLiteral("user"), QStringLiteral("q")}};
        row.reference = QStringLiteral("r");
        const QByteArray body = EvalJudge::request(QStringLiteral("j"), EvalJudge::defaultPrompt(), row,
                                                   QStringLiteral("{answer_b}"), QStringLiteral("second"), 1);
        const QString prompt =
            QString::fromStdString(nlohmann::json::parse(body.toStdString())["messages"][0]["content"]);
        QVERIFY(prompt.contains(QStringLiteral("[Answer A]\n{answer_b}\n")));
        QVERIFY(prompt.contains(QStringLiteral("[Answer B]\nsecond\n")));
    }

    // An edited prompt must show the judge both answers: a prompt without them would be judged
    // blind, every verdict a guess.
    void aJudgePromptNeedsBothAnswers()
    {
        QVERIFY(EvalJudge::checkPrompt(EvalJudge::defaultPrompt()));
        QVERIFY(EvalJudge::checkPrompt(QStringLiteral("Which is kinder? {answer_a} or {answer_b}")));
        const auto noB = EvalJudge::checkPrompt(QStringLiteral("Judge {answer_a} for {conversation}"));
        QVERIFY(!noB);
        QVERIFY2(noB.error().message.contains(QStringLiteral("{answer_b}")) &&
                     !noB.error().message.contains(QStringLiteral("{answer_a}")),
                 qPrintable(noB.error().message));
        const auto none = EvalJudge::checkPrompt(QStringLiteral("Which is better?"));
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("{answer_a} and {answer_b}")));
    }
};

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
