#include "ChatCommand.h"

#include "CliConnection.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include "api/connection/ModelAddress.h"
#include "api/http/CurlTransport.h"
#include "playground/ChatSession.h"

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
    parser.addPositionalArgument(
        QStringLiteral("MODEL"),
        QCoreApplication::translate("cli",
                                    "The model (v2:NAME for a dedicated endpoint v2 or one of its deployments)"));
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
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("cli", "Seed, for answers that can be repeated"),
                                  QStringLiteral("N"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("cli", "Print the conversation as the playground saves it (one JSON object), "
                                           "instead of streaming the answer"));
    parser.addOptions({system, maxTokens, temperature, seed, json, baseUrl, profile, stallTimeout});
    if (auto code = parseCommandLine(parser, args))
        return *code;
    QTextStream err(stderr);
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        err << "usage: tunedesk-cli chat MODEL [MESSAGE] [--system TEXT] [--seed N] [--json] [--base-url URL]"
            << Qt::endl;
        return ExitCode::Usage;
    }
    QString message = pos.mid(1).join(QLatin1Char(' '));
    if (message.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ExitCode::InputUnreadable;
        message = QString::fromUtf8(in.readAll()).trimmed();
    }
    ChatParameters parameters;
    bool ok = true;
    parameters.maxTokens = parser.value(maxTokens).toInt(&ok);
    bool okT = true;
    parameters.temperature = parser.value(temperature).toDouble(&okT);
    bool okS = true;
    if (parser.isSet(seed))
        parameters.seed = parser.value(seed).toLongLong(&okS);
    if (!ok || !okT || !okS) {
        err << QCoreApplication::translate("cli", "tunedesk-cli: --max-tokens, --temperature and --seed take numbers")
            << Qt::endl;
        return ExitCode::Usage;
    }
    const bool asJson = parser.isSet(json);

    // The playground's engine: the same request, streaming, timing and usage as the app.
    CurlTransport transport;
    QCoreApplication* app = QCoreApplication::instance();
    ChatSession session(&transport);
    qsizetype printed = 0;
    QString notice;
    QObject::connect(&session, &ChatSession::changed, app, [&] {
        const auto& messages = session.messages();
        if (messages.isEmpty() || !messages.back().isAssistant())
            return;
        const ChatMessage& answer = messages.back();
        if (answer.notice != notice) {
            notice = answer.notice;
            if (!notice.isEmpty())
                err << notice << Qt::endl; // a 429 or 5xx being waited out
        }
        if (!asJson && answer.content.size() > printed) {
            const QByteArray u = answer.content.mid(printed).toUtf8();
            std::fwrite(u.constData(), 1, std::size_t(u.size()), stdout);
            std::fflush(stdout);
            printed = answer.content.size();
        }
    });
    QObject::connect(&session, &ChatSession::finished, app, [&] {
        const ChatMessage answer = session.messages().isEmpty() ? ChatMessage() : session.messages().back();
        if (asJson) {
            nlohmann::ordered_json j;
            j["model"] = session.model().toStdString();
            if (!session.systemPrompt().isEmpty())
                j["system"] = session.systemPrompt().toStdString();
            j["parameters"] = session.parameters().toJson();
            j["messages"] = nlohmann::ordered_json::array();
            for (const ChatMessage& m : session.messages())
                j["messages"].push_back(m.toJson());
            const std::string text = j.dump(2) + "\n";
            std::fwrite(text.data(), 1, text.size(), stdout);
        } else {
            std::fputs("\n", stdout);
        }
        std::fflush(stdout);
        if (!answer.error.isEmpty()) {
            err << "tunedesk-cli: " << answer.error << Qt::endl;
            app->exit(ExitCode::NetworkError);
            return;
        }
        if (!asJson && answer.completionTokens >= 0)
            err << QCoreApplication::translate("cli", "[%1 prompt + %2 completion tokens, first token after %3 ms]")
                       .arg(answer.promptTokens)
                       .arg(answer.completionTokens)
                       .arg(answer.firstTokenMs)
                << Qt::endl;
        app->exit(ExitCode::Ok);
    });
    return withConnection(parser.value(baseUrl), parser.value(profile), [&](Connection connection) {
        if (parser.isSet(stallTimeout))
            connection.stallTimeoutMs = int(parser.value(stallTimeout).toDouble() * 1000);
        const ModelAddress address = ModelAddress::parse(pos.front());
        session.setConnection(address.route(connection));
        session.setModel(address.model);
        session.setSystemPrompt(parser.value(system));
        session.setParameters(parameters);
        session.send(message);
    });
}

} // namespace td::cli
