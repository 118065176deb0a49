#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        QCOMPARE(code, 1);
        QVERIFY(out.contains("does not exist"));
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
