#include "ImportCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "import/Importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStringList>
#include <QTextStream>

namespace td::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cli", text);
}

constexpr const char* kUsage =
    "usage: tunedesk-cli import IN OUT [--from auto|sharegpt|alpaca|openai|prompt-completion|"
    "text|hf|csv|tsv] [--map SLOT=SOURCE,...] [--profile 1.5.34|today] [--json]";

} // namespace

int runImport(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts a chat dataset in another shape to Together's JSONL: ShareGPT, Alpaca, OpenAI chat, "
           "prompt/completion, plain text, Hugging Face chat exports, CSV or TSV. The format is detected from the "
           "first rows unless --from names it; --map names the keys or columns (for CSV/TSV: "
           "system=COL,user=COL,assistant=COL, or prompt=COL,completion=COL, or text=COL; a column by name or "
           "1-based number). Rows that cannot be converted are listed with their line and reason. The output is "
           "checked as `together files check` would."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("IN"), tr("The file to convert"));
    parser.addPositionalArgument(QStringLiteral("OUT"), tr("The .jsonl or .jsonl.zst to write"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The input's format: auto (the default), sharegpt, alpaca, openai, "
                                     "prompt-completion, text, hf, csv or tsv"),
                                  QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption map(QStringLiteral("map"),
                                 tr("Where each part comes from: SLOT=SOURCE pairs separated by commas"),
                                 QStringLiteral("SLOT=SOURCE,..."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The check of the output: 1.5.34 or today"),
                                     QStringLiteral("1.5.34|today"), QStringLiteral("1.5.34"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the summary as one JSON object"));
    parser.addOptions({from, map, profile, json});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 2) {
        err << kUsage << Qt::endl;
        return ExitCode::Usage;
    }
    ImportOptions options;
    options.input = parser.positionalArguments().at(0);
    options.output = parser.positionalArguments().at(1);
    const auto format = importFormatFromId(parser.value(from));
    if (!format) {
        err << tr("tunedesk-cli: unknown format '%1' for --from").arg(parser.value(from)) << '\n' << kUsage << Qt::endl;
        return ExitCode::Usage;
    }
    options.format = *format;
    if (parser.isSet(map)) {
        auto m = FieldMapping::parse(parser.values(map).join(QLatin1Char(',')));
        if (!m) {
            err << "tunedesk-cli: " << m.error().message << Qt::endl;
            return ExitCode::Usage;
        }
        options.mapping = *m;
    }
    const auto chosen = checkProfileFromId(parser.value(profile));
    if (!chosen) {
        err << kUsage << Qt::endl;
        return ExitCode::Usage;
    }
    options.check = *chosen;

    ImportStage stage = ImportStage::Input;
    auto result = importFile(options, &stage);
    if (!result) {
        err << "tunedesk-cli: " << result.error().message << Qt::endl;
        if (result.error().isCancelled())
            return ExitCode::OutputFailed;
        switch (stage) {
        case ImportStage::Input:
            return ExitCode::InputUnreadable;
        case ImportStage::Mapping:
            return ExitCode::Usage;
        case ImportStage::Output:
            return ExitCode::OutputFailed;
        }
    }
    const ImportSummary& s = *result;
    const bool failed = s.rowsRefused > 0 || (s.check && !s.check->passed()) || s.rowsConverted == 0;
    if (parser.isSet(json)) {
        out << QString::fromUtf8(s.toJson());
        out.flush();
        return failed ? ExitCode::DataErrors : ExitCode::Ok;
    }
    out << tr("Read %1 as %2 (%3% of the first %4 rows convert; mapping %5)")
               .arg(options.input, importFormatName(s.detection.format))
               .arg(int(s.detection.confidence * 100 + 0.5))
               .arg(s.detection.sampled)
               .arg(s.detection.mapping.empty() ? tr("none") : s.detection.mapping.toString())
        << '\n';
    out << tr("Wrote %1 %2 rows to %3; %4 of %5 rows refused")
               .arg(s.rowsConverted)
               .arg(targetFormatName(s.target), s.outputPath)
               .arg(s.rowsRefused)
               .arg(s.rowsRead)
        << '\n';
    for (const RefusedRow& r : s.refused)
        out << "  " << tr("line %1: %2").arg(r.line).arg(r.reason) << '\n';
    if (std::int64_t(s.refused.size()) < s.rowsRefused)
        out << "  " << tr("… and %1 more refused rows").arg(s.rowsRefused - std::int64_t(s.refused.size())) << '\n';
    if (!s.check)
        out << tr("Not checked (check_file only reads .jsonl)") << '\n';
    else if (s.check->passed())
        out << tr("Together's checker would accept it") << '\n';
    else
        out << tr("Together's checker would reject it: %1").arg(QString::fromStdString(s.check->message())) << '\n';
    out.flush();
    return failed ? ExitCode::DataErrors : ExitCode::Ok;
}

} // namespace td::cli
