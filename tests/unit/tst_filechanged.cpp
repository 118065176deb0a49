#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/DatasetStats.h"
#include "dataset/MappedFile.h"
#include "validate/Linter.h"
#include "validate/ParityChecker.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// A file shortened by another program while a reader has it mapped: the reader must neither
// crash (SIGBUS) nor report a result computed from the zeros that replace the lost part; it
// reports that the file changed while it was read.
class TestFileChanged : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // `rows` valid conversation rows of about 1 KB each.
    QString dataset(const QString& name, int rows)
    {
        QByteArray bytes;
        const QByteArray text(900, 'x');
        for (int i = 0; i < rows; ++i)
            bytes += "{\"messages\":[{\"role\":\"user\",\"content\":\"" + text +
                     "\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}\n";
        const QString p = path(name);
        if (!test::writeFile(p, bytes))
            return {};
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theParityCheckSaysTheFileChanged()
    {
        // 40 MB: progress is reported after the first 16 MiB, and the file is cut there.
        const QString file = dataset(QStringLiteral("check.jsonl"), 40000);
        QVERIFY(!file.isEmpty());
        ParityOptions options;
        options.exactOnly = true;
        bool cut = false;
        options.progress = [&](std::uint64_t done, std::uint64_t total) {
            if (!cut && done < total) {
                cut = QFile::resize(file, 4096);
            }
        };
        const auto r = checkFileParity(file, options);
        QVERIFY(cut);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Changed);
        QVERIFY2(r.error().message.contains(QStringLiteral("changed while it was read")),
                 qPrintable(r.error().message));
        // The same file, now short and unchanged, gets a verdict again.
        const auto again = checkFileParity(file);
        QVERIFY(again);
    }

    void statsAndLintSayTheFileChanged()
    {
        const QString file = dataset(QStringLiteral("doc.jsonl"), 200);
        DatasetDocument doc;
        doc.open(file);
        QVERIFY(doc.waitForIndexed());
        const DocumentSnapshot snap = doc.snapshot();
        QVERIFY(snap.checkUnchanged());
        QVERIFY(QFile::resize(file, 1000));
        const DatasetStats stats = computeStats(snap);
        QCOMPARE(stats.rows, std::int64_t(200)); // counted from zeros: not to be shown
        const auto unchanged = snap.checkUnchanged();
        QVERIFY(!unchanged);
        QCOMPARE(unchanged.error().code, Error::Code::Changed);
        (void)lintSnapshot(snap, {});
        QVERIFY(!snap.checkUnchanged());
    }
};

QTEST_GUILESS_MAIN(TestFileChanged)
#include "tst_filechanged.moc"
