#include "import/FormatDetector.h"

#include "import/RowConverter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace td {

namespace {

constexpr int kSampleRows = 200;

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

std::string lowered(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

// The records of `head` (the last one only when `complete`: it may be cut).
std::vector<SourceRecord> sampleRecords(std::string_view head, bool complete, RecordReader::Mode mode,
                                        std::vector<std::vector<std::string>>& fieldStore, std::string& textStore)
{
    // The records are copied: the reader's views and fields do not outlive its calls.
    struct Item
    {
        SourceRecord r;
        std::size_t offset = 0, length = 0;
        std::int64_t fieldIndex = -1;
    };
    std::vector<Item> items;
    RecordReader reader(mode);
    const RecordSink sink = [&](const SourceRecord& r) {
        Item it;
        it.r = r;
        it.offset = textStore.size();
        it.length = r.text.size();
        textStore.append(r.text);
        if (r.fields) {
            fieldStore.push_back(*r.fields);
            it.fieldIndex = std::int64_t(fieldStore.size()) - 1;
        }
        items.push_back(std::move(it));
        return int(items.size()) < kSampleRows + 1;
    };
    const bool go = reader.feed(head.data(), head.size(), false, sink);
    if (go && complete)
        reader.finish(sink);
    // Without the end of the file the last record may be cut short.
    if (!complete && items.size() > 1)
        items.pop_back();
    textStore.append(kRecordPadding, ' ');
    std::vector<SourceRecord> out;
    for (Item& it : items) {
        it.r.text = std::string_view(textStore.data() + it.offset, it.length);
        it.r.padded = true;
        it.r.fields = it.fieldIndex >= 0 ? &fieldStore[std::size_t(it.fieldIndex)] : nullptr;
        out.push_back(it.r);
        if (int(out.size()) == kSampleRows)
            break;
    }
    return out;
}

// Which JSON formats a row looks like, and the mapping its keys suggest.
struct JsonVotes
{
    int shareGpt = 0, chat = 0, alpaca = 0, promptCompletion = 0, objects = 0;
    FieldMapping shareGptMap, chatMap, alpacaMap;
};

void voteJson(const SourceRecord& r, simdjson::dom::parser& parser, JsonVotes& v)
{
    simdjson::dom::object row;
    if (!r.error.isEmpty() || parser.parse(r.text.data(), r.text.size(), false).get_object().get(row))
        return;
    ++v.objects;
    auto firstTurnKeys = [](simdjson::dom::element list) -> std::pair<bool, bool> {
        simdjson::dom::array a;
        simdjson::dom::object first;
        if (list.get_array().get(a) || a.size() == 0 || a.at(0).get_object().get(first))
            return {false, false};
        const bool fromValue =
            first.at_key("from").error() == simdjson::SUCCESS && first.at_key("value").error() == simdjson::SUCCESS;
        const bool roleContent = first.at_key("role").error() == simdjson::SUCCESS;
        return {fromValue, roleContent};
    };
    for (const char* key : {"conversations", "conversation", "messages", "dialog", "chat"}) {
        simdjson::dom::element list;
        if (row.at_key(key).get(list))
            continue;
        const auto [fromValue, roleContent] = firstTurnKeys(list);
        if (fromValue) {
            ++v.shareGpt;
            if (v.shareGptMap.empty()) {
                v.shareGptMap.set("conversations", key);
                v.shareGptMap.set("from", "from");
                v.shareGptMap.set("value", "value");
            }
        } else if (roleContent) {
            ++v.chat;
            if (v.chatMap.empty())
                v.chatMap.set("messages", key);
        }
        break;
    }
    auto has = [&](const char* key) { return row.at_key(key).error() == simdjson::SUCCESS; };
    if (has("instruction") && (has("output") || has("response"))) {
        ++v.alpaca;
        if (v.alpacaMap.empty()) {
            v.alpacaMap.set("instruction", "instruction");
            v.alpacaMap.set("input", has("input") || !has("context") ? "input" : "context");
            v.alpacaMap.set("output", has("output") ? "output" : "response");
        }
    }
    if (has("prompt") && has("completion"))
        ++v.promptCompletion;
}

// Fields per record agree with the first record's (a header of more than one column).
double tableScore(const std::vector<SourceRecord>& records)
{
    if (records.empty() || !records.front().fields || records.front().fields->size() < 2)
        return 0;
    const std::size_t n = records.front().fields->size();
    int same = 0;
    for (const SourceRecord& r : records)
        same += r.fields && r.fields->size() == n;
    return double(same) / double(records.size());
}

bool oneOf(const std::string& s, std::initializer_list<const char*> names)
{
    for (const char* n : names)
        if (s == n)
            return true;
    return false;
}

} // namespace

RecordReader::Mode Detection::readerMode() const
{
    switch (format) {
    case ImportFormat::Csv:
        return RecordReader::Mode::Csv;
    case ImportFormat::Tsv:
        return RecordReader::Mode::Tsv;
    default:
        return jsonArray ? RecordReader::Mode::JsonArray : RecordReader::Mode::Lines;
    }
}

FieldMapping guessColumnMapping(const std::vector<std::string>& header)
{
    FieldMapping m;
    std::vector<std::string> names;
    for (const std::string& h : header)
        names.push_back(lowered(h));
    auto find = [&](std::initializer_list<const char*> candidates) -> int {
        for (const char* c : candidates)
            for (std::size_t i = 0; i < names.size(); ++i)
                if (names[i] == c)
                    return int(i);
        return -1;
    };
    const int prompt = find({"prompt"}), completion = find({"completion"});
    if (prompt >= 0 && completion >= 0) {
        m.pairs = {{"prompt", header[std::size_t(prompt)]}, {"completion", header[std::size_t(completion)]}};
        return m;
    }
    const int system = find({"system", "system_prompt", "system prompt", "sys"});
    const int assistant =
        find({"output", "response", "answer", "completion", "assistant", "gpt", "reply", "chosen", "target", "bot"});
    if (assistant >= 0) {
        if (system >= 0)
            m.pairs.emplace_back("system", header[std::size_t(system)]);
        // Every user-side column, in the table's order (instruction then input, as Alpaca joins them).
        for (std::size_t i = 0; i < names.size(); ++i)
            if (oneOf(names[i],
                      {"instruction", "prompt", "question", "query", "input", "user", "human", "context", "source"}))
                m.pairs.emplace_back("user", header[i]);
        if (m.has("user")) {
            m.pairs.emplace_back("assistant", header[std::size_t(assistant)]);
            return m;
        }
        m.pairs.clear();
    }
    const int text = find({"text", "content", "document", "body"});
    if (text >= 0)
        m.pairs = {{"text", header[std::size_t(text)]}};
    return m;
}

Detection detectFormat(std::string_view head, bool complete, const QString& fileName, ImportFormat forced,
                       const FieldMapping& mapping)
{
    Detection d;
    std::string_view body = head;
    if (body.size() >= 3 && std::memcmp(body.data(), "\xEF\xBB\xBF", 3) == 0)
        body.remove_prefix(3);
    const std::size_t firstByte = body.find_first_not_of(" \t\r\n");
    const char first = firstByte == std::string_view::npos ? '\0' : body[firstByte];
    const QString suffix = QFileInfo(fileName).suffix().toLower();

    std::vector<std::vector<std::string>> fieldStore;
    std::string textStore;
    ImportFormat format = forced;
    std::vector<SourceRecord> records;

    const bool jsonLooking = first == '[' || first == '{';
    if (forced == ImportFormat::Auto ? jsonLooking : isJsonFormat(forced)) {
        d.jsonArray = first == '[';
        records = sampleRecords(head, complete, d.jsonArray ? RecordReader::Mode::JsonArray : RecordReader::Mode::Lines,
                                fieldStore, textStore);
        simdjson::dom::parser parser;
        JsonVotes v;
        for (const SourceRecord& r : records)
            voteJson(r, parser, v);
        if (forced == ImportFormat::Auto) {
            const int best = std::max({v.shareGpt, v.chat, v.alpaca, v.promptCompletion});
            if (best == 0)
                format = ImportFormat::Auto;
            else if (best == v.shareGpt)
                format = ImportFormat::ShareGpt;
            else if (best == v.chat)
                format = d.jsonArray ? ImportFormat::HuggingFace : ImportFormat::OpenAi;
            else if (best == v.alpaca)
                format = ImportFormat::Alpaca;
            else
                format = ImportFormat::PromptCompletion;
        }
        switch (format) {
        case ImportFormat::ShareGpt:
            d.mapping = v.shareGptMap;
            break;
        case ImportFormat::OpenAi:
        case ImportFormat::HuggingFace:
            d.mapping = v.chatMap;
            break;
        case ImportFormat::Alpaca:
            d.mapping = v.alpacaMap;
            break;
        default:
            break;
        }
        if (forced == ImportFormat::Auto && format == ImportFormat::Auto && v.objects == 0 && first == '{') {
            format = ImportFormat::Text; // braces, but not JSON: read as text below
            d.jsonArray = false;
        }
    }
    if (forced == ImportFormat::Auto && !jsonLooking) {
        // A table when the fields per row agree; the suffix decides a tie.
        std::vector<std::vector<std::string>> fsCsv, fsTsv;
        std::string tsCsv, tsTsv;
        const double csv = tableScore(sampleRecords(head, complete, RecordReader::Mode::Csv, fsCsv, tsCsv));
        const double tsv = tableScore(sampleRecords(head, complete, RecordReader::Mode::Tsv, fsTsv, tsTsv));
        const bool tableSuffix = suffix == QLatin1String("csv") || suffix == QLatin1String("tsv");
        if (tsv >= 0.9 && (tsv >= csv || suffix == QLatin1String("tsv")))
            format = ImportFormat::Tsv;
        else if (csv >= 0.9 || (suffix == QLatin1String("csv") && csv > 0))
            format = ImportFormat::Csv;
        else
            format = ImportFormat::Text;
        // Prose with one comma a line has agreeing fields too: without a table's suffix, a
        // "header" naming no known column is read as text.
        if ((format == ImportFormat::Csv || format == ImportFormat::Tsv) && !tableSuffix) {
            std::vector<std::vector<std::string>> fs;
            std::string ts;
            const auto recs =
                sampleRecords(head, complete,
                              format == ImportFormat::Csv ? RecordReader::Mode::Csv : RecordReader::Mode::Tsv, fs, ts);
            if (recs.empty() || !recs.front().fields || guessColumnMapping(*recs.front().fields).empty())
                format = ImportFormat::Text;
        }
    }
    d.format = format;
    if (format == ImportFormat::Text || format == ImportFormat::Csv || format == ImportFormat::Tsv) {
        d.jsonArray = false;
        fieldStore.clear();
        textStore.clear();
        records = sampleRecords(head, complete, d.readerMode(), fieldStore, textStore);
    }
    d.format = format;
    if (format == ImportFormat::Csv || format == ImportFormat::Tsv) {
        if (!records.empty() && records.front().fields)
            d.header = *records.front().fields;
        if (!records.empty())
            records.erase(records.begin()); // the header is not a row
        d.mapping = guessColumnMapping(d.header);
    }
    if (!mapping.empty())
        d.mapping = mapping;
    d.sampled = int(records.size());

    // The confidence: how many sampled rows the import would convert.
    if (format != ImportFormat::Auto) {
        auto converter = RowConverter::create(format, d.mapping, d.header);
        if (converter) {
            int converted = 0;
            std::string out;
            for (const SourceRecord& r : records) {
                out.clear();
                converted += (*converter)->convert(r, out).isEmpty();
            }
            d.confidence = records.empty() ? 0.0 : double(converted) / double(records.size());
        }
    }
    // Plain text reads anything: it is a last resort, never a confident guess.
    if (forced == ImportFormat::Auto && format == ImportFormat::Text)
        d.confidence = std::min(d.confidence, 0.5);

    const QString share = QStringLiteral("%1 of %2").arg(int(d.confidence * d.sampled + 0.5)).arg(d.sampled);
    switch (format) {
    case ImportFormat::Auto:
        d.explanation = tr("No known format reads these rows: choose one and map its fields.");
        break;
    case ImportFormat::ShareGpt:
        d.explanation =
            tr("Rows have a \"%1\" list of turns with \"from\" and \"value\" (%2 rows convert).")
                .arg(QString::fromStdString(std::string(d.mapping.get("conversations", "conversations"))), share);
        break;
    case ImportFormat::OpenAi:
        d.explanation = tr("JSON lines with a \"messages\" list of roles and contents (%1 rows convert).").arg(share);
        break;
    case ImportFormat::HuggingFace:
        d.explanation =
            tr("A JSON array of rows with a \"messages\" list, as Hugging Face exports it (%1 rows convert).")
                .arg(share);
        break;
    case ImportFormat::Alpaca:
        d.explanation = tr("Rows have \"instruction\" and \"output\" (%1 rows convert).").arg(share);
        break;
    case ImportFormat::PromptCompletion:
        d.explanation = tr("Rows have \"prompt\" and \"completion\" (%1 rows convert).").arg(share);
        break;
    case ImportFormat::Text:
        d.explanation = tr("No structure found: each line becomes one text row (%1 lines convert).").arg(share);
        break;
    case ImportFormat::Csv:
    case ImportFormat::Tsv:
        d.explanation = d.mapping.empty()
                            ? tr("A table with the columns %1; map them to roles.").arg(QString::fromStdString([&] {
                                  std::string all;
                                  for (const std::string& h : d.header)
                                      all += (all.empty() ? "" : ", ") + h;
                                  return all;
                              }()))
                            : tr("A table with a header row; columns mapped as %1 (%2 rows convert).")
                                  .arg(d.mapping.toString(), share);
        break;
    }
    return d;
}

} // namespace td
