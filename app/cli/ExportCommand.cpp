#include "ExportCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
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
                                           "merge-same-role, strip-bom, normalize-line-ends, delete-row, or all"),
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
    parser.addOptions({validOnly, fix, split, seed, profile, json});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << "usage: tunedesk-cli export IN OUT [--valid-only] [--fix CODE...] [--split FRACTION --seed N] [--json]"
            << Qt::endl;
        return ExitCode::Usage;
    }
    ExportOptions options;
    options.inputPath = parser.positionalArguments().at(0);
    options.output = parser.positionalArguments().at(1);
    options.validOnly = parser.isSet(validOnly);
    options.seed = parser.value(seed).toULongLong();
    options.lint.profile = parser.value(profile) == QLatin1String("tools") ? LintProfile::Tools : LintProfile::Client;
    const FixKind all[] = {FixKind::WeightToInteger, FixKind::DropExtraKeys,     FixKind::MergeSameRole,
                           FixKind::StripBom,        FixKind::NormalizeLineEnds, FixKind::DeleteRow};
    for (const QString& code : parser.values(fix)) {
        bool known = false;
        for (FixKind k : all)
            if (code == QLatin1String("all") || code == QLatin1String(fixCode(k))) {
                options.fixes.insert(k);
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

    const auto doc = openDataset(parser.positionalArguments().front());
    if (!doc)
        return ExitCode::InputUnreadable;
    auto result = exportDataset(doc->snapshot(), options);
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
