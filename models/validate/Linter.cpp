#include "validate/Linter.h"
#include "dataset/MessageWeight.h"

#include "dataset/JsonErrorText.h"
#include "validate/ParityFastPath.h"
#include "validate/PyJson.h"
#include "validate/PyRepr.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <array>
#include <thread>
#include <unordered_map>

namespace td {

using py::Value;

namespace {

QString q(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string escapePointer(const std::u32string& key)
{
    std::string k = py::toUtf8(key);
    std::string out;
    for (char c : k) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

// Detected format, as in check_file; -1 when none fits.
enum FormatId : std::int8_t { NoFormat = -1, General = 0, Conversation = 1, Instruction = 2, Preference = 3 };

QString formatLabel(int f)
{
    switch (f) {
    case General:
        return QCoreApplication::translate("td::Lint", "text");
    case Conversation:
        return QCoreApplication::translate("td::Lint", "conversation");
    case Instruction:
        return QCoreApplication::translate("td::Lint", "instruction");
    case Preference:
        return QCoreApplication::translate("td::Lint", "preference");
    default:
        return QCoreApplication::translate("td::Lint", "unknown");
    }
}

// A message's weight in the terms of the one training rule (dataset/MessageWeight.h).
MessageWeight weightOf(const Value* w)
{
    if (!w)
        return MessageWeight::Absent;
    if (w->kind == Value::Kind::Float && (w->number == 0.0 || w->number == 1.0))
        return w->number == 1.0 ? MessageWeight::One : MessageWeight::Zero;
    switch (w->zeroOrOne()) {
    case 0:
        return MessageWeight::Zero;
    case 1:
        return MessageWeight::One;
    default:
        return MessageWeight::Invalid;
    }
}

// The exact rules for one parsed row, collecting every problem.
class RowLinter
{
public:
    RowLinter(std::vector<LintProblem>& out, const LintOptions& options)
        : m_out(out)
        , m_options(options)
    {}

    bool tools() const { return m_options.profile == LintProfile::Tools; }

    void add(std::string pointer, const char* code, QString message, Severity severity = Severity::Error,
             FixKind fix = FixKind::None)
    {
        LintProblem p;
        p.pointer = std::move(pointer);
        p.code = code;
        p.severity = severity;
        p.message = std::move(message);
        p.fix = fix;
        m_out.push_back(std::move(p));
    }

    // Returns the detected format.
    int lint(Value& row)
    {
        if (!row.isDict()) {
            add("", "not-object",
                QCoreApplication::translate("td::Lint", "The line is JSON but not an object (found %1).")
                    .arg(q(py::typeName(row))),
                Severity::Error, FixKind::DeleteRow);
            return NoFormat;
        }
        if (tools())
            dropNulls(row);
        const int format = detect(row);
        switch (format) {
        case Conversation:
            messages(*row.get(U"messages"), "/messages", true, row.get(U"tools"));
            break;
        case Preference:
            preference(row);
            break;
        case General:
            content(*row.get(U"text"), "/text", U"user", nullptr);
            break;
        case Instruction:
            content(*row.get(U"prompt"), "/prompt", U"user", nullptr);
            content(*row.get(U"completion"), "/completion", U"assistant", nullptr);
            emptyText(*row.get(U"completion"), "/completion");
            break;
        default:
            break;
        }
        return format;
    }

    std::int64_t characters = 0;

private:
    // Variant C drops keys whose value is null before validating.
    static void dropNulls(Value& v)
    {
        if (v.isDict()) {
            std::erase_if(v.dict, [](const auto& kv) { return kv.second.isNone(); });
            for (auto& [k, child] : v.dict)
                dropNulls(child);
        } else if (v.isList()) {
            for (auto& child : v.list)
                dropNulls(child);
        }
    }

    int detect(const Value& row)
    {
        static const std::vector<std::vector<std::u32string>> required = {
            {U"text"},
            {U"messages"},
            {U"prompt", U"completion"},
            {U"input", U"preferred_output", U"non_preferred_output"}};
        for (int f = 0; f < 4; ++f) {
            bool all = true;
            for (const auto& c : required[std::size_t(f)])
                all = all && row.has(c);
            if (!all)
                continue;
            for (const auto& [key, value] : row.dict) {
                bool known = false;
                for (const auto& c : required[std::size_t(f)])
                    known = known || c == key;
                if (!known && tools() && f == Conversation && key == U"tools")
                    known = true;
                if (!known)
                    add("/" + escapePointer(key), "extra-column",
                        QCoreApplication::translate("td::Lint",
                                                    "Extra top-level key \"%1\": a %2 row may only have %3.")
                            .arg(q(py::toUtf8(key)), formatLabel(f), allowedKeys(f)),
                        Severity::Error, FixKind::DropExtraKeys);
            }
            return f;
        }
        add("", "unknown-format",
            QCoreApplication::translate(
                "td::Lint",
                "No dataset format fits this row's keys %1. Use messages; prompt and completion; text; or input, "
                "preferred_output and non_preferred_output.")
                .arg(q(py::dictKeysRepr(row)).mid(10).chopped(1)));
        return NoFormat;
    }

    static QString allowedKeys(int f)
    {
        switch (f) {
        case General:
            return QStringLiteral("\"text\"");
        case Conversation:
            return QStringLiteral("\"messages\"");
        case Instruction:
            return QStringLiteral("\"prompt\" and \"completion\"");
        default:
            return QStringLiteral("\"input\", \"preferred_output\" and \"non_preferred_output\"");
        }
    }

    void emptyText(const Value& v, const std::string& ptr)
    {
        if (!v.isStr())
            return;
        for (char32_t c : v.str)
            if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r')
                return;
        add(ptr, "empty-assistant",
            QCoreApplication::translate("td::Lint",
                                        "The assistant's answer is empty: the model would learn to say nothing."),
            Severity::Warning);
    }

    // Returns {multimodal, images}.
    std::pair<bool, std::size_t> content(const Value& c, const std::string& ptr, std::u32string_view role,
                                         const Value* weight)
    {
        if (c.isStr()) {
            characters += std::int64_t(c.str.size());
            return {false, 0};
        }
        if (!c.isList()) {
            add(ptr, "invalid-content",
                QCoreApplication::translate("td::Lint", "Content must be a string or a list of content parts, not %1.")
                    .arg(q(py::typeName(c))));
            return {false, 0};
        }
        std::size_t images = 0;
        for (std::size_t i = 0; i < c.list.size(); ++i) {
            const Value& item = c.list[i];
            const std::string ip = ptr + "/" + std::to_string(i);
            if (!item.isDict()) {
                add(ip, "content-part-not-object",
                    QCoreApplication::translate("td::Lint", "A content part must be an object."));
                continue;
            }
            const Value* type = item.get(U"type");
            if (!type) {
                add(ip, "content-part-no-type",
                    QCoreApplication::translate("td::Lint",
                                                "A content part needs a \"type\" (\"text\" or \"image_url\")."));
                continue;
            }
            if (type->strEquals(U"text")) {
                const Value* text = item.get(U"text");
                if (!text || !text->isStr())
                    add(ip + "/text", "text-part-invalid",
                        QCoreApplication::translate("td::Lint", "A text part needs \"text\" as a string, got %1.")
                            .arg(q(text ? py::repr(*text) : std::string("nothing"))));
                else
                    characters += std::int64_t(text->str.size());
            } else if (type->strEquals(U"image_url")) {
                if (role != U"user")
                    add(ip, "image-not-in-user-message",
                        QCoreApplication::translate("td::Lint", "Only user messages can contain images."));
                const Value* imageUrl = item.get(U"image_url");
                const Value* url = imageUrl && imageUrl->isDict() ? imageUrl->get(U"url") : nullptr;
                if (!imageUrl || !imageUrl->isDict()) {
                    add(ip + "/image_url", "image-url-invalid",
                        QCoreApplication::translate("td::Lint", "An image part needs \"image_url\" as an object."));
                } else if (!url || !url->isStr() || url->str.empty()) {
                    add(ip + "/image_url/url", "image-url-invalid",
                        QCoreApplication::translate("td::Lint", "An image part needs a non-empty \"url\" string."));
                } else {
                    const std::u32string_view u = url->str;
                    if (!(u.substr(0, 23) == U"data:image/jpeg;base64," ||
                          u.substr(0, 22) == U"data:image/png;base64," ||
                          u.substr(0, 23) == U"data:image/webp;base64,"))
                        add(ip + "/image_url/url", "image-not-base64",
                            QCoreApplication::translate(
                                "td::Lint",
                                "Images must be embedded as data:image/jpeg, png or webp;base64,… URLs, not links."));
                    else if (u.size() > 13981036)
                        add(ip + "/image_url/url", "image-too-large",
                            QCoreApplication::translate("td::Lint", "The image is about %1 bytes; the limit is 10 MB.")
                                .arg(u.size() * 3 / 4));
                    ++images;
                }
            } else {
                add(ip + "/type", "content-part-type-invalid",
                    QCoreApplication::translate("td::Lint",
                                                "A content part's type must be \"text\" or \"image_url\", got %1.")
                        .arg(q(py::repr(*type))));
            }
        }
        if (images > 10)
            add(ptr, "too-many-images",
                QCoreApplication::translate("td::Lint", "A message may hold at most 10 images; this one has %1.")
                    .arg(images));
        if (images > 0 && weight && weight->zeroOrOne() == 1)
            add(ptr, "image-with-weight",
                QCoreApplication::translate("td::Lint", "Messages with images cannot have a non-zero weight."));
        return {true, images};
    }

    void weight(const Value& w, const std::string& ptr)
    {
        if (tools()) {
            // Variant C checks only the value: 1.0 and true pass.
            const bool ok =
                w.zeroOrOne() >= 0 || (w.kind == Value::Kind::Float && (w.number == 0.0 || w.number == 1.0));
            if (!ok)
                add(ptr, "weight-invalid",
                    QCoreApplication::translate("td::Lint", "A weight must be 0 or 1, got %1.").arg(q(py::repr(w))));
            return;
        }
        if (w.kind == Value::Kind::Bool) {
            add(ptr, "weight-boolean",
                QCoreApplication::translate(
                    "td::Lint", "The weight is %1; Together reads it as %2, other trainers may not. Write 0 or 1.")
                    .arg(q(py::repr(w)))
                    .arg(w.boolean ? 1 : 0),
                Severity::Warning, FixKind::WeightToInteger);
        } else if (w.kind == Value::Kind::Float && (w.number == 0.0 || w.number == 1.0)) {
            add(ptr, "weight-not-integer",
                QCoreApplication::translate("td::Lint", "The weight %1 must be written as an integer.")
                    .arg(q(py::repr(w))),
                Severity::Error, FixKind::WeightToInteger);
        } else if (!w.isPyInt()) {
            add(ptr, "weight-not-integer",
                QCoreApplication::translate("td::Lint", "A weight must be the integer 0 or 1, got %1.")
                    .arg(q(py::repr(w))));
        } else if (w.zeroOrOne() < 0) {
            add(ptr, "weight-invalid",
                QCoreApplication::translate("td::Lint", "A weight must be 0 or 1, got %1.").arg(q(py::repr(w))));
        }
    }

    void messages(const Value& list, const std::string& ptr, bool requireAssistant, const Value* tools)
    {
        if (!list.isList()) {
            add(ptr, "messages-not-list",
                QCoreApplication::translate("td::Lint", "\"messages\" must be a list, not %1.")
                    .arg(q(py::typeName(list))));
            return;
        }
        if (list.list.empty()) {
            add(ptr, "messages-empty", QCoreApplication::translate("td::Lint", "\"messages\" is empty."),
                Severity::Error, FixKind::DeleteRow);
            return;
        }
        std::vector<std::u32string> toolNames;
        if (this->tools() && tools)
            toolNames = toolList(*tools);
        const Value* previousRole = nullptr;
        bool hasAssistant = false, anyTrained = false;
        std::optional<bool> multimodal;
        std::size_t images = 0;
        for (std::size_t i = 0; i < list.list.size(); ++i) {
            const Value& m = list.list[i];
            const std::string mp = ptr + "/" + std::to_string(i);
            if (!m.isDict()) {
                add(mp, "message-not-object",
                    QCoreApplication::translate("td::Lint", "A message must be an object, not %1.")
                        .arg(q(py::typeName(m))));
                previousRole = nullptr;
                continue;
            }
            const Value* role = m.get(U"role");
            const Value* c = m.get(U"content");
            const Value* w = m.get(U"weight");
            const Value* calls = m.get(U"tool_calls");
            if (!role)
                add(mp, "missing-role", QCoreApplication::translate("td::Lint", "The message has no \"role\"."));
            if (w)
                weight(*w, mp + "/weight");
            std::u32string_view r;
            if (role) {
                if (!role->isStr()) {
                    add(mp + "/role", "role-not-string",
                        QCoreApplication::translate("td::Lint", "The role must be a string, not %1.")
                            .arg(q(py::repr(*role))));
                } else {
                    r = role->str;
                    const bool known =
                        r == U"system" || r == U"user" || r == U"assistant" || (this->tools() && r == U"tool");
                    if (!known)
                        add(mp + "/role", "invalid-role",
                            QCoreApplication::translate("td::Lint", "Unknown role \"%1\"; possible roles: %2.")
                                .arg(q(py::toUtf8(role->str)), this->tools()
                                                                   ? QStringLiteral("system, user, assistant, tool")
                                                                   : QStringLiteral("system, user, assistant")));
                    else if (!this->tools() && previousRole && previousRole->isStr() && previousRole->str == role->str)
                        add(mp + "/role", "same-role-twice",
                            QCoreApplication::translate(
                                "td::Lint",
                                "Two %1 messages in a row; roles must alternate between user and assistant.")
                                .arg(q(py::toUtf8(role->str))),
                            Severity::Error, FixKind::MergeSameRole);
                }
                previousRole = role;
            }
            hasAssistant = hasAssistant || r == U"assistant";
            if (this->tools()) {
                if (r == U"assistant" && !c && !calls)
                    add(mp, "missing-content",
                        QCoreApplication::translate("td::Lint",
                                                    "An assistant message needs \"content\" or \"tool_calls\"."));
                else if (r != U"assistant" && !c)
                    add(mp, "missing-content",
                        QCoreApplication::translate("td::Lint", "The message has no \"content\"."));
                if (calls && r != U"assistant")
                    add(mp + "/tool_calls", "tool-calls-not-assistant",
                        QCoreApplication::translate("td::Lint", "Only assistant messages can have tool calls."));
                if (calls)
                    toolCalls(*calls, mp + "/tool_calls", toolNames, tools != nullptr);
            } else if (!c) {
                add(mp, "missing-content", QCoreApplication::translate("td::Lint", "The message has no \"content\"."));
            }
            if (c) {
                auto [mm, im] = content(*c, mp + "/content", r, w);
                if (!multimodal)
                    multimodal = mm;
                else if (*multimodal != mm)
                    add(mp + "/content", "mixed-multimodal",
                        QCoreApplication::translate(
                            "td::Lint", "Messages of one conversation must be all text or all multimodal."));
                images += im;
                if (r == U"assistant")
                    emptyText(*c, mp + "/content");
            }
            anyTrained = anyTrained || isMessageTrained(r == U"assistant" ? "assistant" : "", weightOf(w));
        }
        if (images > 10)
            add(ptr, "too-many-images",
                QCoreApplication::translate("td::Lint", "A conversation may hold at most 10 images; this one has %1.")
                    .arg(images));
        if (this->tools() && multimodal.value_or(false) && images == 0)
            add(ptr, "multimodal-without-image",
                QCoreApplication::translate("td::Lint", "A multimodal conversation must contain at least one image."));
        if (requireAssistant && !hasAssistant)
            add(ptr, "no-assistant",
                QCoreApplication::translate("td::Lint",
                                            "There is no assistant message, so there is nothing to learn."));
        else if (requireAssistant && !anyTrained)
            add(ptr, "all-weights-zero",
                QCoreApplication::translate("td::Lint",
                                            "Every message has weight 0: nothing in this row would be trained on."),
                Severity::Warning);
    }

    std::vector<std::u32string> toolList(const Value& tools)
    {
        std::vector<std::u32string> names;
        if (!tools.isList() || tools.list.empty()) {
            add("/tools", "tools-invalid",
                QCoreApplication::translate("td::Lint", "\"tools\" must be a non-empty list when present."));
            return names;
        }
        for (std::size_t i = 0; i < tools.list.size(); ++i) {
            const Value& t = tools.list[i];
            const std::string tp = "/tools/" + std::to_string(i);
            const Value* type = t.isDict() ? t.get(U"type") : nullptr;
            const Value* fn = t.isDict() ? t.get(U"function") : nullptr;
            const Value* name = fn && fn->isDict() ? fn->get(U"name") : nullptr;
            if (!type || !type->strEquals(U"function"))
                add(tp, "tools-invalid",
                    QCoreApplication::translate("td::Lint", "Each tool needs \"type\": \"function\"."));
            else if (!fn || !fn->isDict())
                add(tp, "tools-invalid",
                    QCoreApplication::translate("td::Lint", "Each tool needs a \"function\" object."));
            else if (!name || !name->isStr())
                add(tp + "/function", "tools-invalid",
                    QCoreApplication::translate("td::Lint", "Each tool function needs a \"name\" string."));
            else
                names.push_back(name->str);
        }
        return names;
    }

    void toolCalls(const Value& calls, const std::string& ptr, const std::vector<std::u32string>& names, bool haveTools)
    {
        if (!calls.isList()) {
            add(ptr, "tool-call-invalid", QCoreApplication::translate("td::Lint", "\"tool_calls\" must be a list."));
            return;
        }
        for (std::size_t i = 0; i < calls.list.size(); ++i) {
            const Value& c = calls.list[i];
            const std::string cp = ptr + "/" + std::to_string(i);
            const Value* type = c.isDict() ? c.get(U"type") : nullptr;
            const Value* fn = c.isDict() ? c.get(U"function") : nullptr;
            if (!type) {
                add(cp, "tool-call-invalid",
                    QCoreApplication::translate("td::Lint", "Each tool call must have a \"type\"."));
                continue;
            }
            if (!fn || !fn->isDict()) {
                add(cp, "tool-call-invalid",
                    QCoreApplication::translate("td::Lint", "A function tool call needs a \"function\" object."));
                continue;
            }
            const Value* name = fn->get(U"name");
            if (!name || !name->isStr()) {
                add(cp + "/function", "tool-call-invalid",
                    QCoreApplication::translate("td::Lint", "The tool call's function needs a \"name\" string."));
            } else if (haveTools && std::find(names.begin(), names.end(), name->str) == names.end()) {
                add(cp + "/function/name", "tool-call-unknown-tool",
                    QCoreApplication::translate("td::Lint",
                                                "The tool call names \"%1\", which is not in this row's tools.")
                        .arg(q(py::toUtf8(name->str))));
            }
            const Value* args = fn->get(U"arguments");
            if (args) {
                if (!args->isStr()) {
                    add(cp + "/function/arguments", "tool-call-arguments",
                        QCoreApplication::translate("td::Lint",
                                                    "\"arguments\" must be a JSON object serialized as a string."));
                } else {
                    auto parsed = py::loads(py::toUtf8(args->str));
                    if (!parsed)
                        add(cp + "/function/arguments", "tool-call-arguments",
                            QCoreApplication::translate("td::Lint", "\"arguments\" is not valid JSON."));
                    else if (!parsed->isDict())
                        add(cp + "/function/arguments", "tool-call-arguments",
                            QCoreApplication::translate("td::Lint", "\"arguments\" must decode to a JSON object."));
                }
            }
        }
    }

    void preference(const Value& row)
    {
        const Value& input = *row.get(U"input");
        if (!input.isDict()) {
            add("/input", "input-not-object",
                QCoreApplication::translate("td::Lint", "\"input\" must be an object with \"messages\"."));
        } else if (const Value* m = input.get(U"messages"); !m) {
            add("/input", "input-no-messages",
                QCoreApplication::translate("td::Lint", "\"input\" has no \"messages\"."));
        } else {
            messages(*m, "/input/messages", false, input.get(U"tools"));
            if (m->isList() && !m->list.empty() && m->list.back().isDict()) {
                const Value* last = m->list.back().get(U"role");
                if (last && last->strEquals(U"assistant"))
                    add("/input/messages/" + std::to_string(m->list.size() - 1), "input-ends-with-assistant",
                        QCoreApplication::translate("td::Lint",
                                                    "The input conversation must not end with an assistant message."));
            }
        }
        for (const char32_t* key : {U"preferred_output", U"non_preferred_output"}) {
            const std::string kp = "/" + py::toUtf8(key);
            const Value& out = *row.get(key);
            if (!out.isList() || out.list.size() != 1) {
                add(kp, "output-not-one-message",
                    QCoreApplication::translate("td::Lint", "\"%1\" must be a list of exactly one message.")
                        .arg(q(kp.substr(1))));
                continue;
            }
            const Value& first = out.list.front();
            const Value* role = first.isDict() ? first.get(U"role") : nullptr;
            const Value* c = first.isDict() ? first.get(U"content") : nullptr;
            if (!first.isDict() || !role || !role->strEquals(U"assistant"))
                add(kp + "/0", "output-not-assistant",
                    QCoreApplication::translate("td::Lint", "The answer must be a message with the assistant role."));
            if (first.isDict() && !c)
                add(kp + "/0", "missing-content",
                    QCoreApplication::translate("td::Lint", "The answer has no \"content\"."));
            else if (c)
                content(*c, kp + "/0/content", U"assistant", nullptr);
        }
    }

    std::vector<LintProblem>& m_out;
    const LintOptions& m_options;
};

bool isBlank(QByteArrayView b)
{
    for (char c : b)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    return true;
}

struct RowOutcome
{
    std::int8_t format = NoFormat;
    std::int64_t characters = 0;
};

void addWarning(std::vector<LintProblem>& out, const char* code, QString message)
{
    LintProblem p;
    p.code = code;
    p.severity = Severity::Warning;
    p.message = std::move(message);
    out.push_back(std::move(p));
}

// Row-local lint; returns the row's format for the dataset-level checks.
RowOutcome lintOne(QByteArrayView bytes, std::vector<LintProblem>& out, const LintOptions& options,
                   simdjson::dom::parser& parser)
{
    RowOutcome outcome;
    if (options.profile == LintProfile::Client) {
        parity::FastFacts facts;
        auto f = parity::fastPass(parser, bytes.data(), std::size_t(bytes.size()), &facts);
        // A boolean weight passes Together's check but earns a warning: the exact rules say so.
        if (f && !facts.booleanWeight) {
            outcome.format = std::int8_t(*f);
            outcome.characters = facts.characters;
            auto warn = [&](const char* code, QString message) { addWarning(out, code, std::move(message)); };
            if (facts.emptyAssistant)
                warn("empty-assistant",
                     QCoreApplication::translate(
                         "td::Lint", "The assistant's answer is empty: the model would learn to say nothing."));
            if (!facts.anyTrained)
                warn("all-weights-zero",
                     QCoreApplication::translate(
                         "td::Lint", "Every message has weight 0: nothing in this row would be trained on."));
            return outcome;
        }
    }
    if (isBlank(bytes)) {
        LintProblem p;
        p.code = "blank-line";
        p.message =
            QCoreApplication::translate("td::Lint", "Blank line: Together's checker rejects the file because of it.");
        p.fix = FixKind::DeleteRow;
        out.push_back(std::move(p));
        return outcome;
    }
    QByteArrayView body = bytes;
    if (body.startsWith(QByteArrayView("\xEF\xBB\xBF", 3))) {
        LintProblem p;
        p.code = "bom";
        p.message = QCoreApplication::translate(
            "td::Lint", "The line starts with a UTF-8 byte order mark, which makes it invalid JSON.");
        p.fix = FixKind::StripBom;
        out.push_back(std::move(p));
        body = body.sliced(3);
    }
    if (!simdjson::validate_utf8(body.data(), std::size_t(body.size()))) {
        LintProblem p;
        p.code = "invalid-utf8";
        p.message = QCoreApplication::translate("td::Lint", "The line is not valid UTF-8.");
        p.fix = FixKind::DeleteRow;
        out.push_back(std::move(p));
        return outcome;
    }
    py::LoadsNotes notes;
    auto row = py::loads(std::string_view(body.data(), std::size_t(body.size())), &notes);
    if (!row) {
        LintProblem p;
        p.code = "invalid-json";
        p.fix = FixKind::DeleteRow;
        // Python's parser says only that it failed; nlohmann says where.
        try {
            const auto parsed = nlohmann::json::parse(body.begin(), body.end());
            (void)parsed;
            p.message = QCoreApplication::translate("td::Lint", "Not valid JSON for Python's parser.");
        } catch (const nlohmann::json::parse_error& e) {
            // A short quote around the position, not nlohmann's "last read", which can be the row.
            p.message = QCoreApplication::translate("td::Lint", "Not valid JSON at byte %1: %2")
                            .arg(e.byte)
                            .arg(jsonParseErrorText(body, e.byte, e.what()));
        } catch (const nlohmann::json::exception& e) {
            p.message = QCoreApplication::translate("td::Lint", "Not valid JSON: %1")
                            .arg(QString::fromUtf8(e.what()).section(QStringLiteral("] "), 1));
        }
        out.push_back(std::move(p));
        return outcome;
    }
    auto warn = [&](const char* code, QString message) { addWarning(out, code, std::move(message)); };
    if (notes.duplicateKey)
        warn("duplicate-key",
             QCoreApplication::translate("td::Lint", "The key \"%1\" appears twice in one object; "
                                                     "Together keeps the last value, other tools the first.")
                 .arg(q(py::toUtf8(notes.firstDuplicate))));
    if (notes.loneSurrogate)
        warn("lone-surrogate", QCoreApplication::translate("td::Lint", "A \\u escape encodes half of a character (a "
                                                                       "lone surrogate); most tokenizers reject it."));
    if (notes.nonFinite)
        warn("non-finite-number", QCoreApplication::translate("td::Lint", "NaN or Infinity is not standard JSON; "
                                                                          "strict parsers reject the line."));
    RowLinter linter(out, options);
    outcome.format = std::int8_t(linter.lint(*row));
    outcome.characters = linter.characters;
    return outcome;
}

void finish(std::vector<LintProblem>& problems, std::size_t from, std::int64_t row, const DocumentSnapshot& snap)
{
    const RowId id = snap.idAt(row);
    const bool original = id < kFirstNewRowId;
    for (std::size_t i = from; i < problems.size(); ++i) {
        problems[i].row = row;
        problems[i].line = original ? std::int64_t(id) + 1 : -1;
        problems[i].byteOffset = original && snap.starts ? std::int64_t((*snap.starts)[std::size_t(id)]) : -1;
    }
}

struct ChunkOut
{
    std::vector<LintProblem> problems;
    std::vector<std::int8_t> formats;
    std::vector<std::uint64_t> hashes;
    std::vector<std::int64_t> characters;
};

} // namespace

QString profileName(LintProfile p)
{
    return p == LintProfile::Client ? QCoreApplication::translate("td::Lint", "Together client rules")
                                    : QCoreApplication::translate("td::Lint", "Tool-aware rules");
}

std::vector<LintProblem> lintRow(QByteArrayView bytes, std::int64_t row, const LintOptions& options)
{
    std::vector<LintProblem> out;
    thread_local simdjson::dom::parser parser;
    lintOne(bytes, out, options, parser);
    for (auto& p : out) {
        p.row = row;
        p.line = row + 1;
    }
    return out;
}

LintResult lintSnapshot(const DocumentSnapshot& snap, const LintOptions& options)
{
    LintResult result;
    const std::int64_t n = snap.rowCount();
    result.rows = n;
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<ChunkOut> chunks(workers);
    std::atomic<std::int64_t> done{0};
    std::atomic_bool stop{false};
    auto work = [&](unsigned w) {
        const std::int64_t begin = n * w / workers, end = n * (w + 1) / workers;
        ChunkOut& c = chunks[w];
        c.formats.reserve(std::size_t(end - begin));
        c.hashes.reserve(std::size_t(end - begin));
        simdjson::dom::parser parser;
        for (std::int64_t r = begin; r < end; ++r) {
            if ((r & 0x3FF) == 0) {
                if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                    stop = true;
                    return;
                }
                if (w == 0 && options.progress)
                    options.progress(done.load(), n);
            }
            const QByteArrayView bytes = snap.rowView(r);
            const std::size_t before = c.problems.size();
            const RowOutcome o = lintOne(bytes, c.problems, options, parser);
            finish(c.problems, before, r, snap);
            c.formats.push_back(o.format);
            c.characters.push_back(o.characters);
            c.hashes.push_back(isBlank(bytes) ? 0 : qHash(bytes, 0x7d1e) | 1);
            done.fetch_add(1, std::memory_order_relaxed);
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back(work, w);
    work(0);
    for (auto& t : threads)
        t.join();
    if (stop) {
        result.cancelled = true;
        return result;
    }

    // Dataset-level checks, in row order. The dataset's format is the one most rows have
    // (Together's checker takes the first row's, which would flag every row after a stray
    // first line); exact duplicates of an earlier row; rows too long for the model.
    std::array<std::int64_t, 4> formatCounts{};
    for (const ChunkOut& c : chunks)
        for (std::int8_t f : c.formats)
            if (f != NoFormat)
                ++formatCounts[std::size_t(f)];
    std::int8_t datasetFormat = NoFormat;
    for (std::int8_t f = 0; f < 4; ++f)
        if (formatCounts[std::size_t(f)] > 0 &&
            (datasetFormat == NoFormat || formatCounts[std::size_t(f)] > formatCounts[std::size_t(datasetFormat)]))
            datasetFormat = f;
    // Exact duplicates: an open-addressing table of row hashes (a row's hash is never 0),
    // confirmed by comparing the bytes.
    std::size_t capacity = 16;
    while (capacity < std::size_t(n) * 2)
        capacity <<= 1;
    std::vector<std::uint64_t> seenHash(capacity, 0);
    std::vector<std::int64_t> seenRow(capacity, -1);
    auto firstWithHash = [&](std::uint64_t h, std::int64_t row) -> std::int64_t {
        std::size_t slot = std::size_t(h) & (capacity - 1);
        while (seenHash[slot] != 0) {
            if (seenHash[slot] == h)
                return seenRow[slot];
            slot = (slot + 1) & (capacity - 1);
        }
        seenHash[slot] = h;
        seenRow[slot] = row;
        return -1;
    };
    std::int64_t row = 0;
    for (ChunkOut& c : chunks) {
        std::size_t p = 0;
        for (std::size_t i = 0; i < c.formats.size(); ++i, ++row) {
            while (p < c.problems.size() && c.problems[p].row == row)
                result.problems.push_back(std::move(c.problems[p++]));
            auto add = [&](const char* code, QString message) {
                LintProblem pr;
                pr.code = code;
                pr.severity = Severity::Warning;
                pr.message = std::move(message);
                result.problems.push_back(std::move(pr));
                finish(result.problems, result.problems.size() - 1, row, snap);
            };
            const std::int8_t f = c.formats[i];
            if (f != NoFormat) {
                if (f != datasetFormat) {
                    add("mixed-format",
                        QCoreApplication::translate("td::Lint", "This row is in %1 format, but most rows (%2) are in "
                                                                "%3 format; every row must have the same format.")
                            .arg(formatLabel(f))
                            .arg(formatCounts[std::size_t(datasetFormat)])
                            .arg(formatLabel(datasetFormat)));
                    result.problems.back().severity = Severity::Error;
                }
            }
            if (c.hashes[i]) {
                const std::int64_t first = firstWithHash(c.hashes[i], row);
                if (first >= 0 && snap.rowView(first) == snap.rowView(row))
                    add("duplicate-row",
                        QCoreApplication::translate("td::Lint", "Exact duplicate of row %1.").arg(first + 1));
            }
            const RowId id = snap.idAt(row);
            if (!snap.normalizeLineEnds && id < kFirstNewRowId && snap.isOriginal(id) &&
                snap.originalSpan(id).endsWith("\r\n")) {
                add("crlf", QCoreApplication::translate("td::Lint", "The line ends with CRLF (Windows line end)."));
                result.problems.back().severity = Severity::Info;
                result.problems.back().fix = FixKind::NormalizeLineEnds;
            }
            if (options.contextLength > 0 && c.characters[i] / 4 > options.contextLength)
                add("too-long",
                    QCoreApplication::translate(
                        "td::Lint", "About %1 tokens (estimated from %2 characters), more than the model's context "
                                    "of %3.")
                        .arg(c.characters[i] / 4)
                        .arg(c.characters[i])
                        .arg(options.contextLength));
        }
    }
    std::int64_t lastErrorRow = -1;
    for (const LintProblem& p : result.problems)
        if (p.severity == Severity::Error && p.row != lastErrorRow) {
            ++result.errorRows;
            lastErrorRow = p.row;
        }
    if (options.progress)
        options.progress(n, n);
    return result;
}

} // namespace td
