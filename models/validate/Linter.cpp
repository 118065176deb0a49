#include "validate/Linter.h"
#include "curation/PiiRowScan.h"
#include "dataset/MessageWeight.h"
#include "dataset/TrailingText.h"

#include "dataset/JsonErrorText.h"
#include "validate/LintProblemKinds.h"

#include "validate/ImageData.h"
#include "validate/ParityFastPath.h"
#include "validate/PyJson.h"
#include "validate/PyRepr.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <array>
#include <cmath>
#include <thread>
#include <unordered_map>

namespace td {

using py::Value;
using K = ProblemKind;

namespace {

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

// "dict_keys(['a', 'b'])" -> "['a', 'b']", as the message shows the keys.
std::string keysOf(const Value& row)
{
    const std::string r = py::dictKeysRepr(row);
    return r.size() > 11 ? r.substr(10, r.size() - 11) : r;
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
    RowLinter(LintProblemStore& out, std::int64_t row, const LintOptions& options)
        : m_out(out)
        , m_row(row)
        , m_options(options)
    {}

    bool tools() const { return m_options.profile == LintProfile::Tools; }

    void add(std::string_view pointer, ProblemKind kind, std::initializer_list<std::string_view> args = {})
    {
        m_out.add(m_row, kind, pointer, args);
    }

    // Returns the detected format.
    int lint(Value& row)
    {
        if (!row.isDict()) {
            add({}, K::NotObject, {py::typeName(row)});
            return NoFormat;
        }
        if (tools())
            dropNulls(row);
        const int format = detect(row);
        if (tools())
            sampleWeight(row.get(U"weight"));
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
                // 2026: a sample weight in any format; a preference row's tools go in its input.
                if (!known && tools() && key == U"weight")
                    known = true;
                if (!known && tools() && f == Preference && key == U"tools") {
                    add("/tools", K::ToolsOutsideInput);
                    known = true;
                }
                if (!known)
                    add("/" + escapePointer(key), tools() ? K::ExtraColumn2026 : K::ExtraColumn,
                        {py::toUtf8(key), std::to_string(f)});
            }
            return f;
        }
        add({}, K::UnknownFormat, {keysOf(row)});
        return NoFormat;
    }

    void emptyText(const Value& v, const std::string& ptr)
    {
        if (!v.isStr())
            return;
        for (char32_t c : v.str)
            if (c != U' ' && c != U'\t' && c != U'\n' && c != U'\r')
                return;
        add(ptr, K::EmptyAssistant);
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
            add(ptr, K::InvalidContent, {py::typeName(c)});
            return {false, 0};
        }
        std::size_t images = 0;
        for (std::size_t i = 0; i < c.list.size(); ++i) {
            const Value& item = c.list[i];
            const std::string ip = ptr + "/" + std::to_string(i);
            if (!item.isDict()) {
                add(ip, K::ContentPartNotObject);
                continue;
            }
            const Value* type = item.get(U"type");
            if (!type) {
                add(ip, K::ContentPartNoType);
                continue;
            }
            if (type->strEquals(U"text")) {
                const Value* text = item.get(U"text");
                if (!text || !text->isStr())
                    add(ip + "/text", K::TextPartInvalid, {text ? py::repr(*text) : std::string("nothing")});
                else
                    characters += std::int64_t(text->str.size());
            } else if (type->strEquals(U"image_url")) {
                if (role != U"user")
                    add(ip, K::ImageNotInUserMessage);
                const Value* imageUrl = item.get(U"image_url");
                const Value* url = imageUrl && imageUrl->isDict() ? imageUrl->get(U"url") : nullptr;
                if (!imageUrl || !imageUrl->isDict()) {
                    add(ip + "/image_url", K::ImageUrlNotObject);
                } else if (!url || !url->isStr() || url->str.empty()) {
                    add(ip + "/image_url/url", K::ImageUrlNoUrl);
                } else {
                    const std::u32string_view u = url->str;
                    const std::size_t prefix = u.substr(0, 23) == U"data:image/jpeg;base64,"   ? 23
                                               : u.substr(0, 22) == U"data:image/png;base64,"  ? 22
                                               : u.substr(0, 23) == U"data:image/webp;base64," ? 23
                                                                                               : 0;
                    if (prefix == 0)
                        add(ip + "/image_url/url", K::ImageNotBase64);
                    else if (u.size() > 13981036)
                        add(ip + "/image_url/url", K::ImageTooLarge, {std::to_string(u.size() * 3 / 4)});
                    else
                        imageBytes(u, prefix, u.substr(11, prefix - 11 - 8), ip + "/image_url/url");
                    ++images;
                }
            } else {
                add(ip + "/type", K::ContentPartTypeInvalid, {py::repr(*type)});
            }
        }
        if (images > 10)
            add(ptr, K::TooManyImagesInPart, {std::to_string(images)});
        if (images > 0 && weight && weight->zeroOrOne() == 1)
            add(ptr, K::ImageWithWeight);
        return {true, images};
    }

    // The row's sample weight (2026): a number of 0 or more multiplying the row's loss.
    void sampleWeight(const Value* w)
    {
        if (!w)
            return;
        const bool number = w->kind == Value::Kind::Int || w->kind == Value::Kind::Float;
        const double v = w->kind == Value::Kind::Float ? w->number
                         : w->kind == Value::Kind::Int ? (w->intText.starts_with('-') ? -1.0 : 1.0)
                                                       : 0.0;
        if (w->kind == Value::Kind::Int && w->intText == "0")
            m_sampleWeightZero = true;
        else if (w->kind == Value::Kind::Float && v == 0.0)
            m_sampleWeightZero = true;
        if (!number || std::isnan(v) || std::isinf(v))
            add("/weight", K::SampleWeightInvalid, {py::repr(*w)});
        else if (v < 0)
            add("/weight", K::SampleWeightNegative, {py::repr(*w)});
        else if (m_sampleWeightZero)
            add("/weight", K::SampleWeightZero);
    }

    // A message's reasoning (2026): a string, on assistant messages, in one of two spellings.
    void reasoning(const Value& m, const std::string& ptr, std::u32string_view role)
    {
        const Value* r = m.get(U"reasoning");
        const Value* rc = m.get(U"reasoning_content");
        if (r && rc)
            add(ptr, K::ReasoningTwice);
        for (const auto& [value, key] : {std::pair{r, "reasoning"}, std::pair{rc, "reasoning_content"}}) {
            if (!value)
                continue;
            if (!value->isStr())
                add(ptr + "/" + key, K::ReasoningNotString, {key, py::typeName(*value)});
            else if (!role.empty() && role != U"assistant")
                add(ptr + "/" + key, K::ReasoningNotAssistant, {key, py::toUtf8(std::u32string(role))});
            else if (value == (r ? r : rc))
                characters += std::int64_t(value->str.size());
        }
    }

    // The image's bytes (2026: PNG, JPEG or WEBP, whatever the data URL says).
    void imageBytes(std::u32string_view url, std::size_t prefix, std::u32string_view declared, const std::string& ptr)
    {
        const Base64Image image = inspectBase64Image(url, prefix);
        if (!image.validBase64)
            add(ptr, K::ImageBase64Invalid);
        else if (image.type == ImageType::Unknown)
            add(ptr, K::ImageNotAnImage, {image.head.empty() ? std::string("nothing") : image.head});
        else if (declaredImageType(py::toUtf8(std::u32string(declared))) != image.type)
            add(ptr, K::ImageTypeMismatch, {py::toUtf8(std::u32string(declared)), imageTypeName(image.type)});
    }

    void weight(const Value& w, const std::string& ptr)
    {
        if (tools()) {
            // Variant C checks only the value: 1.0 and true pass.
            const bool ok =
                w.zeroOrOne() >= 0 || (w.kind == Value::Kind::Float && (w.number == 0.0 || w.number == 1.0));
            if (!ok)
                add(ptr, K::WeightInvalid, {py::repr(w)});
            return;
        }
        if (w.kind == Value::Kind::Bool) {
            add(ptr, K::WeightBoolean, {py::repr(w), w.boolean ? "1" : "0"});
        } else if (w.kind == Value::Kind::Float && (w.number == 0.0 || w.number == 1.0)) {
            add(ptr, K::WeightNotIntegerFloat, {py::repr(w)});
        } else if (!w.isPyInt()) {
            add(ptr, K::WeightNotIntegerOther, {py::repr(w)});
        } else if (w.zeroOrOne() < 0) {
            add(ptr, K::WeightInvalid, {py::repr(w)});
        }
    }

    void messages(const Value& list, const std::string& ptr, bool requireAssistant, const Value* tools,
                  const std::string& toolsPtr = "/tools")
    {
        if (!list.isList()) {
            add(ptr, K::MessagesNotList, {py::typeName(list)});
            return;
        }
        if (list.list.empty()) {
            add(ptr, K::MessagesEmpty);
            return;
        }
        std::vector<std::u32string> toolNames;
        if (this->tools() && tools)
            toolNames = toolList(*tools, toolsPtr);
        const Value* previousRole = nullptr;
        bool hasAssistant = false, anyTrained = false;
        std::optional<bool> multimodal;
        std::size_t images = 0;
        for (std::size_t i = 0; i < list.list.size(); ++i) {
            const Value& m = list.list[i];
            const std::string mp = ptr + "/" + std::to_string(i);
            if (!m.isDict()) {
                add(mp, K::MessageNotObject, {py::typeName(m)});
                previousRole = nullptr;
                continue;
            }
            const Value* role = m.get(U"role");
            const Value* c = m.get(U"content");
            const Value* w = m.get(U"weight");
            const Value* calls = m.get(U"tool_calls");
            if (!role)
                add(mp, K::MissingRole);
            if (w)
                weight(*w, mp + "/weight");
            std::u32string_view r;
            if (role) {
                if (!role->isStr()) {
                    add(mp + "/role", K::RoleNotString, {py::repr(*role)});
                } else {
                    r = role->str;
                    const bool known =
                        r == U"system" || r == U"user" || r == U"assistant" || (this->tools() && r == U"tool");
                    if (!known)
                        add(mp + "/role", K::InvalidRole,
                            {py::toUtf8(role->str),
                             this->tools() ? "system, user, assistant, tool" : "system, user, assistant"});
                    else if (!this->tools() && previousRole && previousRole->isStr() && previousRole->str == role->str)
                        add(mp + "/role", K::SameRoleTwice, {py::toUtf8(role->str)});
                }
                previousRole = role;
            }
            hasAssistant = hasAssistant || r == U"assistant";
            reasoning(m, mp, r);
            if (this->tools()) {
                if (r == U"assistant" && !c && !calls)
                    add(mp, K::AssistantNeedsContent);
                else if (r != U"assistant" && !c)
                    add(mp, K::MissingContent);
                if (calls && r != U"assistant")
                    add(mp + "/tool_calls", K::ToolCallsNotAssistant);
                if (calls)
                    toolCalls(*calls, mp + "/tool_calls", toolNames, tools != nullptr);
            } else if (!c) {
                add(mp, K::MissingContent);
            }
            if (c) {
                auto [mm, im] = content(*c, mp + "/content", r, w);
                if (!multimodal)
                    multimodal = mm;
                else if (*multimodal != mm)
                    add(mp + "/content", K::MixedMultimodal);
                images += im;
                if (r == U"assistant")
                    emptyText(*c, mp + "/content");
            }
            anyTrained = anyTrained || isMessageTrained(r == U"assistant" ? "assistant" : "", weightOf(w));
        }
        if (images > 10)
            add(ptr, K::TooManyImagesInConversation, {std::to_string(images)});
        if (this->tools() && multimodal.value_or(false) && images == 0)
            add(ptr, K::MultimodalWithoutImage);
        if (requireAssistant && !hasAssistant)
            add(ptr, K::NoAssistant);
        else if (requireAssistant && !anyTrained && !m_sampleWeightZero)
            add(ptr, K::AllWeightsZero);
    }

    std::vector<std::u32string> toolList(const Value& tools, const std::string& ptr)
    {
        std::vector<std::u32string> names;
        if (!tools.isList() || tools.list.empty()) {
            add(ptr, K::ToolsNotList);
            return names;
        }
        for (std::size_t i = 0; i < tools.list.size(); ++i) {
            const Value& t = tools.list[i];
            const std::string tp = ptr + "/" + std::to_string(i);
            const Value* type = t.isDict() ? t.get(U"type") : nullptr;
            const Value* fn = t.isDict() ? t.get(U"function") : nullptr;
            const Value* name = fn && fn->isDict() ? fn->get(U"name") : nullptr;
            if (!type || !type->strEquals(U"function"))
                add(tp, K::ToolNoType);
            else if (!fn || !fn->isDict())
                add(tp, K::ToolNoFunction);
            else if (!name || !name->isStr())
                add(tp + "/function", K::ToolNoName);
            else
                names.push_back(name->str);
        }
        return names;
    }

    void toolCalls(const Value& calls, const std::string& ptr, const std::vector<std::u32string>& names, bool haveTools)
    {
        if (!calls.isList()) {
            add(ptr, K::ToolCallsNotList);
            return;
        }
        for (std::size_t i = 0; i < calls.list.size(); ++i) {
            const Value& c = calls.list[i];
            const std::string cp = ptr + "/" + std::to_string(i);
            const Value* type = c.isDict() ? c.get(U"type") : nullptr;
            const Value* fn = c.isDict() ? c.get(U"function") : nullptr;
            if (!type) {
                add(cp, K::ToolCallNoType);
                continue;
            }
            if (!fn || !fn->isDict()) {
                add(cp, K::ToolCallNoFunction);
                continue;
            }
            const Value* name = fn->get(U"name");
            if (!name || !name->isStr()) {
                add(cp + "/function", K::ToolCallNoName);
            } else if (haveTools && std::find(names.begin(), names.end(), name->str) == names.end()) {
                add(cp + "/function/name", K::ToolCallUnknownTool, {py::toUtf8(name->str)});
            }
            const Value* args = fn->get(U"arguments");
            if (args) {
                if (!args->isStr()) {
                    add(cp + "/function/arguments", K::ToolCallArgumentsNotString);
                } else {
                    auto parsed = py::loads(py::toUtf8(args->str));
                    if (!parsed)
                        add(cp + "/function/arguments", K::ToolCallArgumentsInvalid);
                    else if (!parsed->isDict())
                        add(cp + "/function/arguments", K::ToolCallArgumentsNotObject);
                }
            }
        }
    }

    void preference(const Value& row)
    {
        const Value& input = *row.get(U"input");
        if (!input.isDict()) {
            add("/input", K::InputNotObject);
        } else if (const Value* m = input.get(U"messages"); !m) {
            add("/input", K::InputNoMessages);
        } else {
            messages(*m, "/input/messages", false, input.get(U"tools"), "/input/tools");
            if (m->isList() && !m->list.empty() && m->list.back().isDict()) {
                const Value* last = m->list.back().get(U"role");
                if (last && last->strEquals(U"assistant"))
                    add("/input/messages/" + std::to_string(m->list.size() - 1), K::InputEndsWithAssistant);
            }
        }
        // Together's docs put reasoning in both answers of a pair.
        const auto reasons = [&](const char32_t* key) {
            const Value& out = *row.get(key);
            if (!out.isList() || out.list.size() != 1 || !out.list.front().isDict())
                return -1;
            const Value& m = out.list.front();
            const Value* r = m.get(U"reasoning");
            const Value* rc = m.get(U"reasoning_content");
            return int((r && r->isStr()) || (rc && rc->isStr()));
        };
        const int preferred = reasons(U"preferred_output"), rejected = reasons(U"non_preferred_output");
        if (preferred >= 0 && rejected >= 0 && preferred != rejected)
            add(preferred ? "/non_preferred_output/0" : "/preferred_output/0", K::ReasoningOneAnswer,
                {preferred ? "non_preferred_output" : "preferred_output"});
        for (const char32_t* key : {U"preferred_output", U"non_preferred_output"}) {
            const std::string kp = "/" + py::toUtf8(key);
            const Value& out = *row.get(key);
            if (!out.isList() || out.list.size() != 1) {
                add(kp, K::OutputNotOneMessage, {kp.substr(1)});
                continue;
            }
            const Value& first = out.list.front();
            const Value* role = first.isDict() ? first.get(U"role") : nullptr;
            const Value* c = first.isDict() ? first.get(U"content") : nullptr;
            if (!first.isDict() || !role || !role->strEquals(U"assistant"))
                add(kp + "/0", K::OutputNotAssistant);
            if (first.isDict() && !c)
                add(kp + "/0", K::AnswerMissingContent);
            else if (c)
                content(*c, kp + "/0/content", U"assistant", nullptr);
            if (first.isDict())
                reasoning(first, kp + "/0", U"assistant");
        }
    }

    LintProblemStore& m_out;
    std::int64_t m_row;
    const LintOptions& m_options;
    bool m_sampleWeightZero = false; // the row trains nothing, whatever its message weights
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
    bool parsed = false; // the parser holds the row (the fast pass parsed it)
};

// What comes after "[json.exception.parse_error.101] " in nlohmann's words.
std::string parserWords(const char* what)
{
    const std::string w = what;
    const std::size_t at = w.find("] ");
    return at == std::string::npos ? std::string() : w.substr(at + 2);
}

// Row-local lint; returns the row's format for the dataset-level checks.
RowOutcome lintOne(QByteArrayView bytes, std::int64_t row, LintProblemStore& out, const LintOptions& options,
                   simdjson::dom::parser& parser)
{
    RowOutcome outcome;
    if (options.profile == LintProfile::Client) {
        parity::FastFacts facts;
        auto f = parity::fastPass(parser, bytes.data(), std::size_t(bytes.size()), &facts);
        outcome.parsed = f.has_value();
        // A boolean weight passes Together's check but earns a warning: the exact rules say so.
        // Reasoning and other message keys the fast pass does not read get the exact rules.
        if (f && !facts.booleanWeight && !facts.otherMessageKeys) {
            outcome.format = std::int8_t(*f);
            outcome.characters = facts.characters;
            if (facts.emptyAssistant)
                out.add(row, K::EmptyAssistant);
            if (!facts.anyTrained)
                out.add(row, K::AllWeightsZero);
            return outcome;
        }
    }
    if (isBlank(bytes)) {
        out.add(row, K::BlankLine);
        return outcome;
    }
    QByteArrayView body = bytes;
    if (body.startsWith(QByteArrayView("\xEF\xBB\xBF", 3))) {
        out.add(row, K::Bom);
        body = body.sliced(3);
    }
    if (!simdjson::validate_utf8(body.data(), std::size_t(body.size()))) {
        out.add(row, K::InvalidUtf8);
        return outcome;
    }
    py::LoadsNotes notes;
    auto parsed = py::loads(std::string_view(body.data(), std::size_t(body.size())), &notes);
    if (!parsed) {
        // A valid object with text after it: the one broken row a fix can keep whole.
        if (const auto cut = trailingTextStart(body)) {
            const auto object = py::loads(std::string_view(body.data(), std::size_t(*cut)));
            if (object && object->isDict()) {
                const QByteArrayView rest = body.sliced(*cut).trimmed();
                out.add(row, K::TrailingText, {},
                        {QString::fromUtf8(rest.first(std::min<qsizetype>(rest.size(), 30))).toStdString()});
                return outcome;
            }
        }
        // Python's parser says only that it failed; nlohmann says where.
        try {
            const auto json = nlohmann::json::parse(body.begin(), body.end());
            (void)json;
            out.add(row, K::InvalidJsonPython);
        } catch (const nlohmann::json::parse_error& e) {
            // A short quote around the position, not nlohmann's "last read", which can be the row.
            out.add(row, K::InvalidJsonAt, {},
                    {std::to_string(e.byte), jsonParseErrorText(body, e.byte, e.what()).toStdString()});
        } catch (const nlohmann::json::exception& e) {
            out.add(row, K::InvalidJsonOther, {}, {parserWords(e.what())});
        }
        return outcome;
    }
    if (notes.duplicateKey)
        out.add(row, K::DuplicateKey, {}, {py::toUtf8(notes.firstDuplicate)});
    if (notes.loneSurrogate)
        out.add(row, K::LoneSurrogate);
    if (notes.nonFinite)
        out.add(row, K::NonFinite);
    RowLinter linter(out, row, options);
    outcome.format = std::int8_t(linter.lint(*parsed));
    outcome.characters = linter.characters;
    return outcome;
}

// Personal data and secrets in the row's texts, each a warning at its text and span.
void addPersonalData(QByteArrayView bytes, std::int64_t row, const LintOptions& options, LintProblemStore& out,
                     simdjson::dom::parser& parser, bool rowParsed)
{
    if (options.personalData == 0)
        return;
    // Without a usable engine (no SSSE3) the lint goes on without these findings.
    static const auto scanner = PiiScanner::instance();
    if (!scanner)
        return;
    thread_local std::vector<RowPiiFinding> found;
    scanRowPii(**scanner, bytes, options.personalData, parser, found, rowParsed);
    for (const RowPiiFinding& f : found)
        out.add(row, problemKindOf(f.finding.kind), f.pointer,
                {std::to_string(f.finding.start), std::to_string(f.finding.end)});
}

// Findings about one row that the merge puts after the duplicate and format findings.
bool isTrailingKind(ProblemKind k)
{
    return k == K::Crlf || k == K::TooLong;
}

// What a worker found in its share of the rows: their problems, and per row a 32-bit hash of
// its bytes (0 for a blank row) and its format for the dataset-level checks (5 bytes a row).
struct ChunkOut
{
    LintProblemStore problems;
    std::vector<std::uint32_t> hashes;
    std::vector<std::int8_t> formats;
    std::int64_t nonBlank = 0;
};

// Rows seen, for exact duplicates: an open-addressing table of 8-byte slots, each a row number
// (40 bits) and 24 bits of its hash; a match of hash bits is confirmed by comparing the bytes.
// About 11 bytes a distinct row.
class SeenRows
{
public:
    SeenRows(const DocumentSnapshot& snap, std::int64_t rows)
        : m_snap(snap)
        , m_slots(std::max<std::size_t>(16, std::size_t(rows) * 10 / 7 + 1), 0)
    {}

    // The first earlier row with the same bytes, or -1 (and the row is remembered).
    std::int64_t firstOf(std::uint32_t hash, std::int64_t row)
    {
        const std::uint64_t tag = hash & 0xFFFFFF;
        const std::uint64_t mixed = std::uint64_t(hash) * 0x9E3779B97F4A7C15ULL;
        std::size_t slot = std::size_t(mixed % m_slots.size());
        for (;;) {
            const std::uint64_t v = m_slots[slot];
            if (v == 0) {
                m_slots[slot] = tag << 40 | std::uint64_t(row + 1);
                return -1;
            }
            if ((v >> 40) == tag) {
                const std::int64_t first = std::int64_t(v & kRowMask) - 1;
                if (m_snap.rowView(first) == m_snap.rowView(row))
                    return first;
            }
            slot = slot + 1 == m_slots.size() ? 0 : slot + 1;
        }
    }

private:
    static constexpr std::uint64_t kRowMask = (std::uint64_t(1) << 40) - 1;
    const DocumentSnapshot& m_snap;
    std::vector<std::uint64_t> m_slots;
};

} // namespace

QString profileName(LintProfile p)
{
    return p == LintProfile::Client ? QCoreApplication::translate("td::Lint", "Together client 1.5.34 rules")
                                    : QCoreApplication::translate("td::Lint", "Together 2026 rules");
}

void lintRowInto(QByteArrayView bytes, std::int64_t row, const LintOptions& options, LintProblemStore& out)
{
    thread_local simdjson::dom::parser parser;
    const RowOutcome o = lintOne(bytes, row, out, options, parser);
    addPersonalData(bytes, row, options, out, parser, o.parsed);
}

std::vector<LintProblem> lintRow(QByteArrayView bytes, std::int64_t row, const LintOptions& options)
{
    LintProblemStore store;
    lintRowInto(bytes, row, options, store);
    std::vector<LintProblem> out;
    out.reserve(store.size());
    for (std::size_t i = 0; i < store.size(); ++i)
        out.push_back(store.at(i));
    return out;
}

LintResult lintSnapshot(const DocumentSnapshot& snap, const LintOptions& options)
{
    LintResult result;
    const std::int64_t n = snap.rowCount();
    result.rows = n;
    result.problems.setLocator(snap);
    result.problems.setContextLength(options.contextLength);
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
            const RowOutcome o = lintOne(bytes, r, c.problems, options, parser);
            addPersonalData(bytes, r, options, c.problems, parser, o.parsed);
            c.formats.push_back(o.format);
            std::uint32_t hash = 0;
            if (!isBlank(bytes)) {
                const std::size_t h = qHash(bytes, 0x7d1e);
                hash = std::uint32_t(h ^ (std::uint64_t(h) >> 32));
                hash = hash ? hash : 1;
                ++c.nonBlank;
            }
            c.hashes.push_back(hash);
            // The dataset-level findings that need only this row; the merge keeps them last.
            const RowId id = snap.idAt(r);
            if (!snap.normalizeLineEnds && id < kFirstNewRowId && snap.isOriginal(id) &&
                snap.originalSpan(id).endsWith("\r\n"))
                c.problems.add(r, K::Crlf);
            if (options.contextLength > 0 && o.characters / 4 > options.contextLength)
                c.problems.addNumber(r, K::TooLong, std::uint64_t(o.characters));
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
    // first line); exact duplicates of an earlier row.
    std::array<std::int64_t, 4> formatCounts{};
    std::int64_t nonBlank = 0;
    for (const ChunkOut& c : chunks) {
        nonBlank += c.nonBlank;
        for (std::int8_t f : c.formats)
            if (f != NoFormat)
                ++formatCounts[std::size_t(f)];
    }
    std::int8_t datasetFormat = NoFormat;
    for (std::int8_t f = 0; f < 4; ++f)
        if (formatCounts[std::size_t(f)] > 0 &&
            (datasetFormat == NoFormat || formatCounts[std::size_t(f)] > formatCounts[std::size_t(datasetFormat)]))
            datasetFormat = f;
    SeenRows seen(snap, nonBlank);
    LintProblemStore& out = result.problems;
    std::int64_t row = 0;
    for (ChunkOut& c : chunks) {
        LintProblemStore& found = c.problems;
        std::size_t p = 0;
        for (std::size_t i = 0; i < c.formats.size(); ++i, ++row) {
            if ((row & 0xFFFF) == 0 && options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            std::size_t end = p;
            while (end < found.size() && found.row(end) == row)
                ++end;
            bool error = false;
            for (std::size_t k = p; k < end; ++k)
                if (!isTrailingKind(found.kind(k))) {
                    out.append(found, k);
                    error = error || found.severity(k) == Severity::Error;
                }
            const std::int8_t f = c.formats[i];
            if (f != NoFormat && f != datasetFormat) {
                out.addNumber(row, K::MixedFormat,
                              std::uint64_t(f) | std::uint64_t(datasetFormat) << 8 |
                                  std::uint64_t(formatCounts[std::size_t(datasetFormat)]) << 16);
                error = true;
            }
            if (c.hashes[i]) {
                const std::int64_t first = seen.firstOf(c.hashes[i], row);
                if (first >= 0)
                    out.addNumber(row, K::DuplicateRow, std::uint64_t(first));
            }
            for (std::size_t k = p; k < end; ++k)
                if (isTrailingKind(found.kind(k)))
                    out.append(found, k);
            result.errorRows += error;
            p = end;
            if ((i & 0xFFF) == 0)
                found.releaseBefore(p);
        }
        c = ChunkOut(); // its records are copied and its details shared by now
    }
    if (options.progress)
        options.progress(n, n);
    return result;
}

} // namespace td
