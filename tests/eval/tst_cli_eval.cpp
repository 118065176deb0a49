#include "EmulatorServer.h"
#include "TestFiles.h"

#include "eval/EvalJournal.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>

using td::emu::EmulatorServer;

// tunedesk-cli eval as a user runs it, against the emulator: a run killed with SIGKILL in the
// middle is resumed by `eval run` without asking any row twice or losing one; then judged,
// summarised and exported.
class TestCliEval : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    QTemporaryDir m_dir;
    const QString m_a = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");
    const QString m_b = QStringLiteral("Qwen/Qwen2.5-7B-Instruct-Turbo");
    QString m_id;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TOGETHER_API_KEY"), QStringLiteral("tgp_v1_cli_test"));
        e.remove(QStringLiteral("TOGETHER_BASE_URL"));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("TD_POLL_MS"), QStringLiteral("20"));
        return e;
    }
    QStringList withUrl(const QStringList& args) const
    {
        return args + QStringList{QStringLiteral("--base-url"), QString::fromLatin1(m_server.baseUrl())};
    }
    Run cli(const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(TD_CLI_PATH), withUrl(args));
        done.wait(120000); // keeps this thread's event loop, and so the emulator, running
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString runsDir() const { return m_dir.filePath(QStringLiteral("data/TuneDesk/tunedesk/evals")); }
    QString resultsPath() const { return runsDir() + QLatin1Char('/') + m_id + QStringLiteral("/results.jsonl"); }
    int journalLines() const { return int(td::test::readFile(resultsPath()).count('\n')); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QByteArray rows;
        for (int i = 0; i < 200; ++i)
            rows += "{\"messages\":[{\"role\":\"user\",\"content\":\"question " + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"answer " + QByteArray::number(i) + "\"}]}\n";
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("heldout.jsonl")), rows));
    }

    void badCommandLines()
    {
        const QString data = m_dir.filePath(QStringLiteral("heldout.jsonl"));
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("create"), data, QStringLiteral("--model"), m_a,
                      QStringLiteral("--model"), m_b})
                     .code,
                 2); // no seed
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("create"), data, QStringLiteral("--model"), m_a,
                      QStringLiteral("--seed"), QStringLiteral("1")})
                     .code,
                 2); // one model
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("create"), data, QStringLiteral("--model"), m_a,
                      QStringLiteral("--model"), m_b, QStringLiteral("--seed"), QStringLiteral("1"),
                      QStringLiteral("--rows"), QStringLiteral("5,900")})
                     .code,
                 2); // a row the dataset does not have
        QCOMPARE(cli({QStringLiteral("eval"), QStringLiteral("results"), QStringLiteral("no-such-run")}).code, 3);
    }

    // kill -9 in the middle, then `eval run` finishes it: each answer once, none lost.
    void killedRunResumes()
    {
        m_server.setAnswerDelayMs(25);
        m_server.setFaultRates(0.05, 0.02, 11);
        const int aBefore = m_server.answersFor(m_a), bBefore = m_server.answersFor(m_b);
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(
            QStringLiteral(TD_CLI_PATH),
            withUrl({QStringLiteral("eval"), QStringLiteral("create"), m_dir.filePath(QStringLiteral("heldout.jsonl")),
                     QStringLiteral("--model"), m_a, QStringLiteral("--model"), m_b, QStringLiteral("--seed"),
                     QStringLiteral("7"), QStringLiteral("--concurrency"), QStringLiteral("2"),
                     QStringLiteral("--max-tokens"), QStringLiteral("32"), QStringLiteral("--json")}));
        QTRY_VERIFY_WITH_TIMEOUT(QDir(runsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1, 30000);
        m_id = QDir(runsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).front();
        QTRY_VERIFY_WITH_TIMEOUT(journalLines() >= 60, 60000);
        p.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        const int atKill = journalLines();
        QVERIFY2(atKill < 400, "the run ended before it was killed: slow the emulator down");
        // A crash in the middle of a write leaves a torn last line.
        {
            QFile f(resultsPath());
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"row\":199,\"model\":0,\"ok\":true,\"answer\":\"to");
        }
        Run r = cli({QStringLiteral("eval"), QStringLiteral("status"), m_id, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        auto s = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(s["state"].get<std::string>(), std::string("running")); // it never said it stopped
        QCOMPARE(s["torn_lines"].get<int>(), 1);

        r = cli({QStringLiteral("eval"), QStringLiteral("run"), m_id, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        s = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(s["answered"].get<int>(), 400);
        QCOMPARE(s["failed"].get<int>(), 0);

        const auto journal = td::EvalJournal::read(resultsPath());
        QVERIFY(journal);
        QVERIFY(!journal->tornTail);
        std::map<std::pair<qint64, int>, int> answers;
        for (const auto& rec : journal->records)
            if (rec.value("ok", false))
                ++answers[{rec["row"].get<qint64>(), rec["model"].get<int>()}];
        QCOMPARE(answers.size(), std::size_t(400)); // none lost
        for (const auto& [k, n] : answers)
            QCOMPARE(n, 1); // none answered twice
        // The server answered each row once, plus the serving probe, plus at most what was in
        // flight (2 per model) when the process was killed.
        const int a = m_server.answersFor(m_a) - aBefore, b = m_server.answersFor(m_b) - bBefore;
        QVERIFY2(a >= 201 && a <= 203, qPrintable(QString::number(a)));
        QVERIFY2(b >= 201 && b <= 203, qPrintable(QString::number(b)));
        m_server.setAnswerDelayMs(0);
        m_server.setFaultRates(0, 0);

        r = cli({QStringLiteral("eval"), QStringLiteral("status")});
        QVERIFY(r.out.contains(m_id.toUtf8()) && r.out.contains("finished"));
    }

    // The Batch API path from the command line: created without running, then run --batch.
    void batchRun()
    {
        Run r = cli({QStringLiteral("eval"), QStringLiteral("create"), m_dir.filePath(QStringLiteral("heldout.jsonl")),
                     QStringLiteral("--model"), m_a, QStringLiteral("--model"), m_b, QStringLiteral("--seed"),
                     QStringLiteral("3"), QStringLiteral("--rows"), QStringLiteral("sample:25"),
                     QStringLiteral("--no-run"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto created = nlohmann::json::parse(r.out.toStdString());
        const QString id = QString::fromStdString(created["id"].get<std::string>());
        QCOMPARE(created["estimate"]["models"][0]["requests"].get<int>(), 25);
        QVERIFY(created["estimate"]["models"][0]["served"].get<bool>());
        const int batches = m_server.requestCount("POST", "/v1/batches");
        const int chats = m_server.requestCount("POST", "/v1/chat/completions");
        r = cli({QStringLiteral("eval"), QStringLiteral("run"), id, QStringLiteral("--batch")});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(m_server.requestCount("POST", "/v1/batches"), batches + 2);
        QCOMPARE(m_server.requestCount("POST", "/v1/chat/completions"), chats); // nothing asked one by one
        QVERIFY2(r.out.contains("50 of 50 answers, 0 failed"), r.out.constData());
        r = cli({QStringLiteral("eval"), QStringLiteral("status"), id, QStringLiteral("--json")});
        const auto s = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(s["answered"].get<int>(), 50);
        QCOMPARE(s["state"].get<std::string>(), std::string("finished"));
    }

    void judgeSummariseAndExport()
    {
        QVERIFY(!m_id.isEmpty());
        Run r = cli({QStringLiteral("eval"), QStringLiteral("judge"), m_id, QStringLiteral("--judge"), m_b});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("400 verdicts, 0 judge failures"));
        r = cli({QStringLiteral("eval"), QStringLiteral("judge"), m_id, QStringLiteral("--judge"), m_b,
                 QStringLiteral("--together-evaluations")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("Together's judge: A "));
        const QString csv = m_dir.filePath(QStringLiteral("run.csv"));
        const QString pref = m_dir.filePath(QStringLiteral("pref.jsonl"));
        r = cli({QStringLiteral("eval"), QStringLiteral("results"), m_id, QStringLiteral("--json"),
                 QStringLiteral("--export-csv"), csv, QStringLiteral("--preference-rows"), pref,
                 QStringLiteral("--judge"), m_b});
        QVERIFY2(r.code == 0, r.err.constData());
        const auto s = nlohmann::json::parse(r.out.toStdString());
        QCOMPARE(s["interval"].get<std::string>(), std::string("wilson-95"));
        int decided = 0;
        bool sawModelJudge = false;
        for (const auto& p : s["pairs"]) {
            const auto& all = p["all"];
            QCOMPARE(all["wins"].get<int>() + all["ties"].get<int>() + all["losses"].get<int>() +
                         all["judge_failures"].get<int>(),
                     200);
            if (p["judge"] == m_b.toStdString()) {
                sawModelJudge = true;
                decided = all["wins"].get<int>() + all["losses"].get<int>();
            }
        }
        QVERIFY(sawModelJudge);
        QCOMPARE(td::test::readFile(csv).count("\r\n"), 201);
        QCOMPARE(int(td::test::readFile(pref).count('\n')), decided);
    }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_cli_eval.moc"
