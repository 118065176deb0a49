#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include "EmulatorCatalog.h"

#include <QDateTime>
#include <QUuid>

namespace td::emu {

std::optional<nlohmann::json> EmulatorServer::completionFor(const nlohmann::json& body, QString* problem)
{
    const std::string modelId = body.value("model", std::string());
    if (modelId.empty()) {
        *problem = QStringLiteral("Input validation error: model is required");
        return std::nullopt;
    }
    if (const auto p = servingProblem(modelId)) {
        *problem = *p;
        return std::nullopt;
    }
    const nlohmann::json messages = body.value("messages", nlohmann::json::array());
    const qint64 seed = body.contains("seed") && body["seed"].is_number_integer() ? body["seed"].get<qint64>() : -1;
    QStringList tokens =
        answerFor(QString::fromStdString(modelId), messages, seed).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype all = tokens.size();
    if (const int max = body.value("max_tokens", 0); max > 0 && tokens.size() > max)
        tokens = tokens.mid(0, max);
    const int promptTokens = int(QString::fromStdString(messages.dump()).split(QLatin1Char(' ')).size());
    ++m_answersByModel[QString::fromStdString(modelId)];
    return nlohmann::json{
        {"id", "emu-" + std::to_string(m_nextId++)},
        {"object", "chat.completion"},
        {"created", QDateTime::currentSecsSinceEpoch()},
        {"model", modelId},
        {"choices",
         {{{"index", 0},
           {"finish_reason", tokens.size() < all ? "length" : "eos"},
           {"logprobs", nullptr},
           {"message", {{"role", "assistant"}, {"content", tokens.join(QLatin1Char(' ')).toStdString()}}}}}},
        {"usage",
         {{"prompt_tokens", promptTokens},
          {"completion_tokens", tokens.size()},
          {"total_tokens", promptTokens + int(tokens.size())}}}};
}

nlohmann::json EmulatorServer::batchJson(nlohmann::json& job)
{
    nlohmann::json j = job;
    j.erase("_answers");
    return j;
}

void EmulatorServer::batches(const HttpRequestIn& r, HttpConnection* c)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v1, batches, id, cancel
    if (parts.size() == 2 && r.method == "GET") {
        nlohmann::json list = nlohmann::json::array();
        for (auto& job : m_batches)
            list.push_back(batchJson(job));
        c->respond(200, dumpJson(list));
        return;
    }
    if (parts.size() == 2 && r.method == "POST") {
        const auto body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        if (!body.is_object() || !body.contains("input_file_id") || !body["input_file_id"].is_string() ||
            !body.contains("endpoint") || !body["endpoint"].is_string()) {
            error(c, 400, QStringLiteral("input_file_id and endpoint are required"), "invalid_request_error");
            return;
        }
        const QByteArray fileId = QByteArray::fromStdString(body["input_file_id"].get<std::string>());
        if (!m_files.contains(fileId) || !m_files[fileId].uploaded) {
            error(c, 400, QStringLiteral("File %1 not found").arg(QString::fromLatin1(fileId)), "invalid_request_error",
                  "file_not_found");
            return;
        }
        if (m_files[fileId].purpose != QLatin1String("batch-api")) {
            error(c, 400, QStringLiteral("The input file must be uploaded with purpose batch-api"),
                  "invalid_request_error");
            return;
        }
        if (body["endpoint"] != "/v1/chat/completions") {
            error(c, 400, QStringLiteral("The emulator batches /v1/chat/completions only"), "invalid_request_error");
            return;
        }
        const std::string at = isoAt(now());
        nlohmann::json job = {{"id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
                              {"user_id", "emulator-user"},
                              {"input_file_id", fileId.toStdString()},
                              {"file_size_bytes", m_files[fileId].content.size()},
                              {"status", "VALIDATING"},
                              {"job_deadline", isoAt(now() + 24 * 3600)},
                              {"created_at", at},
                              {"endpoint", "/v1/chat/completions"},
                              {"progress", 0},
                              {"model_id", body.value("model_id", std::string())},
                              {"_answers", 0}};
        m_batches.push_back(job);
        c->respond(200, dumpJson({{"job", batchJson(m_batches.back())}}));
        return;
    }
    nlohmann::json* job = nullptr;
    for (auto& j : m_batches)
        if (j["id"] == parts.value(2).toStdString())
            job = &j;
    if (!job) {
        error(c, 404, QStringLiteral("Batch %1 not found").arg(QString::fromLatin1(parts.value(2))),
              "invalid_request_error", "not_found");
        return;
    }
    const std::string status = (*job)["status"];
    const bool open = status == "VALIDATING" || status == "IN_PROGRESS";
    if (parts.size() == 4 && parts[3] == "cancel" && r.method == "POST") {
        if (open) {
            (*job)["status"] = "CANCELLED";
            (*job)["completed_at"] = isoAt(now());
        }
        c->respond(200, dumpJson(batchJson(*job)));
        return;
    }
    if (parts.size() != 3 || r.method != "GET") {
        error(c, 404, QStringLiteral("Unknown request URL"), "invalid_request_error", "unknown_url");
        return;
    }
    // Each answer moves it on: VALIDATING, IN_PROGRESS with progress, then COMPLETED with files.
    const int answers = (*job)["_answers"].get<int>() + 1;
    (*job)["_answers"] = answers;
    if (open && answers <= m_jobPolls) {
        (*job)["status"] = answers > 1 ? "IN_PROGRESS" : "VALIDATING";
        (*job)["progress"] = 100.0 * (answers - 1) / std::max(1, m_jobPolls);
    } else if (open) {
        const QByteArray content = m_files.value(QByteArray::fromStdString((*job)["input_file_id"])).content;
        QByteArray output, errors;
        int n = 0;
        for (const QByteArray& line : content.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            ++n;
            const auto item = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            const std::string customId = item.is_object() ? item.value("custom_id", std::string()) : std::string();
            nlohmann::json request = item.is_object() ? item.value("body", nlohmann::json()) : nlohmann::json();
            if (request.is_object() && !request.contains("model") && !(*job)["model_id"].get<std::string>().empty())
                request["model"] = (*job)["model_id"];
            QString problem = QStringLiteral("Line %1: expected {\"custom_id\": ..., \"body\": {...}}").arg(n);
            const auto answer = request.is_object() ? completionFor(request, &problem) : std::nullopt;
            if (answer) {
                output += dumpJson({{"id", "batch_req_" + std::to_string(n)},
                                    {"custom_id", customId},
                                    {"response", {{"status_code", 200}, {"body", *answer}}},
                                    {"error", nullptr}}) +
                          '\n';
            } else {
                errors += dumpJson({{"id", "batch_req_" + std::to_string(n)},
                                    {"custom_id", customId},
                                    {"response", {{"status_code", 400}, {"body", nullptr}}},
                                    {"error", {{"code", "invalid_request"}, {"message", problem.toStdString()}}}}) +
                          '\n';
            }
        }
        const QString id = QString::fromStdString((*job)["id"]);
        (*job)["output_file_id"] =
            storeGeneratedFile(QStringLiteral("batch-%1-output.jsonl").arg(id), QStringLiteral("batch-api"), output)
                .toStdString();
        if (!errors.isEmpty())
            (*job)["error_file_id"] =
                storeGeneratedFile(QStringLiteral("batch-%1-errors.jsonl").arg(id), QStringLiteral("batch-api"), errors)
                    .toStdString();
        (*job)["status"] = "COMPLETED";
        (*job)["progress"] = 100;
        (*job)["completed_at"] = isoAt(now());
    }
    c->respond(200, dumpJson(batchJson(*job)));
}

} // namespace td::emu
