#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "query/FactsSummary.h"
#include "query/RowFacts.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

RowFacts facts(const char* row)
{
    return computeRowFacts(QByteArrayView(row));
}

const char* const kRows[] = {
    // 0: system + two turns, weights on the last answer only
    "{\"messages\":[{\"role\":\"system\",\"content\":\"Be "
    "brief.\"},{\"role\":\"user\",\"content\":\"Hi\",\"weight\":0},"
    "{\"role\":\"assistant\",\"content\":\"Hello\",\"weight\":0},{\"role\":\"user\",\"content\":\"Bye\",\"weight\":0},"
    "{\"role\":\"assistant\",\"content\":\"Bye!\",\"weight\":1}]}",
    // 1: tool call and tool answer, the same system prompt, Cyrillic
    "{\"messages\":[{\"role\":\"system\",\"content\":\"Be brief.\"},{\"role\":\"user\",\"content\":\"Привет, как "
    "дела?\"},"
    "{\"role\":\"assistant\",\"content\":\"\",\"tool_calls\":[{\"id\":\"1\"}]},{\"role\":\"tool\",\"content\":\"ok\"},"
    "{\"role\":\"assistant\",\"content\":\"Хорошо\"}]}",
    // 2: instruction with a sample weight of 0
    "{\"prompt\":\"Translate: cat\",\"completion\":\"猫です\",\"weight\":0}",
    // 3: not JSON
    "{\"messages\": [",
    // 4: a role Together does not know
    "{\"messages\":[{\"role\":\"narrator\",\"content\":\"Once\"},{\"role\":\"assistant\",\"content\":\"upon\"}]}",
    // 5: text row, another system prompt is absent
    "{\"text\":\"plain text\"}",
};

} // namespace

class TestRowFacts : public QObject
{
    Q_OBJECT

private slots:
    void conversation()
    {
        const RowFacts f = facts(kRows[0]);
        QCOMPARE(f.format, RowFormat::Conversation);
        QCOMPARE(f.messages, 5);
        QCOMPARE(f.turns, 2);
        QCOMPARE(f.characters, std::int64_t(9 + 2 + 5 + 3 + 4));
        QCOMPARE(int(f.roles), RoleSystem | RoleUser | RoleAssistant);
        QCOMPARE(f.weights, WeightPattern::Last);
        QVERIFY(!f.toolUse);
        QVERIFY(!f.invalid);
        QVERIFY(!f.hasSampleWeight);
        QCOMPARE(f.sampleWeight, 1.0);
        QCOMPARE(f.systemHash, systemPromptHash("Be brief."));
        QCOMPARE(f.script, Script::Latin);
        QCOMPARE(int(f.scripts), 1 << int(Script::Latin));
    }

    void toolsAndScripts()
    {
        const RowFacts f = facts(kRows[1]);
        QVERIFY(f.toolUse);
        QCOMPARE(int(f.roles), RoleSystem | RoleUser | RoleAssistant | RoleTool);
        QCOMPARE(f.turns, 1); // the tool's answer is not a user turn
        QCOMPARE(f.weights, WeightPattern::None);
        QCOMPARE(f.systemHash, facts(kRows[0]).systemHash);
        QCOMPARE(f.script, Script::Cyrillic);
        // "Be brief." and "ok" are Latin: 9 of 28 letters, more than a tenth.
        QCOMPARE(int(f.scripts), (1 << int(Script::Latin)) | (1 << int(Script::Cyrillic)));
        // A tools list alone is tool use too.
        QVERIFY(facts("{\"tools\":[],\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}").toolUse);
        QVERIFY(facts("{\"messages\":[{\"role\":\"assistant\",\"content\":\"x\",\"function_call\":{}}]}").toolUse);
    }

    void instructionWithSampleWeight()
    {
        const RowFacts f = facts(kRows[2]);
        QCOMPARE(f.format, RowFormat::Instruction);
        QVERIFY(f.hasSampleWeight);
        QCOMPARE(f.sampleWeight, 0.0);
        QCOMPARE(f.systemHash, std::uint64_t(0));
        // 12 Latin letters, 1 Han, 2 Kana: Latin leads; Kana holds a tenth, Han does not.
        QCOMPARE(f.script, Script::Latin);
        QCOMPARE(int(f.scripts), (1 << int(Script::Latin)) | (1 << int(Script::Kana)));
    }

    void brokenAndInvalidRows()
    {
        const RowFacts broken = facts(kRows[3]);
        QCOMPARE(broken.status, ParseStatus::InvalidJson);
        QCOMPARE(broken.format, RowFormat::Invalid);
        QVERIFY(broken.invalid);
        const RowFacts narrator = facts(kRows[4]);
        QCOMPARE(narrator.format, RowFormat::Conversation);
        QVERIFY(narrator.roles & RoleOther);
        QVERIFY(narrator.invalid); // Together refuses the role
        QVERIFY(!facts(kRows[5]).invalid);
        QCOMPARE(facts(kRows[5]).script, Script::Latin);
        QCOMPARE(facts("{\"text\":\"1234 !?\"}").script, Script::None);
    }

    void weightPatterns()
    {
        auto pattern = [](const char* weights) {
            QByteArray row = "{\"messages\":[";
            const char* roles[] = {"user", "assistant", "user", "assistant"};
            for (int i = 0; weights[i]; ++i) {
                if (i)
                    row += ',';
                row += QByteArray("{\"role\":\"") + roles[i] + "\",\"content\":\"x\"";
                if (weights[i] != '-')
                    row +=
                        QByteArray(",\"weight\":") + (weights[i] == '?' ? QByteArray("2") : QByteArray(1, weights[i]));
                row += '}';
            }
            row += "]}";
            return computeRowFacts(row).weights;
        };
        QCOMPARE(pattern("----"), WeightPattern::None);
        QCOMPARE(pattern("1111"), WeightPattern::Ones);
        QCOMPARE(pattern("0000"), WeightPattern::Zeros);
        QCOMPARE(pattern("0001"), WeightPattern::Last);
        QCOMPARE(pattern("--01"), WeightPattern::Last);
        QCOMPARE(pattern("0100"), WeightPattern::Mixed);
        QCOMPARE(pattern("-1-1"), WeightPattern::Mixed);
        QCOMPARE(pattern("0?01"), WeightPattern::Bad);
    }

    // The letters of ASCII text are counted eight bytes at a time: exactly the 52 letters of
    // printable ASCII count, which the tenth-of-the-letters boundary of a second script shows.
    void asciiLettersCounted()
    {
        QByteArray ascii;
        for (int c = 0x20; c < 0x7F; ++c) {
            if (c == '"' || c == '\\')
                ascii += '\\';
            ascii += char(c);
        }
        auto mask = [&](int cyrillic) {
            QByteArray text = ascii + ascii + ascii; // 156 letters, unaligned runs of 95 bytes
            for (int i = 0; i < cyrillic; ++i)
                text += "\xD0\x96"; // Ж
            return int(computeRowFacts(QByteArray("{\"text\":\"" + text + "\"}")).scripts);
        };
        const int latin = 1 << int(Script::Latin), both = latin | (1 << int(Script::Cyrillic));
        QCOMPARE(mask(17), latin); // 170 < 173
        QCOMPARE(mask(18), both);  // 180 >= 174
    }

    void scriptOfLetters()
    {
        QCOMPARE(scriptOf(U'a'), Script::Latin);
        QCOMPARE(scriptOf(U'é'), Script::Latin);
        QCOMPARE(scriptOf(U'×'), Script::None);
        QCOMPARE(scriptOf(U'Ж'), Script::Cyrillic);
        QCOMPARE(scriptOf(U'λ'), Script::Greek);
        QCOMPARE(scriptOf(U'ب'), Script::Arabic);
        QCOMPARE(scriptOf(U'ש'), Script::Hebrew);
        QCOMPARE(scriptOf(U'क'), Script::Devanagari);
        QCOMPARE(scriptOf(U'中'), Script::Han);
        QCOMPARE(scriptOf(U'か'), Script::Kana);
        QCOMPARE(scriptOf(U'한'), Script::Hangul);
        QCOMPARE(scriptOf(U'ก'), Script::Thai);
        QCOMPARE(scriptOf(U'ሀ'), Script::Other); // Ethiopic
        QCOMPARE(scriptOf(U'7'), Script::None);
        QCOMPARE(scriptOf(U'😀'), Script::None);
    }

    // The whole-file pass gives each row the facts it has alone, in order, and the summary
    // counts them with bars whose filters are given.
    void wholeFileAndSummary()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QByteArray data;
        for (const char* r : kRows)
            data += QByteArray(r) + '\n';
        const QString path = dir.filePath(QStringLiteral("f.jsonl"));
        QVERIFY(td::test::writeFile(path, data));
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        const auto all = computeFacts(doc.snapshot());
        QCOMPARE(all.size(), std::size(kRows));
        for (std::size_t i = 0; i < all.size(); ++i) {
            const RowFacts alone = facts(kRows[i]);
            QCOMPARE(all[i].format, alone.format);
            QCOMPARE(all[i].messages, alone.messages);
            QCOMPARE(all[i].systemHash, alone.systemHash);
            QCOMPARE(all[i].invalid, alone.invalid);
            QCOMPARE(all[i].script, alone.script);
        }
        const DocumentSnapshot snap = doc.snapshot();
        const FactsSummary s = summarizeFacts(all, &snap);
        QCOMPARE(s.rows, std::int64_t(6));
        const FactsChart* formats = s.chart(QStringLiteral("formats"));
        QVERIFY(formats);
        QCOMPARE(formats->bars.front().rows, std::int64_t(3)); // conversations
        QCOMPARE(formats->bars.front().where, QStringLiteral("format == \"conversation\""));
        QCOMPARE(s.distinctSystemPrompts, std::int64_t(1));
        QCOMPARE(s.rowsWithSystemPrompt, std::int64_t(2));
        QCOMPARE(s.topSystemPrompts.front().text, QStringLiteral("Be brief."));
        QCOMPARE(s.topSystemPrompts.front().rows, std::int64_t(2));
        const FactsChart* msgs = s.chart(QStringLiteral("messages"));
        QVERIFY(msgs && msgs->histogram);
        std::int64_t total = 0;
        for (const FactsBar& b : msgs->bars)
            total += b.rows;
        QCOMPARE(total, std::int64_t(6)); // every row in one bin
        QCOMPARE(msgs->bars.back().label, QStringLiteral("5–8"));
        QCOMPARE(msgs->bars.back().rows, std::int64_t(2));
        const QJsonObject json = s.toJson();
        QVERIFY(json.contains(QStringLiteral("near_duplicate_share")));
        QCOMPARE(json[QStringLiteral("system_prompts")][QStringLiteral("distinct")].toInt(), 1);

        // Only some rows: the summary of those.
        const std::vector<std::int64_t> some{2, 5};
        const FactsSummary part = summarizeFacts(all, &snap, &some);
        QCOMPARE(part.rows, std::int64_t(2));
        QCOMPARE(part.distinctSystemPrompts, std::int64_t(0));
        // A subset snapshot has exactly those rows.
        const DocumentSnapshot sub = subsetSnapshot(snap, some);
        QCOMPARE(sub.rowCount(), std::int64_t(2));
        QCOMPARE(sub.rowView(1).toByteArray(), QByteArray(kRows[5]));
    }

    // Exact duplicates are the rows repeating an earlier one byte for byte; blank lines are not.
    void duplicates()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.jsonl"));
        QVERIFY(td::test::writeFile(path, "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"a\"}\n\n\n"
                                          "{\"text\": \"a\"}\n{\"text\":\"a\"}\n"));
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        const auto all = computeFacts(doc.snapshot());
        std::vector<bool> dup;
        for (const RowFacts& f : all)
            dup.push_back(f.duplicate);
        QCOMPARE(dup, (std::vector<bool>{false, false, true, false, false, false, true}));
        const FactsSummary s = summarizeFacts(all);
        QCOMPARE(s.duplicates, std::int64_t(2));
        QCOMPARE(s.toJson()[QStringLiteral("duplicate_share")].toDouble(), 2.0 / 7.0);
    }

    void cancelled()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        const QString path = td::test::generateDataset(dir.filePath(QStringLiteral("g.jsonl")),
                                                       {QStringLiteral("--lines"), QStringLiteral("4000")});
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        std::atomic_bool cancel{true};
        QVERIFY(computeFacts(doc.snapshot(), {}, &cancel).empty());
        std::int64_t last = -1;
        const auto all = computeFacts(doc.snapshot(), [&](std::int64_t done, std::int64_t total) {
            QVERIFY(done >= last);
            QCOMPARE(total, std::int64_t(4000));
            last = done;
        });
        QCOMPARE(all.size(), std::size_t(4000));
        QCOMPARE(last, std::int64_t(4000));
    }
};

QTEST_GUILESS_MAIN(TestRowFacts)
#include "tst_rowfacts.moc"
