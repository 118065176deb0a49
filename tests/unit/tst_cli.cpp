#include "TestFiles.h"

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

    void missingFileFails()
    {
        int code = -1;
        const QByteArray out = run({QStringLiteral("stats"), m_dir.filePath(QStringLiteral("nope.jsonl"))}, &code);
        QCOMPARE(code, 1);
        QVERIFY(out.contains("does not exist"));
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
