// The emulator's tokenizer: POST /v1/fine-tunes/preview (how the first rows of a training file
// are tokenized, which tokens are trained, where a row is cut) and a job's tokenized dataset
// (GET /v1/fine-tunes/{id}/download-tokenized-dataset, then the archive from its pre-signed
// storage address). The tokenizer is a toy but a real one: byte-level pieces in GPT-2's
// alphabet ("Ġ" a space, "Ċ" a newline; long words split into 6-byte pieces, even inside a
// UTF-8 character), a Llama-3-like chat template around each message.
#include "EmulatorCatalog.h"
#include "EmulatorJson.h"
#include "EmulatorServer.h"

#include "dataset/TarWriter.h"

#include <QDateTime>
#include <QTimeZone>

namespace td::emu {

namespace {

// GPT-2's bytes_to_unicode: printable bytes stand for themselves, the rest for U+0100 on.
std::string byteToken(const std::string& bytes)
{
    static const std::vector<std::string> alphabet = [] {
        std::vector<std::string> a(256);
        int next = 256;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            const int cp = printable ? b : next++;
            std::string s;
            if (cp < 0x80) {
                s += char(cp);
            } else {
                s += char(0xC0 | (cp >> 6));
                s += char(0x80 | (cp & 0x3F));
            }
            a[std::size_t(b)] = s;
        }
        return a;
    }();
    std::string out;
    for (unsigned char b : bytes)
        out += alphabet[b];
    return out;
}

struct Tokens
{
    std::vector<std::string> tokens;
    std::vector<qint64> ids;
    std::vector<bool> trained;

    void special(const std::string& t, bool train)
    {
        tokens.push_back(t);
        ids.push_back(128000 + qint64(std::hash<std::string>{}(t) % 256));
        trained.push_back(train);
    }
    void piece(const std::string& bytes, bool train)
    {
        tokens.push_back(byteToken(bytes));
        ids.push_back(qint64(std::hash<std::string>{}(bytes) % 128000));
        trained.push_back(train);
    }
    // Pieces: an optional leading space with a run of letters, digits and non-ASCII bytes (cut
    // every 6 bytes), or any other single byte (punctuation, a newline, a second space).
    void text(const std::string& s, bool train)
    {
        auto word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
        std::size_t i = 0;
        while (i < s.size()) {
            std::size_t start = i;
            if (s[i] == ' ' && i + 1 < s.size() && word(static_cast<unsigned char>(s[i + 1])))
                ++i;
            if (word(static_cast<unsigned char>(s[i]))) {
                while (i < s.size() && word(static_cast<unsigned char>(s[i])) && i - start < 6)
                    ++i;
            } else {
                ++i;
            }
            piece(s.substr(start, i - start), train);
        }
    }
};

std::string trimmed(const std::string& s)
{
    const auto a = s.find_first_not_of(" \t\r\n");
    if (a == std::string::npos)
        return {};
    return s.substr(a, s.find_last_not_of(" \t\r\n") - a + 1);
}

std::string contentOf(const nlohmann::json& m)
{
    const auto it = m.find("content");
    if (it == m.end())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    std::string out;
    if (it->is_array())
        for (const auto& part : *it)
            if (part.is_object() && part.contains("text") && part["text"].is_string())
                out += part["text"].get<std::string>();
    return out;
}

// Together's rule: an explicit weight decides (0/false/0.0 masks, 1/true/1.0 trains); without
// one the assistant's messages are trained, the others only with train_on_inputs.
bool trainedMessage(const nlohmann::json& m, bool trainOnInputs)
{
    if (const auto w = m.find("weight"); w != m.end()) {
        if (w->is_boolean())
            return w->get<bool>();
        if (w->is_number())
            return w->get<double>() != 0;
    }
    const auto role = m.find("role");
    return (role != m.end() && role->is_string() && role->get<std::string>() == "assistant") || trainOnInputs;
}

std::string formatOf(const nlohmann::json& row)
{
    if (row.contains("messages"))
        return "conversation";
    if (row.contains("prompt") && row.contains("completion"))
        return "instruction";
    if (row.contains("text"))
        return "general";
    return {};
}

Tokens tokenize(const nlohmann::json& row, const std::string& format, bool trainOnInputs)
{
    Tokens t;
    t.special("<|begin_of_text|>", false);
    if (format == "conversation") {
        for (const auto& m : row["messages"]) {
            if (!m.is_object())
                continue;
            const bool train = trainedMessage(m, trainOnInputs);
            t.special("<|start_header_id|>", false);
            t.text(m.value("role", std::string()), false);
            t.special("<|end_header_id|>", false);
            t.piece("\n\n", false);
            t.text(trimmed(contentOf(m)), train);
            t.special("<|eot_id|>", train);
        }
    } else if (format == "instruction") {
        t.text(row["prompt"].is_string() ? row["prompt"].get<std::string>() : std::string(), trainOnInputs);
        t.text(row["completion"].is_string() ? row["completion"].get<std::string>() : std::string(), true);
        t.special("<|end_of_text|>", true);
    } else {
        t.text(row["text"].is_string() ? row["text"].get<std::string>() : std::string(), true);
        t.special("<|end_of_text|>", true);
    }
    return t;
}

nlohmann::json rowJson(const Tokens& t, qint64 maxSeqLength)
{
    const std::size_t n = std::min<std::size_t>(t.tokens.size(), std::size_t(maxSeqLength));
    nlohmann::json ids = nlohmann::json::array(), tokens = nlohmann::json::array(), labels = nlohmann::json::array(),
                   spans = nlohmann::json::array();
    qint64 trained = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ids.push_back(t.ids[i]);
        tokens.push_back(t.tokens[i]);
        labels.push_back(t.trained[i] ? t.ids[i] : -100);
        if (!t.trained[i])
            continue;
        ++trained;
        if (!spans.empty() && spans.back()[1].get<std::size_t>() == i)
            spans.back()[1] = i + 1;
        else
            spans.push_back({i, i + 1});
    }
    return {{"input_ids", ids},
            {"tokens", tokens},
            {"labels", labels},
            {"num_tokens", n},
            {"num_trained_tokens", trained},
            {"trained_spans", spans},
            {"truncated", n < t.tokens.size()}};
}

std::vector<nlohmann::json> firstRows(const QByteArray& content, int count, int* badLine)
{
    std::vector<nlohmann::json> rows;
    int lineNo = 0;
    for (const QByteArray& line : content.split('\n')) {
        ++lineNo;
        if (int(rows.size()) >= count)
            break;
        if (line.trimmed().isEmpty())
            continue;
        auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
        if (!j.is_object()) {
            *badLine = lineNo;
            return {};
        }
        rows.push_back(std::move(j));
    }
    return rows;
}

} // namespace

void EmulatorServer::preview(const HttpRequestIn& r, HttpConnection* c)
{
    const auto q = nlohmann::json::parse(r.body.begin(), r.body.end(), nullptr, false);
    auto bad = [this, c](const QString& message) { error(c, 400, message, "invalid_request_error"); };
    if (!q.is_object())
        return bad(QStringLiteral("The request body must be a JSON object"));
    const std::string model = q.contains("model") && q["model"].is_string() ? q["model"].get<std::string>() : "";
    const TrainableModel* m = trainableModel(model);
    if (!m)
        return bad(QStringLiteral("Model %1 is not supported for fine-tuning").arg(QString::fromStdString(model)));
    const QByteArray file = QByteArray::fromStdString(
        q.contains("training_file") && q["training_file"].is_string() ? q["training_file"].get<std::string>() : "");
    if (!m_files.contains(file) || !m_files[file].uploaded)
        return bad(QStringLiteral("Training file %1 not found").arg(QString::fromLatin1(file)));
    if (const auto method = q.find("training_method"); method != q.end()) {
        const nlohmann::json name = method->is_object() ? method->value("method", nlohmann::json()) : *method;
        if (name != "sft")
            return bad(QStringLiteral("Only supervised fine-tuning (training_method \"sft\") can be previewed"));
    }
    int topK = 10;
    if (const auto k = q.find("top_k"); k != q.end() && !k->is_null()) {
        if (!k->is_number_integer() || k->get<qint64>() < 1)
            return bad(QStringLiteral("top_k must be a positive integer"));
        topK = int(std::min<qint64>(k->get<qint64>(), 100));
    }
    bool trainOnInputs = false;
    if (const auto t = q.find("train_on_inputs"); t != q.end() && !t->is_null()) {
        if (!t->is_boolean())
            return bad(QStringLiteral("train_on_inputs must be true or false"));
        trainOnInputs = t->get<bool>();
    }
    int badLine = 0;
    const std::vector<nlohmann::json> rows = firstRows(m_files[file].content, topK, &badLine);
    if (badLine > 0)
        return bad(QStringLiteral("Line %1 is not a JSON object").arg(badLine));
    if (rows.empty())
        return bad(QStringLiteral("The training file has no rows"));
    const std::string format = formatOf(rows.front());
    if (format.empty())
        return bad(QStringLiteral("Line 1 has no messages, prompt and completion, or text"));
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (formatOf(rows[i]) != format)
            return bad(QStringLiteral("Row %1 is not in the %2 format of the first row")
                           .arg(i + 1)
                           .arg(QString::fromStdString(format)));
        out.push_back(rowJson(tokenize(rows[i], format, trainOnInputs), m->contextSft));
    }
    c->respond(200, dumpJson({{"dataset_format", format},
                              {"max_seq_length", m->contextSft},
                              {"model", model},
                              {"train_on_inputs", trainOnInputs},
                              {"rows", out}}));
}

bool EmulatorServer::hasTokenizedDataset(const Job& job) const
{
    const std::optional<double> cancel =
        job.cancelAt ? std::optional<double>(*job.cancelAt - job.createdAt) : std::nullopt;
    const JobTimeline::View v =
        job.timeline->at(now() - job.createdAt, cancel, [this, &job](double t) { return isoAt(job.createdAt + t); });
    return v.completed || v.stepsCompleted > 0; // tokenized before the first step
}

QByteArray EmulatorServer::tokenizedArchive(const Job& job) const
{
    const bool trainOnInputs = job.request.contains("training_method") && job.request["training_method"].is_object() &&
                               job.request["training_method"].value("train_on_inputs", nlohmann::json()) == true;
    const TrainableModel* m = trainableModel(job.model);
    QByteArray lines;
    int badLine = 0;
    const std::vector<nlohmann::json> rows = firstRows(job.trainingData, INT_MAX, &badLine);
    for (const nlohmann::json& row : rows) {
        const std::string format = formatOf(row);
        if (format.empty())
            continue;
        nlohmann::json j = rowJson(tokenize(row, format, trainOnInputs), m ? m->contextSft : 8192);
        lines +=
            QByteArray::fromStdString(nlohmann::json{{"input_ids", j["input_ids"]}, {"labels", j["labels"]}}.dump()) +
            '\n';
    }
    TarWriter tar(TarWriter::Compression::Zstd);
    const qint64 mtime = m_startWall.toSecsSinceEpoch() + qint64(job.createdAt);
    tar.addFile(QStringLiteral("tokenized/train.jsonl"), lines, mtime);
    return tar.finish();
}

void EmulatorServer::tokenizedDatasetLink(const Job& job, HttpConnection* c)
{
    if (!hasTokenizedDataset(job)) {
        error(c, 404,
              QStringLiteral("The tokenized dataset of %1 is not available yet").arg(QString::fromStdString(job.id)),
              "invalid_request_error", "not_found");
        return;
    }
    const QByteArray archive = tokenizedArchive(job);
    const std::string url = "http://localhost:" + std::to_string(serverPort()) + "/storage/tokenized/" + job.id +
                            "?X-Amz-Expires=3600&X-Amz-Signature=emulator";
    c->respond(200, dumpJson({{"url", url},
                              {"filename", job.id + "-tokenized.tar.zst"},
                              {"size", archive.size()},
                              {"content_type", "application/zstd"},
                              {"expires_at", QDateTime::currentDateTimeUtc()
                                                 .addSecs(3600)
                                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                                 .toStdString()}}));
}

void EmulatorServer::tokenizedStorage(const HttpRequestIn& r, HttpConnection* c, Fault fault)
{
    const std::string id = r.path.mid(int(qstrlen("/storage/tokenized/"))).toStdString();
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job& j) { return j.id == id; });
    if (r.method != "GET" || it == m_jobs.end() || !hasTokenizedDataset(*it)) {
        c->respond(404, "<Error><Code>NoSuchKey</Code></Error>", "application/xml");
        return;
    }
    if (r.headers.contains("authorization")) {
        c->respond(400,
                   "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed; only the "
                   "X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header "
                   "should be specified</Message></Error>",
                   "application/xml");
        return;
    }
    const QByteArray archive = tokenizedArchive(*it);
    c->respondRanged(r, archive, "application/zstd", {}, fault == Fault::CutDownload ? archive.size() / 2 : -1);
}

} // namespace td::emu
