#include "EmulatorServer.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include "validate/ParityChecker.h"

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
    if (name == "drop-upload")
        return Fault::DropUpload;
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

    // A dropped upload is meant for the upload itself: keep it for the storage request.
    if (fault == Fault::DropUpload && !r.path.startsWith("/storage/")) {
        if (m_always != Fault::DropUpload)
            m_queue.push_front(fault);
        fault = Fault::None;
    }
    // The pre-signed storage URL takes no API key, and must never be sent one.
    if (r.path.startsWith("/storage/")) {
        storeFile(r, c, fault);
        return;
    }
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
    if (r.path == "/v1/files" && r.method == "POST") {
        createFile(r, c);
        return;
    }
    if (r.path.startsWith("/v1/files")) {
        files(r, c);
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

namespace td::emu {

namespace {

// The upload-URL request's fields come as a query string, a form, JSON or multipart form data
// depending on the client (contract 2.2): accept them all.
QHash<QString, QString> uploadFields(const HttpRequestIn& r)
{
    QHash<QString, QString> f;
    auto addQuery = [&f](const QByteArray& q) {
        const QUrlQuery query(QString::fromUtf8(q));
        for (const auto& [k, v] : query.queryItems(QUrl::FullyDecoded))
            f.insert(k, v);
    };
    addQuery(r.query);
    const QByteArray type = r.headers.value("content-type");
    if (type.startsWith("application/x-www-form-urlencoded")) {
        addQuery(QByteArray(r.body).replace('+', ' '));
    } else if (type.startsWith("application/json")) {
        const auto j = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (j.is_object())
            for (auto it = j.begin(); it != j.end(); ++it)
                if (it->is_string())
                    f.insert(QString::fromStdString(it.key()), QString::fromStdString(it->get<std::string>()));
    } else if (type.startsWith("multipart/form-data")) {
        const qsizetype b = type.indexOf("boundary=");
        const QByteArray boundary = "--" + type.mid(b + 9).replace('"', QByteArray());
        qsizetype pos = 0;
        while ((pos = r.body.indexOf("name=\"", pos)) >= 0) {
            const qsizetype nameEnd = r.body.indexOf('"', pos + 6);
            const QByteArray name = r.body.mid(pos + 6, nameEnd - pos - 6);
            const qsizetype valueStart = r.body.indexOf("\r\n\r\n", nameEnd) + 4;
            const qsizetype valueEnd = r.body.indexOf(QByteArray("\r\n" + boundary), valueStart);
            if (valueStart < 4 || valueEnd < 0)
                break;
            f.insert(QString::fromUtf8(name), QString::fromUtf8(r.body.mid(valueStart, valueEnd - valueStart)));
            pos = valueEnd;
        }
    }
    return f;
}

} // namespace

void EmulatorServer::createFile(const HttpRequestIn& r, HttpConnection* c)
{
    const auto f = uploadFields(r);
    const QString purpose = f.value(QStringLiteral("purpose"));
    const QString name = f.value(QStringLiteral("file_name"));
    const QString type = f.value(QStringLiteral("file_type"), QStringLiteral("jsonl"));
    if (purpose.isEmpty() || name.isEmpty()) {
        error(c, 400, QStringLiteral("purpose and file_name are required"), "invalid_request_error");
        return;
    }
    StoredFile file;
    file.id = "file-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    file.filename = name;
    file.purpose = purpose;
    file.type = type;
    file.createdAt = QDateTime::currentSecsSinceEpoch();
    m_files.insert(file.id, file);
    m_fileOrder.append(file.id);
    // "localhost" rather than 127.0.0.1: to the client the storage is another host.
    const QByteArray location =
        "http://localhost:" + QByteArray::number(serverPort()) + "/storage/" + file.id + "?X-Amz-Signature=emulator";
    c->respond(302, {}, "text/plain", {{"Location", location}, {"X-Together-File-Id", file.id}});
}

void EmulatorServer::storeFile(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const QByteArray id = r.path.mid(int(qstrlen("/storage/")));
    if (r.method != "PUT" || !m_files.contains(id)) {
        c->respond(404, "<Error><Code>NoSuchUpload</Code></Error>", "application/xml");
        return;
    }
    if (r.headers.contains("authorization")) {
        c->respond(400,
                   "<Error><Code>InvalidArgument</Code><Message>An Authorization header must not be sent to a "
                   "pre-signed URL</Message></Error>",
                   "application/xml");
        return;
    }
    if (fault == Fault::DropUpload) {
        c->drop();
        return;
    }
    StoredFile& file = m_files[id];
    file.content = r.body;
    file.uploaded = true;
    c->respond(200, {}, "text/plain",
               {{"ETag", "\"" + QCryptographicHash::hash(r.body, QCryptographicHash::Md5).toHex() + "\""}});
}

nlohmann::json EmulatorServer::fileResponse(const QByteArray& id) const
{
    const StoredFile& f = m_files[id];
    const qint64 lines = f.content.count('\n') + (f.content.isEmpty() || f.content.endsWith('\n') ? 0 : 1);
    nlohmann::json j = {{"id", f.id.toStdString()},
                        {"object", "file"},
                        {"created_at", f.createdAt},
                        {"filename", f.filename.toStdString()},
                        {"bytes", f.content.size()},
                        {"purpose", f.purpose.toStdString()},
                        {"FileType", f.type.toStdString()},
                        {"Processed", f.uploaded},
                        {"LineCount", lines}};
    if (f.purpose == QLatin1String("fine-tune") && f.uploaded) {
        // The server runs the same checks (variant A) and reports them on the file.
        const ParityReport report = checkJsonlParity(f.content.constData(), std::size_t(f.content.size()));
        // The data part of the report carries is_check_passed only when a check failed.
        const bool passed = !report.contains("is_check_passed") || report.passed();
        nlohmann::json v = {{"valid", passed}, {"nlines", lines}, {"file_id", f.id.toStdString()}};
        if (passed) {
            const QByteArray first = f.content.left(f.content.indexOf('\n'));
            v["dataset_format"] = first.contains("\"messages\"") ? "CONVERSATION"
                                  : first.contains("\"prompt\"") ? "INSTRUCTION"
                                  : first.contains("\"input\"")  ? "PREFERENCE"
                                                                 : "GENERAL";
            v["dataset_has_message_weights"] = f.content.contains("\"weight\"");
            j["processing_status"] = "COMPLETED";
        } else {
            v["error_type"] = "INVALID_FORMAT";
            v["error"] = report.message();
            j["processing_status"] = "INVALID_FORMAT";
        }
        j["validation_report"] = v;
    }
    return j;
}

void EmulatorServer::files(const HttpRequestIn& r, HttpConnection* c)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v1, files, id, action
    if (parts.size() == 2 && r.method == "GET") {
        nlohmann::json data = nlohmann::json::array();
        for (const QByteArray& id : m_fileOrder)
            data.push_back(fileResponse(id));
        c->respond(200, dumpJson({{"object", "list"}, {"data", data}}));
        return;
    }
    const QByteArray id = parts.value(2);
    if (!m_files.contains(id)) {
        error(c, 404, QStringLiteral("File %1 not found").arg(QString::fromLatin1(id)), "invalid_request_error",
              "file_not_found");
        return;
    }
    const QByteArray action = parts.value(3);
    if ((action.isEmpty() && r.method == "GET") || (action == "preprocess" && r.method == "POST")) {
        c->respond(200, dumpJson(fileResponse(id)));
    } else if (action == "content" && r.method == "GET") {
        c->respond(200, m_files[id].content, "text/plain");
    } else if (action.isEmpty() && r.method == "DELETE") {
        m_files.remove(id);
        m_fileOrder.removeAll(id);
        c->respond(200, dumpJson({{"id", id.toStdString()}, {"object", "file"}, {"deleted", true}}));
    } else {
        error(c, 404, QStringLiteral("Unknown request URL"), "invalid_request_error", "unknown_url");
    }
}

} // namespace td::emu
