#include "dataset/DatasetDocument.h"
#include "dataset/MappedFile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>

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
        const auto unchanged = m.checkUnchanged();
        QVERIFY(!unchanged);
        QCOMPARE(unchanged.error().code, Error::Code::Changed);
        QVERIFY(unchanged.error().message.contains(QStringLiteral("changed while it was read")));
        QCOMPARE(m.data()[100], 'x'); // what is still there reads as before
        // Another mapping is untouched by it.
        auto other = MappedFile::open(path);
        QVERIFY(other);
        QVERIFY(!(*other)->wasTruncated());
        QCOMPARE((*other)->size(), std::size_t(10000));
    }

    // Opening a FIFO blocks until a writer comes: refused by type before it is opened, for
    // the mapping and for a document (the GUI's Open), also through a symlink.
    void aFifoIsRefusedWithoutBlocking()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString link = dir.filePath(QStringLiteral("link.jsonl.zst"));
        QVERIFY(QFile::link(fifo, link));
        for (const QString& path : {fifo, link}) {
            auto mapped = MappedFile::open(path);
            QVERIFY(!mapped);
            QVERIFY2(mapped.error().message.contains(QStringLiteral("is not a regular file (a FIFO)")),
                     qPrintable(mapped.error().message));
            DatasetDocument doc;
            QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
            doc.open(path);
            QVERIFY(failed.wait());
            QVERIFY(failed.front().front().value<Error>().message.contains(QStringLiteral("is not a regular file")));
        }
        // A folder is no file either; a link to a regular file is fine.
        QVERIFY(!MappedFile::open(dir.path()));
        QFile f(dir.filePath(QStringLiteral("real.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}\n");
        f.close();
        QVERIFY(QFile::link(f.fileName(), dir.filePath(QStringLiteral("real-link.jsonl"))));
        QVERIFY(MappedFile::open(dir.filePath(QStringLiteral("real-link.jsonl"))));
    }
};

QTEST_GUILESS_MAIN(TestMappedFile)
#include "tst_mappedfile.moc"
