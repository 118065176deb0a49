#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "validate/Linter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace td;

namespace {

std::set<std::string> codes(const std::vector<LintProblem>& ps)
{
    std::set<std::string> out;
    for (const auto& p : ps)
        out.insert(p.code);
    return out;
}

const LintProblem* find(const std::vector<LintProblem>& ps, const std::string& code)
{
    for (const auto& p : ps)
        if (p.code == code)
            return &p;
    return nullptr;
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::vector<LintProblem> lint(const QByteArray& row, LintProfile profile = LintProfile::Client)
    {
        LintOptions o;
        o.profile = profile;
        return lintRow(row, 0, o);
    }

    LintResult lintFile(const QString& path, const LintOptions& options = {})
    {
        DatasetDocument doc;
        doc.open(path);
        if (!doc.waitForIndexed())
            return {};
        return lintSnapshot(doc.snapshot(), options);
    }

    QString generate(const QString& name, const QStringList& extra)
    {
        return td::test::generateDataset(m_dir.filePath(name), extra);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyProblemInARowIsReported()
    {
        const auto ps = lint("{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"weight\":1.0},"
                             "{\"role\":\"user\",\"content\":\"b\",\"weight\":2},{\"role\":\"bot\",\"content\":\"c\"}],"
                             "\"id\":7}");
        QCOMPARE(codes(ps), (std::set<std::string>{"extra-column", "weight-not-integer", "weight-invalid",
                                                   "same-role-twice", "invalid-role", "no-assistant"}));
        QCOMPARE(find(ps, "weight-not-integer")->pointer, std::string("/messages/0/weight"));
        QCOMPARE(find(ps, "weight-not-integer")->fix, FixKind::WeightToInteger);
        QCOMPARE(find(ps, "weight-invalid")->pointer, std::string("/messages/1/weight"));
        QCOMPARE(find(ps, "same-role-twice")->pointer, std::string("/messages/1/role"));
        QCOMPARE(find(ps, "same-role-twice")->fix, FixKind::MergeSameRole);
        QCOMPARE(find(ps, "extra-column")->pointer, std::string("/id"));
        QCOMPARE(find(ps, "extra-column")->fix, FixKind::DropExtraKeys);
    }

    void lineLevelProblems()
    {
        QCOMPARE(codes(lint("   ")), (std::set<std::string>{"blank-line"}));
        QCOMPARE(codes(lint("{\"text\": \"a\",}")), (std::set<std::string>{"invalid-json"}));
        QVERIFY(find(lint("{\"text\": \"a\",}"), "invalid-json")->message.contains(QStringLiteral("byte")));
        QCOMPARE(codes(lint("[1]")), (std::set<std::string>{"not-object"}));
        QCOMPARE(codes(lint("\xEF\xBB\xBF{\"text\": \"a\"}")), (std::set<std::string>{"bom"}));
        QCOMPARE(codes(lint("{\"text\": \"\xff\"}")), (std::set<std::string>{"invalid-utf8"}));
        QCOMPARE(codes(lint("{\"foo\": 1}")), (std::set<std::string>{"unknown-format"}));
        QCOMPARE(codes(lint("{\"text\": \"a\", \"text\": \"b\"}")), (std::set<std::string>{"duplicate-key"}));
        QCOMPARE(codes(lint("{\"text\": \"\\ud83d\"}")), (std::set<std::string>{"lone-surrogate"}));
        // Found by the fuzzer: a number too big for a double made the position lookup throw.
        QCOMPARE(codes(lint("{\"text\": 1e999999,}")), (std::set<std::string>{"invalid-json"}));
    }

    void warnings()
    {
        QCOMPARE(
            codes(lint(
                "{\"messages\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\" \"}]}")),
            (std::set<std::string>{"empty-assistant"}));
        QCOMPARE(codes(lint("{\"messages\":[{\"role\":\"user\",\"content\":\"q\",\"weight\":0},{\"role\":\"assistant\","
                            "\"content\":\"a\",\"weight\":0}]}")),
                 (std::set<std::string>{"all-weights-zero"}));
        QCOMPARE(
            codes(lint("{\"messages\":[{\"role\":\"user\",\"content\":\"q\",\"weight\":true},{\"role\":\"assistant\","
                       "\"content\":\"a\"}]}")),
            (std::set<std::string>{"weight-boolean"}));
        // The same checks come from the fast path for rows it proves fine.
        QCOMPARE(codes(lint("{\"prompt\":\"p\",\"completion\":\"\"}")), (std::set<std::string>{"empty-assistant"}));
    }

    void toolProfile()
    {
        const QByteArray row =
            "{\"messages\":[{\"role\":\"user\",\"content\":\"weather?\"},{\"role\":\"assistant\","
            "\"tool_calls\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\","
            "\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\"}}]},{\"role\":\"tool\",\"content\":\"-3C\"},"
            "{\"role\":\"assistant\",\"content\":\"It is -3C.\"}],\"tools\":[{\"type\":\"function\","
            "\"function\":{\"name\":\"get_weather\"}}]}";
        QVERIFY(lint(row, LintProfile::Tools).empty());
        QVERIFY(codes(lint(row, LintProfile::Client)).count("invalid-role"));
        QByteArray bad = row;
        bad.replace("\"name\":\"get_weather\",\"arguments\"", "\"name\":\"get_time\",\"arguments\"");
        QCOMPARE(codes(lint(bad, LintProfile::Tools)), (std::set<std::string>{"tool-call-unknown-tool"}));
        bad = row;
        bad.replace("\\\"city\\\":\\\"Oslo\\\"", "oops");
        QCOMPARE(codes(lint(bad, LintProfile::Tools)), (std::set<std::string>{"tool-call-arguments"}));
    }

    void datasetLevel()
    {
        const QString f = m_dir.filePath(QStringLiteral("set.jsonl"));
        QVERIFY(td::test::writeFile(
            f, "{\"text\": \"a\"}\n{\"prompt\": \"p\", \"completion\": \"c\"}\n{\"text\": \"a\"}\r\n"
               "{\"text\": \"" +
                   QByteArray(4000, 'x') + "\"}\n"));
        LintOptions o;
        o.contextLength = 500;
        const LintResult r = lintFile(f, o);
        QCOMPARE(r.rows, 4);
        QCOMPARE(codes(r.problems), (std::set<std::string>{"mixed-format", "duplicate-row", "crlf", "too-long"}));
        QCOMPARE(find(r.problems, "mixed-format")->line, 2);
        QCOMPARE(find(r.problems, "duplicate-row")->line, 3);
        QVERIFY(find(r.problems, "duplicate-row")->message.contains(QStringLiteral("row 1")));
        QCOMPARE(find(r.problems, "too-long")->line, 4);
        QCOMPARE(find(r.problems, "too-long")->byteOffset, qint64(14 + 35 + 15)); // after three lines
        QCOMPARE(r.errorRows, 1);
    }

    void findsEveryDefectOfTheGenerator()
    {
        // Every injected row-level defect (the generator's manifest) is reported on its line,
        // and the clean file of the same seed has no error at all.
        const QString manifest = m_dir.filePath(QStringLiteral("defects.tsv"));
        const QString f =
            generate(QStringLiteral("defects.jsonl"),
                     {QStringLiteral("--size"), QStringLiteral("12M"), QStringLiteral("--seed"), QStringLiteral("11"),
                      QStringLiteral("--defects"), QStringLiteral("0.05"), QStringLiteral("--manifest"), manifest});
        const LintResult r = lintFile(f);
        std::set<std::int64_t> linesWithProblems;
        for (const auto& p : r.problems)
            linesWithProblems.insert(p.line);
        const QList<QByteArray> rows = td::test::readFile(manifest).split('\n');
        int defects = 0;
        for (int i = 1; i < rows.size(); ++i) {
            const QList<QByteArray> cols = rows[i].split('\t');
            if (cols.size() < 3)
                continue;
            ++defects;
            QVERIFY2(linesWithProblems.count(cols[0].toLongLong()),
                     qPrintable(QStringLiteral("defect %1 on line %2 not found")
                                    .arg(QString::fromUtf8(cols[2]), QString::fromUtf8(cols[0]))));
        }
        QVERIFY(defects > 50);

        const QString clean = generate(QStringLiteral("clean.jsonl"), {QStringLiteral("--size"), QStringLiteral("12M"),
                                                                       QStringLiteral("--seed"), QStringLiteral("11")});
        const LintResult c = lintFile(clean);
        for (const auto& p : c.problems)
            QVERIFY2(p.severity != Severity::Error, qPrintable(p.message));
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
