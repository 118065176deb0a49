#include "validate/ParityReport.h"

#include <cstdio>

namespace td {

void ParityReport::set(const std::string& key, Value value)
{
    for (auto& [k, v] : m_items)
        if (k == key) {
            v = std::move(value);
            return;
        }
    m_items.emplace_back(key, std::move(value));
}

const ParityReport::Value* ParityReport::get(const std::string& key) const
{
    for (const auto& [k, v] : m_items)
        if (k == key)
            return &v;
    return nullptr;
}

void ParityReport::update(const ParityReport& other)
{
    for (const auto& [k, v] : other.m_items)
        set(k, v);
}

bool ParityReport::passed() const
{
    const Value* v = get("is_check_passed");
    return v && v->kind == Value::Kind::Bool && v->b;
}

std::string ParityReport::message() const
{
    const Value* v = get("message");
    return v && v->kind == Value::Kind::Str ? v->s : std::string();
}

std::optional<std::int64_t> ParityReport::lineNumber() const
{
    const Value* v = get("line_number");
    if (v && v->kind == Value::Kind::Int)
        return v->i;
    return std::nullopt;
}

std::string pythonJsonString(const std::string& s)
{
    std::string out = "\"";
    auto hex4 = [&](unsigned v) {
        char b[16];
        std::snprintf(b, sizeof b, "\\u%04x", v);
        out += b;
    };
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (c < 0x20 || c == 0x7F)
                    hex4(c);
                else
                    out += char(c);
            }
            continue;
        }
        const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        char32_t cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra && i + std::size_t(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + std::size_t(k)]) & 0x3F);
        i += std::size_t(extra) + 1;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            hex4(0xD800 + unsigned(cp >> 10));
            hex4(0xDC00 + unsigned(cp & 0x3FF));
        } else {
            hex4(unsigned(cp));
        }
    }
    return out + "\"";
}

std::string ParityReport::toPythonJson() const
{
    std::string out = "{\n";
    for (std::size_t n = 0; n < m_items.size(); ++n) {
        const auto& [k, v] = m_items[n];
        out += "    " + pythonJsonString(k) + ": ";
        switch (v.kind) {
        case Value::Kind::Null:
            out += "null";
            break;
        case Value::Kind::Bool:
            out += v.b ? "true" : "false";
            break;
        case Value::Kind::Int:
            out += std::to_string(v.i);
            break;
        case Value::Kind::Str:
            out += pythonJsonString(v.s);
            break;
        }
        out += n + 1 < m_items.size() ? ",\n" : "\n";
    }
    return out + "}";
}

} // namespace td
