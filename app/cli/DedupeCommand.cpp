#include "DedupeCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "curation/NearDuplicates.h"
#include "query/DatasetSplit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace td::cli {

namespace {

const char* scopeCode(TextScope s)
{
    return s == TextScope::User ? "user" : s == TextScope::Assistant ? "assistant" : "row";
}

QJsonObject toJson(const NearDupResult& r, const DocumentSnapshot& snap)
{
    QJsonObject params{{QStringLiteral("scope"), QString::fromLatin1(scopeCode(r.params.scope))},
                       {QStringLiteral("shingle_words"), r.params.shingleWords},
                       {QStringLiteral("bands"), r.params.bands},
                       {QStringLiteral("rows_per_band"), r.params.rowsPerBand},
                       {QStringLiteral("threshold"), r.params.threshold},
                       {QStringLiteral("bytes_per_row"), qint64(r.params.bytesPerRow())}};
    QJsonArray clusters;
    for (const NearDupCluster& c : r.clusters) {
        QJsonArray rows;
        for (std::int64_t row : c.rows)
            rows.append(QJsonObject{{QStringLiteral("row"), qint64(row)},
                                    {QStringLiteral("bytes"), qint64(snap.rowView(row).size())}});
        clusters.append(QJsonObject{{QStringLiteral("size"), qint64(c.rows.size())}, {QStringLiteral("rows"), rows}});
    }
    return QJsonObject{{QStringLiteral("parameters"), params},
                       {QStringLiteral("rows"), qint64(r.rows)},
                       {QStringLiteral("rows_with_text"), qint64(r.rowsWithText)},
                       {QStringLiteral("duplicate_rows"), qint64(r.duplicateRows())},
                       {QStringLiteral("clusters"), clusters}};
}

// The start of a row's text, on one line, for the listing.
QString preview(QByteArrayView row)
{
    QString s = QString::fromUtf8(row.first(std::min<qsizetype>(row.size(), 400))).simplified();
    if (s.size() > 100)
        s = s.left(99) + QChar(0x2026);
    return s;
}

} // namespace

int runDedupe(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Lists clusters of near-duplicate rows (MinHash over word shingles), largest first."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "A .jsonl or .jsonl.zst file"));
    const QCommandLineOption scope(
        QStringLiteral("scope"),
        QCoreApplication::translate(
            "cli", "Compare whole rows (default; system prompts left out), user turns only or assistant turns only"),
        QStringLiteral("row|user|assistant"), QStringLiteral("row"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        QCoreApplication::translate("cli", "Share of word shingles two rows must have in common (default 0.5)"),
        QStringLiteral("J"), QStringLiteral("0.5"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object"));
    const QCommandLineOption groups(
        QStringLiteral("groups"),
        QCoreApplication::translate("cli", "Also write the clusters as a groups file (one line a row) for export "
                                           "--groups, so near-duplicates never straddle a train/validation split"),
        QStringLiteral("OUT"));
    parser.addOptions({scope, threshold, json, groups});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream err(stderr);
    QTextStream out(stdout);
    NearDupParams params;
    const QString s = parser.value(scope);
    bool thresholdOk = false;
    params.threshold = parser.value(threshold).toDouble(&thresholdOk);
    if (s == QLatin1String("user"))
        params.scope = TextScope::User;
    else if (s == QLatin1String("assistant"))
        params.scope = TextScope::Assistant;
    if (parser.positionalArguments().size() != 1 || !thresholdOk || !params.isValid() ||
        !(s == QLatin1String("row") || s == QLatin1String("user") || s == QLatin1String("assistant"))) {
        err << QCoreApplication::translate("cli", "usage: tunedesk-cli dedupe FILE [--scope row|user|assistant] "
                                                  "[--threshold J] [--groups OUT] [--json]\n"
                                                  "(J is a number above 0 and at most 1)")
            << Qt::endl;
        return ExitCode::Usage;
    }
    const auto doc = openDataset(parser.positionalArguments().front());
    if (!doc)
        return ExitCode::InputUnreadable;
    const DocumentSnapshot snap = doc->snapshot();
    auto result = findNearDuplicates(snap, params);
    if (!result) {
        err << "tunedesk-cli: " << result.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    if (auto unchanged = snap.checkUnchanged(); !unchanged) {
        err << "tunedesk-cli: " << unchanged.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    if (parser.isSet(groups)) {
        if (auto w = writeRowGroups(parser.value(groups), result->rowGroups()); !w) {
            err << "tunedesk-cli: " << w.error().message << Qt::endl;
            return ExitCode::OutputFailed;
        }
    }
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(toJson(*result, snap)).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitCode::Ok;
    }
    out << QCoreApplication::translate("cli", "Near-duplicates: %1").arg(describeParams(params)) << '\n';
    out << QCoreApplication::translate("cli", "%1 rows (%2 with text in scope): %3 clusters, %4 rows beyond each "
                                              "cluster's first")
               .arg(result->rows)
               .arg(result->rowsWithText)
               .arg(result->clusters.size())
               .arg(result->duplicateRows())
        << '\n';
    int n = 0;
    for (const NearDupCluster& c : result->clusters) {
        out << '\n' << QCoreApplication::translate("cli", "Cluster %1 (%2 rows)").arg(++n).arg(c.rows.size()) << '\n';
        for (std::int64_t row : c.rows)
            out << QCoreApplication::translate("cli", "  row %1: %2").arg(row + 1).arg(preview(snap.rowView(row)))
                << '\n';
    }
    out.flush();
    return ExitCode::Ok;
}

} // namespace td::cli
