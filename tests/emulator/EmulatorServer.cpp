#include "EmulatorServer.h"
#include "EmulatorJson.h"

#include "EmulatorCatalog.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>
#include <QUuid>

namespace td::emu {

namespace {

QStringList words(const QString& text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString lastUserText(const nlohmann::json& messages)
{
    QString last;
    if (messages.is_array())
        for (const auto& m : messages)
            if (m.is_object() && m.value("role", std::string()) == "user" && m.contains("content") &&
                m["content"].is_string())
                last = QString::fromStdString(m["content"].get<std::string>());
    return last;
}

} // namespace

EmulatorServer::EmulatorServer(QObject* parent)
    : QTcpServer(parent)
{
    m_clock.start();
    m_startWall = QDateTime::currentDateTimeUtc();
}

bool EmulatorServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QByteArray EmulatorServer::hubUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort());
}

QByteArray EmulatorServer::baseUrl() const
{
    return "http://127.0.0.1:" + QByteArray::number(serverPort()) + "/v1";
}

void EmulatorServer::setSpeed(double speed)
{
    // Keep "now" continuous across the change.
    m_offset = now();
    m_clock.restart();
    m_speed = speed;
}

double EmulatorServer::now() const
{
    return m_offset + double(m_clock.nsecsElapsed()) / 1e9 * m_speed;
}

std::string EmulatorServer::isoAt(double emulated) const
{
    return m_startWall.addMSecs(qint64(emulated * 1000))
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
        .toStdString();
}

EmulatorServer::Fault EmulatorServer::faultFromName(const QByteArray& name)
{
    static const std::pair<const char*, Fault> names[] = {
        {"429", Fault::RateLimit},
        {"500-text", Fault::ServerErrorText},
        {"503", Fault::Unavailable},
        {"error-mid-stream", Fault::ErrorMidStream},
        {"cut-stream", Fault::CutStream},
        {"slow-first-byte", Fault::SlowFirstByte},
        {"drop-upload", Fault::DropUpload},
        {"cut-download", Fault::CutDownload},
        {"stall", Fault::Stall},
        {"drop-answer", Fault::DropAnswer},
        {"409", Fault::Conflict},
    };
    for (const auto& [n, f] : names)
        if (name == n)
            return f;
    return Fault::None;
}

void EmulatorServer::incomingConnection(qintptr fd)
{
    auto* socket = new QTcpSocket(this);
    socket->setSocketDescriptor(fd);
    // Streams go out token by token: do not hold small writes back (Nagle).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
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

void EmulatorServer::handle(const HttpRequestIn& r, HttpConnection* c)
{
    ++m_requests;
    ++m_requestsByRoute[r.method + ' ' + r.path];
    Fault fault = m_always;
    if (!m_queue.empty()) {
        fault = m_queue.front();
        m_queue.pop_front();
    }
    for (auto it = m_targeted.begin(); it != m_targeted.end(); ++it)
        if (it->method == r.method && it->path == r.path) {
            fault = it->fault;
            m_targeted.erase(it);
            break;
        }
    if (r.headers.contains("x-emulator-fault"))
        fault = faultFromName(r.headers.value("x-emulator-fault"));
    if (fault == Fault::Stall)
        return; // the connection stays open, unanswered, until the client gives up
    if (fault == Fault::DropAnswer)
        c->dropNextAnswer();

    // A dropped upload is meant for the upload itself: keep it for the storage request.
    if (fault == Fault::DropUpload && !r.path.startsWith("/storage/")) {
        if (m_always != Fault::DropUpload)
            m_queue.push_front(fault);
        fault = Fault::None;
    }
    // The pre-signed storage URL takes no API key, and must never be sent one.
    if (r.path.startsWith("/storage/tokenized/")) {
        tokenizedStorage(r, c, fault);
        return;
    }
    if (r.path.startsWith("/storage/multipart/")) {
        storePart(r, c, fault);
        return;
    }
    if (r.path.startsWith("/storage/")) {
        storeFile(r, c, fault);
        return;
    }
    // The Hub has its own rules about tokens (public repositories need none).
    if (!m_hubDir.isEmpty() && hub(r, c))
        return;
    const QByteArray auth = r.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || auth.size() <= 7) {
        error(c, 401,
              QStringLiteral("Invalid API key provided. You can find your API key at "
                             "https://api.together.xyz/settings/api-keys."),
              "invalid_request_error", "invalid_api_key");
        return;
    }
    const bool inference = r.method == "POST" && (r.path == "/v1/chat/completions" || r.path == "/v1/completions");
    if (inference && fault == Fault::None && (m_rateLimitedRate > 0 || m_serverErrorRate > 0)) {
        // xorshift64*: the same seed gives the same faults on the same requests.
        m_faultState ^= m_faultState >> 12;
        m_faultState ^= m_faultState << 25;
        m_faultState ^= m_faultState >> 27;
        const double roll = double((m_faultState * 2685821657736338717ull) >> 11) / double(1ull << 53);
        if (roll < m_rateLimitedRate)
            fault = Fault::RateLimit;
        else if (roll < m_rateLimitedRate + m_serverErrorRate)
            fault = (m_faultState & 1) ? Fault::ServerErrorText : Fault::Unavailable;
        m_injected += fault != Fault::None ? 1 : 0;
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
    case Fault::Conflict:
        dmiError(c, 409, QStringLiteral("ABORTED: the etag does not match; read the resource again"));
        return;
    default:
        break;
    }
    if (!r.body.isEmpty())
        m_lastBodies.insert(r.path, r.body);
    const QByteArray& p = r.path;
    if (p == "/v1/models" || p.startsWith("/v1/jobs")) {
        models(r, c);
    } else if (p.startsWith("/v1/files/multipart/") && r.method == "POST") {
        multipart(r, c);
    } else if (p == "/v1/files" && r.method == "POST") {
        createFile(r, c);
    } else if (p.startsWith("/v1/files")) {
        files(r, c, fault);
    } else if (p.startsWith("/v1/fine-tunes")) {
        fineTunes(r, c);
    } else if (p == "/v1/finetune/download" && r.method == "GET") {
        download(r, c, fault);
    } else if (p.startsWith("/v1/endpoints")) {
        endpoints(r, c);
    } else if (p == "/v1/hardware" && r.method == "GET") {
        hardware(r, c);
    } else if (p.startsWith("/v2/")) {
        dmi(r, c);
    } else if (p == "/v1/evaluation" || p.startsWith("/v1/evaluation/")) {
        evaluations(r, c);
    } else if (p == "/v1/batches" || p.startsWith("/v1/batches/")) {
        batches(r, c);
    } else if (p == "/v1/whoami" && r.method == "GET") {
        whoami(c);
    } else if (r.method == "POST" && (p == "/v1/chat/completions" || p == "/v1/completions")) {
        const bool completions = p == "/v1/completions";
        if (fault == Fault::SlowFirstByte) {
            QPointer<HttpConnection> guard(c);
            QTimer::singleShot(1500, this, [this, r, guard, completions] {
                if (guard)
                    chat(r, guard, Fault::None, completions);
            });
            return;
        }
        chat(r, c, fault, completions);
    } else {
        error(c, 404,
              QStringLiteral("Unknown request URL: %1 %2")
                  .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)),
              "invalid_request_error", "unknown_url");
    }
}

void EmulatorServer::setFaultRates(double rateLimited, double serverErrors, quint64 seed)
{
    m_rateLimitedRate = rateLimited;
    m_serverErrorRate = serverErrors;
    m_faultState = seed ? seed : 1;
}

QString EmulatorServer::answerFor(const QString& model, const nlohmann::json& messages, qint64 seed) const
{
    const QString last = lastUserText(messages);
    // A judge's prompt: the two answers are between the markers the judge prompt uses.
    if (const qsizetype a = last.indexOf(QLatin1String("[Answer A]\n")),
        b = last.indexOf(QLatin1String("[Answer B]\n"));
        a >= 0 && b > a) {
        const qsizetype end = last.indexOf(QLatin1String("\n\n"), b + 11);
        const qsizetype ref = last.indexOf(QLatin1String("[Reference answer]\n"));
        const QString against = ref >= 0 && ref < a ? last.mid(ref + 19, a - ref - 19) : last.left(a);
        return judgeVerdict(model, last.mid(a + 11, b - a - 11).trimmed(),
                            last.mid(b + 11, end < 0 ? -1 : end - b - 11).trimmed(), against);
    }
    // A fine-tune answers with what its training data says to the most similar question.
    if (const Job* job = completedJobFor(model.toStdString())) {
        const QStringList asked = words(last.toLower());
        QString best;
        int bestScore = -1;
        for (const QByteArray& line : job->trainingData.split('\n')) {
            const auto row = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            if (!row.is_object() || !row.contains("messages") || !row["messages"].is_array())
                continue;
            QString reply;
            for (const auto& m : row["messages"])
                if (m.is_object() && m.value("role", std::string()) == "assistant" && m.contains("content") &&
                    m["content"].is_string())
                    reply = QString::fromStdString(m["content"].get<std::string>());
            const QStringList question = words(lastUserText(row["messages"]).toLower());
            int score = 0;
            for (const QString& w : asked)
                score += question.contains(w) ? 1 : 0;
            if (!reply.isEmpty() && score > bestScore) {
                bestScore = score;
                best = reply;
            }
        }
        if (!best.isEmpty())
            return best;
    }
    // Deterministic: the same conversation always gets the same answer.
    const QByteArray digest =
        QCryptographicHash::hash(
            QByteArray(last.toUtf8() + (seed >= 0 ? "#" + QByteArray::number(seed) : QByteArray())),
            QCryptographicHash::Sha1)
            .toHex()
            .left(6);
    const QString brief = QStringLiteral("This is %1 answering \"%2\" (reply %3).")
                              .arg(model, last.left(200), QString::fromLatin1(digest));
    return m_answerWords > 0 ? longAnswer(brief, m_answerWords) : brief;
}

QString EmulatorServer::longAnswer(const QString& start, int wordCount)
{
    // Markdown the way models write it: headings, paragraphs, lists and code blocks.
    static const QStringList vocabulary{
        QStringLiteral("the"),      QStringLiteral("model"),  QStringLiteral("learns"),  QStringLiteral("from"),
        QStringLiteral("examples"), QStringLiteral("and"),    QStringLiteral("each"),    QStringLiteral("answer"),
        QStringLiteral("follows"),  QStringLiteral("a"),      QStringLiteral("pattern"), QStringLiteral("that"),
        QStringLiteral("users"),    QStringLiteral("expect"), QStringLiteral("when"),    QStringLiteral("they"),
        QStringLiteral("ask"),      QStringLiteral("about"),  QStringLiteral("support"), QStringLiteral("tickets")};
    QString text = start + QStringLiteral("\n\n");
    int words = int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    for (int block = 0; words < wordCount; ++block) {
        QString part;
        switch (block % 6) {
        case 0:
            part = QStringLiteral("## Part %1\n\n").arg(block / 6 + 1);
            break;
        case 3:
            part = QStringLiteral("- first point about **weights**\n- second point with `code`\n- third point\n\n");
            break;
        case 5:
            part = QStringLiteral(
                       "```python\nfor step in range(%1):\n    loss = train(step)\n    print(step, loss)\n```\n\n")
                       .arg(block);
            break;
        default:
            for (int w = 0; w < 48; ++w)
                part += vocabulary[(block * 7 + w) % vocabulary.size()] +
                        (w % 12 == 11 ? QStringLiteral(". ") : QStringLiteral(" "));
            part = part.trimmed() + QStringLiteral("\n\n");
        }
        text += part;
        words += int(part.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    }
    return text.trimmed();
}

std::optional<QString> EmulatorServer::servingProblem(const std::string& model) const
{
    if (chatModel(model))
        return std::nullopt;
    if (const EndpointRecord* e = endpointServing(model))
        return e->state(now()) == "STARTED"
                   ? std::nullopt
                   : std::optional<QString>(
                         QStringLiteral("The endpoint %1 is not running (%2). Start it first.")
                             .arg(QString::fromStdString(e->name), QString::fromStdString(e->state(now()))));
    if (const Job* job = completedJobFor(model)) {
        const TrainableModel* base = trainableModel(job->model);
        if (job->lora && base && base->serverlessLora)
            return std::nullopt;
    }
    for (const auto& m : m_uploadedModels)
        if (m.value("id", std::string()) == model)
            return std::nullopt;
    return QStringLiteral("Unable to access non-serverless model %1. Please visit https://api.together.ai/models/%1 to "
                          "create and start a new dedicated endpoint for the model.")
        .arg(QString::fromStdString(model));
}

void EmulatorServer::chat(const HttpRequestIn& r, HttpConnection* c, Fault fault, bool completions)
{
    const nlohmann::json body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    if (!body.is_object() || !body.contains("model") || !body["model"].is_string()) {
        error(c, 400, QStringLiteral("Input validation error: model is required"), "invalid_request_error");
        return;
    }
    const std::string modelId = body["model"].get<std::string>();
    const QString model = QString::fromStdString(modelId);
    const auto v2 = dmiRoute(modelId); // a dedicated endpoint v2 or one of its deployments
    if (v2 && !v2->problem.isEmpty()) {
        error(c, 400, v2->problem, "invalid_request_error", "endpoint_not_configured");
        return;
    }
    const bool judge = modelId == "emulator/biased-judge" || modelId == "emulator/broken-judge";
    if (const auto problem = v2 || judge ? std::optional<QString>() : servingProblem(modelId)) {
        error(c, chatModel(modelId) || completedJobFor(modelId) || endpointServing(modelId) ? 400 : 404, *problem,
              "invalid_request_error", "model_not_available");
        return;
    }
    nlohmann::json messages = body.value("messages", nlohmann::json::array());
    if (completions)
        messages = nlohmann::json::array({{{"role", "user"}, {"content", body.value("prompt", std::string())}}});
    // An endpoint answers as the model it serves.
    const EndpointRecord* endpoint = endpointServing(modelId);
    const QString answer = answerFor(
        v2         ? v2->answerAs
        : endpoint ? QString::fromStdString(endpoint->model)
                   : model,
        messages, body.contains("seed") && body["seed"].is_number_integer() ? body["seed"].get<qint64>() : -1);
    ++m_answersByModel[model];
    QStringList tokens = words(answer);
    if (const int max = body.value("max_tokens", 0); max > 0 && tokens.size() > max)
        tokens = tokens.mid(0, max);
    const bool truncated = tokens.size() < words(answer).size();
    const int promptTokens = int(words(QString::fromStdString(messages.dump())).size());
    const std::string id = "emu-" + std::to_string(m_nextId++);
    const nlohmann::json usage = {{"prompt_tokens", promptTokens},
                                  {"completion_tokens", tokens.size()},
                                  {"total_tokens", promptTokens + int(tokens.size())}};
    const std::string finish = truncated ? "length" : "eos";
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    if (!body.value("stream", false)) {
        nlohmann::json choice = {{"index", 0}, {"finish_reason", finish}};
        // The spec's text completion has no null logprobs (only an object when asked for).
        if (completions)
            choice["text"] = tokens.join(QLatin1Char(' ')).toStdString();
        else
            choice["logprobs"] = nullptr;
        if (!completions)
            choice["message"] = {{"role", "assistant"}, {"content", tokens.join(QLatin1Char(' ')).toStdString()}};
        const QByteArray whole = dumpJson({{"id", id},
                                           {"object", completions ? "text.completion" : "chat.completion"},
                                           {"created", created},
                                           {"model", modelId},
                                           {"prompt", nlohmann::json::array()},
                                           {"choices", {choice}},
                                           {"usage", usage}});
        if (m_answerDelayMs > 0) {
            // A model that takes time to generate: other requests are served meanwhile.
            QPointer<HttpConnection> guard(c);
            QTimer::singleShot(m_answerDelayMs, this, [guard, whole] {
                if (guard)
                    guard->respond(200, whole);
            });
            return;
        }
        c->respond(200, whole);
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
            nlohmann::json choice = {
                {"index", 0},
                {"text", text},
                {"logprobs", nullptr},
                {"finish_reason", last ? nlohmann::json(finish) : nlohmann::json(nullptr)},
                {"seed", last ? nlohmann::json(14429055041780593000ull) : nlohmann::json(nullptr)}};
            if (completions)
                choice["delta"] = {{"token_id", 1000 + i}, {"content", text}};
            else
                choice["delta"] = {{"token_id", 1000 + i}, {"role", "assistant"}, {"content", text}};
            nlohmann::json chunk = {{"id", id},
                                    {"object", completions ? "completion.chunk" : "chat.completion.chunk"},
                                    {"created", created},
                                    {"model", modelId},
                                    {"choices", {choice}},
                                    {"usage", last ? usage : nlohmann::json(nullptr)}};
            guard->streamChunk("data: " + dumpJson(chunk) + "\n\n");
        });
    }
}

nlohmann::json EmulatorServer::modelList() const
{
    nlohmann::json list = nlohmann::json::array();
    auto add = [&list](const std::string& id, const std::string& display, const std::string& org, int context,
                       double input, double output, qint64 created) {
        list.push_back(
            {{"id", id},
             {"object", "model"},
             {"created", created},
             {"type", "chat"},
             {"display_name", display},
             {"organization", org},
             {"link", "https://api.together.ai/models/" + id},
             {"license", ""},
             {"context_length", context},
             {"pricing", {{"input", input}, {"output", output}, {"hourly", 0}, {"base", 0}, {"finetune", 0}}}});
    };
    for (const ChatModel& m : chatModels())
        add(m.id, m.display, "emulator", m.context, m.input, m.output, 1721692800);
    for (const Job& job : m_jobs) {
        if (completedJobFor(job.outputName) != &job)
            continue;
        const ChatModel* base = chatModel(job.model);
        add(job.outputName, job.outputName, "emulator-user", base ? base->context : 8192, base ? base->input : 0,
            base ? base->output : 0, m_startWall.toSecsSinceEpoch() + qint64(job.createdAt));
    }
    for (const auto& m : m_uploadedModels)
        list.push_back(m);
    return list;
}

void EmulatorServer::models(const HttpRequestIn& r, HttpConnection* c)
{
    if (r.path == "/v1/models" && r.method == "GET") {
        c->respond(200, dumpJson(modelList()));
        return;
    }
    if (r.path == "/v1/models" && r.method == "POST") {
        // Uploading a model or adapter (contract 8): the job completes at once.
        const auto body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (!body.is_object() || !body.contains("model_name") || !body.contains("model_source")) {
            error(c, 400, QStringLiteral("model_name and model_source are required"), "invalid_request_error");
            return;
        }
        const std::string name = "emulator-user/" + body.value("model_name", std::string());
        const std::string jobId = "job-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        m_uploadedModels.push_back(
            {{"id", name},
             {"object", "model"},
             {"created", QDateTime::currentSecsSinceEpoch()},
             {"type", "chat"},
             {"display_name", name},
             {"organization", "emulator-user"},
             {"context_length", 8192},
             {"job_id", jobId},
             {"pricing", {{"input", 0}, {"output", 0}, {"hourly", 0}, {"base", 0}, {"finetune", 0}}}});
        c->respond(
            200, dumpJson({{"data",
                            {{"job_id", jobId},
                             {"model_name", name},
                             {"model_id", "model-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
                             {"model_source", "huggingface"}}},
                           {"message", "Processing model weights. Job created."}}));
        return;
    }
    const std::string jobId = r.path.mid(int(qstrlen("/v1/jobs/"))).toStdString();
    for (const auto& m : m_uploadedModels)
        if (m.value("job_id", std::string()) == jobId && r.method == "GET") {
            c->respond(
                200,
                dumpJson(
                    {{"type", "model_upload"},
                     {"job_id", jobId},
                     {"status", "Complete"},
                     {"status_updates",
                      {{{"status", "Complete"}, {"message", "Model weights processed"}, {"timestamp", isoAt(now())}}}},
                     {"args", {{"modelName", m["id"]}, {"modelSource", "huggingface"}}},
                     {"created_at", isoAt(now())},
                     {"updated_at", isoAt(now())}}));
            return;
        }
    error(c, 404, QStringLiteral("Job not found"), "invalid_request_error", "not_found");
}

} // namespace td::emu
