#include "ExportCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "WhereOption.h"
#include "query/DatasetSplit.h"
#include "query/FilterExpression.h"
#include "validate/Exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace td::cli {

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes a cleaned copy of a dataset: chosen fixes applied, invalid rows dropped, optionally split into "
               "training and validation files. The output is checked as `together files check` would."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("IN"), QCoreApplication::translate("cli", "The dataset"));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QCoreApplication::translate("cli", "The .jsonl or .jsonl.zst to write"));
    const QCommandLineOption validOnly(QStringLiteral("valid-only"),
                                       QCoreApplication::translate("cli", "Drop rows that still have errors"));
    const QCommandLineOption fix(
        QStringLiteral("fix"),
        QCoreApplication::translate("cli", "Apply a fix: weight-to-integer, drop-extra-keys, "
                                           "merge-same-role, strip-bom, normalize-line-ends, delete-row, or all; "
                                           "redact-personal-data (not part of all) replaces e-mail addresses, "
                                           "phone numbers, keys and the like with placeholders"),
        QStringLiteral("CODE"));
    const QCommandLineOption split(QStringLiteral("split"),
                                   QCoreApplication::translate("cli", "Share of rows for a validation file (0-1)"),
                                   QStringLiteral("FRACTION"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("cli", "Seed of the split"),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption profile(QStringLiteral("profile"), QCoreApplication::translate("cli", "client or tools"),
                                     QStringLiteral("client|tools"), QStringLiteral("client"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Print the summary as one JSON object"));
    const QCommandLineOption where(
        QStringLiteral("where"),
        QCoreApplication::translate("cli", "Export only the rows matching EXPR (see tunedesk-cli stats --help)"),
        QStringLiteral("EXPR"));
    const QCommandLineOption stratify(
        QStringLiteral("stratify"),
        QCoreApplication::translate("cli", "Split each format (format) or each value of a top-level field "
                                           "(field:NAME) in the same proportion"),
        QStringLiteral("format|field:NAME"));
    const QCommandLineOption groups(
        QStringLiteral("groups"),
        QCoreApplication::translate("cli", "Keep rows of one group on one side of the split: a file with one "
                                           "group id per row (e.g. near-duplicate clusters; empty or - for none)"),
        QStringLiteral("FILE"));
    parser.addOptions({validOnly, fix, split, seed, profile, json, where, stratify, groups});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << "usage: tunedesk-cli export IN OUT [--valid-only] [--fix CODE...] [--where EXPR] "
               "[--split FRACTION --seed N [--stratify format|field:NAME] [--groups FILE]] [--json]"
            << Qt::endl;
        return ExitCode::Usage;
    }
    ExportOptions options;
    options.inputPath = parser.positionalArguments().at(0);
    options.output = parser.positionalArguments().at(1);
    options.validOnly = parser.isSet(validOnly);
    options.seed = parser.value(seed).toULongLong();
    options.lint.profile = parser.value(profile) == QLatin1String("tools") ? LintProfile::Tools : LintProfile::Client;
    const FixKind all[] = {FixKind::WeightToInteger,    FixKind::DropExtraKeys,      FixKind::MergeSameRole,
                           FixKind::StripBom,           FixKind::NormalizeLineEnds,  FixKind::DeleteRow,
                           FixKind::DropUnknownKeys,    FixKind::SampleWeightToZero, FixKind::MoveToolsIntoInput,
                           FixKind::ImageTypeFromBytes, FixKind::DropTrailingText};
    for (const QString& code : parser.values(fix)) {
        bool known = false;
        for (FixKind k : all)
            if (code == QLatin1String("all") || code == QLatin1String(fixCode(k))) {
                options.fixes.insert(k);
                known = true;
            }
        // Redaction changes what rows say, so "all" leaves it out: it is asked for by name.
        if (code == QLatin1String(fixCode(FixKind::RedactPersonalData))) {
            options.fixes.insert(FixKind::RedactPersonalData);
            known = true;
        }
        if (!known) {
            err << QCoreApplication::translate("cli", "tunedesk-cli: unknown fix '%1'").arg(code) << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (parser.isSet(split)) {
        bool ok = false;
        const double f = parser.value(split).toDouble(&ok);
        if (!ok || f <= 0 || f >= 1) {
            err << QCoreApplication::translate("cli", "tunedesk-cli: --split takes a fraction between 0 and 1")
                << Qt::endl;
            return ExitCode::Usage;
        }
        options.validationFraction = f;
    }

    const QString stratifyBy = parser.value(stratify);
    if ((parser.isSet(stratify) || parser.isSet(groups)) && !options.validationFraction) {
        err << QCoreApplication::translate("cli", "tunedesk-cli: --stratify and --groups shape a split: add --split")
            << Qt::endl;
        return ExitCode::Usage;
    }
    if (parser.isSet(stratify) && stratifyBy != QLatin1String("format") &&
        !(stratifyBy.startsWith(QLatin1String("field:")) && stratifyBy.size() > 6)) {
        err << QCoreApplication::translate("cli", "tunedesk-cli: --stratify takes format or field:NAME") << Qt::endl;
        return ExitCode::Usage;
    }
    const auto doc = openDataset(parser.positionalArguments().front());
    if (!doc)
        return ExitCode::InputUnreadable;
    const DocumentSnapshot snap = doc->snapshot();
    std::vector<RowFacts> facts;
    if (parser.isSet(where))
        facts = computeFacts(snap);
    if (parser.isSet(where)) {
        auto rows = rowsWhere(parser.value(where), facts, err);
        if (!rows)
            return ExitCode::Usage;
        if (rows->empty()) {
            err << QCoreApplication::translate("cli", "tunedesk-cli: no row matches --where %1; nothing was written")
                       .arg(parser.value(where))
                << Qt::endl;
            return ExitCode::DataErrors;
        }
        options.rows = std::move(*rows);
    }
    if (parser.isSet(stratify) || parser.isSet(groups)) {
        // The shape the export dialog offers, planned by the same function.
        SplitShape shape;
        if (stratifyBy == QLatin1String("format")) {
            shape.strata = SplitShape::Strata::Format;
        } else if (parser.isSet(stratify)) {
            shape.strata = SplitShape::Strata::Field;
            shape.field = stratifyBy.mid(6);
        }
        if (parser.isSet(groups)) {
            shape.groups = SplitShape::Groups::File;
            shape.groupsFile = parser.value(groups);
        }
        auto plan = makeSplitPlan(snap, *options.validationFraction, options.seed, shape);
        if (!plan) {
            err << "tunedesk-cli: " << plan.error().message << Qt::endl;
            return plan.error().code == Error::Code::NotFound ? ExitCode::InputUnreadable : ExitCode::Usage;
        }
        options.chooseValidation = [plan = std::move(*plan)](const std::vector<std::int64_t>& kept) {
            return chooseValidationRows(kept, plan);
        };
    }
    auto result = exportDataset(snap, options);
    if (!result) {
        err << "tunedesk-cli: " << result.error().message << Qt::endl;
        // The input changing under the export is an input problem; the rest is about writing.
        return result.error().code == Error::Code::Changed ? ExitCode::InputUnreadable : ExitCode::OutputFailed;
    }
    const ExportSummary& s = *result;
    const bool rejectedAny =
        (s.trainCheck && !s.trainCheck->passed()) || (s.validationCheck && !s.validationCheck->passed());
    if (parser.isSet(json)) {
        out << QString::fromUtf8(s.toJson());
        out.flush();
        return rejectedAny ? ExitCode::DataErrors : ExitCode::Ok;
    }
    out << QCoreApplication::translate("cli", "Wrote %1 rows (%2 fixed, %3 dropped of %4)")
               .arg(s.rowsWritten)
               .arg(s.rowsFixed)
               .arg(s.rowsDropped)
               .arg(s.rowsConsidered)
        << '\n';
    bool rejected = false;
    auto report = [&](const QString& path, std::int64_t rows, const std::optional<ParityReport>& check) {
        out << "  " << path << ": " << rows << ' ' << QCoreApplication::translate("cli", "rows") << ", ";
        if (!check)
            out << QCoreApplication::translate("cli", "not checked (check_file only reads .jsonl)");
        else if (check->passed())
            out << QCoreApplication::translate("cli", "Together's checker would accept it");
        else
            out << QCoreApplication::translate("cli", "Together's checker would reject it: %1")
                       .arg(QString::fromStdString(check->message()));
        out << '\n';
        rejected = rejected || (check && !check->passed());
    };
    report(s.trainPath, s.trainRows, s.trainCheck);
    if (!s.validationPath.isEmpty())
        report(s.validationPath, s.validationRows, s.validationCheck);
    out.flush();
    return rejected ? ExitCode::DataErrors : ExitCode::Ok;
}

} // namespace td::cli
