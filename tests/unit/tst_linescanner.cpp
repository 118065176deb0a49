#include "dataset/LineScanner.h"

#include <QTest>

using namespace td;

class TestLineScanner : public QObject
{
    Q_OBJECT

private slots:
    void index_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<quint64>>("starts");
        QTest::newRow("empty") << QByteArray() << QList<quint64>{0};
        QTest::newRow("one terminated") << QByteArray("a\n") << QList<quint64>{0, 2};
        QTest::newRow("unterminated last") << QByteArray("a\nbc") << QList<quint64>{0, 2, 4};
        QTest::newRow("blank lines") << QByteArray("\n\nx\n") << QList<quint64>{0, 1, 2, 4};
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QList<quint64>{0, 3, 6};
        QTest::newRow("lone cr is not a break") << QByteArray("a\rb\n") << QList<quint64>{0, 4};
    }

    void index()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<quint64>, starts);
        const auto got = indexLines(input.constData(), std::size_t(input.size()));
        QCOMPARE(QList<quint64>(got.begin(), got.end()), starts);
    }

    void chunkedScanMatchesWholeScan()
    {
        QByteArray data;
        for (int i = 0; i < 5000; ++i)
            data += QByteArray(i % 37, 'x') + '\n';
        const auto whole = indexLines(data.constData(), std::size_t(data.size()));
        for (std::size_t chunk : {1u, 7u, 4096u}) {
            std::vector<std::uint64_t> starts{0};
            for (std::size_t pos = 0; pos < std::size_t(data.size()); pos += chunk)
                scanLineStarts(data.constData(), pos, std::min(std::size_t(data.size()), pos + chunk), starts);
            QCOMPARE(starts, whole);
        }
    }
};

QTEST_APPLESS_MAIN(TestLineScanner)
#include "tst_linescanner.moc"
