#include "TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray run(const QStringList& args, int* exitCode)
    {
        QProcess p;
        p.start(QStringLiteral(TD_CLI_PATH), args);
        p.waitForFinished(60000);
        *exitCode = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

private slots:
    void statsJson()
    {
        const QString file = m_dir.filePath(QStringLiteral("d.jsonl"));
        QVERIFY(td::test::writeFile(file, "{\"messages\":[{\"role\":\"user\",\"content\":\"hé\"},{\"role\":"
                                          "\"assistant\",\"content\":\"ok\",\"weight\":1}]}"
                                          "\n"
                                          "{\"prompt\":\"p\",\"completion\":\"c\"}"
                                          "\n"
                                          "oops\n"));
        int code = -1;
        const QByteArray out = run({QStringLiteral("stats"), file, QStringLiteral("--json")}, &code);
        QCOMPARE(code, 0);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("parse_failures")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("formats")).toObject().value(QStringLiteral("conversation")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("formats")).toObject().value(QStringLiteral("instruction")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("messages")).toObject().value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("characters")).toObject().value(QStringLiteral("total")).toInt(), 6);
        QVERIFY(o.contains(QStringLiteral("index_seconds")));
    }

    void statsText()
    {
        const QString file = m_dir.filePath(QStringLiteral("t.jsonl"));
        QVERIFY(td::test::writeFile(file, "{\"text\":\"a\"}\n"));
        int code = -1;
        const QByteArray out = run({QStringLiteral("stats"), file}, &code);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("Rows:               1"));
    }

    void lintListsTheFirstHundredOfAKind()
    {
        // 150 blank lines and a row with an extra key: the text lists 100 blank lines and says
        // how many there are; --all lists every one.
        const QString file = m_dir.filePath(QStringLiteral("blank.jsonl"));
        QVERIFY(td::test::writeFile(file, "{\"text\":\"a\",\"id\":1}\n" + QByteArray(150, '\n')));
        int code = -1;
        const QByteArray out = run({QStringLiteral("lint"), file}, &code);
        const QByteArray name = file.toUtf8();
        QCOMPARE(out.count("error [blank-line]: Blank line: Together's checker rejects the file because of it. "
                           "(fix: delete-row)\n"),
                 100);
        QVERIFY2(out.contains(QByteArray(name + ":1: error [extra-column] /id: Extra top-level key \"id\": a text row "
                                                "may only have \"text\". (fix: drop-extra-keys)\n")),
                 out.constData());
        QVERIFY(out.contains(QByteArray(name + ":101: error [blank-line]")));
        QVERIFY(!out.contains(QByteArray(name + ":102: error [blank-line]")));
        QVERIFY2(out.contains("151 rows, 151 with errors, 151 problems\n"
                              "  blank-line: 150 (the first 100 listed; --all lists every one)\n"
                              "  extra-column: 1\n"),
                 out.constData());
        const QByteArray everything = run({QStringLiteral("lint"), file, QStringLiteral("--all")}, &code);
        QCOMPARE(everything.count("error [blank-line]"), 150);
        QVERIFY(everything.contains("  blank-line: 150\n"));
    }

    void lintJsonListsEveryProblem()
    {
        const QString file = m_dir.filePath(QStringLiteral("blank-json.jsonl"));
        QVERIFY(td::test::writeFile(file, "{\"text\":\"a\",\"i\\\"d\\u0001\":1}\n" + QByteArray(150, '\n') +
                                              "{\"text\":\"a\",\"i\\\"d\\u0001\":1}\n"));
        QProcess p;
        p.start(QStringLiteral(TD_CLI_PATH), {QStringLiteral("lint"), file, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Streamed, yet byte for byte what writing the whole document at once gave.
        QCOMPARE(out, doc.toJson(QJsonDocument::Compact) + "\n");
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 152);
        QCOMPARE(o.value(QStringLiteral("rows_with_errors")).toInt(), 152);
        QCOMPARE(o.value(QStringLiteral("problems")).toArray().size(), 153);
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("blank-line")).toInt(), 150);
        const QJsonObject last = o.value(QStringLiteral("problems")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("code")).toString(), QStringLiteral("duplicate-row"));
        QCOMPARE(last.value(QStringLiteral("message")).toString(), QStringLiteral("Exact duplicate of row 1."));
        QCOMPARE(last.value(QStringLiteral("row")).toInt(), 152);
        QCOMPARE(last.value(QStringLiteral("line")).toInt(), 152);
        QCOMPARE(last.value(QStringLiteral("byte_offset")).toInt(), 28 + 150);
        QCOMPARE(last.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(last.value(QStringLiteral("fix")).toString(), QString());
        // A key with a quote and a control character, escaped as QJsonDocument escapes them.
        const QJsonObject first = o.value(QStringLiteral("problems")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("pointer")).toString(), QString::fromLatin1("/i\"d\x01"));
        QVERIFY(out.contains("\"pointer\":\"/i\\\"d\\u0001\""));
    }

    void missingFileFails()
    {
        int code = -1;
        const QByteArray out = run({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("nope.jsonl"))}, &code);
        QCOMPARE(code, 3);
        QVERIFY(out.contains("does not exist"));
    }

    // One table of exit codes for every command (see `tunedesk-cli --help`).
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString missing = m_dir.filePath(QStringLiteral("missing.jsonl"));
        const QString good = m_dir.filePath(QStringLiteral("good.jsonl"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.jsonl"));
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        const QString out = m_dir.filePath(QStringLiteral("codes-out.jsonl"));
        for (const char* command : {"check", "lint", "stats"}) {
            const QString c = QString::fromLatin1(command);
            QTest::addRow("%s ok", command) << QStringList{c, good} << 0;
            QTest::addRow("%s not found", command) << QStringList{c, missing} << 3;
            QTest::addRow("%s a folder", command) << QStringList{c, folder} << (c == QLatin1String("check") ? 1 : 3);
            QTest::addRow("%s no file", command) << QStringList{c} << 2;
            QTest::addRow("%s two files", command) << QStringList{c, good, good} << 2;
            QTest::addRow("%s unknown option", command) << QStringList{c, good, QStringLiteral("--frobnicate")} << 2;
        }
        QTest::addRow("check fails") << QStringList{QStringLiteral("check"), bad} << 1;
        QTest::addRow("lint errors") << QStringList{QStringLiteral("lint"), bad} << 1;
        QTest::addRow("stats of bad data") << QStringList{QStringLiteral("stats"), bad} << 0;
        QTest::addRow("lint bad number") << QStringList{QStringLiteral("lint"), good,
                                                        QStringLiteral("--context-length"), QStringLiteral("lots")}
                                         << 2;
        QTest::addRow("export ok") << QStringList{QStringLiteral("export"), good, out} << 0;
        QTest::addRow("export rejected") << QStringList{QStringLiteral("export"), bad, out} << 1;
        QTest::addRow("export not found") << QStringList{QStringLiteral("export"), missing, out} << 3;
        QTest::addRow("export one argument") << QStringList{QStringLiteral("export"), good} << 2;
        QTest::addRow("export bad split")
            << QStringList{QStringLiteral("export"), good, out, QStringLiteral("--split"), QStringLiteral("2")} << 2;
        QTest::addRow("export unknown fix")
            << QStringList{QStringLiteral("export"), good, out, QStringLiteral("--fix"), QStringLiteral("magic")} << 2;
        QTest::addRow("export onto the input") << QStringList{QStringLiteral("export"), good, good} << 4;
        QTest::addRow("export into a missing folder")
            << QStringList{QStringLiteral("export"), good, m_dir.filePath(QStringLiteral("no/such/out.jsonl"))} << 4;
        // The network commands, as far as they go without a network.
        QTest::addRow("files upload not found")
            << QStringList{QStringLiteral("files"), QStringLiteral("upload"), missing} << 3;
        QTest::addRow("files upload rejected")
            << QStringList{QStringLiteral("files"), QStringLiteral("upload"), bad} << 1;
        QTest::addRow("files unknown option")
            << QStringList{QStringLiteral("files"), QStringLiteral("list"), QStringLiteral("--frobnicate")} << 2;
        QTest::addRow("jobs preflight not found")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("preflight"), missing, QStringLiteral("--model"),
                           QStringLiteral("m")}
            << 3;
        QTest::addRow("jobs no action") << QStringList{QStringLiteral("jobs")} << 2;
        QTest::addRow("jobs unknown option")
            << QStringList{QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--frobnicate")} << 2;
        QTest::addRow("chat no model") << QStringList{QStringLiteral("chat")} << 2;
        QTest::addRow("chat unknown option")
            << QStringList{QStringLiteral("chat"), QStringLiteral("m"), QStringLiteral("--frobnicate")} << 2;
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::addRow("no command") << QStringList{} << 2;
        QTest::addRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::addRow("command help") << QStringList{QStringLiteral("lint"), QStringLiteral("--help")} << 0;
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("good.jsonl")), "{\"text\": \"a\"}\n"));
        QVERIFY(td::test::writeFile(m_dir.filePath(QStringLiteral("bad.jsonl")), "{\"text\": \"a\"}\n\n"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a-folder")));
        int got = -1;
        const QByteArray out = run(args, &got);
        QVERIFY2(
            got == code,
            qPrintable(
                QStringLiteral("exit %1, expected %2: %3").arg(got).arg(code).arg(QString::fromUtf8(out.left(2000)))));
    }

    void helpListsTheExitCodes()
    {
        int code = -1;
        const QByteArray out = run({QStringLiteral("--help")}, &code);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("Exit status"));
        for (const char* line : {"  0  done", "  1  the data has errors", "  2  wrong command line",
                                 "  3  an input cannot be read", "  4  an output cannot be written", "  5  the API"})
            QVERIFY2(out.contains(line), line);
    }

    void lintRejectsAnEmptyFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.jsonl"));
        QVERIFY(td::test::writeFile(file, ""));
        int code = -1;
        QByteArray out = run({QStringLiteral("lint"), file}, &code);
        QCOMPARE(code, 1);
        QVERIFY2(out.contains("[empty-file]") && out.contains("empty"), out);
        out = run({QStringLiteral("lint"), file, QStringLiteral("--json")}, &code);
        QCOMPARE(code, 1);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("empty-file")).toInt(), 1);
        // The checker agrees.
        run({QStringLiteral("check"), file}, &code);
        QCOMPARE(code, 1);
    }

    void crOnlyLineEndsAgreeWithCheck()
    {
        // Python's universal newlines (Together's checker) read these as three rows.
        QByteArray data;
        for (int i = 0; i < 3; ++i)
            data += "{\"messages\":[{\"role\":\"user\",\"content\":\"q" + QByteArray::number(i) +
                    "\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\r";
        const QString file = m_dir.filePath(QStringLiteral("cr.jsonl"));
        QVERIFY(td::test::writeFile(file, data));
        int code = -1;
        QByteArray out = run({QStringLiteral("check"), file}, &code);
        QCOMPARE(code, 0);
        QVERIFY(out.contains("\"num_samples\": 3"));

        out = run({QStringLiteral("lint"), file, QStringLiteral("--json")}, &code);
        QVERIFY2(code == 0, out);
        QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("rows_with_errors")).toInt(), 0);

        out = run({QStringLiteral("stats"), file, QStringLiteral("--json")}, &code);
        QCOMPARE(code, 0);
        o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("parse_failures")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("formats")).toObject().value(QStringLiteral("conversation")).toInt(), 3);

        const QString exported = m_dir.filePath(QStringLiteral("cr-out.jsonl"));
        out = run({QStringLiteral("export"), file, exported, QStringLiteral("--valid-only")}, &code);
        QVERIFY2(code == 0, out);
        QVERIFY2(out.contains("Wrote 3 rows (0 fixed, 0 dropped of 3)"), out);
        QCOMPARE(td::test::readFile(exported), data);
    }

    void invalidJsonIsQuotedShortly()
    {
        // A 20 KB row whose string never ends: the message quotes a window, not the row.
        const QByteArray row = "{\"text\": \"" + QByteArray(20000, 'x') + "\u00e9" + QByteArray(100, 'y');
        const QString file = m_dir.filePath(QStringLiteral("long.jsonl"));
        QVERIFY(td::test::writeFile(file, row + "\n"));
        int code = -1;
        const QByteArray out = run({QStringLiteral("lint"), file, QStringLiteral("--json")}, &code);
        QCOMPARE(code, 1);
        const QJsonArray problems = QJsonDocument::fromJson(out).object().value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        const QString message = problems.at(0).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(message.size() < 400, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("yyyy")) && message.contains(QChar(0x2026)), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("last read")));
    }

    void exportRefusesToOverwriteItsInput()
    {
        const QString in = m_dir.filePath(QStringLiteral("x.validation.jsonl"));
        QByteArray data;
        for (int i = 0; i < 50; ++i)
            data += "{\"text\": \"" + QByteArray::number(i) + "\"}\n";
        QVERIFY(td::test::writeFile(in, data));
        int code = -1;
        const QByteArray out = run({QStringLiteral("export"), in, m_dir.filePath(QStringLiteral("x.jsonl")),
                                    QStringLiteral("--split"), QStringLiteral("0.3")},
                                   &code);
        QCOMPARE(code, 4);
        QVERIFY2(out.contains("dataset being exported"), out);
        QCOMPARE(td::test::readFile(in), data);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.jsonl"))));
    }

    // A FIFO (or a link to one) would block any reader forever: every command refuses it
    // before opening it. The timeout only keeps a regression from hanging the suite.
    void fifosAreRefusedNotWaitedOn()
    {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = m_dir.filePath(QStringLiteral("link.jsonl"));
        QVERIFY(QFile::link(fifo, link));
        const QString out = m_dir.filePath(QStringLiteral("out.jsonl"));
        const QList<QStringList> commands = {
            {QStringLiteral("lint"), fifo},  {QStringLiteral("stats"), fifo}, {QStringLiteral("export"), fifo, out},
            {QStringLiteral("check"), fifo}, {QStringLiteral("stats"), link}, {QStringLiteral("check"), link},
        };
        for (const QStringList& args : commands) {
            QProcess p;
            p.start(QStringLiteral(TD_CLI_PATH), args);
            const bool finished = p.waitForFinished(60000);
            if (!finished) {
                p.kill();
                p.waitForFinished();
            }
            QVERIFY2(finished, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": blocked on a FIFO")));
            const QByteArray said = p.readAllStandardOutput() + p.readAllStandardError();
            QVERIFY2(p.exitCode() != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(said.contains("is not a regular file (a FIFO)"), said.constData());
            QVERIFY(!QFile::exists(out));
        }
    }

    void unknownCommand()
    {
        int code = -1;
        run({QStringLiteral("frobnicate")}, &code);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
