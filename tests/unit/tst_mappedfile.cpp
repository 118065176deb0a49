#include "dataset/MappedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace td;

// Another program truncating a mapped file must not crash us: the vanished part reads as
// zeros and the mapping says it was truncated.
class TestMappedFile : public QObject
{
    Q_OBJECT

private slots:
    void aTruncatedFileReadsAsZerosInsteadOfCrashing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.jsonl"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray line(999, 'x');
        for (int i = 0; i < 100; ++i)
            f.write(line + '\n'); // 100,000 bytes: many pages
        f.close();
        auto mapped = MappedFile::open(path);
        QVERIFY(mapped);
        const MappedFile& m = **mapped;
        QCOMPARE(m.size(), std::size_t(100000));
        QVERIFY(!m.wasTruncated());
        QCOMPARE(m.data()[50000], 'x');
        // Truncated in place, as some editors and `> file` do.
        QVERIFY(QFile::resize(path, 10000));
        std::size_t zeros = 0;
        for (std::size_t i = 20000; i < m.size(); ++i)
            zeros += m.data()[i] == 0 ? 1 : 0;
        QCOMPARE(zeros, m.size() - 20000);
        QVERIFY(m.wasTruncated());
        QCOMPARE(m.data()[100], 'x'); // what is still there reads as before
        // Another mapping is untouched by it.
        auto other = MappedFile::open(path);
        QVERIFY(other);
        QVERIFY(!(*other)->wasTruncated());
        QCOMPARE((*other)->size(), std::size_t(10000));
    }
};

QTEST_GUILESS_MAIN(TestMappedFile)
#include "tst_mappedfile.moc"
