#include "ChatCommand.h"
#include "CheckCommand.h"
#include "ExitCode.h"
#include "ExportCommand.h"
#include "FilesCommand.h"
#include "JobsCommand.h"
#include "LintCommand.h"
#include "StatsCommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

int usage(int code)
{
    QTextStream(code ? stderr : stdout) << QCoreApplication::translate(
        "cli", "usage: tunedesk-cli COMMAND [ARGS]\n\n"
               "Commands:\n"
               "  check FILE            prints what `together files check FILE` prints; exit 1 if it fails\n"
               "  lint FILE [--json] [--all] [--profile client|tools] [--context-length N]\n"
               "                        every problem, with line, JSON pointer and fix\n"
               "  export IN OUT [--valid-only] [--fix CODE...] [--split FRACTION --seed N] [--json]\n"
               "                        a cleaned copy, checked as Together would\n"
               "  stats FILE [--json]   rows, formats, messages, characters, failures\n"
               "  chat MODEL [MESSAGE] [--system TEXT] [--seed N] [--json]\n"
               "                        streams a chat completion (API key from the keychain or\n"
               "                        $TOGETHER_API_KEY; --base-url for other servers)\n"
               "  files upload FILE | list | delete ID [--json]\n"
               "                        files on the platform (uploads are checked first)\n"
               "  jobs preflight FILE --model M [options] [--json]\n"
               "                        offline: rows, tokens, price and where the result can run\n"
               "  jobs create FILE|FILE_ID --model M [options] [--recipe FILE] [--wait] | list | get ID\n"
               "       | events ID [--follow] | cancel ID [--json]\n"
               "                        fine-tuning jobs: checked against the model's limits and\n"
               "                        priced before they are created\n"
               "  jobs download ID[:STEP] [--checkpoint-type default|merged|adapter] [--output DIR] [--extract]\n"
               "                        the fine-tuned model, resumed after a drop, unpacked on request\n"
               "\n"
               "--json prints what a command reports as JSON, in the shapes the app uses.\n"
               "\n"
               "tunedesk-cli COMMAND --help describes a command.\n"
               "\n"
               "Exit status (the same for every command):\n"
               "  0  done; for check, lint and export: the data passed\n"
               "  1  the data has errors: check failed, lint found errors (an empty file too),\n"
               "     an exported file Together would reject, a job the model's limits rule out\n"
               "  2  wrong command line: unknown command or option, missing or invalid arguments\n"
               "  3  an input cannot be read: not found, not readable, not a dataset\n"
               "  4  an output cannot be written: disk full, read-only, or it is the input\n"
               "  5  the API could not be reached or answered with an error (or no API key)\n");
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tunedesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("TuneDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));

    QStringList args = app.arguments();
    if (args.size() < 2)
        return usage(td::cli::ExitCode::Usage);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(td::cli::ExitCode::Ok);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "tunedesk-cli " << TD_VERSION << Qt::endl;
        return td::cli::ExitCode::Ok;
    }
    args.removeAt(1);
    args[0] = args[0] + QLatin1Char(' ') + command;
    if (command == QLatin1String("stats"))
        return td::cli::runStats(args);
    if (command == QLatin1String("check"))
        return td::cli::runCheck(args);
    if (command == QLatin1String("chat"))
        return td::cli::runChat(args);
    if (command == QLatin1String("files"))
        return td::cli::runFiles(args);
    if (command == QLatin1String("jobs"))
        return td::cli::runJobs(args);
    if (command == QLatin1String("lint"))
        return td::cli::runLint(args);
    if (command == QLatin1String("export"))
        return td::cli::runExport(args);
    QTextStream(stderr) << QCoreApplication::translate("cli", "tunedesk-cli: unknown command '%1'").arg(command)
                        << Qt::endl;
    return usage(td::cli::ExitCode::Usage);
}
