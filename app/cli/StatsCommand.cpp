#include "StatsCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "dataset/DatasetStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

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
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream err(stderr);
    QTextStream out(stdout);
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("cli", "usage: tunedesk-cli stats FILE [--json]") << Qt::endl;
        return ExitCode::Usage;
    }
    const QString path = parser.positionalArguments().front();

    const auto doc = openDataset(path);
    if (!doc)
        return ExitCode::InputUnreadable;
    const DocumentSnapshot snap = doc->snapshot();
    DatasetStats stats = computeStats(snap);
    if (auto unchanged = snap.checkUnchanged(); !unchanged) {
        err << "tunedesk-cli: " << unchanged.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    stats.indexSeconds = double(doc->indexMilliseconds()) / 1000.0;
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(stats.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    else
        out << stats.toText();
    return ExitCode::Ok;
}

} // namespace td::cli
