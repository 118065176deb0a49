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
        // As Python's universal newlines (Together's checker): a lone CR ends a line.
        QTest::newRow("lone cr ends a line") << QByteArray("a\rb\n") << QList<quint64>{0, 2, 4};
        QTest::newRow("cr only") << QByteArray("a\rbc\rd\r") << QList<quint64>{0, 2, 5, 7};
        QTest::newRow("cr at the end, unterminated") << QByteArray("a\rb") << QList<quint64>{0, 2, 3};
        QTest::newRow("cr then crlf") << QByteArray("a\r\r\nb") << QList<quint64>{0, 2, 4, 5};
        QTest::newRow("mixed") << QByteArray("a\nb\r\nc\rd") << QList<quint64>{0, 2, 5, 7, 8};
        QTest::newRow("blank cr lines") << QByteArray("\r\r") << QList<quint64>{0, 1, 2};
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
        const char* const ends[] = {"\n", "\r\n", "\r", "\r\r\n"};
        for (int i = 0; i < 5000; ++i)
            data += QByteArray(i % 37, 'x') + ends[(i / 3) % 4];
        const auto whole = indexLines(data.constData(), std::size_t(data.size()));
        QCOMPARE(whole.size(), std::size_t(6249)); // 5000 lines, 1248 of them ending CR CRLF (two rows)
        for (std::size_t chunk : {1u, 2u, 3u, 7u, 4096u}) {
            std::vector<std::uint64_t> starts{0};
            for (std::size_t pos = 0; pos < std::size_t(data.size()); pos += chunk)
                scanLineStarts(data.constData(), pos, std::min(std::size_t(data.size()), pos + chunk), starts);
            // As DatasetDocument does: the last line, here ended by a CR, ends the index.
            if (starts.back() != std::size_t(data.size()))
                starts.push_back(std::size_t(data.size()));
            QCOMPARE(starts, whole);
        }
    }
};

QTEST_APPLESS_MAIN(TestLineScanner)
#include "tst_linescanner.moc"
