#include "CurationData.h"
#include "TestFiles.h"
#include "curation/NearDuplicates.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/CurationEdits.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/ProblemsModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace td;

// Near-duplicate removal and redaction in the workbench: each one undo step, undone exactly.
class TestCurationEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    bool open(DatasetSession& s, const QByteArray& jsonl, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, jsonl))
            return false;
        s.open(path);
        return s.document()->waitForIndexed();
    }

    static QByteArray all(const DatasetDocument& doc)
    {
        QByteArray out;
        for (std::int64_t r = 0; r < doc.rowCount(); ++r)
            out += doc.row(r) + '\n';
        return out;
    }

private slots:
    void removeEveryClusterInOneStep()
    {
        const test::NearDupData data = test::nearDuplicateData(200, 30, 51);
        DatasetSession s;
        QVERIFY(open(s, data.jsonl, QStringLiteral("nd.jsonl")));
        const DocumentSnapshot snap = s.document()->snapshot();
        const NearDupResult found = findNearDuplicates(snap, NearDupParams{}).value();
        QCOMPARE(found.duplicateRows(), std::int64_t(30));
        // An edit before the removal: a row above every cluster is deleted first.
        s.removeRows({0});
        const QByteArray before = all(*s.document());
        const int undoBefore = s.undoStack()->count();
        QCOMPARE(removeNearDuplicates(s, found.clusters, KeepRule::First, snap), 30 - int(data.originalOf[0] >= 0));
        QCOMPARE(s.undoStack()->count(), undoBefore + 1);
        QCOMPARE(s.document()->rowCount(), std::int64_t(229 - 30 + int(data.originalOf[0] >= 0)));
        // What is left has no near-duplicates; every original is still there.
        const NearDupResult after = findNearDuplicates(s.document()->snapshot(), NearDupParams{}).value();
        QCOMPARE(after.clusters.size(), std::size_t(0));
        s.undoStack()->undo();
        QCOMPARE(all(*s.document()), before);
    }

    void keepThePickedRow()
    {
        const QByteArray jsonl = "{\"text\":\"a b c d e f g h\"}\n{\"text\":\"a b c d e f g h i\"}\n";
        DatasetSession s;
        QVERIFY(open(s, jsonl, QStringLiteral("pick.jsonl")));
        const DocumentSnapshot snap = s.document()->snapshot();
        const NearDupResult found = findNearDuplicates(snap, NearDupParams{}).value();
        QCOMPARE(found.clusters.size(), std::size_t(1));
        QCOMPARE(removeNearDuplicates(s, found.clusters, KeepRule::Picked, snap, 1), 1);
        QCOMPARE(s.document()->rowCount(), std::int64_t(1));
        QCOMPARE(s.document()->row(0), QByteArray("{\"text\":\"a b c d e f g h i\"}"));
    }

    void redactAKindOrOneFindingInOneStep()
    {
        const test::PiiData data = test::piiData(45, true, 52);
        DatasetSession s;
        QVERIFY(open(s, data.jsonl, QStringLiteral("pii.jsonl")));
        const QByteArray before = all(*s.document());
        std::vector<std::int64_t> rows;
        for (std::int64_t r = 0; r < s.document()->rowCount(); ++r)
            rows.push_back(r);
        // All e-mail addresses: only they change.
        const int changed = redactRows(s, rows, {piiBit(PiiKind::Email), std::nullopt}, QStringLiteral("Redact"));
        int emails = 0;
        for (const auto& p : data.planted)
            emails += p.code == "pii-email";
        QCOMPARE(changed, emails);
        QCOMPARE(s.undoStack()->count(), 1);
        const QByteArray after = all(*s.document());
        QCOMPARE(int(after.count("<EMAIL>")), emails);
        QVERIFY(!after.contains("<PHONE>"));
        s.undoStack()->undo();
        QCOMPARE(all(*s.document()), before);

        // One finding: the first planted item of row 0.
        const test::PlantedFinding& p = data.planted[0];
        RedactTarget one;
        one.only = RowPiiFinding{p.pointer, TextRole::Other, {piiKindFromCode(p.code), p.start, p.end}};
        QCOMPARE(redactRows(s, {0}, one, QStringLiteral("Redact")), 1);
        QVERIFY(s.document()->row(0).contains(piiPlaceholder(piiKindFromCode(p.code))));
        QCOMPARE(s.document()->row(1), before.split('\n')[1]);
    }

    // The Checks pane's "fix all of this kind" on pii-email replaces e-mail addresses only, in
    // one undo step (the rows' other findings stay).
    void fixAllOfAKindFromTheChecks()
    {
        const test::PiiData data = test::piiData(45, true, 53);
        DatasetSession s;
        QVERIFY(open(s, data.jsonl, QStringLiteral("checks.jsonl")));
        DatasetChecks checks(&s);
        QSignalSpy finished(&checks, &DatasetChecks::finished);
        checks.run();
        QVERIFY(finished.wait(60000));
        const ProblemsModel* model = checks.problemsModel();
        QModelIndex emails;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->groupCode(model->index(r, 0)) == QLatin1String("pii-email"))
                emails = model->index(r, 0);
        QVERIFY(emails.isValid());
        const auto targets = model->groupFixes(emails);
        int planted = 0;
        for (const auto& p : data.planted)
            planted += p.code == "pii-email";
        QCOMPARE(int(targets.size()), planted);
        QCOMPARE(checks.applyFixes(targets, QStringLiteral("Redact e-mail")), planted);
        QCOMPARE(s.undoStack()->count(), 1);
        const QByteArray after = all(*s.document());
        QCOMPARE(int(after.count("<EMAIL>")), planted);
        for (const char* other : {"<PHONE>", "<IP_ADDRESS>", "<CREDIT_CARD>", "<API_KEY>", "<SECRET>"})
            QVERIFY2(!after.contains(other), other);
    }
};

QTEST_MAIN(TestCurationEdits)
#include "tst_curationedits.moc"
