#include "dataset/TarExtractor.h"
#include "dataset/TarWriter.h"

#include "TestFiles.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// Model archives: what TarWriter makes, GNU tar reads; what GNU tar makes, TarExtractor
// unpacks; and a damaged or hostile archive is refused with a reason.
class TestTar : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray sample()
    {
        TarWriter w;
        w.addFile(QStringLiteral("adapter_config.json"), "{\"r\": 8}\n", 1700000000);
        w.addFile(QStringLiteral("weights/adapter_model.safetensors"), QByteArray(70000, 'w'), 1700000000);
        w.addFile(QStringLiteral("a/very/long/folder/name/") + QString(90, QLatin1Char('x')) +
                      QStringLiteral("/file.txt"),
                  "long name\n", 1700000000);
        w.addFile(QStringLiteral("empty.txt"), QByteArray(), 1700000000);
        return w.finish();
    }

private slots:
    void gnuTarReadsWhatWeWrite()
    {
        QVERIFY(test::writeFile(path(QStringLiteral("ours.tar.zst")), TarWriter::zstdCompress(sample())));
        QDir().mkpath(path(QStringLiteral("gnu")));
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("--zstd"), QStringLiteral("-xf"), path(QStringLiteral("ours.tar.zst")),
                   QStringLiteral("-C"), path(QStringLiteral("gnu"))});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        QCOMPARE(test::readFile(path(QStringLiteral("gnu/adapter_config.json"))), QByteArray("{\"r\": 8}\n"));
        QCOMPARE(test::readFile(path(QStringLiteral("gnu/weights/adapter_model.safetensors"))).size(), 70000);
        QVERIFY(QFile::exists(path(QStringLiteral("gnu/a/very/long/folder/name/")) + QString(90, QLatin1Char('x')) +
                              QStringLiteral("/file.txt")));
    }

    void weUnpackWhatGnuTarWrites()
    {
        const QString src = path(QStringLiteral("src"));
        QDir().mkpath(src + QStringLiteral("/sub"));
        QVERIFY(test::writeFile(src + QStringLiteral("/config.json"), "{}"));
        QVERIFY(test::writeFile(src + QStringLiteral("/sub/model.safetensors"), QByteArray(200000, 'm')));
        QVERIFY(test::writeFile(src + QStringLiteral("/sub/") + QString(150, QLatin1Char('n')), "gnu long name"));
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("--zstd"), QStringLiteral("-cf"), path(QStringLiteral("gnu.tar.zst")),
                   QStringLiteral("-C"), src, QStringLiteral(".")});
        QVERIFY(tar.waitForFinished());
        QCOMPARE(tar.exitCode(), 0);
        qint64 lastRead = 0;
        const auto files = TarExtractor::extract(path(QStringLiteral("gnu.tar.zst")), path(QStringLiteral("out")),
                                                 [&](qint64 read, qint64) { lastRead = read; });
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().message));
        QCOMPARE(lastRead, QFileInfo(path(QStringLiteral("gnu.tar.zst"))).size());
        QVERIFY(files->contains(QStringLiteral("sub/model.safetensors")));
        QCOMPARE(test::readFile(path(QStringLiteral("out/sub/model.safetensors"))), QByteArray(200000, 'm'));
        QCOMPARE(test::readFile(path(QStringLiteral("out/sub/")) + QString(150, QLatin1Char('n'))),
                 QByteArray("gnu long name"));
        // And our own archive, plain and compressed.
        QVERIFY(test::writeFile(path(QStringLiteral("ours.tar")), sample()));
        const auto plain = TarExtractor::extract(path(QStringLiteral("ours.tar")), path(QStringLiteral("plain")));
        QVERIFY(plain.ok());
        QCOMPARE(plain->size(), 4);
    }

    void damagedAndHostileArchives()
    {
        // Cut in the middle: the download was incomplete.
        const QByteArray whole = TarWriter::zstdCompress(sample());
        QVERIFY(test::writeFile(path(QStringLiteral("cut.tar.zst")), whole.left(whole.size() / 2)));
        auto cut = TarExtractor::extract(path(QStringLiteral("cut.tar.zst")), path(QStringLiteral("cut")));
        QVERIFY(!cut.ok());
        QVERIFY(cut.error().message.contains(QStringLiteral("incomplete")));
        // A name leading out of the folder.
        TarWriter evil;
        evil.addFile(QStringLiteral("../escaped.txt"), "x");
        QVERIFY(test::writeFile(path(QStringLiteral("evil.tar")), evil.finish()));
        auto e = TarExtractor::extract(path(QStringLiteral("evil.tar")), path(QStringLiteral("evil")));
        QVERIFY(!e.ok());
        QVERIFY(!QFile::exists(path(QStringLiteral("escaped.txt"))));
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
    }
};

QTEST_GUILESS_MAIN(TestTar)
#include "tst_tar.moc"
