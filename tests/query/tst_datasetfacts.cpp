#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "query/DatasetFacts.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

// The open dataset's facts on a worker: filters wait for current facts, edits make them stale.
class TestDatasetFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noDocumentFiltersToNothing()
    {
        DatasetDocument doc;
        DatasetFacts facts(&doc);
        QSignalSpy filtered(&facts, &DatasetFacts::filtered);
        facts.filter(QStringLiteral("msgs > 1"));
        QTRY_COMPARE(filtered.size(), 1);
        QVERIFY(filtered.front().at(1).value<std::vector<std::int64_t>>().empty());
    }

    void badExpressionFailsAtOnce()
    {
        DatasetDocument doc;
        DatasetFacts facts(&doc);
        QSignalSpy failed(&facts, &DatasetFacts::filterFailed);
        facts.filter(QStringLiteral("msgs >"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.front().at(0).value<Error>().byteOffset, std::int64_t(6));
    }

    void filterAfterEditUsesTheRowsAsTheyAre()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.jsonl"));
        QVERIFY(
            td::test::writeFile(path, "{\"text\":\"a\"}\n{\"prompt\":\"p\",\"completion\":\"c\"}\n{\"text\":\"b\"}\n"));
        DatasetDocument doc;
        // Asked for before the file is even open: answered once it is indexed.
        DatasetFacts facts(&doc);
        QSignalSpy filtered(&facts, &DatasetFacts::filtered);
        QSignalSpy progress(&facts, &DatasetFacts::progress);
        doc.open(path);
        facts.filter(QStringLiteral("format == \"text\""));
        QTRY_COMPARE(filtered.size(), 1);
        QCOMPARE(filtered.front().at(1).value<std::vector<std::int64_t>>(), (std::vector<std::int64_t>{0, 2}));
        QVERIFY(facts.isCurrent());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(facts.summary().rows, std::int64_t(3));

        doc.replaceRow(1, "{\"text\":\"now text\"}");
        QVERIFY(!facts.isCurrent());
        facts.filter(QStringLiteral("format == \"text\""));
        QTRY_COMPARE(filtered.size(), 2);
        QCOMPARE(filtered.back().at(1).value<std::vector<std::int64_t>>(), (std::vector<std::int64_t>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestDatasetFacts)
#include "tst_datasetfacts.moc"
