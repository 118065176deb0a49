#include "ChatCommand.h"

#include "CliConnection.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include "api/ChatCompletion.h"
#include "api/CurlTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cstdio>

namespace td::cli {

int runChat(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Streams a chat completion to standard output."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("MODEL"), QCoreApplication::translate("cli", "The model"));
    parser.addPositionalArgument(QStringLiteral("MESSAGE"),
                                 QCoreApplication::translate("cli", "The user message (default: standard input)"));
    const QCommandLineOption system(QStringLiteral("system"), QCoreApplication::translate("cli", "A system prompt"),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"),
                                       QCoreApplication::translate("cli", "Answer length"), QStringLiteral("N"),
                                       QStringLiteral("512"));
    const QCommandLineOption temperature(QStringLiteral("temperature"), QCoreApplication::translate("cli", "Sampling"),
                                         QStringLiteral("T"), QStringLiteral("0.7"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     QCoreApplication::translate("cli", "API base URL (default: $TOGETHER_BASE_URL or "
                                                                        "https://api.together.ai/v1)"),
                                     QStringLiteral("URL"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Connection profile (id or name)"),
                                     QStringLiteral("NAME"));
    const QCommandLineOption stallTimeout(
        QStringLiteral("stall-timeout"),
        QCoreApplication::translate("cli", "Give up when the server sends nothing for this long (60 seconds)"),
        QStringLiteral("SECONDS"));
    parser.addOptions({system, maxTokens, temperature, baseUrl, profile, stallTimeout});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream err(stderr);
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        err << "usage: tunedesk-cli chat MODEL [MESSAGE] [--system TEXT] [--base-url URL]" << Qt::endl;
        return ExitCode::Usage;
    }
    QString message = pos.mid(1).join(QLatin1Char(' '));
    if (message.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ExitCode::InputUnreadable;
        message = QString::fromUtf8(in.readAll()).trimmed();
    }

    nlohmann::ordered_json body;
    body["model"] = pos.front().toStdString();
    body["messages"] = nlohmann::ordered_json::array();
    if (parser.isSet(system))
        body["messages"].push_back({{"role", "system"}, {"content", parser.value(system).toStdString()}});
    body["messages"].push_back({{"role", "user"}, {"content", message.toStdString()}});
    body["max_tokens"] = parser.value(maxTokens).toInt();
    body["temperature"] = parser.value(temperature).toDouble();

    CurlTransport transport;
    QCoreApplication* app = QCoreApplication::instance();
    return withConnection(parser.value(baseUrl), parser.value(profile), [&](Connection connection) {
        if (parser.isSet(stallTimeout))
            connection.stallTimeoutMs = int(parser.value(stallTimeout).toDouble() * 1000);
        auto* chat = new ChatCompletion(&transport, connection, QByteArray::fromStdString(body.dump()), app);
        QObject::connect(chat, &ChatCompletion::delta, app, [](const QString& text) {
            const QByteArray u = text.toUtf8();
            std::fwrite(u.constData(), 1, std::size_t(u.size()), stdout);
            std::fflush(stdout);
        });
        QObject::connect(chat, &ChatCompletion::retrying, app, [&](int attempt, qint64 delayMs, const ApiError& e) {
            // The wait actually used, not the server's hint when another one was chosen.
            err << retryingText(attempt, delayMs, e) << Qt::endl;
        });
        QObject::connect(chat, &ChatCompletion::finished, app, [&, chat](const std::optional<ApiError>& error) {
            std::fputs("\n", stdout);
            if (error) {
                err << "tunedesk-cli: " << error->explanation() << Qt::endl;
                app->exit(ExitCode::NetworkError);
                return;
            } else {
                if (chat->stream().usage())
                    err << QCoreApplication::translate("cli",
                                                       "[%1 prompt + %2 completion tokens, first token after %3 ms]")
                               .arg(chat->stream().usage()->promptTokens)
                               .arg(chat->stream().usage()->completionTokens)
                               .arg(chat->firstTokenMs())
                        << Qt::endl;
            }
            app->exit(ExitCode::Ok);
        });
        chat->start();
    });
}

} // namespace td::cli
