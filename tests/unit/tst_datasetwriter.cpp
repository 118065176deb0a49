#include "FailingSink.h"
#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/DatasetWriter.h"
#include "dataset/OutputSink.h"
#include "dataset/PendingFile.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

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

    void savingOntoASymlinkWritesThroughIt()
    {
        // data/real.jsonl, with a relative link in another folder and a chain of two links.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("data")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("links")));
        QVERIFY(writeFile(path("data/real.jsonl"), "a\nb\n"));
        QVERIFY(QFile::link(QStringLiteral("../data/real.jsonl"), path("links/one.jsonl")));
        QVERIFY(QFile::link(path("links/one.jsonl"), path("links/two.jsonl")));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("links/two.jsonl"));
        auto r = writeDataset(snap, path("links/two.jsonl"), {});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(QFileInfo(path("links/two.jsonl")).isSymLink());
        QVERIFY(QFileInfo(path("links/one.jsonl")).isSymLink());
        QCOMPARE(readFile(path("data/real.jsonl")), QByteArray("a\n{\"edited\":true}\n"));
        // The temporary was made beside the real file and is gone.
        QCOMPARE(QDir(path("data")).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("real.jsonl")});
        QCOMPARE(QDir(path("links")).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
    }

    void aDanglingSymlinkCreatesItsTarget()
    {
        QVERIFY(QFile::link(QStringLiteral("made-by-save.jsonl"), path("dangling.jsonl")));
        QVERIFY(writeFile(path("src.jsonl"), "x\ny\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("src.jsonl"));
        QVERIFY(writeDataset(snap, path("dangling.jsonl"), {}).ok());
        QVERIFY(QFileInfo(path("dangling.jsonl")).isSymLink());
        QCOMPARE(readFile(path("made-by-save.jsonl")), QByteArray("x\n{\"edited\":true}\n"));
    }

    void aSymlinkLoopIsAClearError()
    {
        QVERIFY(QFile::link(path("loop-b.jsonl"), path("loop-a.jsonl")));
        QVERIFY(QFile::link(path("loop-a.jsonl"), path("loop-b.jsonl")));
        QVERIFY(writeFile(path("l.jsonl"), "x\ny\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("l.jsonl"));
        auto r = writeDataset(snap, path("loop-a.jsonl"), {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("loop-a.jsonl")), qPrintable(r.error().message));
        QVERIFY(QFileInfo(path("loop-a.jsonl")).isSymLink());
    }

    void leftoversOfDeadSavesAreRemoved()
    {
        QVERIFY(writeFile(path("s.jsonl"), "a\nb\n"));
        // What a save killed half-way leaves: nobody holds its lock.
        QVERIFY(writeFile(path(".s.jsonl.tdsave-AbC123"), "half a file"));
        // A save in progress elsewhere: its writer holds the lock.
        QVERIFY(writeFile(path(".s.jsonl.tdsave-LiVe12"), "being written"));
        const int live = ::open(QFile::encodeName(path(".s.jsonl.tdsave-LiVe12")).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(live >= 0);
        QCOMPARE(::flock(live, LOCK_EX | LOCK_NB), 0);
        // Not ours to judge: another file's temporary and other names.
        QVERIFY(writeFile(path(".t.jsonl.tdsave-AbC123"), "t"));
        QVERIFY(writeFile(path(".s.jsonl.tdsave-AbC123.keep"), "k"));
        QVERIFY(writeFile(path("s.jsonl.tdsave-AbC123"), "k"));

        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("s.jsonl"));
        QVERIFY(writeDataset(snap, path("s.jsonl"), {}).ok());
        QVERIFY(!QFile::exists(path(".s.jsonl.tdsave-AbC123")));
        QVERIFY(QFile::exists(path(".s.jsonl.tdsave-LiVe12")));
        QVERIFY(QFile::exists(path(".t.jsonl.tdsave-AbC123")));
        QVERIFY(QFile::exists(path(".s.jsonl.tdsave-AbC123.keep")));
        QVERIFY(QFile::exists(path("s.jsonl.tdsave-AbC123")));
        ::close(live);
        // Once its writer is gone, the next save removes it too.
        QCOMPARE(PendingFile::removeStale(path("s.jsonl")), 1);
        QVERIFY(!QFile::exists(path(".s.jsonl.tdsave-LiVe12")));
        for (const char* name : {".t.jsonl.tdsave-AbC123", ".s.jsonl.tdsave-AbC123.keep", "s.jsonl.tdsave-AbC123"})
            QVERIFY(QFile::remove(path(QString::fromLatin1(name))));
    }

    void aSaveInProgressHoldsItsLock()
    {
        QVERIFY(writeFile(path("p.jsonl"), "a\n"));
        auto pending = PendingFile::create(path("p.jsonl"));
        QVERIFY(pending.ok());
        // Another process's cleaner (another open file description) finds it locked.
        QCOMPARE(PendingFile::removeStale(path("p.jsonl")), 0);
        QCOMPARE(leftovers().size(), 1);
        (*pending)->abort();
        QVERIFY(leftovers().isEmpty());
        QCOMPARE(readFile(path("p.jsonl")), QByteArray("a\n"));
    }

    void errnoValuesHaveTheirOwnMessages()
    {
        const Error rofs = Error::fromErrno(EROFS, QStringLiteral("Cannot write x.jsonl"));
        QCOMPARE(rofs.code, Error::Code::ReadOnly);
        QVERIFY2(rofs.message.contains(QStringLiteral("read-only")), qPrintable(rofs.message));
        QVERIFY(!rofs.message.contains(QStringLiteral("permission")));
        const Error full = Error::fromErrno(ENOSPC, QStringLiteral("Cannot write x.jsonl"));
        QCOMPARE(full.code, Error::Code::DiskFull);
        QVERIFY(full.message.contains(QStringLiteral("disk is full")));
        const Error quota = Error::fromErrno(EDQUOT, QStringLiteral("Cannot write x.jsonl"));
        QCOMPARE(quota.code, Error::Code::DiskFull);
        QVERIFY2(quota.message.contains(QStringLiteral("quota")), qPrintable(quota.message));
        QCOMPARE(Error::fromErrno(EACCES, QStringLiteral("x")).code, Error::Code::PermissionDenied);
        QCOMPARE(codeName(Error::Code::ReadOnly), QStringLiteral("read-only"));
    }

    void aReadOnlyFileSystemIsReportedAsSuch()
    {
        QVERIFY(writeFile(path("ro.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("ro.jsonl"));
        WriteOptions opts;
        opts.wrapSink = [](OutputSink& next) { return std::make_unique<FailingSink>(next, 0, EROFS); };
        auto r = writeDataset(snap, path("ro.jsonl"), opts);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ReadOnly);
        QVERIFY2(r.error().message.contains(QStringLiteral("read-only")), qPrintable(r.error().message));
        QCOMPARE(readFile(path("ro.jsonl")), QByteArray("a\nb\n"));
        QVERIFY(leftovers().isEmpty());
    }

    void aFailedNewFileSaysNothingWasCreated()
    {
        QVERIFY(writeFile(path("n.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("n.jsonl"));
        WriteOptions opts;
        opts.wrapSink = [](OutputSink& next) { return std::make_unique<FailingSink>(next, 1, ENOSPC); };
        auto r = writeDataset(snap, path("n-new.jsonl"), opts);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message.contains(QStringLiteral("original")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("No file was created")));
        QVERIFY(!QFile::exists(path("n-new.jsonl")));
    }

    void crOnlyRowsKeepTheirLineEnds()
    {
        QVERIFY(writeFile(path("cr.jsonl"), "a\rb\rc\r"));
        DatasetDocument doc;
        const DocumentSnapshot snap = editedSnapshot(doc, path("cr.jsonl"));
        QCOMPARE(snap.rowCount(), 3);
        QVERIFY(writeDataset(snap, path("cr-out.jsonl"), {}).ok());
        QCOMPARE(readFile(path("cr-out.jsonl")), QByteArray("a\r{\"edited\":true}\rc\r"));
        DocumentSnapshot normalized = snap;
        normalized.normalizeLineEnds = true;
        QVERIFY(writeDataset(normalized, path("cr-lf.jsonl"), {}).ok());
        QCOMPARE(readFile(path("cr-lf.jsonl")), QByteArray("a\n{\"edited\":true}\nc\n"));
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
