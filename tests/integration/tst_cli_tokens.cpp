#include "TestFiles.h"

#include "EmulatorServer.h"
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// tunedesk-cli tokens as a user runs it, on tests/data/tokenizers/tiny-chatml (counts worked out
// by hand in tst_tokencount): per-row lines and a summary, --json (row = line number, tokens,
// trained, truncated, then the summary), max_seq_length from the option or the tokenizer,
// --model with and without a cached tokenizer, and the exit codes of the table.
class TestCliTokens : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    Run cli(const QStringList& args, const QHash<QString, QString>& extraEnv = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("HF_TOKEN"));
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(QStringLiteral(TD_CLI_PATH), QStringList{QStringLiteral("tokens")} + args);
        // Waiting with the event loop running: the emulator (the Hub) answers in this thread.
        if (!done.wait(120000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        td::test::writeFile(path, bytes);
        return path;
    }

    static QString tiny() { return td::test::testDataDir() + QStringLiteral("/tokenizers/tiny-chatml"); }

    static QList<QJsonObject> lines(const QByteArray& out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray& l : out.split('\n'))
            if (!l.isEmpty())
                objects << QJsonDocument::fromJson(l).object();
        return objects;
    }

    static constexpr const char* kChat =
        R"({"messages":[{"role":"user","content":"hi"},{"role":"assistant","content":"hello"}]})";

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rowsAndSummary()
    {
        const QString in =
            write(QStringLiteral("a.jsonl"), QByteArray(kChat) + "\n\n{\"prompt\":\"hel\",\"completion\":\"lo\"}\n");
        const Run r = cli({in, QStringLiteral("--tokenizer"), tiny()});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("line 1: 22 tokens, 13 trained\n"));
        QVERIFY(r.out.contains("line 3: 1 token, 1 trained\n"));
        QVERIFY(!r.out.contains("line 2:"));
        QVERIFY(r.out.contains("Rows: 2 counted, 1 blank line\n"));
        QVERIFY(r.out.contains("Tokens: 23, of which trained: 14\n"));
        QVERIFY(r.out.contains("max_seq_length: 32 (the tokenizer's model_max_length)\n"));
        QVERIFY(r.out.contains("Rows over it: 0"));
    }

    void jsonRowsThenSummary()
    {
        const QString in =
            write(QStringLiteral("b.jsonl"), QByteArray(kChat) + "\n\n{\"text\":\"hello world\"}\nnot json\n");
        const Run r = cli({in, QStringLiteral("--tokenizer"), tiny(), QStringLiteral("--json"),
                           QStringLiteral("--max-seq-length"), QStringLiteral("20")});
        QCOMPARE(r.code, 1); // a row that cannot be counted is an error in the data
        const QList<QJsonObject> o = lines(r.out);
        QCOMPARE(o.size(), 4);
        QCOMPARE(o[0].value(QStringLiteral("row")).toInt(), 1);
        QCOMPARE(o[0].value(QStringLiteral("tokens")).toInt(), 22);
        QCOMPARE(o[0].value(QStringLiteral("trained")).toInt(), 13);
        QCOMPARE(o[0].value(QStringLiteral("truncated")).toBool(), true);
        QCOMPARE(o[0].value(QStringLiteral("over_by")).toInt(), 2);
        QCOMPARE(o[1].value(QStringLiteral("row")).toInt(), 3); // the line number: line 2 is blank
        QCOMPARE(o[1].value(QStringLiteral("tokens")).toInt(), 4);
        QCOMPARE(o[1].value(QStringLiteral("truncated")).toBool(), false);
        QCOMPARE(o[2].value(QStringLiteral("row")).toInt(), 4);
        QVERIFY(o[2].value(QStringLiteral("error")).toString().contains(QLatin1String("not valid JSON")));
        const QJsonObject s = o[3].value(QStringLiteral("summary")).toObject();
        QCOMPARE(s.value(QStringLiteral("counted")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("tokens")).toInt(), 26);
        QCOMPARE(s.value(QStringLiteral("trained")).toInt(), 17);
        QCOMPARE(s.value(QStringLiteral("trained_after_truncation")).toInt(), 15);
        QCOMPARE(s.value(QStringLiteral("truncated_rows")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("max_seq_length")).toInt(), 20);
        QCOMPARE(s.value(QStringLiteral("max_seq_length_from")).toString(), QStringLiteral("--max-seq-length"));
        QCOMPARE(s.value(QStringLiteral("exact")).toBool(), true);

        // train_on_inputs trains the user turn too.
        const Run inputs = cli(
            {in, QStringLiteral("--tokenizer"), tiny(), QStringLiteral("--json"), QStringLiteral("--train-on-inputs")});
        QCOMPARE(lines(inputs.out)[0].value(QStringLiteral("trained")).toInt(), 22);
    }

    void modelWithoutACachedTokenizerSaysHowToGetOne()
    {
        const QString in = write(QStringLiteral("c.jsonl"), QByteArray(kChat) + "\n");
        const Run r = cli({in, QStringLiteral("--model"), QStringLiteral("acme/Tiny-Chat")});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("No tokenizer is cached for acme/Tiny-Chat"), r.err.constData());
        QVERIFY(r.err.contains("tokenizer.json and tokenizer_config.json"));
        QVERIFY(r.err.contains("acme--Tiny-Chat"));
        QVERIFY(r.err.contains("--tokenizer DIR"));
        QVERIFY(r.err.contains("--download"));

        // Once it is there, --model uses it.
        const QString cached = m_dir.filePath(QStringLiteral("data/TuneDesk/tunedesk/tokenizers/acme--Tiny-Chat"));
        QVERIFY(QDir().mkpath(cached));
        for (const char* f : {"tokenizer.json", "tokenizer_config.json"})
            QVERIFY(QFile::copy(tiny() + QLatin1Char('/') + QLatin1String(f),
                                cached + QLatin1Char('/') + QLatin1String(f)));
        const Run ok = cli({in, QStringLiteral("--model"), QStringLiteral("acme/Tiny-Chat"), QStringLiteral("--json")});
        QVERIFY2(ok.code == 0, ok.err.constData());
        QCOMPARE(lines(ok.out)[0].value(QStringLiteral("tokens")).toInt(), 22);
    }

    // --download fetches the model's tokenizer from the Hub (the emulator plays it, HF_ENDPOINT)
    // into the cache and counts with it; the summary says where it came from. A gated model
    // without a token says what to do.
    void downloadFetchesTheTokenizerFromTheHub()
    {
        td::emu::EmulatorServer hub;
        hub.setHubFiles(tiny());
        QVERIFY(hub.start());
        const QHash<QString, QString> env{{QStringLiteral("HF_ENDPOINT"), QString::fromLatin1(hub.hubUrl())}};
        const QString in = write(QStringLiteral("d.jsonl"), QByteArray(kChat) + "\n");
        Run r = cli(
            {in, QStringLiteral("--model"), QStringLiteral("google/gemma-3-4b-it"), QStringLiteral("--download")}, env);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("google/gemma-3-4b-it is gated"), r.err.constData());
        r = cli({in, QStringLiteral("--model"), QStringLiteral("acme/Hub-Chat"), QStringLiteral("--download"),
                 QStringLiteral("--json")},
                env);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(lines(r.out)[0].value(QStringLiteral("tokens")).toInt(), 22);
        QVERIFY2(lines(r.out).back()["summary"].toObject()["tokenizer_from"].toString().startsWith(
                     QStringLiteral("acme/Hub-Chat @ ")),
                 r.out.constData());
        // Cached now: --model alone finds it, without the Hub.
        hub.close();
        r = cli({in, QStringLiteral("--model"), QStringLiteral("acme/Hub-Chat")}, env);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("From the Hugging Face Hub: acme/Hub-Chat @ "));
    }

    // Pre-flight counts and prices with the exact count when given a tokenizer, and says so.
    void preflightUsesExactCountsWithATokenizer()
    {
        const QString in = write(QStringLiteral("p.jsonl"), QByteArray(kChat) + "\n" + QByteArray(kChat) + "\n");
        const QStringList base{QStringLiteral("jobs"),
                               QStringLiteral("preflight"),
                               in,
                               QStringLiteral("--model"),
                               QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"),
                               QStringLiteral("--offline"),
                               QStringLiteral("--json")};
        auto run = [this](const QStringList& args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TD_CLI_PATH), args);
            p.waitForFinished(120000);
            return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        };
        const QJsonObject estimated = run(base).value(QStringLiteral("tokens")).toObject();
        QCOMPARE(estimated.value(QStringLiteral("estimated")).toBool(), true);
        const QJsonObject exactJson = run(base + QStringList{QStringLiteral("--tokenizer"), tiny()});
        const QJsonObject exact = exactJson.value(QStringLiteral("tokens")).toObject();
        QCOMPARE(exact.value(QStringLiteral("estimated")).toBool(), false);
        QCOMPARE(exact.value(QStringLiteral("total")).toInt(), 44);
        QCOMPARE(exact.value(QStringLiteral("trained")).toInt(), 26);
        QVERIFY(exact.value(QStringLiteral("countedWith")).toString().startsWith(QLatin1String("byte-level BPE")));
        QVERIFY(exactJson.value(QStringLiteral("price"))
                    .toObject()
                    .value(QStringLiteral("basis"))
                    .toString()
                    .contains(QLatin1String("exact count")));
    }

    void badCommandLinesAndUnreadableInputs()
    {
        const QString in = write(QStringLiteral("d.jsonl"), QByteArray(kChat) + "\n");
        QCOMPARE(cli({in}).code, 2); // neither --tokenizer nor --model
        QCOMPARE(
            cli({in, QStringLiteral("--tokenizer"), tiny(), QStringLiteral("--max-seq-length"), QStringLiteral("x")})
                .code,
            2);
        const Run noTokenizer = cli({in, QStringLiteral("--tokenizer"), m_dir.path()});
        QCOMPARE(noTokenizer.code, 3);
        QVERIFY(noTokenizer.err.contains("has no tokenizer.json"));
        QCOMPARE(cli({m_dir.filePath(QStringLiteral("missing.jsonl")), QStringLiteral("--tokenizer"), tiny()}).code, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliTokens)
#include "tst_cli_tokens.moc"
