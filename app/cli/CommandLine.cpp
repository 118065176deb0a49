#include "CommandLine.h"

#include "ExitCode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace td::cli {

std::optional<int> parseCommandLine(QCommandLineParser& parser, const QStringList& args)
{
    if (!parser.parse(args)) {
        QTextStream(stderr) << "tunedesk-cli: " << parser.errorText() << '\n'
                            << QCoreApplication::translate("cli", "%1 --help describes the command.")
                                   .arg(QFileInfo(args.value(0)).fileName())
                            << Qt::endl;
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitCode::Ok); // does not return
    return std::nullopt;
}

} // namespace td::cli
