#include "CheckCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include "validate/ParityChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace td::cli {

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Checks a dataset exactly as Together's `together files check` does (Python client 1.5.34)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The file to check"));
    if (auto code = parseCommandLine(parser, args))
        return *code;
    if (parser.positionalArguments().size() != 1) {
        std::fputs("usage: tunedesk-cli check FILE\n", stderr);
        return ExitCode::Usage;
    }
    const QString given = parser.positionalArguments().front();
    const QFileInfo info(given);
    if (!info.exists()) {
        // What click prints for a missing path argument.
        // (click exits with 2 here; tunedesk-cli uses its own table for every command.)
        std::fprintf(stderr, "Error: Invalid value for 'FILE': Path '%s' does not exist.\n",
                     given.toUtf8().constData());
        return ExitCode::InputUnreadable;
    }
    if (!info.isDir() && !info.isReadable()) {
        std::fprintf(stderr, "%s\n",
                     QCoreApplication::translate("cli", "tunedesk-cli: cannot read %1: permission denied")
                         .arg(given)
                         .toUtf8()
                         .constData());
        return ExitCode::InputUnreadable;
    }
    // `together files check` resolves the path (click's resolve_path) before checking it.
    const auto checked = checkFileParity(info.canonicalFilePath());
    if (!checked) {
        // No verdict (a FIFO or device, or the file changed while it was read): an error, not a report.
        std::fprintf(stderr, "tunedesk-cli: %s\n", checked.error().message.toUtf8().constData());
        return 1;
    }
    const ParityReport& report = *checked;
    const std::string out = report.toPythonJson() + "\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    return report.passed() ? ExitCode::Ok : ExitCode::DataErrors;
}

} // namespace td::cli
