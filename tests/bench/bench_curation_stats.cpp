// Statistics benchmark: the row facts of a whole file (one pass on every core: format,
// messages, roles, weights, scripts, system prompt, lint errors), their summary and one filter
// expression, beside `cat FILE > /dev/null` in the same run.
// Usage: bench_curation_stats FILE | --size SIZE [--profile mixed|short]   (sizes as gen_dataset.py)
#include "dataset/DatasetDocument.h"
#include "dataset/DatasetStats.h"
#include "query/FactsSummary.h"
#include "query/FilterExpression.h"
#include "query/RowFacts.h"
#include "validate/Linter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace td;

namespace {

double timed(const std::function<void()>& fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e9;
}

double median3(const std::function<double()>& fn)
{
    double v[3] = {fn(), fn(), fn()};
    std::sort(v, v + 3);
    return v[1];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/tdbench-XXXXXX"));
    QString file, size, profile = QStringLiteral("mixed");
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--size") && i + 1 < args.size())
            size = args[++i];
        else if (args[i] == QLatin1String("--profile") && i + 1 < args.size())
            profile = args[++i];
        else
            file = args[i];
    }
    if (file.isEmpty()) {
        if (size.isEmpty()) {
            QTextStream(stderr) << "usage: bench_curation_stats FILE | --size SIZE [--profile mixed|short]\n";
            return 2;
        }
        file = tmp.filePath(QStringLiteral("bench.jsonl"));
        if (QProcess::execute(QStringLiteral("python3"),
                              {QStringLiteral(TD_TEST_TOOLS_DIR "/gen_dataset.py"), file, QStringLiteral("--size"),
                               size, QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--profile"),
                               profile, QStringLiteral("--quiet")}) != 0)
            return 1;
    }
    const QString cat = QStringLiteral("cat '%1' > /dev/null").arg(file);
    QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cat}); // warm the cache
    const double catSeconds = median3([&] {
        return timed([&] { QProcess::execute(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), cat}); });
    });
    DatasetDocument doc;
    doc.open(file);
    if (!doc.waitForIndexed(3600000))
        return 1;
    const DocumentSnapshot snap = doc.snapshot();
    std::vector<RowFacts> facts;
    const double factsSeconds = median3([&] { return timed([&] { facts = computeFacts(snap); }); });
    // For comparison: the table's summaries of every row (tunedesk-cli stats) and the lint,
    // the two passes the facts are made of.
    const double statsSeconds = median3([&] { return timed([&] { computeStats(snap); }); });
    const double lintSeconds = median3([&] { return timed([&] { lintSnapshot(snap); }); });
    FactsSummary summary;
    const double summarySeconds = timed([&] { summary = summarizeFacts(facts, &snap); });
    const auto expr = FilterExpression::parse(QStringLiteral("msgs > 10 and chars > 20000 or has(tool)"));
    std::size_t matching = 0;
    const double filterSeconds = timed([&] { matching = expr->matchingRows(facts).size(); });
    const double bytes = double(QFileInfo(file).size());
    const QJsonObject out{
        {QStringLiteral("file_bytes"), qint64(bytes)},
        {QStringLiteral("rows"), qint64(facts.size())},
        {QStringLiteral("cat_s"), catSeconds},
        {QStringLiteral("facts_s"), factsSeconds},
        {QStringLiteral("facts_vs_cat"), factsSeconds / catSeconds},
        {QStringLiteral("facts_mib_per_s"), bytes / factsSeconds / double(1 << 20)},
        {QStringLiteral("facts_bytes_per_row"), qint64(sizeof(RowFacts))},
        {QStringLiteral("stats_s"), statsSeconds},
        {QStringLiteral("lint_s"), lintSeconds},
        {QStringLiteral("summary_s"), summarySeconds},
        {QStringLiteral("filter_s"), filterSeconds},
        {QStringLiteral("filter_rows"), qint64(matching)},
        {QStringLiteral("distinct_system_prompts"), qint64(summary.distinctSystemPrompts)},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
