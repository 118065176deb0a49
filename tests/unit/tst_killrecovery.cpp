#include "TestFiles.h"

#include "dataset/DatasetDocument.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// A real kill -9: another process edits a dataset and is killed with SIGKILL; opening the
// file again offers exactly the edits it made.
class TestKillRecovery : public QObject
{
    Q_OBJECT

private slots:
    void editsSurviveSigkill()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Journals live in the application's data folder: both processes must be "the app".
        QCoreApplication::setApplicationName(QStringLiteral("tunedesk"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("victim.jsonl"));
        QVERIFY(td::test::writeFile(file, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n"));

        QProcess victim;
        victim.start(QStringLiteral(TD_VICTIM_PATH), {file});
        QVERIFY(victim.waitForStarted());
        QVERIFY(victim.waitForReadyRead(20000));
        QCOMPARE(victim.readLine().trimmed(), QByteArray("ready"));
        victim.kill(); // SIGKILL
        QVERIFY(victim.waitForFinished());
        QCOMPARE(victim.exitStatus(), QProcess::CrashExit);

        DatasetDocument doc;
        doc.open(file);
        QVERIFY(doc.waitForIndexed());
        auto rec = doc.pendingRecovery();
        QVERIFY(rec.has_value());
        QVERIFY(doc.applyRecovery(*rec).ok());
        QCOMPARE(doc.rowCount(), 3);
        QCOMPARE(doc.row(0), QByteArray("{\"text\":\"edited before the kill\"}"));
        QCOMPARE(doc.row(1), QByteArray("{\"text\":\"inserted\"}"));
        QCOMPARE(doc.row(2), QByteArray("{\"text\":\"c\"}"));
        // The dataset itself was never written.
        QCOMPARE(td::test::readFile(file), QByteArray("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n"));
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
