#include "TestFiles.h"

#include "dataset/DatasetDocument.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zstd.h>

using namespace td;
using td::test::readFile;
using td::test::writeFile;

namespace {

QList<QByteArray> rowsOf(const DatasetDocument& doc)
{
    QList<QByteArray> rows;
    for (std::int64_t i = 0; i < doc.rowCount(); ++i)
        rows.append(doc.row(i));
    return rows;
}

bool openAndWait(DatasetDocument& doc, const QString& path)
{
    doc.open(path);
    return doc.waitForIndexed();
}

} // namespace

class TestDatasetDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void rowsAreLinesAsTheyAre()
    {
        // LF, CRLF, a BOM, a blank line, invalid UTF-8, a non-JSON line and no final newline.
        const QByteArray bytes = "\xEF\xBB\xBF{\"text\":\"a\"}\r\n\n{\"text\":\"\xff\"}\nnot json\n{\"text\":\"last\"}";
        QVERIFY(writeFile(path("mixed.jsonl"), bytes));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("mixed.jsonl")));
        QCOMPARE(doc.rowCount(), 5);
        QCOMPARE(rowsOf(doc), (QList<QByteArray>{"\xEF\xBB\xBF{\"text\":\"a\"}", "", "{\"text\":\"\xff\"}", "not json",
                                                 "{\"text\":\"last\"}"}));
        QCOMPARE(doc.eol(), QByteArray("\r\n"));
        QVERIFY(!doc.hasEdits());
    }

    void emptyFile()
    {
        QVERIFY(writeFile(path("empty.jsonl"), {}));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("empty.jsonl")));
        QCOMPARE(doc.rowCount(), 0);
    }

    void missingFileFailsClearly()
    {
        DatasetDocument doc;
        QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
        doc.open(path("does-not-exist.jsonl"));
        QVERIFY(failed.wait(5000));
        const auto error = failed.front().front().value<Error>();
        QCOMPARE(error.code, Error::Code::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("does-not-exist.jsonl")));
        QCOMPARE(doc.state(), DatasetDocument::State::Failed);
    }

    void firstRowsBeforeIndexingEnds()
    {
        QByteArray line = "{\"messages\":[{\"role\":\"user\",\"content\":\"" + QByteArray(200, 'x') +
                          "\"},{\"role\":\"assistant\",\"content\":\"ok\"}]}"
                          "\n";
        QByteArray bytes;
        bytes.reserve(line.size() * 200000);
        for (int i = 0; i < 200000; ++i)
            bytes += line;
        QVERIFY(writeFile(path("big.jsonl"), bytes));
        DatasetDocument doc;
        QList<QString> events;
        std::int64_t rowsAtOpen = -1;
        connect(&doc, &DatasetDocument::opened, this, [&] { events << QStringLiteral("opened"); });
        connect(&doc, &DatasetDocument::changed, this, [&](const DocumentChange& c) {
            if (c.kind == DocumentChange::Kind::RowsAppended) {
                if (rowsAtOpen < 0)
                    rowsAtOpen = doc.rowCount();
                events << QStringLiteral("rows");
            }
        });
        connect(&doc, &DatasetDocument::indexingFinished, this, [&] { events << QStringLiteral("finished"); });
        QSignalSpy finished(&doc, &DatasetDocument::indexingFinished);
        doc.open(path("big.jsonl"));
        QVERIFY(finished.wait(30000));
        QCOMPARE(doc.rowCount(), 200000);
        QCOMPARE(events.front(), QStringLiteral("opened"));
        QCOMPARE(events.back(), QStringLiteral("finished"));
        // The first batch is small so the table fills at once; the rest follows in batches.
        QVERIFY(events.count(QStringLiteral("rows")) >= 2);
        QVERIFY(rowsAtOpen > 0 && rowsAtOpen < 200000);
        QCOMPARE(doc.row(199999), line.chopped(1));
    }

    void openCompressed()
    {
        const QByteArray plain = "{\"text\":\"a\"}\n{\"text\":\"b\"}\n";
        QByteArray packed(qsizetype(ZSTD_compressBound(std::size_t(plain.size()))), Qt::Uninitialized);
        packed.resize(qsizetype(
            ZSTD_compress(packed.data(), std::size_t(packed.size()), plain.constData(), std::size_t(plain.size()), 3)));
        QVERIFY(writeFile(path("c.jsonl.zst"), packed));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("c.jsonl.zst")));
        QVERIFY(doc.isCompressed());
        QCOMPARE(rowsOf(doc), (QList<QByteArray>{"{\"text\":\"a\"}", "{\"text\":\"b\"}"}));
    }

    void truncatedZstdIsAClearError()
    {
        const QByteArray plain(100000, 'a');
        QByteArray packed(qsizetype(ZSTD_compressBound(std::size_t(plain.size()))), Qt::Uninitialized);
        packed.resize(qsizetype(
            ZSTD_compress(packed.data(), std::size_t(packed.size()), plain.constData(), std::size_t(plain.size()), 3)));
        QVERIFY(writeFile(path("cut.jsonl.zst"), packed.left(packed.size() / 2)));
        DatasetDocument doc;
        QSignalSpy failed(&doc, &DatasetDocument::loadFailed);
        doc.open(path("cut.jsonl.zst"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.front().front().value<Error>().code, Error::Code::Corrupt);
    }

    void overlayEdits()
    {
        QVERIFY(writeFile(path("o.jsonl"), "a\nb\nc\n"));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("o.jsonl")));
        QSignalSpy changes(&doc, &DatasetDocument::changed);

        QCOMPARE(doc.replaceRow(1, "B"), QByteArray("b"));
        QVERIFY(doc.isRowEdited(1));
        const auto ids = doc.insertRows(0, {"x", "y"});
        QCOMPARE(rowsOf(doc), (QList<QByteArray>{"x", "y", "a", "B", "c"}));
        const auto removed = doc.removeRows(2, 2);
        QCOMPARE(rowsOf(doc), (QList<QByteArray>{"x", "y", "c"}));
        doc.moveRow(2, 0);
        QCOMPARE(rowsOf(doc), (QList<QByteArray>{"c", "x", "y"}));
        doc.insertRowIds(3, removed);
        QCOMPARE(rowsOf(doc), (QList<QByteArray>{"c", "x", "y", "a", "B"}));
        // Setting a row back to its original bytes makes it untouched again.
        doc.replaceRow(4, "b");
        QVERIFY(!doc.isRowEdited(4));
        QCOMPARE(doc.positionOf(ids.front()), 1);
        QCOMPARE(changes.size(), 6);
        // Line breaks cannot enter a row: they would split it in two on save.
        doc.replaceRow(0, "{\"a\":\n1}");
        QCOMPARE(doc.row(0), QByteArray("{\"a\": 1}"));
    }

    void snapshotIsIsolatedFromLaterEdits()
    {
        QVERIFY(writeFile(path("s.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("s.jsonl")));
        doc.replaceRow(0, "A");
        const DocumentSnapshot snap = doc.snapshot();
        doc.replaceRow(0, "AA");
        doc.insertRows(0, {"new"});
        QCOMPARE(snap.rowCount(), 2);
        QCOMPARE(snap.rowView(0).toByteArray(), QByteArray("A"));
        QCOMPARE(doc.row(1), QByteArray("AA"));
    }

    void saveWritesEditsAndKeepsUntouchedBytes()
    {
        const QByteArray original = "{\"a\": 1.0}\r\n{\"b\":2}\n{\"c\":3}";
        QVERIFY(writeFile(path("save.jsonl"), original));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("save.jsonl")));
        doc.replaceRow(1, "{\"b\":20}");
        doc.insertRows(3, {"{\"d\":4}"});
        QSignalSpy saved(&doc, &DatasetDocument::saved);
        doc.save(path("save.jsonl"));
        QVERIFY(saved.wait(5000));
        QVERIFY(!doc.hasEdits());
        // Untouched rows keep their own line ends; edited rows get the file's (CRLF, from line 1);
        // the formerly last, unterminated line gets one because it is no longer last.
        QCOMPARE(readFile(path("save.jsonl")), QByteArray("{\"a\": 1.0}\r\n{\"b\":20}\r\n{\"c\":3}\r\n{\"d\":4}\r\n"));
        // The document keeps working after the save, and a second save is consistent.
        doc.replaceRow(0, "{\"a\":1}");
        doc.save(path("save.jsonl"));
        QVERIFY(saved.wait(5000));
        QCOMPARE(readFile(path("save.jsonl")), QByteArray("{\"a\":1}\r\n{\"b\":20}\r\n{\"c\":3}\r\n{\"d\":4}\r\n"));
    }

    void replacedOnDiskIsDetectedAndSaveAsks()
    {
        QVERIFY(writeFile(path("watched.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("watched.jsonl")));
        QSignalSpy changedOnDisk(&doc, &DatasetDocument::changedOnDisk);
        QTest::qWait(20); // a different mtime
        // Another program saves the way editors do: a new file renamed over the old one.
        QVERIFY(writeFile(path("watched.jsonl.tmp"), "something else\n"));
        QVERIFY(QFile::remove(path("watched.jsonl")));
        QVERIFY(QFile::rename(path("watched.jsonl.tmp"), path("watched.jsonl")));
        QVERIFY(changedOnDisk.wait(5000));
        QVERIFY(!doc.isUnchangedOnDisk());
        QVERIFY(!doc.isModifiedInPlace());
        // Our mapping still holds the file as opened.
        QCOMPARE(doc.row(1), QByteArray("b"));

        doc.replaceRow(0, "A");
        QSignalSpy failed(&doc, &DatasetDocument::saveFailed);
        doc.save(path("watched.jsonl"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().front().value<Error>().code, Error::Code::Changed);
        QCOMPARE(readFile(path("watched.jsonl")), QByteArray("something else\n"));
        // The user chose to overwrite.
        QSignalSpy saved(&doc, &DatasetDocument::saved);
        doc.save(path("watched.jsonl"), true);
        QVERIFY(saved.wait(5000));
        QCOMPARE(readFile(path("watched.jsonl")), QByteArray("A\nb\n"));
        QVERIFY(doc.isUnchangedOnDisk());
    }

    void modifiedInPlaceCannotBeOverwritten()
    {
        QVERIFY(writeFile(path("inplace.jsonl"), "a\nb\n"));
        DatasetDocument doc;
        QVERIFY(openAndWait(doc, path("inplace.jsonl")));
        doc.replaceRow(0, "A");
        QSignalSpy changedOnDisk(&doc, &DatasetDocument::changedOnDisk);
        QTest::qWait(20);
        // Rewritten in place: the mapped pages now show the new bytes, so the document's
        // untouched rows can no longer be trusted and must not be saved over anything.
        QVERIFY(writeFile(path("inplace.jsonl"), "xyz\n"));
        QVERIFY(changedOnDisk.wait(5000));
        QVERIFY(doc.isModifiedInPlace());
        QSignalSpy failed(&doc, &DatasetDocument::saveFailed);
        doc.save(path("inplace.jsonl"), true);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().front().value<Error>().code, Error::Code::Changed);
        QVERIFY(failed.front().front().value<Error>().message.contains(QStringLiteral("Reload")));
        QCOMPARE(readFile(path("inplace.jsonl")), QByteArray("xyz\n"));
    }
};

QTEST_GUILESS_MAIN(TestDatasetDocument)
#include "tst_datasetdocument.moc"
