#include "tokens/template/JinjaJson.h"

#include "tokens/template/JinjaError.h"
#include "tokens/template/JinjaText.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace td::jinja {

namespace {

// The two-character escapes json.dumps writes; false for any other character.
bool appendShortEscape(std::string& out, char32_t c)
{
    switch (c) {
    case '"':
        out += "\\\"";
        return true;
    case '\\':
        out += "\\\\";
        return true;
    case '\n':
        out += "\\n";
        return true;
    case '\r':
        out += "\\r";
        return true;
    case '\t':
        out += "\\t";
        return true;
    case '\b':
        out += "\\b";
        return true;
    case '\f':
        out += "\\f";
        return true;
    default:
        return false;
    }
}

void appendString(std::string& out, const std::string& s, bool ensureAscii)
{
    out.push_back('"');
    auto hex4 = [&](unsigned v) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "\\u%04x", v & 0xFFFFu);
        out += buf;
    };
    const bool ascii = text::isAscii(s);
    if (ascii || !ensureAscii) {
        for (char ch : s) {
            const unsigned char c = static_cast<unsigned char>(ch);
            if (!appendShortEscape(out, c)) {
                if (c < 0x20 || (ensureAscii && c == 0x7F))
                    hex4(c);
                else
                    out.push_back(ch);
            }
        }
    } else {
        for (char32_t c : text::decode(s)) {
            if (!appendShortEscape(out, c)) {
                if (c >= 0x20 && c < 0x7F) {
                    out.push_back(char(c));
                } else if (c >= 0x10000) {
                    const char32_t v = c - 0x10000;
                    hex4(0xD800 + (v >> 10));
                    hex4(0xDC00 + (v & 0x3FF));
                } else {
                    hex4(unsigned(c));
                }
            }
        }
    }
    out.push_back('"');
}

class Writer
{
public:
    Writer(const JsonOptions& o, int line)
        : m_o(o)
        , m_line(line)
        , m_item(o.itemSeparator.value_or(o.indent ? "," : ", "))
        , m_key(o.keySeparator.value_or(": "))
    {}

    void write(std::string& out, const Value& v, int level)
    {
        if (level > 200)
            throw TemplateError{TemplateError::Kind::Limit, "tojson: the value nests too deeply.", m_line};
        switch (v.kind()) {
        case Value::Kind::None:
            out += "null";
            return;
        case Value::Kind::Bool:
            out += v.asBool() ? "true" : "false";
            return;
        case Value::Kind::Int:
            out += std::to_string(v.asInt());
            return;
        case Value::Kind::Float: {
            const double f = v.asDouble();
            out += std::isnan(f) ? "NaN" : std::isinf(f) ? (f < 0 ? "-Infinity" : "Infinity") : pythonFloat(f);
            return;
        }
        case Value::Kind::String:
            appendString(out, v.str(), m_o.ensureAscii);
            return;
        case Value::Kind::List: {
            if (v.items().empty()) {
                out += "[]";
                return;
            }
            out.push_back('[');
            for (std::size_t i = 0; i < v.items().size(); ++i) {
                if (i)
                    out += m_item;
                newline(out, level + 1);
                write(out, v.items()[i], level + 1);
            }
            newline(out, level);
            out.push_back(']');
            return;
        }
        case Value::Kind::Dict: {
            if (v.dictItems().empty()) {
                out += "{}";
                return;
            }
            std::vector<const std::pair<std::string, Value>*> entries;
            for (const auto& kv : v.dictItems())
                entries.push_back(&kv);
            if (m_o.sortKeys)
                std::stable_sort(entries.begin(), entries.end(),
                                 [](auto* a, auto* b) { return text::decode(a->first) < text::decode(b->first); });
            out.push_back('{');
            bool first = true;
            for (const auto* kv : entries) {
                if (!first)
                    out += m_item;
                first = false;
                newline(out, level + 1);
                appendString(out, kv->first, m_o.ensureAscii);
                out += m_key;
                write(out, kv->second, level + 1);
            }
            newline(out, level);
            out.push_back('}');
            return;
        }
        default:
            throw TemplateError{TemplateError::Kind::Render,
                                std::string("tojson: object of type ") + v.typeName() + " is not JSON serializable.",
                                m_line};
        }
    }

private:
    void newline(std::string& out, int level)
    {
        if (!m_o.indent)
            return;
        out.push_back('\n');
        for (int i = 0; i < level; ++i)
            out += *m_o.indent;
    }

    const JsonOptions& m_o;
    int m_line;
    std::string m_item;
    std::string m_key;
};

} // namespace

std::string JsonDumper::dump(const Value& value, const JsonOptions& options, int line)
{
    std::string out;
    Writer(options, line).write(out, value, 0);
    return out;
}

} // namespace td::jinja
