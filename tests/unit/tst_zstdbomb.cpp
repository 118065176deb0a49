#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/ZstdDecompressor.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>
#include <zstd.h>

using namespace td;

namespace {

constexpr std::uint64_t MiB = 1u << 20;

// `plain` as one zstd frame; `statedSize` decides whether the frame header says how big it is.
QByteArray compress(const QByteArray& plain, bool statedSize)
{
    std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, 19);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_contentSizeFlag, statedSize ? 1 : 0);
    QByteArray out;
    QByteArray buf(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    ZSTD_inBuffer in{plain.constData(), std::size_t(plain.size()), 0};
    if (statedSize)
        ZSTD_CCtx_setPledgedSrcSize(cctx.get(), std::size_t(plain.size()));
    for (;;) {
        ZSTD_outBuffer o{buf.data(), std::size_t(buf.size()), 0};
        const std::size_t left = ZSTD_compressStream2(cctx.get(), &o, &in, ZSTD_e_end);
        out.append(buf.constData(), qsizetype(o.pos));
        if (ZSTD_isError(left))
            return {};
        if (left == 0)
            return out;
    }
}

// A disk with `free` bytes, whatever is written to it.
ZstdLimits smallDisk(std::uint64_t free, std::uint64_t reserve)
{
    ZstdLimits limits;
    limits.reserveBytes = reserve;
    limits.freeSpace = [free](int) { return std::optional<std::uint64_t>(free); };
    return limits;
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

// A small .jsonl.zst can expand to far more than the disk holds (33 KB to 1 GB, 660 KB to
// 20 GiB): the decompressed copy stops with a clear error before the disk is full, memory
// stays bounded, it can be cancelled, and no temporary file is ever left behind.
class TestZstdBomb : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString tmpFolder(const QString& name) const
    {
        const QString f = m_dir.filePath(name);
        QDir().mkpath(f);
        return f;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // 32 MiB of newlines, a few KB compressed: a bomb in miniature.
        const QByteArray zeros(32 * MiB, '\n');
        QVERIFY(test::writeFile(path(QStringLiteral("stated.jsonl.zst")), compress(zeros, true)));
        QVERIFY(test::writeFile(path(QStringLiteral("unstated.jsonl.zst")), compress(zeros, false)));
        QVERIFY(QFileInfo(path(QStringLiteral("unstated.jsonl.zst"))).size() < 64 * 1024);
    }

    void aStatedSizeIsCheckedBeforeWriting()
    {
        const QString tmp = tmpFolder(QStringLiteral("t1"));
        std::uint64_t written = 0;
        std::uint64_t expected = 0;
        auto r = decompressToTemporary(
            path(QStringLiteral("stated.jsonl.zst")), smallDisk(8 * MiB, MiB),
            [&](const ZstdProgress& p) {
                written = p.written;
                expected = p.expectedSize;
            },
            nullptr, tmp);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::DiskFull);
        QVERIFY2(r.error().message.contains(QStringLiteral("expands to more than")), qPrintable(r.error().message));
        QCOMPARE(written, 0u); // refused before a byte was written
        QCOMPARE(zstdContentSize(path(QStringLiteral("stated.jsonl.zst"))), std::optional<std::uint64_t>(32 * MiB));
        Q_UNUSED(expected);
        QCOMPARE(entries(tmp), QStringList());
    }

    void anUnstatedSizeStopsBeforeTheDiskIsFull()
    {
        const QString tmp = tmpFolder(QStringLiteral("t2"));
        QCOMPARE(zstdContentSize(path(QStringLiteral("unstated.jsonl.zst"))), std::nullopt);
        // 8 MiB free, 1 MiB kept free: at most 7 MiB may be written.
        std::uint64_t largest = 0;
        ZstdLimits limits = smallDisk(8 * MiB, MiB);
        limits.freeSpace = [&largest](int fd) {
            struct stat st
            {};
            if (::fstat(fd, &st) == 0)
                largest = std::max(largest, std::uint64_t(st.st_size));
            return std::optional<std::uint64_t>(8 * MiB);
        };
        auto r = decompressToTemporary(path(QStringLiteral("unstated.jsonl.zst")), limits, {}, nullptr, tmp);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::DiskFull);
        QVERIFY(largest <= 7 * MiB);
        QCOMPARE(entries(tmp), QStringList());
        // A ceiling on the size, when one is given, is an error of its own.
        ZstdLimits capped;
        capped.maxOutputBytes = 3 * MiB;
        auto c = decompressToTemporary(path(QStringLiteral("unstated.jsonl.zst")), capped, {}, nullptr, tmp);
        QVERIFY(!c);
        QCOMPARE(c.error().code, Error::Code::Unsupported);
        QCOMPARE(entries(tmp), QStringList());
    }

    void cancellingStopsAndLeavesNothing()
    {
        const QString tmp = tmpFolder(QStringLiteral("t3"));
        std::atomic_bool cancel{false};
        int reports = 0;
        QStringList seenWhileWriting;
        auto r = decompressToTemporary(
            path(QStringLiteral("unstated.jsonl.zst")), {},
            [&](const ZstdProgress& p) {
                ++reports;
                QVERIFY(p.written > 0 && p.written < 32 * MiB);
                // Mid-way the copy has no name: a killed process leaves nothing behind.
                seenWhileWriting += entries(tmp);
                cancel = true;
            },
            &cancel, tmp);
        QVERIFY(!r);
        QVERIFY(r.error().isCancelled());
        QCOMPARE(reports, 1);
        QCOMPARE(seenWhileWriting, QStringList());
        QCOMPARE(entries(tmp), QStringList());
    }

    void aCompleteCopyIsMappedAndHasNoName()
    {
        {
            // 32 MiB ends exactly on an output buffer: the frame's end is not taken for a cut.
            auto whole = decompressToTemporary(path(QStringLiteral("stated.jsonl.zst")), {}, {}, nullptr,
                                               tmpFolder(QStringLiteral("t6")));
            QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
            QCOMPARE((*whole)->size(), std::size_t(32 * MiB));
            auto unstated = decompressToTemporary(path(QStringLiteral("unstated.jsonl.zst")), {}, {}, nullptr,
                                                  tmpFolder(QStringLiteral("t6")));
            QVERIFY2(unstated, unstated ? "" : qPrintable(unstated.error().message));
            QCOMPARE((*unstated)->size(), std::size_t(32 * MiB));
        }
        const QString tmp = tmpFolder(QStringLiteral("t4"));
        // Output far larger than one buffer from a single small input block: all of it arrives.
        QByteArray plain;
        for (int i = 0; plain.size() < qsizetype(5 * MiB); ++i)
            plain += "{\"text\":\"row " + QByteArray::number(i % 7) + "\"}\n";
        QVERIFY(test::writeFile(path(QStringLiteral("ok.jsonl.zst")), compress(plain, false)));
        ZstdProgress last;
        auto r = decompressToTemporary(
            path(QStringLiteral("ok.jsonl.zst")), {}, [&](const ZstdProgress& p) { last = p; }, nullptr, tmp);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE((*r)->size(), std::size_t(plain.size()));
        QVERIFY(std::memcmp((*r)->data(), plain.constData(), std::size_t(plain.size())) == 0);
        QCOMPARE(last.written, std::uint64_t(plain.size()));
        QCOMPARE(entries(tmp), QStringList());
    }

    void aDocumentReportsTheBombAndLeavesNothing()
    {
        const QString tmp = tmpFolder(QStringLiteral("t5"));
        qputenv("TMPDIR", QFile::encodeName(tmp));
        {
            DatasetDocument doc;
            doc.setDecompressLimits(smallDisk(8 * MiB, MiB));
            QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
            doc.open(path(QStringLiteral("unstated.jsonl.zst")));
            QVERIFY(failed.wait(20000));
            QCOMPARE(failed.front().front().value<Error>().code, Error::Code::DiskFull);
            QCOMPARE(entries(tmp), QStringList());
        }
        {
            // Opened all right, and still nothing in the folder while it is open.
            DatasetDocument doc;
            QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
            doc.open(path(QStringLiteral("ok.jsonl.zst")));
            QVERIFY(doc.waitForIndexed());
            QVERIFY(doc.rowCount() > 1000);
            QCOMPARE(entries(tmp), QStringList());
        }
        {
            // Closed (cancelled) while decompressing.
            DatasetDocument doc;
            doc.open(path(QStringLiteral("unstated.jsonl.zst")));
            doc.close();
            QCOMPARE(entries(tmp), QStringList());
        }
        qunsetenv("TMPDIR");
    }

    void tooManyLinesForMemoryIsAClearError()
    {
        // 32 MiB of newlines would take 256 MiB of index: refused above the limit given.
        DatasetDocument doc;
        doc.setIndexMemoryLimit(16 * MiB);
        QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
        doc.open(path(QStringLiteral("stated.jsonl.zst")));
        QVERIFY(failed.wait(20000));
        const Error e = failed.front().front().value<Error>();
        QVERIFY2(e.message.contains(QStringLiteral("too many lines")), qPrintable(e.message));
    }

    void byDefaultTheIndexNeverOutgrowsTheFile()
    {
        // 128 MiB of newlines from 4 KB: its index would take 1 GiB; refused at 128 MiB.
        QVERIFY(test::writeFile(path(QStringLiteral("blank.jsonl.zst")), compress(QByteArray(128 * MiB, '\n'), false)));
        DatasetDocument doc;
        QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
        doc.open(path(QStringLiteral("blank.jsonl.zst")));
        QVERIFY(failed.wait(60000));
        const Error e = failed.front().front().value<Error>();
        QVERIFY2(e.message.contains(QStringLiteral("too many lines")), qPrintable(e.message));
        QVERIFY(doc.rowCount() <= std::int64_t(128 * MiB / 8 + 8 * MiB));
    }
};

QTEST_GUILESS_MAIN(TestZstdBomb)
#include "tst_zstdbomb.moc"
