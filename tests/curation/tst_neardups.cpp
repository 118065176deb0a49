#include "CurationData.h"
#include "TestFiles.h"
#include "curation/DedupeActions.h"
#include "curation/NearDuplicates.h"
#include "dataset/DatasetDocument.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace td;

class TestNearDups : public QObject
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

    static NearDupResult find(const DatasetDocument& doc, const NearDupParams& params = {})
    {
        auto r = findNearDuplicates(doc.snapshot(), params);
        if (!r)
            qFatal("findNearDuplicates failed: %s", qPrintable(r.error().message));
        return std::move(*r);
    }

private slots:
    void shinglesIgnoreCaseAndPunctuation()
    {
        std::vector<std::uint64_t> words, a, b;
        shingleHashes("The quick, brown fox!", 3, words, a);
        shingleHashes("the QUICK brown   fox", 3, words, b);
        QCOMPARE(a.size(), std::size_t(2));
        QVERIFY(a == b);
        std::vector<std::uint64_t> shortText;
        shingleHashes("two words", 3, words, shortText);
        QCOMPARE(shortText.size(), std::size_t(1));
    }

    // Every row made from another by a few small edits lands in its original's cluster, and no
    // cluster holds two unrelated rows.
    void recallOnInjectedNearDuplicates()
    {
        const test::NearDupData data = test::nearDuplicateData(2000, 400, 7);
        auto doc = open(data.jsonl, QStringLiteral("nd.jsonl"));
        QVERIFY(doc);
        QCOMPARE(doc->rowCount(), std::int64_t(data.originalOf.size()));
        const NearDupResult result = find(*doc);
        QVERIFY(!result.cancelled);
        std::map<std::int64_t, std::size_t> clusterOf;
        for (std::size_t c = 0; c < result.clusters.size(); ++c)
            for (std::int64_t r : result.clusters[c].rows)
                clusterOf[r] = c;
        int planted = 0;
        for (std::size_t r = 0; r < data.originalOf.size(); ++r) {
            const std::int64_t original = data.originalOf[r];
            if (original < 0)
                continue;
            ++planted;
            QVERIFY2(
                clusterOf.count(std::int64_t(r)) && clusterOf.count(original) &&
                    clusterOf[std::int64_t(r)] == clusterOf[original],
                qPrintable(QStringLiteral("row %1, an edit of row %2, is not in its cluster").arg(r).arg(original)));
        }
        QCOMPARE(planted, 400);
        // Precision: each cluster is one original and its edits.
        for (const NearDupCluster& c : result.clusters) {
            std::set<std::int64_t> origins;
            for (std::int64_t r : c.rows)
                origins.insert(data.originalOf[std::size_t(r)] < 0 ? r : data.originalOf[std::size_t(r)]);
            QCOMPARE(origins.size(), std::size_t(1));
        }
        QCOMPARE(result.duplicateRows(), std::int64_t(400));
        // Largest first; each cluster's rows in order with ids.
        for (std::size_t c = 1; c < result.clusters.size(); ++c)
            QVERIFY(result.clusters[c - 1].rows.size() >= result.clusters[c].rows.size());
        for (const NearDupCluster& c : result.clusters) {
            QVERIFY(std::is_sorted(c.rows.begin(), c.rows.end()));
            QCOMPARE(c.ids.size(), c.rows.size());
        }
        // The search's memory: at most 64 bytes a row (the clusters come on top).
        QVERIFY2(result.scanBytes <= std::size_t(64 * result.rows), qPrintable(QString::number(result.scanBytes)));
    }

    void unrelatedRowsAreNotClustered()
    {
        const test::NearDupData data = test::nearDuplicateData(3000, 0, 11);
        auto doc = open(data.jsonl, QStringLiteral("clean.jsonl"));
        QVERIFY(doc);
        const NearDupResult result = find(*doc);
        QCOMPARE(result.clusters.size(), std::size_t(0));
        QCOMPARE(result.rowsWithText, std::int64_t(3000));
    }

    // Same prompts with different answers are near-duplicates of the user turns only, and the
    // other way round.
    void scopes()
    {
        test::CurationRng rng(3);
        const std::string p1 = test::joinWords(test::curationWords(rng, 30));
        const std::string p2 = test::joinWords(test::curationWords(rng, 30));
        const std::string a1 = test::joinWords(test::curationWords(rng, 60));
        const std::string a2 = test::joinWords(test::curationWords(rng, 60));
        const std::string a3 = test::joinWords(test::curationWords(rng, 60));
        QByteArray jsonl = test::conversationRow(p1, a1) + '\n' + test::conversationRow(p1, a2) + '\n' +
                           test::conversationRow(p2, a3) + '\n' + test::conversationRow(p2 + " extra", a3) + '\n';
        auto doc = open(jsonl, QStringLiteral("scopes.jsonl"));
        QVERIFY(doc);
        NearDupParams user;
        user.scope = TextScope::User;
        NearDupResult r = find(*doc, user);
        QCOMPARE(r.clusters.size(), std::size_t(2));
        QCOMPARE(r.clusters[0].rows, (std::vector<std::int64_t>{0, 1}));
        QCOMPARE(r.clusters[1].rows, (std::vector<std::int64_t>{2, 3}));
        NearDupParams assistant;
        assistant.scope = TextScope::Assistant;
        r = find(*doc, assistant);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters[0].rows, (std::vector<std::int64_t>{2, 3}));
        // Whole rows: 0 and 1 share only their prompt (a third of the words).
        r = find(*doc);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters[0].rows, (std::vector<std::int64_t>{2, 3}));
    }

    // A system prompt shared by the rows does not make them alike (it is their instructions,
    // not their data), in whole rows and in user turns; the same conversation under two
    // system prompts is one.
    void systemPromptsAreLeftOut()
    {
        test::CurationRng rng(9);
        const std::string system = test::joinWords(test::curationWords(rng, 400));
        const auto row = [](const std::string& sys, const std::string& user, const std::string& answer) {
            return QByteArray::fromStdString(R"({"messages":[{"role":"system","content":")" + sys +
                                             R"("},{"role":"user","content":")" + user +
                                             R"("},{"role":"assistant","content":")" + answer + R"("}]})");
        };
        QByteArray jsonl;
        std::vector<std::string> users, answers;
        for (int i = 0; i < 4; ++i) {
            users.push_back(test::joinWords(test::curationWords(rng, 12)));
            answers.push_back(test::joinWords(test::curationWords(rng, 20)));
            jsonl += row(system, users.back(), answers.back()) + '\n';
        }
        const std::string other = test::joinWords(test::curationWords(rng, 40));
        jsonl += row(other, users[0], answers[0]) + '\n'; // row 0's conversation, another system prompt
        auto doc = open(jsonl, QStringLiteral("system.jsonl"));
        QVERIFY(doc);
        NearDupResult r = find(*doc);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters[0].rows, (std::vector<std::int64_t>{0, 4}));
        NearDupParams user;
        user.scope = TextScope::User;
        r = find(*doc, user);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters[0].rows, (std::vector<std::int64_t>{0, 4}));
    }

    void otherFormatsAndBadRows()
    {
        const QByteArray jsonl = "{\"prompt\":\"alpha beta gamma delta\",\"completion\":\"one two three four five\"}\n"
                                 "{\"prompt\":\"alpha beta gamma delta\",\"completion\":\"one two three four five!\"}\n"
                                 "not json\n"
                                 "\n"
                                 "{\"text\":\"\"}\n";
        auto doc = open(jsonl, QStringLiteral("formats.jsonl"));
        QVERIFY(doc);
        const NearDupResult r = find(*doc);
        QCOMPARE(r.rowsWithText, std::int64_t(2));
        QCOMPARE(r.clusters.size(), std::size_t(1));
        QCOMPARE(r.clusters[0].rows, (std::vector<std::int64_t>{0, 1}));
    }

    void cancelStops()
    {
        const test::NearDupData data = test::nearDuplicateData(500, 50, 5);
        auto doc = open(data.jsonl, QStringLiteral("cancel.jsonl"));
        QVERIFY(doc);
        std::atomic_bool cancel{true};
        NearDupOptions options;
        options.cancel = &cancel;
        auto r = findNearDuplicates(doc->snapshot(), NearDupParams{}, options);
        QVERIFY(r);
        QVERIFY(r->cancelled);
        QVERIFY(r->clusters.empty());
    }

    void invalidParametersAreAnError()
    {
        NearDupParams p;
        p.bands = 0;
        DatasetDocument doc;
        doc.newEmpty();
        const auto r = findNearDuplicates(doc.snapshot(), p);
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(describeParams(NearDupParams{}).contains(QStringLiteral("12 bands of 3")));
    }

    void keepRules()
    {
        const QByteArray jsonl = "{\"text\":\"a b c d e f g h\"}\n"
                                 "{\"text\":\"a b c d e f g h i j\"}\n"
                                 "{\"text\":\"a b c d e f g h.\"}\n";
        auto doc = open(jsonl, QStringLiteral("keep.jsonl"));
        QVERIFY(doc);
        const NearDupResult r = find(*doc);
        QCOMPARE(r.clusters.size(), std::size_t(1));
        const NearDupCluster& c = r.clusters[0];
        QCOMPARE(c.rows, (std::vector<std::int64_t>{0, 1, 2}));
        const DocumentSnapshot snap = doc->snapshot();
        QCOMPARE(rowsToRemove(c, KeepRule::First, snap), (std::vector<std::int64_t>{1, 2}));
        QCOMPARE(rowsToRemove(c, KeepRule::Longest, snap), (std::vector<std::int64_t>{0, 2}));
        QCOMPARE(rowsToRemove(c, KeepRule::Picked, snap, 2), (std::vector<std::int64_t>{0, 1}));
        QCOMPARE(rowsToRemove(c, KeepRule::Picked, snap, 7), std::vector<std::int64_t>{});
        QCOMPARE(rowsToRemove(r.clusters, KeepRule::Longest, snap), (std::vector<std::int64_t>{0, 2}));
        // After a row above was removed, the same rows are found by id.
        doc->removeRows(0, 1);
        const auto now = currentPositions(c, {1, 2}, [&](RowId id) { return doc->positionOf(id); });
        QCOMPARE(now, (std::vector<std::int64_t>{0, 1}));
    }
};

QTEST_GUILESS_MAIN(TestNearDups)
#include "tst_neardups.moc"
