#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/DatasetWriter.h"
#include "dataset/OutputSink.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

class TestDatasetWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    DocumentSnapshot editedSnapshot(DatasetDocument& doc, const QString& file)
    {
        doc.open(file);
        doc.waitForIndexed();
        doc.replaceRow(1, "{\"edited\":true}");
        return doc.snapshot();
    }

    QStringList leftovers() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral(".*tdsave*")}, QDir::Files | QDir::Hidden);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void untouchedRowsAreByteIdentical()
    {
        // Rows with odd but valid formatting that a re-serializer would change.
        QByteArray original;
        QList<QByteArray> lines = {
            "{ \"messages\" : [ {\"content\":\"x\",\"role\":\"user\"} ] , \"z\":1E+2 }",
            "{\"messages\":[]}",
            "{\"text\":\"\\u00e9\\ud83d\\ude00 tab\\t\"}",
            "not json at all",
            "",
            "{\"text\":\"\xff\xfe\"}",
        };
        for (const QByteArray& l : lines)
            original += l + '\n';
        QVERIFY(writeFile(path("orig.jsonl"), original));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("orig.jsonl"));
        auto r = writeDataset(snap, path("out.jsonl"), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->rows, 6);
        lines[1] = "{\"edited\":true}";
        QByteArray expected;
        for (const QByteArray& l : lines)
            expected += l + '\n';
        QCOMPARE(readFile(path("out.jsonl")), expected);
    }

    void diskFullLeavesOriginalIntact()
    {
        QByteArray original;
        for (int i = 0; i < 20000; ++i)
            original += "{\"text\":\"row " + QByteArray::number(i) + "\"}\n";
        QVERIFY(writeFile(path("full.jsonl"), original));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("full.jsonl"));
        WriteOptions opts;
        opts.wrapSink = [](OutputSink& next) { return std::make_unique<FailingSink>(next, 4096, ENOSPC); };
        auto r = writeDataset(snap, path("full.jsonl"), opts);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::DiskFull);
        QVERIFY2(r.error().message.contains(QStringLiteral("disk is full")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("original file was not changed")));
        QCOMPARE(readFile(path("full.jsonl")), original);
        QVERIFY2(leftovers().isEmpty(), qPrintable(leftovers().join(QLatin1Char(','))));
    }

    void cancelLeavesOriginalIntact()
    {
        QVERIFY(writeFile(path("cancel.jsonl"), "a\nb\nc\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("cancel.jsonl"));
        std::atomic_bool cancel{true};
        auto r = writeDataset(snap, path("cancel.jsonl"), {}, {}, &cancel);
        QVERIFY(!r.ok());
        QVERIFY(r.error().isCancelled());
        QCOMPARE(readFile(path("cancel.jsonl")), QByteArray("a\nb\nc\n"));
        QVERIFY(leftovers().isEmpty());
    }

    void missingFolderIsAClearError()
    {
        QVERIFY(writeFile(path("m.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("m.jsonl"));
        auto r = writeDataset(snap, path("no/such/folder/out.jsonl"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("no/such/folder")));
    }

    void vanishedOriginalIsWrittenAgain()
    {
        QVERIFY(writeFile(path("gone.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("gone.jsonl"));
        QVERIFY(QFile::remove(path("gone.jsonl")));
        // The mapping still holds the rows, so nothing is lost.
        auto r = writeDataset(snap, path("gone.jsonl"), {});
        QVERIFY(r.ok());
        QCOMPARE(readFile(path("gone.jsonl")), QByteArray("a\n{\"edited\":true}\n"));
    }

    void permissionsArePreserved()
    {
        QVERIFY(writeFile(path("perm.jsonl"), "a\nb\n"));
        QVERIFY(QFile::setPermissions(path("perm.jsonl"), QFile::ReadOwner | QFile::WriteOwner));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("perm.jsonl"));
        QVERIFY(writeDataset(snap, path("perm.jsonl"), {}).ok());
        QCOMPARE(QFile::permissions(path("perm.jsonl")),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    }

    void zstdRoundTrip()
    {
        QByteArray original;
        for (int i = 0; i < 5000; ++i)
            original += "{\"text\":\"row " + QByteArray::number(i) + "\"}\n";
        QVERIFY(writeFile(path("z.jsonl"), original));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("z.jsonl"));
        QVERIFY(writeDataset(snap, path("z.jsonl.zst"), {}).ok());
        QVERIFY(readFile(path("z.jsonl.zst")).startsWith(QByteArray("\x28\xB5\x2F\xFD", 4)));
        QVERIFY(readFile(path("z.jsonl.zst")).size() < original.size() / 3);

        DatasetDocument reopened;
        reopened.open(path("z.jsonl.zst"));
        QVERIFY(reopened.waitForIndexed());
        QCOMPARE(reopened.rowCount(), 5000);
        QCOMPARE(reopened.row(1), QByteArray("{\"edited\":true}"));
        QCOMPARE(reopened.row(4999), QByteArray("{\"text\":\"row 4999\"}"));
    }

    void selectedRowsOnly()
    {
        QVERIFY(writeFile(path("sel.jsonl"), "a\nb\nc\nd"));
        DatasetDocument doc;
        doc.open(path("sel.jsonl"));
        QVERIFY(doc.waitForIndexed());
        WriteOptions opts;
        opts.rows = {3, 0};
        auto r = writeDataset(doc.snapshot(), path("sel-out.jsonl"), opts);
        QVERIFY(r.ok());
        QCOMPARE(readFile(path("sel-out.jsonl")), QByteArray("d\na\n"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"
