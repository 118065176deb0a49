#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// tunedesk-cli import as a user runs it: formats detected or named, a mapping for a CSV,
// refused rows printed with line and reason, the exit codes of the table (0 all converted and
// accepted, 1 rows refused or the output rejected, 2 a bad command line or mapping, 3 an input
// that cannot be read or has no format, 4 an output that cannot be written), and the output
// accepted by `check`.
class TestCliImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };

    static Run cli(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(TD_CLI_PATH), args);
        if (!p.waitForFinished(120000))
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

    QString out(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detectsConvertsAndChecks()
    {
        const QString in =
            write(QStringLiteral("sg.jsonl"),
                  "{\"conversations\":[{\"from\":\"human\",\"value\":\"Hi\"},{\"from\":\"gpt\",\"value\":\"Hello\"}]}\n"
                  "{\"conversations\":[{\"from\":\"human\",\"value\":\"2+2?\"},{\"from\":\"gpt\",\"value\":\"4\"}]}\n");
        const Run r = cli({QStringLiteral("import"), in, out(QStringLiteral("sg.out.jsonl"))});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("as ShareGPT"));
        QVERIFY(r.out.contains("Wrote 2 conversational rows"));
        QVERIFY(r.out.contains("would accept it"));
        const Run check = cli({QStringLiteral("check"), out(QStringLiteral("sg.out.jsonl"))});
        QCOMPARE(check.code, 0);
    }

    void refusedRowsAreListedAndExitOne()
    {
        const QString in = write(QStringLiteral("pc.jsonl"), "{\"prompt\":\"a\",\"completion\":\"b\"}\n"
                                                             "{\"prompt\":\"a\"}\n"
                                                             "{\"prompt\":\"c\",\"completion\":\"d\"}\n");
        Run r = cli({QStringLiteral("import"), in, out(QStringLiteral("pc.out.jsonl"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("line 2: there is no \"completion\""));
        QVERIFY(r.out.contains("1 of 3 rows refused"));
        r = cli({QStringLiteral("import"), in, out(QStringLiteral("pc.out.jsonl")), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("prompt-completion"));
        QCOMPARE(j.value(QStringLiteral("target")).toString(), QStringLiteral("instruction"));
        QCOMPARE(j.value(QStringLiteral("rows_converted")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("rows_refused")).toInt(), 1);
        const QJsonObject first = j.value(QStringLiteral("refused")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 2);
        QVERIFY(j.value(QStringLiteral("check")).toObject().value(QStringLiteral("passed")).toBool());
    }

    void csvNeedsAndTakesAMapping()
    {
        const QString in = write(QStringLiteral("t.csv"), "id,q,a\n1,\"Hi, there\",\"Hello\nworld\"\n");
        Run r = cli({QStringLiteral("import"), in, out(QStringLiteral("t.out.jsonl"))});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("Map the columns"));
        r = cli({QStringLiteral("import"), in, out(QStringLiteral("t.out.jsonl")), QStringLiteral("--map"),
                 QStringLiteral("user=q,assistant=a")});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(td::test::readFile(out(QStringLiteral("t.out.jsonl"))),
                 QByteArray("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi, there\"},"
                            "{\"role\":\"assistant\",\"content\":\"Hello\\nworld\"}]}"
                            "\n"));
        r = cli({QStringLiteral("import"), in, out(QStringLiteral("t.out.jsonl")), QStringLiteral("--map"),
                 QStringLiteral("user=nope,assistant=a")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no column \"nope\""));
    }

    void fromOverridesTheDetector()
    {
        const QString in = write(QStringLiteral("lines.jsonl"), "{\"prompt\":\"p\",\"completion\":\"c\"}\n");
        const Run r = cli({QStringLiteral("import"), in, out(QStringLiteral("lines.out.jsonl")),
                           QStringLiteral("--from"), QStringLiteral("text"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("format")).toString(),
                 QStringLiteral("text"));
        QCOMPARE(td::test::readFile(out(QStringLiteral("lines.out.jsonl"))),
                 QByteArray("{\"text\":\"{\\\"prompt\\\":\\\"p\\\",\\\"completion\\\":\\\"c\\\"}\"}"
                            "\n"));
    }

    void exitCodes()
    {
        const QString in = write(QStringLiteral("ok.jsonl"), "{\"prompt\":\"p\",\"completion\":\"c\"}\n");
        QCOMPARE(cli({QStringLiteral("import"), in}).code, 2);
        QCOMPARE(cli({QStringLiteral("import"), in, out(QStringLiteral("x.jsonl")), QStringLiteral("--from"),
                      QStringLiteral("yaml")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("import"), in, out(QStringLiteral("x.jsonl")), QStringLiteral("--map"),
                      QStringLiteral("nonsense")})
                     .code,
                 2);
        QCOMPARE(
            cli({QStringLiteral("import"), out(QStringLiteral("missing.jsonl")), out(QStringLiteral("x.jsonl"))}).code,
            3);
        const QString unknown = write(QStringLiteral("unknown.jsonl"), "{\"x\":1}\n");
        const Run u = cli({QStringLiteral("import"), unknown, out(QStringLiteral("x.jsonl"))});
        QCOMPARE(u.code, 3);
        QVERIFY(u.err.contains("--from"));
        // The input as the output: refused, and the input is unchanged.
        QCOMPARE(cli({QStringLiteral("import"), in, in}).code, 4);
        QCOMPARE(td::test::readFile(in), QByteArray("{\"prompt\":\"p\",\"completion\":\"c\"}\n"));
        QCOMPARE(cli({QStringLiteral("import"), in, out(QStringLiteral("no/such/dir/x.jsonl"))}).code, 4);
        // Every row refused: nothing to train on.
        const QString bad = write(QStringLiteral("bad.txt"), "\n\n");
        QCOMPARE(cli({QStringLiteral("import"), bad, out(QStringLiteral("bad.out.jsonl")), QStringLiteral("--from"),
                      QStringLiteral("text")})
                     .code,
                 1);
    }

    void usageListsImport()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("import IN OUT"));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
