#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/EditJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <sys/stat.h>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

class TestEditJournal : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QList<QByteArray> rowsOf(const DatasetDocument& doc)
    {
        QList<QByteArray> rows;
        for (std::int64_t i = 0; i < doc.rowCount(); ++i)
            rows.append(doc.row(i));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void recoversEditsAfterACrash()
    {
        QVERIFY(writeFile(path("j.jsonl"), "a\nb\nc\n"));
        QList<QByteArray> expected;
        {
            // A session that edits and then dies without saving or closing.
            auto* doc = new DatasetDocument;
            doc->open(path("j.jsonl"));
            QVERIFY(doc->waitForIndexed());
            doc->replaceRow(0, "A");
            doc->insertRows(3, {"d", "e"});
            doc->removeRows(1, 1);
            doc->moveRow(3, 0);
            expected = rowsOf(*doc);
            QVERIFY(QFile::exists(EditJournal::journalPathFor(path("j.jsonl"))));
            delete doc; // no close(): as if killed
        }
        DatasetDocument doc;
        doc.open(path("j.jsonl"));
        QVERIFY(doc.waitForIndexed());
        auto rec = doc.pendingRecovery();
        QVERIFY(rec.has_value());
        QCOMPARE(rec->ops.size(), 4);
        QVERIFY(doc.applyRecovery(*rec).ok());
        QCOMPARE(rowsOf(doc), expected);
        QVERIFY(doc.hasEdits());
        // The file itself was never touched.
        QCOMPARE(readFile(path("j.jsonl")), QByteArray("a\nb\nc\n"));
    }

    // Issue 13: the recovery prompt said "21 edits" for 3. Typing journals a replacement per
    // keystroke; the count a person is told collapses them.
    void theRecoveryCountsEditsAsAPersonMadeThem()
    {
        QVERIFY(writeFile(path("count.jsonl"), "a\nb\nc\n"));
        {
            auto* doc = new DatasetDocument;
            doc->open(path("count.jsonl"));
            QVERIFY(doc->waitForIndexed());
            for (const char* typed : {"x", "xy", "xyz", "xyz!"}) // typing in row 2
                doc->replaceRow(2, typed);
            doc->replaceRow(0, "A"); // another row
            doc->replaceRow(0, "AB");
            doc->removeRows(1, 1); // a deletion
            delete doc;            // as if killed
        }
        DatasetDocument doc;
        doc.open(path("count.jsonl"));
        QVERIFY(doc.waitForIndexed());
        const auto rec = doc.pendingRecovery();
        QVERIFY(rec.has_value());
        QCOMPARE(rec->ops.size(), 7);
        QCOMPARE(EditJournal::editCount(rec->ops), 3);
        doc.discardRecovery();
    }

    void journalOfAChangedFileIsNotOffered()
    {
        QVERIFY(writeFile(path("k.jsonl"), "a\nb\n"));
        {
            auto* doc = new DatasetDocument;
            doc->open(path("k.jsonl"));
            QVERIFY(doc->waitForIndexed());
            doc->replaceRow(0, "A");
            delete doc;
        }
        QTest::qWait(20);
        QVERIFY(writeFile(path("k.jsonl"), "x\ny\nz\n"));
        DatasetDocument doc;
        doc.open(path("k.jsonl"));
        QVERIFY(doc.waitForIndexed());
        QVERIFY(!doc.pendingRecovery().has_value());
    }

    void saveAndCloseRemoveTheJournal()
    {
        QVERIFY(writeFile(path("s.jsonl"), "a\n"));
        DatasetDocument doc;
        doc.open(path("s.jsonl"));
        QVERIFY(doc.waitForIndexed());
        doc.replaceRow(0, "A");
        const QString journal = EditJournal::journalPathFor(path("s.jsonl"));
        QVERIFY(QFile::exists(journal));
        doc.markClean();
        QVERIFY(!QFile::exists(journal));
        doc.replaceRow(0, "B");
        QVERIFY(QFile::exists(journal));
        doc.close();
        QVERIFY(!QFile::exists(journal));
    }

    void aTornLastRecordIsIgnored()
    {
        QVERIFY(writeFile(path("t.jsonl"), "a\nb\n"));
        {
            auto* doc = new DatasetDocument;
            doc->open(path("t.jsonl"));
            QVERIFY(doc->waitForIndexed());
            doc->replaceRow(0, "A");
            doc->replaceRow(1, "B");
            delete doc;
        }
        const QString journal = EditJournal::journalPathFor(path("t.jsonl"));
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 3)); // the crash cut the last record short
        f.close();
        auto rec = EditJournal::read(path("t.jsonl"));
        QVERIFY(rec.has_value());
        QCOMPARE(rec->ops.size(), 1);
        QCOMPARE(rec->ops.front().rows.front(), QByteArray("A"));
    }

    void aJournalThatDoesNotFitIsRejectedWhole()
    {
        QVERIFY(writeFile(path("f.jsonl"), "a\n"));
        DatasetDocument doc;
        doc.open(path("f.jsonl"));
        QVERIFY(doc.waitForIndexed());
        EditJournal::Recovered rec;
        rec.ops.append({JournalOp::Kind::Replace, 0, 0, {"A"}});
        rec.ops.append({JournalOp::Kind::Remove, 5, 1, {}});
        auto r = doc.applyRecovery(rec);
        QVERIFY(!r.ok());
        QCOMPARE(doc.row(0), QByteArray("a"));
    }

    void journalsAreReadableOnlyByTheUser()
    {
        QVERIFY(writeFile(path("private.jsonl"), "a\nb\n"));
        const QString journal = EditJournal::journalPathFor(path("private.jsonl"));
        const QString folder = QFileInfo(journal).absolutePath();
        // A folder left by an older version, open to everyone, and a stray temporary with
        // loose permissions; a umask that lets others read.
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(writeFile(journal + QStringLiteral(".new"), "stale"));
        QVERIFY(::chmod(QFile::encodeName(journal + QStringLiteral(".new")).constData(), 0644) == 0);
        const mode_t old = ::umask(022);
        EditJournal j(path("private.jsonl"));
        const auto r = j.begin(FileIdentity::of(path("private.jsonl")));
        ::umask(old);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(journal).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        j.discard();

        // A fresh folder is made private from the start.
        QVERIFY(QDir(folder).removeRecursively());
        const mode_t old2 = ::umask(0);
        EditJournal k(path("private.jsonl"));
        const auto r2 = k.begin(FileIdentity::of(path("private.jsonl")));
        ::umask(old2);
        QVERIFY(r2.ok());
        QCOMPARE(::stat(QFile::encodeName(folder).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        QCOMPARE(::stat(QFile::encodeName(journal).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        k.discard();
    }

    // Found by fuzz_editjournal: a removal whose count overflowed pos + count passed the check
    // (undefined behaviour, in practice a negative sum) and removed rows that do not exist.
    void aRemovalCountBeyondTheFileIsRejected()
    {
        QVERIFY(writeFile(path("o.jsonl"), "a\nb\nc\n"));
        DatasetDocument doc;
        doc.open(path("o.jsonl"));
        QVERIFY(doc.waitForIndexed());
        EditJournal::Recovered rec;
        rec.ops.append({JournalOp::Kind::Remove, 1, std::numeric_limits<std::int64_t>::max(), {}});
        QVERIFY(!doc.applyRecovery(rec).ok());
        QCOMPARE(doc.rowCount(), 3);
        QVERIFY(!doc.hasEdits());
    }
};

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
