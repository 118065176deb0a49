#include "StatsCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "WhereOption.h"
#include "curation/PiiRowScan.h"
#include "dataset/DatasetStats.h"
#include "query/FactsSummary.h"
#include "query/FilterExpression.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <QTextStream>
#include <optional>

namespace td::cli {

int runStats(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Rows, formats, messages, characters and parse failures of a dataset."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "A .jsonl or .jsonl.zst file"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object"));
    parser.addOption(json);
    const QCommandLineOption where(
        QStringLiteral("where"),
        QCoreApplication::translate("cli", "Only the rows matching EXPR, e.g. \"msgs > 10 and chars > 20000\", "
                                           "\"has(tool)\", \"weight == 0\". Facts: %1")
            .arg(FilterExpression::factNames().join(QStringLiteral(", "))),
        QStringLiteral("EXPR"));
    parser.addOption(where);
    const QCommandLineOption personal(
        QStringLiteral("personal-data"),
        QCoreApplication::translate("cli", "Also count personal data and secrets, per kind and per role (system, "
                                           "user, assistant)"));
    parser.addOption(personal);
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("cli",
                                           "usage: tunedesk-cli stats FILE [--where EXPR] [--personal-data] [--json]")
            << Qt::endl;
        return ExitCode::Usage;
    }
    const QString path = parser.positionalArguments().front();

    const auto doc = openDataset(path);
    if (!doc)
        return ExitCode::InputUnreadable;
    const DocumentSnapshot snap = doc->snapshot();
    // The facts (formats, histograms, roles, weights, scripts, system prompts) cost a second
    // parse and a lint of each row: only when asked for by --where or --json.
    const bool wantFacts = parser.isSet(where) || parser.isSet(json);
    std::vector<RowFacts> facts;
    if (wantFacts)
        facts = computeFacts(snap);
    std::optional<std::vector<std::int64_t>> rows;
    if (parser.isSet(where)) {
        rows = rowsWhere(parser.value(where), facts, err);
        if (!rows)
            return ExitCode::Usage;
    }
    DatasetStats stats = computeStats(rows ? subsetSnapshot(snap, *rows) : snap);
    if (auto unchanged = snap.checkUnchanged(); !unchanged) {
        err << "tunedesk-cli: " << unchanged.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    stats.indexSeconds = double(doc->indexMilliseconds()) / 1000.0;
    std::optional<PiiCounts> pii;
    if (parser.isSet(personal)) {
        auto counted = countPii(rows ? subsetSnapshot(snap, *rows) : snap);
        if (!counted) {
            err << "tunedesk-cli: " << counted.error().message << Qt::endl;
            return ExitCode::InputUnreadable;
        }
        pii = *counted;
    }
    std::optional<FactsSummary> summary;
    if (wantFacts)
        summary = summarizeFacts(facts, &snap, rows ? &*rows : nullptr);
    if (parser.isSet(json)) {
        QJsonObject obj = stats.toJson();
        obj.insert(QStringLiteral("facts"), summary->toJson());
        if (pii)
            obj.insert(QStringLiteral("personal_data"), pii->toJson());
        if (rows) {
            obj.insert(QStringLiteral("where"), parser.value(where));
            obj.insert(QStringLiteral("rows_in_file"), qint64(snap.rowCount()));
        }
        out << QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        if (rows)
            out << QCoreApplication::translate("cli", "Rows matching %1: %2 of %3\n")
                       .arg(parser.value(where))
                       .arg(rows->size())
                       .arg(snap.rowCount());
        out << stats.toText();
        if (summary)
            out << summary->toText();
        if (pii)
            out << pii->toText();
    }
    return ExitCode::Ok;
}

} // namespace td::cli
