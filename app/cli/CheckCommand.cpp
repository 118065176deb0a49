#include "CheckCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"

#include "validate/CheckProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace td::cli {

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Checks a dataset as Together does. --profile 1.5.34 (the default): exactly what `together files "
               "check` of Python client 1.5.34 prints. --profile today: the structural check of Together's current "
               "client and the server's published rule; the server judges the rest after upload."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("cli", "Which check decides: 1.5.34 or today"),
                                     QStringLiteral("PROFILE"), QStringLiteral("1.5.34"));
    parser.addOption(profile);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The file to check"));
    if (auto code = parseCommandLine(parser, args))
        return *code;
    const std::optional<CheckProfile> chosen = checkProfileFromId(parser.value(profile));
    if (parser.positionalArguments().size() != 1 || !chosen) {
        std::fputs("usage: tunedesk-cli check FILE [--profile 1.5.34|today]\n", stderr);
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
    const auto checked = checkFile(*chosen, info.canonicalFilePath());
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
