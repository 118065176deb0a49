#include "dataset/SummaryCache.h"

#include <QTest>

using namespace td;

class TestSummaryCache : public QObject
{
    Q_OBJECT

private slots:
    void evictsLeastRecentlyUsed()
    {
        SummaryCache cache(3);
        for (RowId id = 0; id < 3; ++id) {
            RowSummary s;
            s.messageCount = int(id);
            cache.insert(id, s);
        }
        QVERIFY(cache.find(0)); // 0 becomes the most recent; 1 is now the oldest
        cache.insert(3, RowSummary{});
        QCOMPARE(cache.size(), std::size_t(3));
        QVERIFY(!cache.find(1));
        QVERIFY(cache.find(0));
        QVERIFY(cache.find(2));
        QVERIFY(cache.find(3));
    }

    void replaceAndRemove()
    {
        SummaryCache cache(2);
        RowSummary a;
        a.messageCount = 1;
        cache.insert(7, a);
        a.messageCount = 2;
        cache.insert(7, a);
        QCOMPARE(cache.size(), std::size_t(1));
        QCOMPARE(cache.find(7)->messageCount, 2);
        cache.remove(7);
        QVERIFY(!cache.find(7));
        cache.insert(1, a);
        cache.clear();
        QCOMPARE(cache.size(), std::size_t(0));
    }
};

QTEST_APPLESS_MAIN(TestSummaryCache)
#include "tst_summarycache.moc"
