#include "ChatCommand.h"
#include "CheckCommand.h"
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
               "  lint FILE [--json] [--profile client|tools] [--context-length N]\n"
               "                        every problem, with line, JSON pointer and fix\n"
               "  export IN OUT [--valid-only] [--fix CODE...] [--split FRACTION --seed N]\n"
               "                        a cleaned copy, checked as Together would\n"
               "  stats FILE [--json]   rows, formats, messages, characters, failures\n"
               "  chat MODEL [MESSAGE]  streams a chat completion (API key from the keychain or\n"
               "                        $TOGETHER_API_KEY; --base-url for other servers)\n"
               "  files upload FILE | list | delete ID\n"
               "                        files on the platform (uploads are checked first)\n"
               "  jobs create FILE|FILE_ID --model M [options] | list | get ID | events ID [--follow]\n"
               "       | cancel ID | download ID[:STEP] [--checkpoint-type default|merged|adapter] [--extract]\n"
               "                        fine-tuning jobs: checked against the model's limits and\n"
               "                        priced before they are created\n"
               "\n"
               "tunedesk-cli COMMAND --help describes a command.\n");
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
        return usage(2);
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(0);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "tunedesk-cli " << TD_VERSION << Qt::endl;
        return 0;
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
    return usage(2);
}
