#include "validate/ParityFastPath.h"
#include "dataset/MessageWeight.h"
#include "dataset/RowSummary.h"

#include <simdjson.h>

#include <string_view>

namespace td::parity {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Python keeps the last of repeated keys; simdjson finds the first. Objects with repeats go
// to the exact check.
bool hasDuplicateKeys(object obj)
{
    std::string_view seen[16];
    std::size_t n = 0;
    for (auto field : obj) {
        if (n == 16)
            return true; // unusually wide: let the exact check handle it
        for (std::size_t i = 0; i < n; ++i)
            if (seen[i] == field.key)
                return true;
        seen[n++] = field.key;
    }
    return false;
}

bool getObject(element e, object& out)
{
    return !e.get_object().get(out) && !hasDuplicateKeys(out);
}

bool isString(element e)
{
    return e.type() == simdjson::dom::element_type::STRING;
}

// Code points: the one counter the table's summaries use (no popcount, which without a -march
// that has it is a library call: 6 % of a lint).
std::int64_t codePoints(std::string_view s)
{
    return countCodePoints(s.data(), s.size());
}

bool blank(std::string_view s)
{
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

std::int64_t textChars(element e)
{
    std::string_view s;
    return e.get_string().get(s) ? 0 : codePoints(s);
}

bool weightOk(element w)
{
    switch (w.type()) {
    case simdjson::dom::element_type::BOOL:
        return true;
    case simdjson::dom::element_type::INT64: {
        const int64_t v = w.get_int64().value_unsafe();
        return v == 0 || v == 1;
    }
    case simdjson::dom::element_type::UINT64: {
        const uint64_t v = w.get_uint64().value_unsafe();
        return v == 0 || v == 1;
    }
    default:
        return false;
    }
}

// validate_messages for text-only conversations.
bool messagesOk(element e, bool requireAssistant, std::string_view* lastRole, FastFacts* facts)
{
    array messages;
    if (e.get_array().get(messages) || messages.size() == 0)
        return false;
    std::string_view previous;
    bool hasAssistant = false;
    bool anyTrained = false;
    for (element m : messages) {
        object msg;
        if (!getObject(m, msg))
            return false;
        element role, content, weight;
        if (msg["role"].get(role) || msg["content"].get(content))
            return false;
        if (!msg["weight"].get(weight) && !weightOk(weight))
            return false;
        std::string_view r;
        if (role.get_string().get(r) || !(r == "system" || r == "user" || r == "assistant") || r == previous)
            return false;
        if (!isString(content))
            return false;
        previous = r;
        hasAssistant = hasAssistant || r == "assistant";
        if (facts) {
            if (msg.size() > (msg["weight"].error() ? 2u : 3u))
                facts->otherMessageKeys = true;
            std::string_view text = content.get_string().value_unsafe();
            facts->characters += codePoints(text);
            if (r == "assistant" && blank(text))
                facts->emptyAssistant = true;
            int64_t w = -1; // absent
            bool b = false;
            if (!msg["weight"].get(weight)) {
                if (!weight.get_bool().get(b)) {
                    w = int64_t(b);
                    facts->booleanWeight = true;
                } else {
                    w = weight.get_int64().value_unsafe();
                }
            }
            const MessageWeight mw = w < 0 ? MessageWeight::Absent : w == 1 ? MessageWeight::One : MessageWeight::Zero;
            anyTrained = anyTrained || isMessageTrained(r, mw);
        }
    }
    if (facts)
        facts->anyTrained = anyTrained;
    if (requireAssistant && !hasAssistant)
        return false;
    if (lastRole)
        *lastRole = previous;
    return true;
}

bool preferenceOk(object row, FastFacts* facts)
{
    object input;
    if (!getObject(row["input"].value_unsafe(), input))
        return false;
    element messages;
    if (input["messages"].get(messages))
        return false;
    std::string_view last;
    if (!messagesOk(messages, false, &last, facts) || last == "assistant")
        return false;
    for (const char* key : {"preferred_output", "non_preferred_output"}) {
        array out;
        if (row[key].get_array().get(out) || out.size() != 1)
            return false;
        object first;
        if (!getObject(out.at(0).value_unsafe(), first))
            return false;
        std::string_view role;
        element content;
        if (first["role"].get_string().get(role) || role != "assistant" || first["content"].get(content) ||
            !isString(content))
            return false;
        if (facts) {
            facts->characters += textChars(content);
            if (first.size() > 2)
                facts->otherMessageKeys = true;
        }
    }
    if (facts)
        facts->anyTrained = true; // preference pairs train on their outputs
    return true;
}

} // namespace

std::optional<Format> fastPass(simdjson::dom::parser& parser, const char* line, std::size_t size, FastFacts* facts)
{
    element doc;
    if (parser.parse(line, size, true).get(doc))
        return std::nullopt;
    object row;
    if (!getObject(doc, row))
        return std::nullopt;

    std::size_t keys = 0;
    bool text = false, messages = false, prompt = false, completion = false, input = false, preferred = false,
         nonPreferred = false;
    for (auto field : row) {
        ++keys;
        const std::string_view k = field.key;
        text |= k == "text";
        messages |= k == "messages";
        prompt |= k == "prompt";
        completion |= k == "completion";
        input |= k == "input";
        preferred |= k == "preferred_output";
        nonPreferred |= k == "non_preferred_output";
    }
    // Detection in check_file's order; the first format whose columns are all present must
    // account for every key (no extra columns).
    if (text) {
        if (keys != 1 || !isString(row["text"].value_unsafe()))
            return std::nullopt;
        if (facts)
            facts->characters = textChars(row["text"].value_unsafe());
        return Format::General;
    }
    if (messages) {
        if (keys != 1 || !messagesOk(row["messages"].value_unsafe(), true, nullptr, facts))
            return std::nullopt;
        return Format::Conversation;
    }
    if (prompt && completion) {
        if (keys != 2 || !isString(row["prompt"].value_unsafe()) || !isString(row["completion"].value_unsafe()))
            return std::nullopt;
        if (facts) {
            facts->characters = textChars(row["prompt"].value_unsafe()) + textChars(row["completion"].value_unsafe());
            std::string_view c = row["completion"].get_string().value_unsafe();
            facts->emptyAssistant = blank(c);
        }
        return Format::Instruction;
    }
    if (input && preferred && nonPreferred) {
        if (keys != 3 || !preferenceOk(row, facts))
            return std::nullopt;
        return Format::PreferenceOpenAI;
    }
    return std::nullopt;
}

} // namespace td::parity
