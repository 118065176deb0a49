#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "dataset/DatasetWriter.h"
#include "validate/ParityChecker.h"
#include "validate/SnapshotParity.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// Re-checking an edited document happens in memory (checkSnapshotParity): its report must be
// exactly the one Together's checker gives for the file the document would save to, for every
// golden case and for randomly edited generated datasets, with the row facts kept between
// checks as the Checks pane keeps them.
class TestSnapshotParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::string printed(const Result<ParityReport>& r)
    {
        return r ? r->toPythonJson() : "error: " + r.error().message.toStdString();
    }

    // The saved file's report beside the in-memory one, under the same name.
    void compareWithSaved(const DocumentSnapshot& snap, ParityRowFacts& facts, const QString& name)
    {
        const QString saved = m_dir.filePath(name);
        QVERIFY(writeDataset(snap, saved, {}));
        const std::string expected = printed(checkFileParity(saved));
        QCOMPARE(printed(checkSnapshotParity(snap, saved, facts)), expected);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void goldenCases()
    {
        QTemporaryDir cases;
        const QStringList names = td::test::materializeGoldenCases(cases.path());
        QVERIFY(names.size() >= 60);
        int compared = 0;
        for (const QString& name : names) {
            if (!name.endsWith(QLatin1String(".jsonl")))
                continue;
            const QString path = cases.filePath(name);
            DatasetDocument doc;
            doc.open(path);
            if (!doc.waitForIndexed() || doc.state() != DatasetDocument::State::Ready)
                continue; // not a document (e.g. empty): the file check covers it
            ParityRowFacts facts;
            const std::string expected = printed(checkFileParity(path));
            QVERIFY2(printed(checkSnapshotParity(doc.snapshot(), path, facts)) == expected, qPrintable(name));
            ++compared;
        }
        QVERIFY(compared >= 40);
    }

    void randomEditsOfAGeneratedDataset()
    {
        const QString path =
            td::test::generateDataset(m_dir.filePath(QStringLiteral("gen.jsonl")),
                                      {QStringLiteral("--lines"), QStringLiteral("300"), QStringLiteral("--seed"),
                                       QStringLiteral("5"), QStringLiteral("--profile"), QStringLiteral("short")});
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        ParityRowFacts facts;
        compareWithSaved(doc.snapshot(), facts, QStringLiteral("saved0.jsonl"));

        const QByteArray good = doc.row(0);
        const QList<QByteArray> edits = {
            good,
            "{\"messages\": []}",
            "not json",
            "",
            "{\"text\": \"a text row\"}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":\"assistant\",\"content\":\"x\","
            "\"weight\":2}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"a\\rb\"},{\"role\":\"assistant\",\"content\":\"c\"}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\r \"x\": 1}",
        };
        QRandomGenerator rng(42);
        for (int round = 0; round < 40; ++round) {
            const std::int64_t rows = doc.rowCount();
            const int what = int(rng.bounded(3));
            const std::int64_t at = rng.bounded(int(std::max<std::int64_t>(rows, 1)));
            const QByteArray& bytes = edits[int(rng.bounded(int(edits.size())))];
            if (what == 0 && rows > 0)
                doc.replaceRow(at, bytes);
            else if (what == 1)
                doc.insertRows(at, {bytes});
            else if (rows > 1)
                doc.removeRows(at, 1);
            compareWithSaved(doc.snapshot(), facts, QStringLiteral("saved%1.jsonl").arg(round + 1));
            // Undo the damage now and then so the verdict passes again.
            if (round % 5 == 4) {
                for (std::int64_t r = 0; r < doc.rowCount(); ++r)
                    if (doc.isRowEdited(r))
                        doc.replaceRow(r, good);
                compareWithSaved(doc.snapshot(), facts, QStringLiteral("fixed%1.jsonl").arg(round));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotParity)
#include "tst_snapshotparity.moc"
