#include "api/client/TogetherClient.h"
#include "dataset/TarExtractor.h"
#include "dataset/TarWriter.h"

#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace td;

// Model archives: what TarWriter makes, GNU tar reads; what GNU tar makes (GNU and pax
// formats, long names, base-256 sizes), TarExtractor unpacks; and a damaged or hostile
// archive is refused with a reason naming the entry, with nothing written outside the folder.
class TestTar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString longName()
    {
        // 331 bytes, non-ASCII included, a last component over 100 bytes: only a pax header
        // holds it (ustar's name field has 100 bytes, its prefix 155).
        return QStringLiteral("weights/") + QString(100, QChar(0x00e9)) + QLatin1Char('/') +
               QString(110, QLatin1Char('z')) + QStringLiteral(".safetensors");
    }

    static QByteArray sample(TarWriter::Compression compression = TarWriter::Compression::None)
    {
        TarWriter w(compression);
        w.addFile(QStringLiteral("adapter_config.json"), "{\"r\": 8}\n", 1700000000);
        w.addFile(QStringLiteral("weights/adapter_model.safetensors"), QByteArray(70000, 'w'), 1700000000);
        w.addFile(QStringLiteral("a/very/long/folder/name/") + QString(90, QLatin1Char('x')) +
                      QStringLiteral("/file.txt"),
                  "long name\n", 1700000000);
        w.addFile(QStringLiteral("empty.txt"), QByteArray(), 1700000000);
        w.addFile(longName(), "pax\n", 1700000000);
        return w.finish();
    }

    static bool runTar(const QStringList& args)
    {
        QProcess tar;
        tar.start(QStringLiteral("tar"), args);
        return tar.waitForFinished() && tar.exitStatus() == QProcess::NormalExit && tar.exitCode() == 0;
    }

    // Everything under `root` (files, folders, links), relative.
    static QStringList everything(const QString& root)
    {
        QStringList all;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            all.append(QDir(root).relativeFilePath(it.next()));
        all.sort();
        return all;
    }

    // One ustar header block with a size in base-256 (as GNU tar writes sizes of 8 GiB and
    // up), followed by the data and the end blocks.
    static QByteArray base256Archive(const QByteArray& name, const QByteArray& data)
    {
        char h[512] = {};
        std::memcpy(h, name.constData(), std::size_t(name.size()));
        std::memcpy(h + 100, "0000644", 8);
        std::memcpy(h + 108, "0000000", 8);
        std::memcpy(h + 116, "0000000", 8);
        h[124] = char(0x80); // base-256: the remaining 11 bytes are a big-endian number
        qint64 size = data.size();
        for (int i = 135; i > 124; --i, size >>= 8)
            h[i] = char(size & 0xff);
        std::memcpy(h + 136, "00000000000", 12);
        h[156] = '0';
        std::memcpy(h + 257, "ustar", 6);
        std::memcpy(h + 263, "00", 2);
        std::memset(h + 148, ' ', 8);
        unsigned sum = 0;
        for (unsigned char c : h)
            sum += c;
        std::snprintf(h + 148, 8, "%06o", sum);
        QByteArray out(h, 512);
        out += data;
        out += QByteArray((512 - data.size() % 512) % 512, '\0');
        out += QByteArray(1024, '\0');
        return out;
    }

    void expectRefused(const QByteArray& archive, const QString& name, const QString& entry)
    {
        const QString box = path(QStringLiteral("box-") + name);
        QDir().mkpath(box + QStringLiteral("/a/b"));
        QVERIFY(test::writeFile(box + QStringLiteral("/evil.tar"), archive));
        const QString out = box + QStringLiteral("/a/b/out");
        const auto r = TarExtractor::extract(box + QStringLiteral("/evil.tar"), out);
        QVERIFY2(!r.ok(), qPrintable(name));
        QVERIFY2(r.error().message.contains(QStringLiteral("\"%1\" was refused").arg(entry)),
                 qPrintable(r.error().message));
        // Nothing beside the archive and the output folder, and nothing but plain files in it.
        for (const QString& p : everything(box)) {
            QVERIFY2(p == QLatin1String("evil.tar") || p == QLatin1String("a") || p == QLatin1String("a/b") ||
                         p.startsWith(QLatin1String("a/b/out")),
                     qPrintable(name + QStringLiteral(": ") + p));
            QVERIFY2(!QFileInfo(box + QLatin1Char('/') + p).isSymLink(), qPrintable(p));
        }
    }

private slots:
    void gnuTarReadsWhatWeWrite()
    {
        QVERIFY(test::writeFile(path(QStringLiteral("ours.tar.zst")), sample(TarWriter::Compression::Zstd)));
        QDir().mkpath(path(QStringLiteral("gnu")));
        QVERIFY(runTar({QStringLiteral("--zstd"), QStringLiteral("-xf"), path(QStringLiteral("ours.tar.zst")),
                        QStringLiteral("-C"), path(QStringLiteral("gnu"))}));
        QCOMPARE(test::readFile(path(QStringLiteral("gnu/adapter_config.json"))), QByteArray("{\"r\": 8}\n"));
        QCOMPARE(test::readFile(path(QStringLiteral("gnu/weights/adapter_model.safetensors"))).size(), 70000);
        QVERIFY(QFile::exists(path(QStringLiteral("gnu/a/very/long/folder/name/")) + QString(90, QLatin1Char('x')) +
                              QStringLiteral("/file.txt")));
        QCOMPARE(test::readFile(path(QStringLiteral("gnu/")) + longName()), QByteArray("pax\n"));
        // The compressed form libarchive writes is the same archive as compressing it ourselves.
        QVERIFY(test::writeFile(path(QStringLiteral("ours2.tar.zst")), TarWriter::zstdCompress(sample())));
        QDir().mkpath(path(QStringLiteral("gnu2")));
        QVERIFY(runTar({QStringLiteral("--zstd"), QStringLiteral("-xf"), path(QStringLiteral("ours2.tar.zst")),
                        QStringLiteral("-C"), path(QStringLiteral("gnu2"))}));
        QCOMPARE(everything(path(QStringLiteral("gnu2"))), everything(path(QStringLiteral("gnu"))));
    }

    void weUnpackWhatGnuTarWrites_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("gnu") << QStringLiteral("gnu");
        QTest::newRow("pax") << QStringLiteral("pax");
        QTest::newRow("ustar") << QStringLiteral("ustar");
    }

    void weUnpackWhatGnuTarWrites()
    {
        QFETCH(QString, format);
        const QString src = path(QStringLiteral("src-") + format);
        QDir().mkpath(src + QStringLiteral("/sub"));
        QVERIFY(test::writeFile(src + QStringLiteral("/config.json"), "{}"));
        QVERIFY(test::writeFile(src + QStringLiteral("/sub/model.safetensors"), QByteArray(200000, 'm')));
        // ustar cannot hold a 150-byte component; GNU (././@LongLink) and pax can.
        const QString longFile =
            QStringLiteral("/sub/") + QString(format == QLatin1String("ustar") ? 90 : 150, QLatin1Char('n'));
        QVERIFY(test::writeFile(src + longFile, "long name"));
        const QString archive = path(format + QStringLiteral(".tar.zst"));
        QVERIFY(runTar({QStringLiteral("--zstd"), QStringLiteral("--format=") + format, QStringLiteral("-cf"), archive,
                        QStringLiteral("-C"), src, QStringLiteral(".")}));
        qint64 lastRead = 0;
        const QString out = path(QStringLiteral("out-") + format);
        const auto files = TarExtractor::extract(archive, out, [&](qint64 read, qint64) { lastRead = read; });
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message));
        QCOMPARE(lastRead, QFileInfo(archive).size());
        QVERIFY(files->contains(QStringLiteral("sub/model.safetensors")));
        QCOMPARE(files->size(), 3);
        QCOMPARE(test::readFile(out + QStringLiteral("/sub/model.safetensors")), QByteArray(200000, 'm'));
        QCOMPARE(test::readFile(out + longFile), QByteArray("long name"));
        // Ordinary permissions, whatever the archive said.
        QCOMPARE(QFileInfo(out + QStringLiteral("/config.json")).permissions() &
                     (QFile::ExeOwner | QFile::WriteOther | QFile::ExeOther),
                 QFile::Permissions());
    }

    void paxNamesAndBase256Sizes()
    {
        // Our own archive, plain and compressed, with a 300-byte non-ASCII name in a pax header.
        QVERIFY(test::writeFile(path(QStringLiteral("ours.tar")), sample()));
        const auto plain = TarExtractor::extract(path(QStringLiteral("ours.tar")), path(QStringLiteral("plain")));
        QVERIFY2(plain.ok(), qPrintable(plain.ok() ? QString() : plain.error().message));
        QCOMPARE(plain->size(), 5);
        QVERIFY(plain->contains(longName()));
        QCOMPARE(test::readFile(path(QStringLiteral("plain/")) + longName()), QByteArray("pax\n"));
        // A size written in base-256 (GNU tar does so from 8 GiB; the old reader took it as 0).
        QVERIFY(test::writeFile(path(QStringLiteral("b256.tar")), base256Archive("big.bin", "hello, base 256")));
        const auto big = TarExtractor::extract(path(QStringLiteral("b256.tar")), path(QStringLiteral("b256")));
        QVERIFY2(big.ok(), qPrintable(big.ok() ? QString() : big.error().message));
        QCOMPARE(test::readFile(path(QStringLiteral("b256/big.bin"))), QByteArray("hello, base 256"));
    }

    void damagedArchives()
    {
        // Cut in the middle: the download was incomplete.
        const QByteArray whole = TarWriter::zstdCompress(sample());
        QVERIFY(test::writeFile(path(QStringLiteral("cut.tar.zst")), whole.left(whole.size() / 2)));
        auto cut = TarExtractor::extract(path(QStringLiteral("cut.tar.zst")), path(QStringLiteral("cut")));
        QVERIFY(!cut.ok());
        QVERIFY2(cut.error().message.contains(QStringLiteral("incomplete")), qPrintable(cut.error().message));
        // A flipped header byte.
        QByteArray bad = sample();
        bad[10] = 'Z';
        QVERIFY(test::writeFile(path(QStringLiteral("bad.tar")), bad));
        auto b = TarExtractor::extract(path(QStringLiteral("bad.tar")), path(QStringLiteral("bad")));
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, Error::Code::Corrupt);
        // Cancelled.
        std::atomic_bool cancel{true};
        auto c = TarExtractor::extract(path(QStringLiteral("ours.tar")), path(QStringLiteral("c")), {}, &cancel);
        QVERIFY(!c.ok() && c.error().isCancelled());
        // Not a regular file.
        auto d = TarExtractor::extract(path(QStringLiteral("gnu")), path(QStringLiteral("d")));
        QVERIFY(!d.ok());
    }

    void hostileEntriesAreRefusedByName()
    {
        {
            TarWriter w;
            w.addFile(QStringLiteral("ok.txt"), "fine");
            w.addFile(QStringLiteral("../escaped.txt"), "x");
            expectRefused(w.finish(), QStringLiteral("dotdot"), QStringLiteral("../escaped.txt"));
        }
        {
            TarWriter w;
            w.addFile(QStringLiteral("sub/../../../escaped.txt"), "x");
            expectRefused(w.finish(), QStringLiteral("inner-dotdot"), QStringLiteral("sub/../../../escaped.txt"));
        }
        {
            const QString abs = path(QStringLiteral("absolute-target.txt"));
            TarWriter w;
            w.addFile(abs, "x");
            expectRefused(w.finish(), QStringLiteral("absolute"), abs);
            QVERIFY(!QFile::exists(abs));
        }
        {
            // A link out of the folder, then a file through it.
            TarWriter w;
            w.addSymlink(QStringLiteral("link"), QStringLiteral("../.."));
            w.addFile(QStringLiteral("link/escaped.txt"), "x");
            expectRefused(w.finish(), QStringLiteral("symlink"), QStringLiteral("link"));
        }
        {
            TarWriter w;
            w.addFile(QStringLiteral("real.txt"), "x");
            w.addHardlink(QStringLiteral("hard"), QStringLiteral("../../evil.tar"));
            expectRefused(w.finish(), QStringLiteral("hardlink"), QStringLiteral("hard"));
        }
        {
            // A link already in the chosen folder is not written through either.
            const QString box = path(QStringLiteral("box-prelink"));
            QDir().mkpath(box + QStringLiteral("/out"));
            QDir().mkpath(box + QStringLiteral("/elsewhere"));
            QVERIFY(QFile::link(box + QStringLiteral("/elsewhere"), box + QStringLiteral("/out/sub")));
            TarWriter w;
            w.addFile(QStringLiteral("sub/model.bin"), "x");
            QVERIFY(test::writeFile(box + QStringLiteral("/a.tar"), w.finish()));
            const auto r = TarExtractor::extract(box + QStringLiteral("/a.tar"), box + QStringLiteral("/out"));
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(QStringLiteral("sub/model.bin")), qPrintable(r.error().message));
            QVERIFY(!QFile::exists(box + QStringLiteral("/elsewhere/model.bin")));
        }
    }

    void theFolderIsBesideTheArchive()
    {
        QCOMPARE(TarExtractor::folderFor(QStringLiteral("/x/y.tar.d/model.tar.zst")),
                 QStringLiteral("/x/y.tar.d/model"));
        QCOMPARE(TarExtractor::folderFor(QStringLiteral("/x/y.tar.d/model.tar")), QStringLiteral("/x/y.tar.d/model"));
        QCOMPARE(TarExtractor::folderFor(QStringLiteral("/x/m.tar.gz")), QStringLiteral("/x/m"));
        QCOMPARE(TarExtractor::folderFor(QStringLiteral("/x/model")), QStringLiteral("/x/model.d"));
        QCOMPARE(TarExtractor::folderFor(QStringLiteral("/x/.tar")), QStringLiteral("/x/.tar.d"));
    }

    void downloadNamesThatLeaveTheFolderAreRefused()
    {
        QCOMPARE(*TogetherClient::downloadName(QStringLiteral("me/Llama_3 ft")), QStringLiteral("me--llama-3-ft"));
        for (const char* bad : {"..", ".", "/etc/passwd", "a/../b", "a//b", "a/", "..\\x", "x/.."})
            QVERIFY2(!TogetherClient::downloadName(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestTar)
#include "tst_tar.moc"
