#include "curation/RowTexts.h"

#include <simdjson.h>

namespace td {

namespace {

using simdjson::dom::element;

TextRole roleOf(std::string_view r)
{
    if (r == "user")
        return TextRole::User;
    if (r == "assistant")
        return TextRole::Assistant;
    if (r == "system")
        return TextRole::System;
    if (r == "tool" || r == "function" || r == "ipython")
        return TextRole::Tool;
    return TextRole::Other;
}

// A content value: a string, or a list of parts whose text parts count.
// `pointer` empty: the caller wants no pointers (see TextPointers).
void addContent(element content, const std::string& pointer, TextRole role, std::vector<RowText>& out)
{
    std::string_view s;
    if (!content.get_string().get(s)) {
        out.push_back({pointer, s, role});
        return;
    }
    simdjson::dom::array parts;
    if (content.get_array().get(parts))
        return;
    std::size_t i = 0;
    for (element part : parts) {
        std::string_view text;
        if (!part["text"].get_string().get(text))
            out.push_back({pointer.empty() ? std::string() : pointer + '/' + std::to_string(i) + "/text", text, role});
        ++i;
    }
}

void addMessages(element messages, const std::string& pointer, std::vector<RowText>& out)
{
    simdjson::dom::array list;
    if (messages.get_array().get(list))
        return;
    std::size_t i = 0;
    for (element m : list) {
        std::string_view role;
        const TextRole r = m["role"].get_string().get(role) ? TextRole::Other : roleOf(role);
        element content;
        if (!m["content"].get(content))
            addContent(content, pointer.empty() ? std::string() : pointer + '/' + std::to_string(i) + "/content", r,
                       out);
        ++i;
    }
}

} // namespace

const char* textRoleName(TextRole role)
{
    switch (role) {
    case TextRole::System:
        return "system";
    case TextRole::User:
        return "user";
    case TextRole::Assistant:
        return "assistant";
    case TextRole::Tool:
        return "tool";
    default:
        return "other";
    }
}

bool inScope(TextRole role, TextScope scope)
{
    switch (scope) {
    case TextScope::Row:
        return role != TextRole::System;
    case TextScope::User:
        return role == TextRole::User;
    case TextScope::Assistant:
        return role == TextRole::Assistant;
    }
    return false;
}

QString scopeText(QByteArrayView row, TextScope scope)
{
    simdjson::dom::parser parser;
    std::vector<RowText> texts;
    if (!rowTexts(row, parser, texts))
        return {};
    QString out;
    for (const RowText& t : texts) {
        if (!inScope(t.role, scope))
            continue;
        if (!out.isEmpty())
            out += QStringLiteral("\n\n");
        out += QLatin1String(textRoleName(t.role)) + QStringLiteral(": ") +
               QString::fromUtf8(t.text.data(), qsizetype(t.text.size()));
    }
    return out;
}

bool rowTexts(QByteArrayView row, simdjson::dom::parser& parser, std::vector<RowText>& out, TextPointers pointers)
{
    out.clear();
    element root;
    if (parser.parse(row.data(), std::size_t(row.size()), true).get(root))
        return false;
    return rowTexts(root, out, pointers);
}

bool rowTexts(const element& root, std::vector<RowText>& out, TextPointers pointers)
{
    const bool written = pointers == TextPointers::Written;
    const auto at = [&](std::string_view p) { return written ? std::string(p) : std::string(); };
    out.clear();
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return false;
    for (auto field : obj) {
        const std::string_view key = field.key;
        std::string_view s;
        if (key == "messages") {
            addMessages(field.value, at("/messages"), out);
        } else if (key == "prompt" && !field.value.get_string().get(s)) {
            out.push_back({at("/prompt"), s, TextRole::User});
        } else if (key == "completion" && !field.value.get_string().get(s)) {
            out.push_back({at("/completion"), s, TextRole::Assistant});
        } else if (key == "text" && !field.value.get_string().get(s)) {
            out.push_back({at("/text"), s, TextRole::Other});
        } else if (key == "input") {
            element messages;
            if (!field.value["messages"].get(messages))
                addMessages(messages, at("/input/messages"), out);
        } else if (key == "preferred_output" || key == "non_preferred_output") {
            addMessages(field.value, written ? '/' + std::string(key) : std::string(), out);
        }
    }
    return true;
}

} // namespace td
