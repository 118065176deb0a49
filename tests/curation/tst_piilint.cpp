#include "CurationData.h"
#include "TestFiles.h"
#include "dataset/DatasetDocument.h"
#include "validate/Exporter.h"
#include "validate/Linter.h"
#include "validate/QuickFix.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

// Personal data and secrets as lint warnings: codes, pointers and spans, the kinds switch,
// the redaction fix and the export that redacts.
class TestPiiLint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<DatasetDocument> open(const QByteArray& jsonl, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeFile(path, jsonl))
            return nullptr;
        auto doc = std::make_unique<DatasetDocument>();
        doc->open(path);
        if (!doc->waitForIndexed())
            return nullptr;
        return doc;
    }

    static std::vector<LintProblem> personal(const LintResult& r)
    {
        std::vector<LintProblem> out;
        for (std::size_t i = 0; i < r.problems.size(); ++i)
            if (isPiiProblem(r.problems.kind(i)))
                out.push_back(r.problems.at(i));
        return out;
    }

private slots:
    void lintCodesAreTheScannersCodes()
    {
        for (unsigned k = 0; k < unsigned(PiiKind::Count); ++k) {
            const ProblemKind lint = problemKindOf(PiiKind(k));
            QVERIFY(isPiiProblem(lint));
            QCOMPARE(std::string(kindInfo(lint).code), std::string(piiCode(PiiKind(k))));
            QCOMPARE(kindInfo(lint).severity, Severity::Warning);
        }
        QVERIFY(!isPiiProblem(ProblemKind::TooLong));
        QVERIFY(!isPiiProblem(ProblemKind::Count));
    }

    void plantedItemsAreWarningsAtTheirSpans()
    {
        const test::PiiData data = test::piiData(150, true, 31);
        auto doc = open(data.jsonl, QStringLiteral("planted.jsonl"));
        QVERIFY(doc);
        const LintResult r = lintSnapshot(doc->snapshot());
        const auto found = personal(r);
        QCOMPARE(found.size(), data.planted.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            const LintProblem& p = found[i];
            const test::PlantedFinding& want = data.planted[i];
            QCOMPARE(p.row, want.row);
            QCOMPARE(p.code, want.code);
            QCOMPARE(p.pointer, want.pointer);
            QCOMPARE(p.severity, Severity::Warning);
            QCOMPARE(p.fix, FixKind::RedactPersonalData);
            QVERIFY2(p.message.contains(QStringLiteral("bytes %1–%2").arg(want.start).arg(want.end)),
                     qPrintable(p.message));
        }
        // Personal data is a warning: the rows have no errors.
        QCOMPARE(r.errorRows, std::int64_t(0));
        // The same from one row on its own (the re-check after an edit).
        const auto one = lintRow(doc->row(0), 0, LintOptions{});
        QCOMPARE(std::count_if(
                     one.begin(), one.end(),
                     [](const LintProblem& p) { return p.code.starts_with("pii-") || p.code.starts_with("secret-"); }),
                 std::ptrdiff_t(2));
    }

    void cleanTextHasNone()
    {
        auto doc = open(test::piiData(1000, false, 32).jsonl, QStringLiteral("clean.jsonl"));
        QVERIFY(doc);
        QVERIFY(personal(lintSnapshot(doc->snapshot())).empty());
    }

    void kindsSwitchOff()
    {
        auto doc = open(test::piiData(60, true, 33).jsonl, QStringLiteral("switch.jsonl"));
        QVERIFY(doc);
        LintOptions none;
        none.personalData = 0;
        QVERIFY(personal(lintSnapshot(doc->snapshot(), none)).empty());
        LintOptions emails;
        emails.personalData = piiBit(PiiKind::Email);
        const auto found = personal(lintSnapshot(doc->snapshot(), emails));
        QVERIFY(!found.empty());
        for (const LintProblem& p : found)
            QCOMPARE(p.code, std::string("pii-email"));
    }

    void redactFixAndExport()
    {
        const test::PiiData data = test::piiData(45, true, 34);
        auto doc = open(data.jsonl, QStringLiteral("redact.jsonl"));
        QVERIFY(doc);
        const FixOutcome fixed = applyFix(doc->row(0), FixKind::RedactPersonalData);
        QCOMPARE(fixed.action, FixOutcome::Action::Replace);
        QVERIFY(fixed.bytes.contains("<EMAIL>"));
        QVERIFY(lintRow(fixed.bytes, 0, LintOptions{}).empty());

        ExportOptions o;
        o.output = m_dir.filePath(QStringLiteral("out.jsonl"));
        o.fixes = {FixKind::RedactPersonalData};
        auto summary = exportDataset(doc->snapshot(), o);
        QVERIFY(summary);
        QCOMPARE(summary->rowsFixed, std::int64_t(45));
        auto out = open(test::readFile(o.output), QStringLiteral("out-copy.jsonl"));
        QVERIFY(out);
        QCOMPARE(out->rowCount(), std::int64_t(45));
        QVERIFY(personal(lintSnapshot(out->snapshot())).empty());
        const QByteArray text = test::readFile(o.output);
        for (const char* placeholder : {"<EMAIL>", "<PHONE>", "<IP_ADDRESS>", "<CREDIT_CARD>", "<IBAN>",
                                        "<PRIVATE_KEY>", "<AWS_KEY>", "<API_KEY>", "<JWT>", "<SECRET>"})
            QVERIFY2(text.contains(placeholder), placeholder);
    }
};

QTEST_GUILESS_MAIN(TestPiiLint)
#include "tst_piilint.moc"
