#include "LintCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "OpenDataset.h"
#include "validate/Linter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <map>

namespace td::cli {

int runLint(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists every problem in a dataset."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "A .jsonl or .jsonl.zst file"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("cli", "Rules: client (default) or tools"),
                                     QStringLiteral("client|tools"), QStringLiteral("client"));
    const QCommandLineOption context(
        QStringLiteral("context-length"),
        QCoreApplication::translate("cli", "Warn about rows longer than N tokens (estimated)"), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions({json, profile, context});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1 ||
        !(parser.value(profile) == QLatin1String("client") || parser.value(profile) == QLatin1String("tools"))) {
        err << "usage: tunedesk-cli lint FILE [--json] [--profile client|tools] [--context-length N]" << Qt::endl;
        return ExitCode::Usage;
    }
    bool contextOk = false;
    const qlonglong contextLength = parser.value(context).toLongLong(&contextOk);
    if (!contextOk || contextLength < 0) {
        err << QCoreApplication::translate("cli", "tunedesk-cli: --context-length takes a number of tokens")
            << Qt::endl;
        return ExitCode::Usage;
    }
    const auto doc = openDataset(parser.positionalArguments().front());
    if (!doc)
        return ExitCode::InputUnreadable;
    LintOptions options;
    options.profile = parser.value(profile) == QLatin1String("tools") ? LintProfile::Tools : LintProfile::Client;
    options.contextLength = contextLength;
    const DocumentSnapshot snap = doc->snapshot();
    LintResult result = lintSnapshot(snap, options);
    if (auto unchanged = snap.checkUnchanged(); !unchanged) {
        err << "tunedesk-cli: " << unchanged.error().message << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    // Together's checker rejects a file without rows ("File is empty"); the row rules have
    // nothing to say about it, so the file-level problem is added here.
    if (result.rows == 0) {
        LintProblem p;
        p.row = -1;
        p.line = 0;
        p.code = "empty-file";
        p.message = QCoreApplication::translate("cli", "The file is empty; Together's checker rejects it.");
        result.problems.push_back(std::move(p));
    }

    std::map<std::string, int> counts;
    for (const LintProblem& p : result.problems)
        ++counts[p.code];
    bool anyError = false;
    for (const LintProblem& p : result.problems)
        anyError = anyError || p.severity == Severity::Error;

    if (parser.isSet(json)) {
        QJsonArray problems;
        for (const LintProblem& p : result.problems)
            problems.append(QJsonObject{
                {QStringLiteral("row"), qint64(p.row + 1)},
                {QStringLiteral("line"), qint64(p.line)},
                {QStringLiteral("byte_offset"), qint64(p.byteOffset)},
                {QStringLiteral("pointer"), QString::fromStdString(p.pointer)},
                {QStringLiteral("code"), QString::fromStdString(p.code)},
                {QStringLiteral("severity"), p.severity == Severity::Error     ? QStringLiteral("error")
                                             : p.severity == Severity::Warning ? QStringLiteral("warning")
                                                                               : QStringLiteral("info")},
                {QStringLiteral("message"), p.message},
                {QStringLiteral("fix"), QString::fromLatin1(fixCode(p.fix))},
            });
        QJsonObject countObj;
        for (const auto& [code, n] : counts)
            countObj.insert(QString::fromStdString(code), n);
        out << QJsonDocument(QJsonObject{{QStringLiteral("rows"), qint64(result.rows)},
                                         {QStringLiteral("rows_with_errors"), qint64(result.errorRows)},
                                         {QStringLiteral("counts"), countObj},
                                         {QStringLiteral("problems"), problems}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    } else {
        const QString file = parser.positionalArguments().front();
        for (const LintProblem& p : result.problems) {
            out << file << ':'
                << (p.line > 0  ? QString::number(p.line)
                    : p.row < 0 ? QStringLiteral("file")
                                : QStringLiteral("row ") + QString::number(p.row + 1))
                << ": " << severityName(p.severity) << " [" << QString::fromStdString(p.code) << ']';
            if (!p.pointer.empty())
                out << ' ' << QString::fromStdString(p.pointer);
            out << ": " << p.message;
            if (p.fix != FixKind::None)
                out << " (fix: " << fixCode(p.fix) << ')';
            out << '\n';
        }
        out << QCoreApplication::translate("cli", "%1 rows, %2 with errors, %3 problems")
                   .arg(result.rows)
                   .arg(result.errorRows)
                   .arg(result.problems.size())
            << '\n';
        for (const auto& [code, n] : counts)
            out << "  " << QString::fromStdString(code) << ": " << n << '\n';
        out.flush();
    }
    return anyError ? ExitCode::DataErrors : ExitCode::Ok;
}

} // namespace td::cli
