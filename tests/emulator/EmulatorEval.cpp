#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace td::emu {

namespace {

QSet<QString> wordSet(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
    const QStringList words = text.toLower().split(nonWord, Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}

// "[[A]] ..." -> "A"; "[[C]]" -> "Tie"; anything else -> "" (no verdict).
std::string choiceOf(const QString& verdict)
{
    if (verdict.startsWith(QLatin1String("[[A]]")))
        return "A";
    if (verdict.startsWith(QLatin1String("[[B]]")))
        return "B";
    if (verdict.startsWith(QLatin1String("[[C]]")))
        return "Tie";
    return {};
}

std::string str(const nlohmann::json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

} // namespace

QString EmulatorServer::judgeVerdict(const QString& judgeModel, const QString& first, const QString& second,
                                     const QString& against)
{
    if (judgeModel == QLatin1String("emulator/broken-judge"))
        return QStringLiteral("Both answers have merits and it depends on what you value.");
    if (judgeModel == QLatin1String("emulator/biased-judge"))
        return QStringLiteral("[[A]] The first answer is better.");
    const QSet<QString> target = wordSet(against);
    const qsizetype a = QSet<QString>(wordSet(first)).intersect(target).size();
    const qsizetype b = QSet<QString>(wordSet(second)).intersect(target).size();
    if (a > b)
        return QStringLiteral("[[A]] Answer A covers more of what was asked (%1 words to %2).").arg(a).arg(b);
    if (b > a)
        return QStringLiteral("[[B]] Answer B covers more of what was asked (%1 words to %2).").arg(b).arg(a);
    return QStringLiteral("[[C]] Both answers cover as much (%1 words each).").arg(a);
}

QByteArray EmulatorServer::storeGeneratedFile(const QString& filename, const QString& purpose,
                                              const QByteArray& content)
{
    StoredFile file;
    file.id = "file-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    file.filename = filename;
    file.purpose = purpose;
    file.type = QStringLiteral("jsonl");
    file.createdAt = QDateTime::currentSecsSinceEpoch();
    file.content = content;
    file.uploaded = true;
    m_files.insert(file.id, file);
    m_fileOrder.append(file.id);
    return file.id;
}

nlohmann::json EmulatorServer::evaluationJson(const nlohmann::json& job) const
{
    nlohmann::json j = job;
    j.erase("_answers");
    j.erase("_results");
    return j;
}

void EmulatorServer::evaluations(const HttpRequestIn& r, HttpConnection* c)
{
    const QList<QByteArray> parts = r.path.mid(1).split('/'); // v1, evaluation, id, status
    if (parts.size() == 2 && r.method == "GET") {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& job : m_evaluations)
            list.push_back(evaluationJson(job));
        c->respond(200, dumpJson(list));
        return;
    }
    if (parts.size() == 2 && r.method == "POST") {
        const auto body = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
        const std::string type = str(body, "type");
        if (type != "classify" && type != "score" && type != "compare") {
            error(c, 400, QStringLiteral("type must be one of classify, score, compare"), "invalid_request_error");
            return;
        }
        const nlohmann::json params = body.value("parameters", nlohmann::json::object());
        const QByteArray fileId = QByteArray::fromStdString(str(params, "input_data_file_path"));
        if (!m_files.contains(fileId) || !m_files[fileId].uploaded) {
            error(c, 400, QStringLiteral("input_data_file_path: file %1 not found").arg(QString::fromLatin1(fileId)),
                  "invalid_request_error");
            return;
        }
        const nlohmann::json judge = params.value("judge", nlohmann::json::object());
        if (str(judge, "model").empty() || str(judge, "model_source").empty() ||
            str(judge, "system_template").empty()) {
            error(c, 400, QStringLiteral("judge.model, judge.model_source and judge.system_template are required"),
                  "invalid_request_error");
            return;
        }
        if (type != "compare") {
            error(c, 400, QStringLiteral("The emulator runs compare evaluations only"), "invalid_request_error");
            return;
        }
        for (const char* key : {"model_a", "model_b"})
            if (!params.contains(key) || !params[key].is_string()) {
                error(c, 400,
                      QStringLiteral("%1 must name a column of the input file (the emulator does not generate)")
                          .arg(QLatin1String(key)),
                      "invalid_request_error");
                return;
            }
        const std::string id = "eval-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        const std::string at = isoAt(now());
        m_evaluations.push_back({{"workflow_id", id},
                                 {"type", type},
                                 {"status", "pending"},
                                 {"parameters", params},
                                 {"created_at", at},
                                 {"updated_at", at},
                                 {"results", nullptr},
                                 {"_answers", 0}});
        c->respond(200, dumpJson({{"workflow_id", id}, {"status", "pending"}}));
        return;
    }
    const std::string id = parts.value(2).toStdString();
    nlohmann::json* job = nullptr;
    for (auto& j : m_evaluations)
        if (j["workflow_id"] == id)
            job = &j;
    if (!job || r.method != "GET" || parts.size() > 4 || (parts.size() == 4 && parts[3] != "status")) {
        error(c, 404, QStringLiteral("Evaluation job %1 not found").arg(QString::fromStdString(id)),
              "invalid_request_error", "not_found");
        return;
    }
    // Each answer moves the job on: pending, running ..., then completed with its results.
    const int answers = (*job)["_answers"].get<int>() + 1;
    (*job)["_answers"] = answers;
    if ((*job)["status"] == "pending" || (*job)["status"] == "running") {
        (*job)["status"] = answers > m_jobPolls ? "completed" : answers > 1 ? "running" : "pending";
        (*job)["updated_at"] = isoAt(now());
    }
    if ((*job)["status"] == "completed" && (*job)["results"].is_null()) {
        const nlohmann::json& params = (*job)["parameters"];
        const QString judgeModel = QString::fromStdString(str(params["judge"], "model"));
        const std::string colA = params["model_a"], colB = params["model_b"];
        const QByteArray content =
            m_files.value(QByteArray::fromStdString(str(params, "input_data_file_path"))).content;
        int aWins = 0, bWins = 0, ties = 0, judgeFails = 0, generationFails = 0;
        QByteArray out;
        for (const QByteArray& line : content.split('\n')) {
            auto row = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            if (!row.is_object())
                continue;
            const QString prompt = QString::fromStdString(str(row, "prompt"));
            const QString a = QString::fromStdString(str(row, colA.c_str()));
            const QString b = QString::fromStdString(str(row, colB.c_str()));
            if (a.isEmpty() || b.isEmpty()) {
                ++generationFails;
                row["final_decision"] = nullptr;
                out += dumpJson(row) + '\n';
                continue;
            }
            // Both orders, reconciled: agreeing verdicts stand, disagreeing ones make a tie.
            const QString original = judgeVerdict(judgeModel, a, b, prompt);
            const QString flipped = judgeVerdict(judgeModel, b, a, prompt);
            std::string o = choiceOf(original), f = choiceOf(flipped);
            f = f == "A" ? "B" : f == "B" ? "A" : f;
            row["judge_feedback_original_order"] = original.toStdString();
            row["choice_original"] = o;
            row["judge_feedback_flipped_order"] = flipped.toStdString();
            row["choice_flipped"] = f;
            if (o.empty() || f.empty()) {
                judgeFails += (o.empty() ? 1 : 0) + (f.empty() ? 1 : 0);
                row["final_decision"] = nullptr;
            } else {
                const std::string final = o == f ? o : "Tie";
                row["final_decision"] = final;
                (final == "A" ? aWins : final == "B" ? bWins : ties)++;
            }
            out += dumpJson(row) + '\n';
        }
        const QByteArray resultFile = storeGeneratedFile(
            QStringLiteral("%1-results.jsonl").arg(QString::fromStdString(id)), QStringLiteral("eval"), out);
        (*job)["results"] = {{"A_wins", aWins},
                             {"B_wins", bWins},
                             {"Ties", ties},
                             {"generation_fail_count", generationFails},
                             {"judge_fail_count", judgeFails},
                             {"result_file_id", resultFile.toStdString()}};
    }
    if (parts.size() == 4) {
        nlohmann::json status = {{"status", (*job)["status"]}};
        if (!(*job)["results"].is_null())
            status["results"] = (*job)["results"];
        c->respond(200, dumpJson(status));
        return;
    }
    c->respond(200, dumpJson(evaluationJson(*job)));
}

} // namespace td::emu
