#include "TestFiles.h"

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
