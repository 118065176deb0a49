#include "TestFiles.h"

#include "dataset/DatasetDocument.h"
#include "query/DatasetSplit.h"
#include "validate/Exporter.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <numeric>
#include <set>

using namespace td;

namespace {

std::vector<std::int64_t> allRows(std::int64_t n)
{
    std::vector<std::int64_t> rows(std::size_t(n), 0);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

std::int64_t count(const std::vector<bool>& v)
{
    return std::count(v.begin(), v.end(), true);
}

} // namespace

class TestDatasetSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainShareAndSeed()
    {
        SplitPlan plan;
        plan.validationFraction = 0.25;
        plan.seed = 7;
        const auto rows = allRows(1000);
        const auto a = chooseValidationRows(rows, plan);
        QCOMPARE(count(a), std::int64_t(250));
        QCOMPARE(chooseValidationRows(rows, plan), a); // reproducible
        plan.seed = 8;
        QVERIFY(chooseValidationRows(rows, plan) != a);
    }

    // Each stratum gives its own share: a rare format is in validation in proportion, for
    // every seed (a plain random split is off by a few rows most of the time).
    void stratified()
    {
        SplitPlan plan;
        plan.validationFraction = 0.1;
        plan.strata.assign(1000, 0);
        for (std::size_t i = 0; i < 1000; i += 10)
            plan.strata[i] = 1; // 100 rows of stratum 1
        for (std::size_t i = 5; i < 55; i += 10)
            plan.strata[i] = 2; // 5 rows of stratum 2
        const auto rows = allRows(1000);
        for (std::uint64_t seed = 0; seed < 8; ++seed) {
            plan.seed = seed;
            const auto v = chooseValidationRows(rows, plan);
            std::map<std::uint64_t, std::int64_t> per;
            for (std::size_t i = 0; i < v.size(); ++i)
                per[plan.strata[i]] += v[i];
            QCOMPARE(per[1], std::int64_t(10));
            QCOMPARE(per[2], std::int64_t(1));  // 0.5 rounds up
            QCOMPARE(per[0], std::int64_t(90)); // 895 rows: 89.5 rounds up
        }
    }

    // Rows of one group (a near-duplicate cluster) never straddle the split.
    void groupsStayTogether()
    {
        SplitPlan plan;
        plan.validationFraction = 0.2;
        plan.groups.assign(400, -1);
        for (std::size_t i = 0; i < 200; ++i)
            plan.groups[i] = std::int64_t(i % 25); // 25 clusters of 8 rows, interleaved
        const auto rows = allRows(400);
        for (std::uint64_t seed = 0; seed < 8; ++seed) {
            plan.seed = seed;
            const auto v = chooseValidationRows(rows, plan);
            std::map<std::int64_t, std::set<bool>> sides;
            for (std::size_t i = 0; i < 200; ++i)
                sides[plan.groups[i]].insert(v[i]);
            for (const auto& [g, s] : sides)
                QVERIFY2(s.size() == 1, qPrintable(QStringLiteral("group %1 split, seed %2").arg(g).arg(seed)));
            QCOMPARE(count(v), std::int64_t(80)); // singles fill what the clusters leave
        }
    }

    void groupsWithinStrata()
    {
        SplitPlan plan;
        plan.validationFraction = 0.5;
        plan.strata = {0, 0, 0, 0, 1, 1, 1, 1};
        plan.groups = {0, 0, -1, -1, 1, 1, 2, 2};
        const auto v = chooseValidationRows(allRows(8), plan);
        QCOMPARE(v[0], v[1]);
        QCOMPARE(v[4], v[5]);
        QCOMPARE(v[6], v[7]);
        QCOMPARE(std::int64_t(v[0]) + v[1] + v[2] + v[3], std::int64_t(2));
        QCOMPARE(std::int64_t(v[4]) + v[5] + v[6] + v[7], std::int64_t(2));
    }

    void rowGroupsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.txt"));
        QVERIFY(td::test::writeFile(path, "a\n-\n\nb\na\n"));
        auto g = readRowGroups(path, 5);
        QVERIFY(g.ok());
        QCOMPARE(*g, (std::vector<std::int64_t>{0, -1, -1, 1, 0}));
        auto few = readRowGroups(path, 6);
        QVERIFY(!few.ok());
        QVERIFY(few.error().message.contains(QStringLiteral("5 lines but the dataset has 6 rows")));
        QVERIFY(!readRowGroups(path, 3).ok());
        QCOMPARE(readRowGroups(dir.filePath(QStringLiteral("none.txt")), 3).error().code, Error::Code::NotFound);
    }

    void strataOfAField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.jsonl"));
        QVERIFY(td::test::writeFile(path, "{\"source\":\"a\",\"text\":\"1\"}\n"
                                          "{\"source\": \"a\",\"text\":\"2\"}\n"
                                          "{\"source\":\"b\",\"text\":\"3\"}\n"
                                          "{\"text\":\"4\"}\n"
                                          "not json\n"
                                          "{\"source\":{\"x\":1},\"text\":\"6\"}\n"));
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        const auto s = strataByField(doc.snapshot(), QStringLiteral("source"));
        QCOMPARE(s.size(), std::size_t(6));
        QCOMPARE(s[0], s[1]);
        QVERIFY(s[0] != s[2]);
        QVERIFY(s[3] != s[0] && s[3] != s[2] && s[3] != s[4]);
        QVERIFY(s[5] != s[0] && s[5] != s[3]);
    }

    // The export uses the plan: both files, groups whole, and the plain plan is the export's
    // own seeded split.
    void exportWithPlan()
    {
        QTemporaryDir dir;
        QByteArray data;
        for (int i = 0; i < 60; ++i)
            data += QByteArrayLiteral("{\"messages\":[{\"role\":\"user\",\"content\":\"q") + QByteArray::number(i) +
                    QByteArrayLiteral("\"},{\"role\":\"assistant\",\"content\":\"a\"}]}\n");
        const QString in = dir.filePath(QStringLiteral("in.jsonl"));
        QVERIFY(td::test::writeFile(in, data));
        DatasetDocument doc;
        doc.open(in);
        QVERIFY(doc.waitForIndexed());

        ExportOptions plain;
        plain.inputPath = in;
        plain.output = dir.filePath(QStringLiteral("plain.jsonl"));
        plain.validationFraction = 0.3;
        plain.seed = 3;
        QVERIFY(exportDataset(doc.snapshot(), plain).ok());
        ExportOptions planned = plain;
        planned.output = dir.filePath(QStringLiteral("planned.jsonl"));
        SplitPlan plan;
        plan.validationFraction = 0.3;
        plan.seed = 3;
        planned.chooseValidation = [plan](const std::vector<std::int64_t>& kept) {
            return chooseValidationRows(kept, plan);
        };
        QVERIFY(exportDataset(doc.snapshot(), planned).ok());
        QCOMPARE(td::test::readFile(dir.filePath(QStringLiteral("planned.validation.jsonl"))),
                 td::test::readFile(dir.filePath(QStringLiteral("plain.validation.jsonl"))));

        plan.groups.assign(60, -1);
        for (int i = 0; i < 30; ++i)
            plan.groups[std::size_t(i)] = i / 10; // rows 0-9, 10-19, 20-29: three clusters
        planned.output = dir.filePath(QStringLiteral("grouped.jsonl"));
        planned.chooseValidation = [plan](const std::vector<std::int64_t>& kept) {
            return chooseValidationRows(kept, plan);
        };
        auto summary = exportDataset(doc.snapshot(), planned);
        QVERIFY(summary.ok());
        QCOMPARE(summary->validationRows, std::int64_t(18));
        const QByteArray val = td::test::readFile(summary->validationPath);
        for (int g = 0; g < 3; ++g) {
            int in = 0;
            for (int i = g * 10; i < g * 10 + 10; ++i)
                in += val.contains(QByteArray("\"q" + QByteArray::number(i) + "\""));
            QVERIFY2(in == 0 || in == 10,
                     qPrintable(QStringLiteral("cluster %1: %2 of 10 in validation").arg(g).arg(in)));
        }
    }
};

QTEST_GUILESS_MAIN(TestDatasetSplit)
#include "tst_datasetsplit.moc"
