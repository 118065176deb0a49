#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "validate/Linter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>
// From AddressSanitizer's runtime, when the program is linked with it (its header is not
// installed with GCC here). Weak: asked at run time, since this file itself may be compiled
// without the sanitizer (CI's tests are) while the program still runs on its allocator.
extern "C" std::size_t __sanitizer_get_current_allocated_bytes() __attribute__((weak));

#include <set>

using namespace td;

namespace {

// Every problem of a result spelled out (the store keeps them compact).
std::vector<LintProblem> all(const LintProblemStore& store)
{
    std::vector<LintProblem> out;
    for (std::size_t i = 0; i < store.size(); ++i)
        out.push_back(store.at(i));
    return out;
}

// Bytes allocated and not freed: glibc's count, or AddressSanitizer's when it owns the heap
// (glibc's then stays near zero and every memory assertion would pass without meaning).
std::size_t heapInUse()
{
    if (__sanitizer_get_current_allocated_bytes)
        return __sanitizer_get_current_allocated_bytes();
    return mallinfo2().uordblks;
}

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
        // A valid object with text after it is named as such, with a fix that keeps the row.
        const auto trailing = lint("{\"text\": \"a}\"} (copied from a log)");
        QCOMPARE(codes(trailing), (std::set<std::string>{"trailing-text"}));
        QCOMPARE(find(trailing, "trailing-text")->fix, FixKind::DropTrailingText);
        QVERIFY(find(trailing, "trailing-text")->message.contains(QStringLiteral("(copied from a log)")));
        // Not when the object itself is broken: that row is just invalid JSON.
        QCOMPARE(codes(lint("{\"text\": a} more")), (std::set<std::string>{"invalid-json"}));
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
        const auto ps = all(r.problems);
        QCOMPARE(codes(ps), (std::set<std::string>{"mixed-format", "duplicate-row", "crlf", "too-long"}));
        QCOMPARE(find(ps, "mixed-format")->line, 2);
        QCOMPARE(find(ps, "duplicate-row")->line, 3);
        QVERIFY(find(ps, "duplicate-row")->message.contains(QStringLiteral("row 1")));
        QCOMPARE(find(ps, "too-long")->line, 4);
        QCOMPARE(find(ps, "too-long")->byteOffset, qint64(14 + 35 + 15)); // after three lines
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
        for (const auto& p : all(r.problems))
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
        for (const auto& p : all(c.problems))
            QVERIFY2(p.severity != Severity::Error, qPrintable(p.message));
    }

    void messagesReadAsBefore()
    {
        // Messages are made when shown, from a kind and stored arguments: the words are the
        // ones the linter wrote out for every problem before (a sample of each sort).
        const auto ps = lint("{\"messages\":[{\"role\":\"user\",\"content\":\"a\",\"weight\":1.0},"
                             "{\"role\":\"user\",\"content\":\"b\",\"weight\":2},{\"role\":\"bot\",\"content\":\"c\"}],"
                             "\"id\":7}");
        QCOMPARE(find(ps, "weight-not-integer")->message,
                 QStringLiteral("The weight 1.0 must be written as an integer."));
        QCOMPARE(find(ps, "weight-invalid")->message, QStringLiteral("A weight must be 0 or 1, got 2."));
        QCOMPARE(find(ps, "same-role-twice")->message,
                 QStringLiteral("Two user messages in a row; roles must alternate between user and assistant."));
        QCOMPARE(find(ps, "invalid-role")->message,
                 QStringLiteral("Unknown role \"bot\"; possible roles: system, user, assistant."));
        QCOMPARE(find(ps, "extra-column")->message,
                 QStringLiteral("Extra top-level key \"id\": a conversation row may only have \"messages\"."));
        QCOMPARE(find(ps, "no-assistant")->message,
                 QStringLiteral("There is no assistant message, so there is nothing to learn."));
        QCOMPARE(find(lint("{\"foo\": 1}"), "unknown-format")->message,
                 QStringLiteral("No dataset format fits this row's keys ['foo']. Use messages; prompt and completion; "
                                "text; or input, preferred_output and non_preferred_output."));
        QCOMPARE(find(lint("[1]"), "not-object")->message,
                 QStringLiteral("The line is JSON but not an object (found <class 'list'>)."));
        QCOMPARE(find(lint("{\"text\": \"a\", \"text\": \"b\"}"), "duplicate-key")->message,
                 QStringLiteral("The key \"text\" appears twice in one object; Together keeps the last value, other "
                                "tools the first."));
        QCOMPARE(find(lint("   "), "blank-line")->message,
                 QStringLiteral("Blank line: Together's checker rejects the file because of it."));
        QCOMPARE(find(lint("{\"messages\":[{\"role\":\"user\",\"content\":\"q\",\"weight\":true},{\"role\":"
                           "\"assistant\",\"content\":\"a\"}]}"),
                      "weight-boolean")
                     ->message,
                 QStringLiteral("The weight is True; Together reads it as 1, other trainers may not. Write 0 or 1."));
        // The pointer and the fix come back too.
        QCOMPARE(find(ps, "extra-column")->pointer, std::string("/id"));
        QCOMPARE(find(ps, "weight-not-integer")->fix, FixKind::WeightToInteger);

        const QString f = m_dir.filePath(QStringLiteral("words.jsonl"));
        QVERIFY(td::test::writeFile(
            f, "{\"text\": \"a\"}\n{\"prompt\": \"p\", \"completion\": \"c\"}\n{\"text\": \"a\"}\r\n"
               "{\"text\": \"" +
                   QByteArray(4000, 'x') + "\"}\n"));
        LintOptions o;
        o.contextLength = 500;
        const auto ds = all(lintFile(f, o).problems);
        QCOMPARE(find(ds, "mixed-format")->message,
                 QStringLiteral("This row is in instruction format, but most rows (3) are in text format; every row "
                                "must have the same format."));
        QCOMPARE(find(ds, "duplicate-row")->message, QStringLiteral("Exact duplicate of row 1."));
        QCOMPARE(find(ds, "crlf")->message, QStringLiteral("The line ends with CRLF (Windows line end)."));
        QCOMPARE(find(ds, "too-long")->message,
                 QStringLiteral("About 1000 tokens (estimated from 4000 characters), more than the model's context of "
                                "500."));
        QCOMPARE(find(ds, "crlf")->severity, Severity::Info);
        QCOMPARE(find(ds, "crlf")->fix, FixKind::NormalizeLineEnds);
    }

    void aMillionBlankLinesCostLittle()
    {
        // 100 MB of blank lines used to take 23.6 GB (a LintProblem with its own message each).
        const QString f = m_dir.filePath(QStringLiteral("blank.jsonl"));
        QVERIFY(td::test::writeFile(f, QByteArray(1000000, '\n')));
        DatasetDocument doc;
        doc.open(f);
        QVERIFY(doc.waitForIndexed());
        const std::size_t before = heapInUse();
        const LintResult r = lintSnapshot(doc.snapshot());
        const std::size_t held = heapInUse() - before;
        QCOMPARE(r.rows, 1000000);
        QCOMPARE(r.problems.size(), std::size_t(1000000));
        QCOMPARE(r.errorRows, 1000000);
        QVERIFY2(held / r.problems.size() < 32,
                 qPrintable(QStringLiteral("%1 bytes a problem").arg(held / r.problems.size())));
        const std::size_t perProblem = r.problems.bytesUsed() / r.problems.size();
        QVERIFY2(perProblem < 32, qPrintable(QStringLiteral("%1 bytes a problem").arg(perProblem)));
        QVERIFY(r.problems.bytesUsed() <= held + 4096);
        const LintProblem last = all(r.problems).back();
        QCOMPARE(last.line, 1000000);
        QCOMPARE(last.byteOffset, 999999);
        QCOMPARE(last.code, std::string("blank-line"));
        QCOMPARE(last.message, QStringLiteral("Blank line: Together's checker rejects the file because of it."));
    }

    void everyKindHasItsWords()
    {
        for (int k = 0; k < int(ProblemKind::Count); ++k) {
            const ProblemKindInfo& info = kindInfo(ProblemKind(k));
            QVERIFY(info.code && *info.code);
            QVERIFY(info.text && *info.text);
        }
    }

    void duplicatesAreFoundAcrossWorkers()
    {
        // 3,000 distinct rows, each three times, far apart (different workers' shares): every
        // repeat names the first row with the same bytes.
        QByteArray data;
        for (int copy = 0; copy < 3; ++copy)
            for (int i = 0; i < 3000; ++i)
                data += "{\"text\": \"row " + QByteArray::number(i) + "\"}\n";
        const QString f = m_dir.filePath(QStringLiteral("dups.jsonl"));
        QVERIFY(td::test::writeFile(f, data));
        const LintResult r = lintFile(f);
        QCOMPARE(r.problems.size(), std::size_t(6000));
        for (std::size_t i = 0; i < r.problems.size(); ++i) {
            QCOMPARE(r.problems.kind(i), ProblemKind::DuplicateRow);
            QCOMPARE(r.problems.message(i),
                     QStringLiteral("Exact duplicate of row %1.").arg(r.problems.row(i) % 3000 + 1));
        }
    }

    void aCopyChangesOnlyTheRowsItReplaces()
    {
        LintProblemStore store;
        for (std::int64_t row = 0; row < 10000; ++row) {
            store.add(row, ProblemKind::WeightInvalid, "/messages/" + std::to_string(row % 7) + "/weight",
                      {std::to_string(row % 3)});
            store.addNumber(row, ProblemKind::DuplicateRow, std::uint64_t(row / 2));
        }
        // Repeated details are stored once: 20,000 problems, 21 distinct details.
        QVERIFY2(store.bytesUsed() / store.size() < 24, qPrintable(QString::number(store.bytesUsed())));
        LintProblemStore copy = store;
        LintProblemStore fresh;
        fresh.add(5000, ProblemKind::MissingRole, "/messages/0");
        fresh.add(5000, ProblemKind::NoAssistant, "/messages");
        copy.replaceRows(
            5000, 5002, [](ProblemKind k) { return k == ProblemKind::DuplicateRow; }, fresh);
        QCOMPARE(copy.size(), store.size()); // two weight problems out, two new in
        QCOMPARE(store.message(10000), QStringLiteral("A weight must be 0 or 1, got 2.")); // row 5000, untouched
        const std::size_t at = copy.lowerBound(5000);
        QCOMPARE(copy.kind(at), ProblemKind::DuplicateRow);
        QCOMPARE(copy.kind(at + 1), ProblemKind::MissingRole);
        QCOMPARE(copy.pointer(at + 1), std::string("/messages/0"));
        QCOMPARE(copy.kind(at + 2), ProblemKind::NoAssistant);
        QCOMPARE(copy.row(at + 3), 5001);
        QCOMPARE(copy.kind(at + 3), ProblemKind::DuplicateRow);
        QCOMPARE(copy.row(at + 4), 5002);
        QCOMPARE(copy.pointer(at + 4), std::string("/messages/") + std::to_string(5002 % 7) + "/weight");
        QCOMPARE(copy.message(copy.size() - 1), QStringLiteral("Exact duplicate of row 5000."));
        // Appending to the copy leaves the original alone (its last block is shared).
        copy.add(20000, ProblemKind::BlankLine);
        copy.add(20001, ProblemKind::InvalidRole, "/messages/0/role", {"bot", "system, user, assistant"});
        QCOMPARE(copy.message(copy.size() - 1),
                 QStringLiteral("Unknown role \"bot\"; possible roles: system, user, assistant."));
        QCOMPARE(copy.pointer(copy.size() - 1), std::string("/messages/0/role"));
        QCOMPARE(copy.message(at + 1), QStringLiteral("The message has no \"role\"."));
        QCOMPARE(store.size(), std::size_t(20000));
        QCOMPARE(store.row(store.size() - 1), 9999);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
