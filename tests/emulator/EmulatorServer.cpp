#include "EmulatorServer.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTimer>

namespace td::emu {

namespace {

struct Model
{
    const char* id;
    const char* display;
    int context;
    double input, output; // dollars per million tokens
};

const Model kModels[] = {
    {"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "Meta Llama 3.1 8B Instruct Turbo", 131072, 0.18, 0.18},
    {"meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "Meta Llama 3.1 70B Instruct Turbo", 131072, 0.88, 0.88},
    {"Qwen/Qwen2.5-7B-Instruct-Turbo", "Qwen 2.5 7B Instruct Turbo", 32768, 0.30, 0.30},
};

QByteArray dumpJson(const nlohmann::json& j)
{
    return QByteArray::fromStdString(j.dump());
}

QStringList words(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

EmulatorServer::EmulatorServer(QObject* parent)
    : QTcpServer(parent)
{}

bool EmulatorServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QByteArray EmulatorServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort()) + "/v1";
}

EmulatorServer::Fault EmulatorServer::faultFromName(const QByteArray& name)
{
    if (name == "429")
        return Fault::RateLimit;
    if (name == "500-text")
        return Fault::ServerErrorText;
    if (name == "503")
        return Fault::Unavailable;
    if (name == "error-mid-stream")
        return Fault::ErrorMidStream;
    if (name == "cut-stream")
        return Fault::CutStream;
    if (name == "slow-first-byte")
        return Fault::SlowFirstByte;
    return Fault::None;
}

void EmulatorServer::incomingConnection(qintptr fd)
{
    auto* socket = new QTcpSocket(this);
    socket->setSocketDescriptor(fd);
    new HttpConnection(socket, [this](const HttpRequestIn& r, HttpConnection* c) { handle(r, c); });
}

void EmulatorServer::error(HttpConnection* c, int status, const QString& message, const char* type, const char* code,
                           const QList<QPair<QByteArray, QByteArray>>& headers)
{
    nlohmann::json e = {{"message", message.toStdString()}, {"type", type}, {"param", nullptr}};
    e["code"] = code ? nlohmann::json(code) : nlohmann::json(nullptr);
    c->respond(status, dumpJson({{"id", "emu-" + std::to_string(m_nextId++)}, {"error", e}}), "application/json",
               headers);
}

nlohmann::json EmulatorServer::modelList() const
{
    nlohmann::json list = nlohmann::json::array();
    for (const Model& m : kModels)
        list.push_back(
            {{"id", m.id},
             {"object", "model"},
             {"created", 1721692800},
             {"type", "chat"},
             {"display_name", m.display},
             {"organization", "emulator"},
             {"context_length", m.context},
             {"pricing", {{"input", m.input}, {"output", m.output}, {"hourly", 0}, {"base", 0}, {"finetune", 0}}}});
    return list;
}

void EmulatorServer::handle(const HttpRequestIn& r, HttpConnection* c)
{
    ++m_requests;
    Fault fault = m_always;
    if (!m_queue.empty()) {
        fault = m_queue.front();
        m_queue.pop_front();
    }
    if (r.headers.contains("x-emulator-fault"))
        fault = faultFromName(r.headers.value("x-emulator-fault"));

    const QByteArray auth = r.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() <= 7) {
        error(c, 401,
              QStringLiteral("Invalid API key provided. You can find your API key at "
                             "https://api.together.xyz/settings/api-keys."),
              "invalid_request_error", "invalid_api_key");
        return;
    }
    switch (fault) {
    case Fault::RateLimit:
        error(c, 429, QStringLiteral("You have been rate limited. Your rate limit is 60 queries per minute."),
              "rate_limit_exceeded", nullptr, {{"retry-after-ms", "50"}, {"retry-after", "1"}});
        return;
    case Fault::ServerErrorText:
        c->respond(500, "Internal Server Error", "text/plain");
        return;
    case Fault::Unavailable:
        c->respond(503, "upstream connect error or disconnect/reset before headers", "text/plain");
        return;
    default:
        break;
    }
    if (r.method == "GET" && r.path == "/v1/models") {
        c->respond(200, dumpJson(modelList()));
        return;
    }
    if (r.method == "POST" && r.path == "/v1/chat/completions") {
        if (fault == Fault::SlowFirstByte) {
            QPointer<HttpConnection> guard(c);
            QTimer::singleShot(1500, this, [this, r, guard] {
                if (guard)
                    chat(r, guard, Fault::None);
            });
            return;
        }
        chat(r, c, fault);
        return;
    }
    error(c, 404,
          QStringLiteral("Unknown request URL: %1 %2").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)),
          "invalid_request_error", "unknown_url");
}

QString EmulatorServer::answerFor(const QString& model, const nlohmann::json& messages)
{
    QString last;
    if (messages.is_array())
        for (const auto& m : messages)
            if (m.is_object() && m.value("role", std::string()) == "user" && m.contains("content") &&
                m["content"].is_string())
                last = QString::fromStdString(m["content"].get<std::string>());
    // Deterministic: the same conversation always gets the same answer.
    const QByteArray digest = QCryptographicHash::hash(last.toUtf8(), QCryptographicHash::Sha1).toHex().left(6);
    return QStringLiteral("This is %1 answering \"%2\" (reply %3).")
        .arg(model, last.left(200), QString::fromLatin1(digest));
}

void EmulatorServer::chat(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const nlohmann::json body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    if (!body.is_object() || !body.contains("model") || !body["model"].is_string()) {
        error(c, 400, QStringLiteral("Input validation error: model is required"), "invalid_request_error");
        return;
    }
    const QString model = QString::fromStdString(body["model"].get<std::string>());
    bool known = false;
    for (const Model& m : kModels)
        known = known || model == QLatin1String(m.id);
    if (!known) {
        error(c, 404,
              QStringLiteral("Unable to access model %1. Please visit https://api.together.ai/models to view "
                             "the list of supported models.")
                  .arg(model),
              "invalid_request_error", "model_not_available");
        return;
    }
    const QString answer = answerFor(model, body.value("messages", nlohmann::json::array()));
    const QStringList tokens = words(answer);
    const int promptTokens =
        int(words(QString::fromStdString(body.value("messages", nlohmann::json::array()).dump())).size());
    const std::string id = "emu-" + std::to_string(m_nextId++);
    const nlohmann::json usage = {{"prompt_tokens", promptTokens},
                                  {"completion_tokens", tokens.size()},
                                  {"total_tokens", promptTokens + int(tokens.size())}};
    if (!body.value("stream", false)) {
        c->respond(200, dumpJson({{"id", id},
                                  {"object", "chat.completion"},
                                  {"created", QDateTime::currentSecsSinceEpoch()},
                                  {"model", model.toStdString()},
                                  {"choices",
                                   {{{"index", 0},
                                     {"message", {{"role", "assistant"}, {"content", answer.toStdString()}}},
                                     {"finish_reason", "eos"},
                                     {"logprobs", nullptr}}}},
                                  {"usage", usage}}));
        return;
    }
    c->beginStream();
    QPointer<HttpConnection> guard(c);
    const int n = int(tokens.size());
    for (int i = 0; i <= n; ++i) {
        QTimer::singleShot(m_tokenIntervalMs * (i + 1), this, [=] {
            if (!guard)
                return;
            if (fault == Fault::ErrorMidStream && i == n / 2) {
                guard->streamChunk(
                    "data: " +
                    dumpJson(
                        {{"error", {{"message", "The model failed while generating."}, {"type", "server_error"}}}}) +
                    "\n\n");
                guard->endStream();
                return;
            }
            if (fault == Fault::CutStream && i == n / 2) {
                guard->drop();
                return;
            }
            if ((fault == Fault::ErrorMidStream || fault == Fault::CutStream) && i > n / 2)
                return;
            if (i == n) {
                guard->streamChunk("data: [DONE]\n\n");
                guard->endStream();
                return;
            }
            const bool last = i == n - 1;
            const std::string text = (i ? " " : "") + tokens[i].toStdString();
            nlohmann::json chunk = {{"id", id},
                                    {"object", "chat.completion.chunk"},
                                    {"created", QDateTime::currentSecsSinceEpoch()},
                                    {"model", model.toStdString()},
                                    {"choices",
                                     {{{"index", 0},
                                       {"text", text},
                                       {"logprobs", nullptr},
                                       {"finish_reason", last ? nlohmann::json("eos") : nlohmann::json(nullptr)},
                                       {"delta", {{"token_id", 1000 + i}, {"role", "assistant"}, {"content", text}}}}}},
                                    {"usage", last ? usage : nlohmann::json(nullptr)}};
            guard->streamChunk("data: " + dumpJson(chunk) + "\n\n");
        });
    }
}

} // namespace td::emu
