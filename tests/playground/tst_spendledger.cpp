#include "endpoints/SpendLedger.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// What dedicated endpoints cost as the app saw them: added up between observations at the
// last observation's price, kept after a stop, and read back by the next session of the app.
class TestSpendLedger : public QObject
{
    Q_OBJECT

    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);

private slots:
    void addsWhatTheLastObservationsReplicasCost()
    {
        SpendLedger ledger;
        const QString key = SpendLedger::v2Key(QStringLiteral("dep-1"));
        QCOMPARE(ledger.observe(key, t0, 2, 5.0), 0.0);
        QCOMPARE(ledger.observe(key, t0.addSecs(1800), 2, 5.0), 5.0); // 2 × $5 × ½ h
        // Scaled to one replica at a new price: the half hour before still counts at the old one.
        QCOMPARE(ledger.observe(key, t0.addSecs(3600), 1, 8.0), 10.0);
        QCOMPARE(ledger.observe(key, t0.addSecs(7200), 0, 8.0), 18.0);  // stopped
        QCOMPARE(ledger.observe(key, t0.addSecs(99999), 0, 8.0), 18.0); // a stopped one costs nothing
        QCOMPARE(ledger.spent(key), 18.0);
        QCOMPARE(ledger.spent(SpendLedger::v1Key(QStringLiteral("dep-1"))), 0.0); // v1 and v2 apart
    }

    void aClockThatGoesBackAddsNothing()
    {
        SpendLedger ledger;
        const QString key = SpendLedger::v1Key(QStringLiteral("e"));
        ledger.observe(key, t0, 1, 4.0);
        QCOMPARE(ledger.observe(key, t0.addSecs(-3600), 1, 4.0), 0.0);
        QCOMPARE(ledger.observe(key, t0.addSecs(3600), 1, 4.0), 4.0);
    }

    void theNextSessionReadsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/endpoint-spend.json"));
        const QString key = SpendLedger::v2Key(QStringLiteral("dep-1"));
        {
            SpendLedger ledger(path);
            ledger.observe(key, t0, 1, 6.0);
            ledger.observe(key, t0.addSecs(3600), 1, 6.0);
        } // the app closes
        {
            SpendLedger ledger(path);
            QCOMPARE(ledger.spent(key), 6.0);
            // Still running when the app opens again the next hour: that hour was billed too.
            QCOMPARE(ledger.observe(key, t0.addSecs(7200), 0, 6.0), 12.0);
            // Long unseen entries go; recent ones stay.
            ledger.observe(SpendLedger::v1Key(QStringLiteral("new")), t0.addDays(SpendLedger::kForgetAfterDays + 1), 0,
                           1.0);
        }
        SpendLedger ledger(path);
        QCOMPARE(ledger.spent(key), 0.0);
    }

    void aDamagedFileStartsANewLedger()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoint-spend.json"));
        for (const QByteArray& text :
             {QByteArray("{not json"), QByteArray("[1,2]"), QByteArray(R"({"entries":7})"),
              QByteArray(R"({"entries":{"v2/x":{"at":"yesterday","spent":"a lot"}}})"),
              QByteArray(R"({"entries":{"v2/x":{"at":"2026-12-01T10:00:00Z","spent":-5}}})")}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
            f.close();
            SpendLedger ledger(path);
            QCOMPARE(ledger.spent(QStringLiteral("v2/x")), 0.0);
            QCOMPARE(ledger.observe(QStringLiteral("v2/x"), t0, 1, 1.0), 0.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestSpendLedger)
#include "tst_spendledger.moc"
