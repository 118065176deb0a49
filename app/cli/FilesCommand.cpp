#include "FilesCommand.h"

#include "CliConnection.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "api/client/FileValidation.h"
#include "api/client/TogetherClient.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "jobs/ServerFileVerdict.h"
#include "validate/ParityChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace td::cli {

namespace {

QString describe(const RemoteFile& f)
{
    QString line =
        QStringLiteral("%1  %2  %3 bytes  %4").arg(f.id, f.filename, QLocale::c().toString(f.bytes), f.purpose);
    if (f.lineCount)
        line += QStringLiteral("  %1 lines").arg(*f.lineCount);
    if (!f.processingStatus.isEmpty())
        line += QStringLiteral("  ") + f.processingStatus;
    if (f.valid && !*f.valid)
        line += QStringLiteral("  (") + f.validationError + QLatin1Char(')');
    return line;
}

} // namespace

int runFiles(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Files on the platform."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("upload FILE | list | delete ID"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("fine-tune (default) or eval"),
                                     QStringLiteral("P"), QStringLiteral("fine-tune"));
    const QCommandLineOption noCheck(
        QStringLiteral("no-check"),
        QCoreApplication::translate("cli", "Upload even if Together's checker would reject it"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QStringLiteral("API base URL"), QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Connection profile (id or name)"),
                                     QStringLiteral("NAME"));
    parser.addOptions({purpose, noCheck, json, baseUrl, profile});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (!((action == QLatin1String("upload") && pos.size() == 2) ||
          (action == QLatin1String("list") && pos.size() == 1) ||
          (action == QLatin1String("delete") && pos.size() == 2))) {
        err << "usage: tunedesk-cli files upload FILE [--purpose P] [--no-check] | list [--json] | delete ID"
            << Qt::endl;
        return ExitCode::Usage;
    }
    if (action == QLatin1String("upload") && !QFileInfo(pos[1]).isFile()) {
        err << QCoreApplication::translate("cli", "tunedesk-cli: %1 is not a file").arg(pos[1]) << Qt::endl;
        return ExitCode::InputUnreadable;
    }
    if (action == QLatin1String("upload") && parser.value(purpose) == QLatin1String("fine-tune") &&
        !parser.isSet(noCheck)) {
        // As Together's clients do: check first, and do not upload what would be rejected.
        const auto checked = checkFileParity(QFileInfo(pos[1]).absoluteFilePath());
        if (!checked) {
            err << "tunedesk-cli: " << checked.error().message << Qt::endl;
            return 1;
        }
        const ParityReport& report = *checked;
        if (!report.passed()) {
            err << QCoreApplication::translate("cli",
                                               "Together's checker would reject %1: %2\n(--no-check uploads it anyway)")
                       .arg(pos[1], QString::fromStdString(report.message()))
                << Qt::endl;
            return ExitCode::DataErrors;
        }
    }
    CurlTransport transport;
    QCoreApplication* app = QCoreApplication::instance();
    return withConnection(parser.value(baseUrl), parser.value(profile), [&](const Connection& connection) {
        // The handlers below outlive this function's locals: they capture them by value.
        auto report = [&err, app](const ApiError& e) {
            err << "tunedesk-cli: " << e.explanation() << Qt::endl;
            app->exit(ExitCode::NetworkError);
        };
        if (action == QLatin1String("upload")) {
            auto* upload = new FileUpload(&transport, connection, pos[1], parser.value(purpose), app);
            QObject::connect(upload, &FileUpload::stage, app, [&](const QString& s) { err << s << "…" << Qt::endl; });
            const QString path = pos[1];
            QObject::connect(upload, &FileUpload::finished, app,
                             [&out, &err, app, report, connection, &transport, path](const UploadOutcome& o) {
                                 if (const auto* e = std::get_if<ApiError>(&o))
                                     return report(*e);
                                 // Together validates the file on its side: its verdict is the
                                 // one that counts, so it is waited for and shown.
                                 auto* validation = new FileValidation(TogetherClient(&transport, connection),
                                                                       std::get<RemoteFile>(o).id, app);
                                 QObject::connect(validation, &FileValidation::status, app, [&err](const QString& s) {
                                     err << QCoreApplication::translate("cli", "Together is validating it (%1)…").arg(s)
                                         << Qt::endl;
                                 });
                                 QObject::connect(validation, &FileValidation::finished, app,
                                                  [&out, &err, app, report, path](const UploadOutcome& v) {
                                                      if (const auto* e = std::get_if<ApiError>(&v))
                                                          return report(*e);
                                                      const RemoteFile& f = std::get<RemoteFile>(v);
                                                      out << describe(f) << Qt::endl;
                                                      const auto verdict = FileValidation::verdictOf(f);
                                                      if (FileValidation::isFinal(f.processingStatus) &&
                                                          (verdict == FileValidation::Verdict::Completed ||
                                                           verdict == FileValidation::Verdict::Unchecked)) {
                                                          app->exit(ExitCode::Ok);
                                                          return;
                                                      }
                                                      if (FileValidation::isFinal(f.processingStatus))
                                                          err << ServerFileVerdict::describe(f, path) << Qt::endl;
                                                      app->exit(ExitCode::DataErrors);
                                                  });
                                 validation->start(std::get<RemoteFile>(o));
                             });
            upload->start();
            return;
        }
        const bool list = action == QLatin1String("list");
        HttpRequest r = ApiRequest::jsonRequest(connection, list ? "GET" : "DELETE",
                                                list ? QStringLiteral("files") : QStringLiteral("files/") + pos[1]);
        // Deleting has a side effect: retried only on 429, never after a failure that may
        // have come after the file was deleted (a second DELETE would answer 404).
        auto* req = new ApiRequest(&transport, connection, r, list, app);
        const bool printJson = !list || parser.isSet(json);
        QObject::connect(req, &ApiRequest::finished, app, [&out, app, report, printJson](const ApiRequest::Outcome& o) {
            if (const auto* e = std::get_if<ApiError>(&o))
                return report(*e);
            const QByteArray body = std::get<HttpResponse>(o).body;
            if (printJson) {
                out << body << Qt::endl;
                app->exit(ExitCode::Ok);
                return;
            }
            const auto j = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
            if (j.is_object() && j.contains("data") && j["data"].is_array())
                for (const auto& f : j["data"])
                    if (auto file = RemoteFile::fromJson(QByteArray::fromStdString(f.dump())))
                        out << describe(*file) << '\n';
            out.flush();
            app->exit(ExitCode::Ok);
        });
        req->start();
    });
}

} // namespace td::cli
