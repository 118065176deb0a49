#include "import/RowConverter.h"

#include "import/JsonOut.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>

static_assert(td::kRecordPadding >= simdjson::SIMDJSON_PADDING);

namespace td {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(std::min<std::size_t>(s.size(), 80)));
}

QString typeName(element e)
{
    switch (e.type()) {
    case element_type::ARRAY:
        return tr("a list");
    case element_type::OBJECT:
        return tr("an object");
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
        return tr("a number");
    case element_type::STRING:
        return tr("text");
    case element_type::BOOL:
        return tr("true/false");
    case element_type::NULL_VALUE:
        return tr("null");
    }
    return {};
}

bool validUtf8(std::string_view s)
{
    return simdjson::validate_utf8(s.data(), s.size());
}

// One message being written: `{"role":"…"` then fields, closed by end().
struct MessageWriter
{
    std::string& out;
    bool first = true;
    bool assistant = false; // a message from the assistant was written

    void begin(std::string_view role)
    {
        if (!first)
            out.push_back(',');
        first = false;
        assistant = assistant || role == "assistant";
        out.append("{\"role\":");
        appendJsonString(out, role);
    }
    void text(std::string_view key, std::string_view value)
    {
        out.push_back(',');
        appendJsonString(out, key);
        out.push_back(':');
        appendJsonString(out, value);
    }
    void raw(std::string_view key, std::string_view json)
    {
        out.push_back(',');
        appendJsonString(out, key);
        out.push_back(':');
        out.append(json);
    }
    void end() { out.push_back('}'); }
};

// A conversation with no message from the assistant: Together rejects the whole file for one
// (the preview said such a row converted, then the written file was refused).
QString noAssistant()
{
    return tr("no message is from the assistant (Together needs one in every conversation)");
}

// Where in a row something is ("conversations[2]"): put into words only for a refusal, so a
// row that converts pays nothing for it.
struct Where
{
    std::string_view key;
    std::size_t index = 0;
    QString text() const { return QStringLiteral("%1[%2]").arg(q(key)).arg(index); }
};

} // namespace

struct RowConverter::Impl
{
    ImportFormat format = ImportFormat::Auto;
    TargetFormat target = TargetFormat::Conversational;
    FieldMapping mapping;
    simdjson::dom::parser parser;
    simdjson::dom::parser inner; // JSON inside strings (ShareGPT function calls, tools)
    // CSV: (role or slot, column index) in message order.
    std::vector<std::pair<std::string, std::size_t>> columns;
    std::size_t headerFields = 0;
    int callCounter = 0;
    std::string lastCallId;

    QString convertJson(const SourceRecord& r, std::string& out);
    QString shareGpt(object row, std::string& out);
    QString alpaca(object row, std::string& out);
    QString chat(object row, std::string& out);
    QString promptCompletion(object row, std::string& out);
    QString text(const SourceRecord& r, std::string& out);
    QString csv(const SourceRecord& r, std::string& out);
    QString content(element c, const Where& where, std::string_view role, MessageWriter& w);
    QString toolCalls(element calls, const Where& where, MessageWriter& w);
    QString functionCall(element call, const Where& where, MessageWriter& w);
    QString tools(object row, std::string& out);
    std::string newCallId() { return "call_" + std::to_string(++callCounter); }
};

RowConverter::RowConverter()
    : d(std::make_unique<Impl>())
{}

RowConverter::~RowConverter() = default;

ImportFormat RowConverter::format() const
{
    return d->format;
}

TargetFormat RowConverter::target() const
{
    return d->target;
}

Result<std::unique_ptr<RowConverter>> RowConverter::create(ImportFormat format, const FieldMapping& mapping,
                                                           const std::vector<std::string>& header)
{
    std::unique_ptr<RowConverter> c(new RowConverter);
    c->d->format = format;
    c->d->mapping = mapping;
    switch (format) {
    case ImportFormat::Auto:
        return Error::make(Error::Code::Unsupported, tr("Choose a format to import from."));
    case ImportFormat::PromptCompletion:
        c->d->target = TargetFormat::Instruction;
        break;
    case ImportFormat::Text:
        c->d->target = TargetFormat::General;
        break;
    case ImportFormat::Csv:
    case ImportFormat::Tsv: {
        if (mapping.empty())
            return Error::make(Error::Code::Unsupported,
                               tr("Map the columns first: which holds the user's text, which the assistant's (for "
                                  "example user=question,assistant=answer)."));
        int roles = 0, instruction = 0, general = 0;
        for (const auto& [slot, source] : mapping.pairs) {
            if (slot == "system" || slot == "user" || slot == "assistant")
                ++roles;
            else if (slot == "prompt" || slot == "completion")
                ++instruction;
            else if (slot == "text")
                ++general;
            else
                return Error::make(Error::Code::Unsupported,
                                   tr("\"%1\" is not something a column can be: use system, user, assistant; or "
                                      "prompt and completion; or text.")
                                       .arg(QString::fromStdString(slot)));
            const std::size_t index = columnOf(header, source);
            if (index == header.size())
                return Error::make(Error::Code::Unsupported,
                                   tr("The file has no column \"%1\" (its columns: %2).")
                                       .arg(QString::fromStdString(source), QString::fromStdString([&] {
                                                std::string all;
                                                for (const std::string& h : header)
                                                    all += (all.empty() ? "" : ", ") + h;
                                                return all;
                                            }())));
            c->d->columns.emplace_back(slot, index);
        }
        if ((roles > 0) + (instruction > 0) + (general > 0) > 1)
            return Error::make(Error::Code::Unsupported,
                               tr("The mapping mixes roles, prompt/completion and text: a dataset has one format."));
        if (instruction > 0 && !(mapping.has("prompt") && mapping.has("completion")))
            return Error::make(Error::Code::Unsupported, tr("Map both prompt and completion."));
        if (roles > 0 && !mapping.has("assistant"))
            return Error::make(Error::Code::Unsupported,
                               tr("Map a column to assistant: Together trains on the assistant's answers."));
        c->d->target =
            instruction ? TargetFormat::Instruction : (general ? TargetFormat::General : TargetFormat::Conversational);
        c->d->headerFields = header.size();
        break;
    }
    default:
        break;
    }
    return c;
}

QString RowConverter::convert(const SourceRecord& record, std::string& out)
{
    if (!record.error.isEmpty())
        return record.error;
    const std::size_t mark = out.size();
    QString why;
    switch (d->format) {
    case ImportFormat::Text:
        why = d->text(record, out);
        break;
    case ImportFormat::Csv:
    case ImportFormat::Tsv:
        why = d->csv(record, out);
        break;
    default:
        why = d->convertJson(record, out);
        break;
    }
    if (!why.isEmpty())
        out.resize(mark);
    return why;
}

QString RowConverter::Impl::convertJson(const SourceRecord& r, std::string& out)
{
    std::string_view text = r.text;
    while (!text.empty() && (text.back() == '\r' || text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.find_first_not_of(" \t") == std::string_view::npos)
        return tr("the row is empty");
    element doc;
    if (const auto err = parser.parse(text.data(), text.size(), !r.padded).get(doc)) {
        if (err == simdjson::UTF8_ERROR)
            return tr("the row is not valid UTF-8");
        return tr("the row is not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err)));
    }
    object row;
    if (doc.get_object().get(row))
        return tr("the row is %1, not a JSON object").arg(typeName(doc));
    callCounter = 0;
    lastCallId.clear();
    switch (format) {
    case ImportFormat::ShareGpt:
        return shareGpt(row, out);
    case ImportFormat::Alpaca:
        return alpaca(row, out);
    case ImportFormat::OpenAi:
    case ImportFormat::HuggingFace:
        return chat(row, out);
    case ImportFormat::PromptCompletion:
        return promptCompletion(row, out);
    default:
        return tr("this format is not read as JSON");
    }
}

QString RowConverter::Impl::tools(object row, std::string& out)
{
    const std::string_view key = mapping.get("tools", "tools");
    element t;
    if (row.at_key(key).get(t) == simdjson::SUCCESS && !t.is_null()) {
        std::string_view s;
        if (t.get_string().get(s) == simdjson::SUCCESS) {
            // Tools as JSON text (LLaMA-Factory's ShareGPT): parsed, then written as a list.
            if (s.find_first_not_of(" \t\r\n") == std::string_view::npos)
                return {};
            if (inner.parse(s.data(), s.size(), true).get(t))
                return tr("\"%1\" is text that is not JSON").arg(q(key));
        }
        if (!t.is_array())
            return tr("\"%1\" is %2, not a list").arg(q(key), typeName(t));
        out.append(",\"tools\":");
        out.append(simdjson::to_string(t));
        return {};
    }
    // Legacy `functions`: each becomes a tool of type function.
    element f;
    if (row.at_key("functions").get(f) == simdjson::SUCCESS && !f.is_null()) {
        array fs;
        if (f.get_array().get(fs))
            return tr("\"functions\" is %1, not a list").arg(typeName(f));
        out.append(",\"tools\":[");
        bool first = true;
        for (element fn : fs) {
            if (!first)
                out.push_back(',');
            first = false;
            out.append("{\"type\":\"function\",\"function\":");
            out.append(simdjson::to_string(fn));
            out.push_back('}');
        }
        out.push_back(']');
    }
    return {};
}

QString RowConverter::Impl::shareGpt(object row, std::string& out)
{
    const std::string_view convKey = mapping.get("conversations", "conversations");
    const std::string_view fromKey = mapping.get("from", "from");
    const std::string_view valueKey = mapping.get("value", "value");
    element conv;
    if (row.at_key(convKey).get(conv))
        return tr("there is no \"%1\"").arg(q(convKey));
    array turns;
    if (conv.get_array().get(turns))
        return tr("\"%1\" is %2, not a list").arg(q(convKey), typeName(conv));
    if (turns.size() == 0)
        return tr("\"%1\" is empty").arg(q(convKey));
    out.append("{\"messages\":[");
    MessageWriter w{out};
    element sys;
    std::string_view sysText;
    if (row.at_key(mapping.get("system", "system")).get(sys) == simdjson::SUCCESS && !sys.is_null()) {
        if (sys.get_string().get(sysText))
            return tr("\"system\" is %1, not text").arg(typeName(sys));
        if (!sysText.empty()) {
            w.begin("system");
            w.text("content", sysText);
            w.end();
        }
    }
    std::size_t i = 0;
    for (element t : turns) {
        const Where where{convKey, i++};
        object turn;
        if (t.get_object().get(turn))
            return tr("%1 is %2, not an object").arg(where.text(), typeName(t));
        element from, value;
        std::string_view speaker, text;
        if (turn.at_key(fromKey).get(from))
            return tr("%1 has no \"%2\"").arg(where.text(), q(fromKey));
        if (from.get_string().get(speaker))
            return tr("%1.%2 is %3, not text").arg(where.text(), q(fromKey), typeName(from));
        if (turn.at_key(valueKey).get(value))
            return tr("%1 has no \"%2\"").arg(where.text(), q(valueKey));
        std::string lower(speaker);
        std::transform(lower.begin(), lower.end(), lower.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        if (lower == "function_call") {
            // LLaMA-Factory: the value is the call as JSON text.
            if (value.get_string().get(text))
                return tr("%1.%2 is %3, not text").arg(where.text(), q(valueKey), typeName(value));
            element call;
            if (inner.parse(text.data(), text.size(), true).get(call))
                return tr("%1 is a function call whose value is not JSON").arg(where.text());
            w.begin("assistant");
            if (QString why = call.is_array() ? toolCalls(call, where, w) : functionCall(call, where, w);
                !why.isEmpty())
                return why;
            w.end();
            continue;
        }
        if (value.get_string().get(text))
            return tr("%1.%2 is %3, not text").arg(where.text(), q(valueKey), typeName(value));
        const std::string_view role = chatRoleFor(speaker);
        if (role.empty())
            return tr("%1 is from \"%2\", which is not a role TuneDesk knows (human, gpt, system, tool, …)")
                .arg(where.text(), q(speaker));
        w.begin(role);
        w.text("content", text);
        if (role == "tool" && !lastCallId.empty())
            w.text("tool_call_id", lastCallId);
        element weight;
        if (turn.at_key("weight").get(weight) == simdjson::SUCCESS) {
            std::int64_t wv = -1;
            if (weight.get_int64().get(wv) || (wv != 0 && wv != 1))
                return tr("%1.weight must be 0 or 1").arg(where.text());
            w.raw("weight", wv ? "1" : "0");
        }
        w.end();
    }
    if (!w.assistant)
        return noAssistant();
    out.push_back(']');
    if (QString why = tools(row, out); !why.isEmpty())
        return why;
    out.push_back('}');
    return {};
}

QString RowConverter::Impl::alpaca(object row, std::string& out)
{
    auto textField = [&](std::string_view slot, bool required, std::string_view& value) -> QString {
        const std::string_view key = mapping.get(slot, slot);
        element e;
        if (row.at_key(key).get(e) || e.is_null())
            return required ? tr("there is no \"%1\"").arg(q(key)) : QString();
        if (e.get_string().get(value))
            return tr("\"%1\" is %2, not text").arg(q(key), typeName(e));
        return {};
    };
    std::string_view instruction, input, output, system;
    for (auto [slot, required, value] :
         {std::tuple{"instruction", true, &instruction}, std::tuple{"input", false, &input},
          std::tuple{"output", true, &output}, std::tuple{"system", false, &system}})
        if (QString why = textField(slot, required, *value); !why.isEmpty())
            return why;
    if (instruction.find_first_not_of(" \t\r\n") == std::string_view::npos &&
        input.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return tr("the instruction and the input are both empty");
    out.append("{\"messages\":[");
    MessageWriter w{out};
    if (!system.empty()) {
        w.begin("system");
        w.text("content", system);
        w.end();
    }
    // Earlier turns as [[instruction, answer], …].
    const std::string_view historyKey = mapping.get("history", "history");
    element history;
    if (row.at_key(historyKey).get(history) == simdjson::SUCCESS && !history.is_null()) {
        array pairs;
        if (history.get_array().get(pairs))
            return tr("\"%1\" is %2, not a list of [instruction, answer] pairs").arg(q(historyKey), typeName(history));
        std::size_t i = 0;
        for (element p : pairs) {
            array pair;
            std::string_view u, a;
            if (p.get_array().get(pair) || pair.size() != 2 || pair.at(0).get_string().get(u) ||
                pair.at(1).get_string().get(a))
                return tr("%1[%2] is not an [instruction, answer] pair of texts").arg(q(historyKey)).arg(i);
            ++i;
            w.begin("user");
            w.text("content", u);
            w.end();
            w.begin("assistant");
            w.text("content", a);
            w.end();
        }
    }
    w.begin("user");
    if (input.empty() || instruction.empty()) {
        w.text("content", instruction.empty() ? input : instruction);
    } else {
        std::string joined;
        joined.reserve(instruction.size() + input.size() + 2);
        joined.append(instruction).append("\n\n").append(input);
        w.text("content", joined);
    }
    w.end();
    w.begin("assistant");
    w.text("content", output);
    w.end();
    out.append("]}");
    return {};
}

QString RowConverter::Impl::functionCall(element call, const Where& where, MessageWriter& w)
{
    object fc;
    std::string_view name;
    if (call.get_object().get(fc) || fc.at_key("name").get_string().get(name))
        return tr("%1: the function call has no name").arg(where.text());
    element args;
    std::string arguments = "{}";
    if (fc.at_key("arguments").get(args) == simdjson::SUCCESS) {
        std::string_view s;
        if (args.get_string().get(s) == simdjson::SUCCESS)
            arguments = std::string(s);
        else
            arguments = simdjson::to_string(args); // arguments as an object: serialized, as the API sends them
    }
    lastCallId = newCallId();
    std::string& out = w.out;
    out.append(",\"tool_calls\":[{\"id\":");
    appendJsonString(out, lastCallId);
    out.append(",\"type\":\"function\",\"function\":{\"name\":");
    appendJsonString(out, name);
    out.append(",\"arguments\":");
    appendJsonString(out, arguments);
    out.append("}}]");
    return {};
}

QString RowConverter::Impl::toolCalls(element calls, const Where& where, MessageWriter& w)
{
    array list;
    if (calls.get_array().get(list))
        return tr("%1.tool_calls is %2, not a list").arg(where.text(), typeName(calls));
    std::string& out = w.out;
    out.append(",\"tool_calls\":[");
    std::size_t j = 0;
    for (element c : list) {
        auto at = [&where, j] { return QStringLiteral("%1.tool_calls[%2]").arg(where.text()).arg(j); };
        object call, fn;
        if (c.get_object().get(call))
            return tr("%1 is %2, not an object").arg(at(), typeName(c));
        // {"function": {...}} as the API sends it, or a bare {"name", "arguments"}.
        if (call.at_key("function").get_object().get(fn))
            fn = call;
        std::string_view name;
        if (fn.at_key("name").get_string().get(name))
            return tr("%1 has no function name").arg(at());
        std::string_view id;
        std::string idText;
        if (call.at_key("id").get_string().get(id) == simdjson::SUCCESS)
            idText = std::string(id);
        else
            idText = newCallId();
        lastCallId = idText;
        std::string arguments = "{}";
        element args;
        if (fn.at_key("arguments").get(args) == simdjson::SUCCESS) {
            std::string_view s;
            arguments = args.get_string().get(s) == simdjson::SUCCESS ? std::string(s) : simdjson::to_string(args);
        }
        if (j++)
            out.push_back(',');
        out.append("{\"id\":");
        appendJsonString(out, idText);
        out.append(",\"type\":\"function\",\"function\":{\"name\":");
        appendJsonString(out, name);
        out.append(",\"arguments\":");
        appendJsonString(out, arguments);
        out.append("}}");
    }
    out.push_back(']');
    return {};
}

QString RowConverter::Impl::content(element c, const Where& where, std::string_view role, MessageWriter& w)
{
    std::string_view s;
    if (c.get_string().get(s) == simdjson::SUCCESS) {
        w.text("content", s);
        return {};
    }
    array parts;
    if (c.get_array().get(parts))
        return tr("%1.content is %2, not text or a list of parts").arg(where.text(), typeName(c));
    bool image = false;
    std::string joined;
    std::size_t j = 0;
    for (element p : parts) {
        auto at = [&where, j] { return QStringLiteral("%1.content[%2]").arg(where.text()).arg(j); };
        ++j;
        object part;
        std::string_view type, text;
        if (p.get_string().get(text) == simdjson::SUCCESS) { // a bare string part
            joined.append(joined.empty() ? "" : "\n").append(text);
            continue;
        }
        if (p.get_object().get(part) || part.at_key("type").get_string().get(type))
            return tr("%1 is not a part with a \"type\"").arg(at());
        if (type == "text") {
            if (part.at_key("text").get_string().get(text))
                return tr("%1 is a text part without text").arg(at());
            joined.append(joined.empty() ? "" : "\n").append(text);
        } else if (type == "image_url" || type == "image") {
            if (role != "user")
                return tr("%1 is an image in a %2 message; Together takes images from the user only")
                    .arg(at(), q(role));
            image = true;
        } else {
            return tr("%1 is a \"%2\" part, which Together cannot train on (text and image_url only)")
                .arg(at(), q(type));
        }
    }
    if (!image) {
        w.text("content", joined);
        return {};
    }
    // With images the parts stay a list: text parts as they are, images as image_url parts.
    std::string list = "[";
    bool first = true;
    for (element p : parts) {
        if (!first)
            list.push_back(',');
        first = false;
        std::string_view text, type;
        if (p.get_string().get(text) == simdjson::SUCCESS) {
            list.append("{\"type\":\"text\",\"text\":");
            appendJsonString(list, text);
            list.push_back('}');
            continue;
        }
        // Checked in the first pass: an object with a string "type".
        object part = p.get_object().value_unsafe();
        type = part.at_key("type").get_string().value_unsafe();
        if (type == "image") { // Hugging Face: {"type": "image", "url"|"image": …}
            std::string_view url;
            if (part.at_key("url").get_string().get(url) && part.at_key("image").get_string().get(url))
                return tr("%1: an image part without a URL").arg(where.text());
            list.append("{\"type\":\"image_url\",\"image_url\":{\"url\":");
            appendJsonString(list, url);
            list.append("}}");
        } else {
            list.append(simdjson::to_string(p));
        }
    }
    list.push_back(']');
    w.raw("content", list);
    return {};
}

QString RowConverter::Impl::chat(object row, std::string& out)
{
    const std::string_view key = mapping.get("messages", "messages");
    const std::string_view roleKey = mapping.get("role", "role");
    const std::string_view contentKey = mapping.get("content", "content");
    element msgs;
    if (row.at_key(key).get(msgs))
        return tr("there is no \"%1\"").arg(q(key));
    array list;
    if (msgs.get_array().get(list))
        return tr("\"%1\" is %2, not a list").arg(q(key), typeName(msgs));
    if (list.size() == 0)
        return tr("\"%1\" is empty").arg(q(key));
    out.append("{\"messages\":[");
    MessageWriter w{out};
    std::size_t i = 0;
    for (element m : list) {
        const Where where{key, i++};
        object msg;
        if (m.get_object().get(msg))
            return tr("%1 is %2, not an object").arg(where.text(), typeName(m));
        element roleEl;
        std::string_view speaker;
        if (msg.at_key(roleKey).get(roleEl))
            return tr("%1 has no \"%2\"").arg(where.text(), q(roleKey));
        if (roleEl.get_string().get(speaker))
            return tr("%1.%2 is %3, not text").arg(where.text(), q(roleKey), typeName(roleEl));
        const std::string_view role = chatRoleFor(speaker);
        if (role.empty())
            return tr("%1 has the role \"%2\", which Together does not have (system, user, assistant, tool)")
                .arg(where.text(), q(speaker));
        const bool legacyFunction = speaker == "function";
        element c, calls, fcall;
        const bool hasContent = msg.at_key(contentKey).get(c) == simdjson::SUCCESS && !c.is_null();
        const bool hasCalls = msg.at_key("tool_calls").get(calls) == simdjson::SUCCESS && !calls.is_null();
        const bool hasFunctionCall = msg.at_key("function_call").get(fcall) == simdjson::SUCCESS && !fcall.is_null();
        if ((hasCalls || hasFunctionCall) && role != "assistant")
            return tr("%1 has tool calls but is not from the assistant").arg(where.text());
        if (!hasContent && !hasCalls && !hasFunctionCall)
            return tr("%1 has no \"%2\"").arg(where.text(), q(contentKey));
        w.begin(role);
        if (hasContent)
            if (QString why = content(c, where, role, w); !why.isEmpty())
                return why;
        std::string_view s;
        if (msg.at_key("name").get_string().get(s) == simdjson::SUCCESS)
            w.text("name", s);
        if (hasCalls)
            if (QString why = toolCalls(calls, where, w); !why.isEmpty())
                return why;
        if (hasFunctionCall)
            if (QString why = functionCall(fcall, where, w); !why.isEmpty())
                return why;
        if (msg.at_key("tool_call_id").get_string().get(s) == simdjson::SUCCESS)
            w.text("tool_call_id", s);
        else if (legacyFunction && !lastCallId.empty())
            w.text("tool_call_id", lastCallId); // answers the legacy call made before it
        for (const char* r : {"reasoning", "reasoning_content"})
            if (msg.at_key(r).get_string().get(s) == simdjson::SUCCESS) {
                w.text(r, s);
                break;
            }
        element weight;
        if (msg.at_key("weight").get(weight) == simdjson::SUCCESS) {
            std::int64_t wv = -1;
            if (weight.get_int64().get(wv) || (wv != 0 && wv != 1))
                return tr("%1.weight must be 0 or 1").arg(where.text());
            w.raw("weight", wv ? "1" : "0");
        }
        w.end();
    }
    if (!w.assistant)
        return noAssistant();
    out.push_back(']');
    if (QString why = tools(row, out); !why.isEmpty())
        return why;
    out.push_back('}');
    return {};
}

QString RowConverter::Impl::promptCompletion(object row, std::string& out)
{
    std::string_view values[2];
    const char* names[2] = {"prompt", "completion"};
    for (int k = 0; k < 2; ++k) {
        const std::string_view key = mapping.get(names[k], names[k]);
        element e;
        if (row.at_key(key).get(e))
            return tr("there is no \"%1\"").arg(q(key));
        if (e.get_string().get(values[k]))
            return tr("\"%1\" is %2, not text").arg(q(key), typeName(e));
    }
    out.append("{\"prompt\":");
    appendJsonString(out, values[0]);
    out.append(",\"completion\":");
    appendJsonString(out, values[1]);
    out.push_back('}');
    return {};
}

QString RowConverter::Impl::text(const SourceRecord& r, std::string& out)
{
    std::string_view line = r.text;
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos)
        return tr("the line is empty");
    if (!validUtf8(line))
        return tr("the line is not valid UTF-8");
    out.append("{\"text\":");
    appendJsonString(out, line);
    out.push_back('}');
    return {};
}

QString RowConverter::Impl::csv(const SourceRecord& r, std::string& out)
{
    if (!r.fields)
        return tr("the row could not be read");
    const std::vector<std::string>& f = *r.fields;
    if (f.size() == 1 && f.front().empty())
        return tr("the row is empty");
    if (f.size() != headerFields)
        return tr("the row has %1 fields, the header %2").arg(f.size()).arg(headerFields);
    for (const auto& [slot, col] : columns)
        if (!validUtf8(f[col]))
            return tr("the column %1 is not valid UTF-8").arg(col + 1);
    if (target == TargetFormat::General) {
        std::string joined;
        for (const auto& [slot, col] : columns)
            joined.append(joined.empty() || f[col].empty() ? "" : "\n\n").append(f[col]);
        if (joined.empty())
            return tr("the text is empty");
        out.append("{\"text\":");
        appendJsonString(out, joined);
        out.push_back('}');
        return {};
    }
    if (target == TargetFormat::Instruction) {
        std::string prompt, completion;
        for (const auto& [slot, col] : columns) {
            std::string& to = slot == "prompt" ? prompt : completion;
            to.append(to.empty() || f[col].empty() ? "" : "\n\n").append(f[col]);
        }
        out.append("{\"prompt\":");
        appendJsonString(out, prompt);
        out.append(",\"completion\":");
        appendJsonString(out, completion);
        out.push_back('}');
        return {};
    }
    // Roles in mapping order; empty cells are left out (a table of up to N turns), and
    // neighbouring columns of one role make one message.
    std::vector<std::pair<std::string_view, std::string>> messages;
    for (const auto& [slot, col] : columns) {
        if (f[col].empty())
            continue;
        if (!messages.empty() && messages.back().first == slot)
            messages.back().second.append("\n\n").append(f[col]);
        else
            messages.emplace_back(slot, f[col]);
    }
    bool user = false, assistant = false;
    for (const auto& m : messages) {
        user = user || m.first == "user";
        assistant = assistant || m.first == "assistant";
    }
    if (!assistant)
        return tr("the assistant's columns are empty");
    if (!user)
        return tr("the user's columns are empty");
    out.append("{\"messages\":[");
    MessageWriter w{out};
    for (const auto& [role, text] : messages) {
        w.begin(role);
        w.text("content", text);
        w.end();
    }
    out.append("]}");
    return {};
}

} // namespace td
