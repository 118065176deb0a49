#include "validate/PyJson.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

namespace td::py {
namespace {

class Parser
{
public:
    Parser(std::string_view s, LoadsNotes* notes)
        : m_s(s)
        , m_notes(notes)
    {}

    std::optional<Value> document()
    {
        skipWs();
        Value v;
        if (!value(v, 0))
            return std::nullopt;
        skipWs();
        if (m_pos != m_s.size())
            return std::nullopt; // "Extra data"
        return v;
    }

private:
    static constexpr int kMaxDepth = 900; // Python raises RecursionError around here

    bool atEnd() const { return m_pos >= m_s.size(); }
    char peek() const { return m_s[m_pos]; }

    void skipWs()
    {
        while (m_pos < m_s.size()) {
            const char c = m_s[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_s.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool value(Value& out, int depth)
    {
        if (atEnd() || depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '{':
            return object(out, depth);
        case '[':
            return array(out, depth);
        case '"':
            out.kind = Value::Kind::Str;
            ++m_pos;
            return string(out.str);
        case 'n':
            out.kind = Value::Kind::None;
            return literal("null");
        case 't':
            out.kind = Value::Kind::Bool;
            out.boolean = true;
            return literal("true");
        case 'f':
            out.kind = Value::Kind::Bool;
            out.boolean = false;
            return literal("false");
        case 'N':
            out.kind = Value::Kind::Float;
            out.number = std::nan("");
            note([](LoadsNotes& n) { n.nonFinite = true; });
            return literal("NaN");
        case 'I':
            out.kind = Value::Kind::Float;
            out.number = INFINITY;
            note([](LoadsNotes& n) { n.nonFinite = true; });
            return literal("Infinity");
        default:
            return number(out);
        }
    }

    bool number(Value& out)
    {
        const std::size_t start = m_pos;
        std::size_t p = m_pos;
        if (p < m_s.size() && m_s[p] == '-') {
            ++p;
            if (m_s.substr(p, 8) == "Infinity") {
                m_pos = p + 8;
                out.kind = Value::Kind::Float;
                out.number = -INFINITY;
                note([](LoadsNotes& n) { n.nonFinite = true; });
                return true;
            }
        }
        auto digit = [&](std::size_t i) { return i < m_s.size() && m_s[i] >= '0' && m_s[i] <= '9'; };
        if (!digit(p))
            return false;
        if (m_s[p] == '0')
            ++p; // a leading zero stands alone; "01" leaves "1" as extra data
        else
            while (digit(p))
                ++p;
        const std::size_t intEnd = p;
        bool isFloat = false;
        if (p < m_s.size() && m_s[p] == '.' && digit(p + 1)) {
            isFloat = true;
            ++p;
            while (digit(p))
                ++p;
        }
        if (p < m_s.size() && (m_s[p] == 'e' || m_s[p] == 'E')) {
            std::size_t q = p + 1;
            if (q < m_s.size() && (m_s[q] == '+' || m_s[q] == '-'))
                ++q;
            if (digit(q)) {
                isFloat = true;
                p = q;
                while (digit(p))
                    ++p;
            }
        }
        m_pos = p;
        if (isFloat) {
            out.kind = Value::Kind::Float;
            const std::string text(m_s.substr(start, p - start));
            out.number = std::strtod(text.c_str(), nullptr); // overflow gives inf, as in Python
            if (std::isinf(out.number))
                note([](LoadsNotes& n) { n.nonFinite = true; });
            return true;
        }
        out.kind = Value::Kind::Int;
        std::string text(m_s.substr(start, intEnd - start));
        if (text == "-0")
            text = "0";
        out.intText = std::move(text);
        return true;
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(std::size_t at, char32_t& out) const
    {
        if (at + 4 > m_s.size())
            return false;
        char32_t v = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int h = hexValue(m_s[at + i]);
            if (h < 0)
                return false;
            v = v * 16 + char32_t(h);
        }
        out = v;
        return true;
    }

    // After the opening quote. The input is valid UTF-8 (checked before parsing).
    bool string(Value::Str& out)
    {
        while (true) {
            if (atEnd())
                return false;
            const unsigned char c = static_cast<unsigned char>(m_s[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false; // "Invalid control character"
            if (c == '\\') {
                if (m_pos + 1 >= m_s.size())
                    return false;
                const char e = m_s[m_pos + 1];
                m_pos += 2;
                switch (e) {
                case '"':
                    out += U'"';
                    break;
                case '\\':
                    out += U'\\';
                    break;
                case '/':
                    out += U'/';
                    break;
                case 'b':
                    out += U'\b';
                    break;
                case 'f':
                    out += U'\f';
                    break;
                case 'n':
                    out += U'\n';
                    break;
                case 'r':
                    out += U'\r';
                    break;
                case 't':
                    out += U'\t';
                    break;
                case 'u': {
                    char32_t u = 0;
                    if (!hex4(m_pos, u))
                        return false;
                    m_pos += 4;
                    // A high surrogate followed by an escaped low one combines; anything else
                    // stays a lone surrogate, as in Python.
                    if (u >= 0xD800 && u <= 0xDBFF && m_s.substr(m_pos, 2) == "\\u") {
                        char32_t low = 0;
                        if (hex4(m_pos + 2, low) && low >= 0xDC00 && low <= 0xDFFF) {
                            u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                            m_pos += 6;
                        }
                    }
                    if (u >= 0xD800 && u <= 0xDFFF)
                        note([](LoadsNotes& n) { n.loneSurrogate = true; });
                    out += u;
                    break;
                }
                default:
                    return false; // "Invalid \escape"
                }
                continue;
            }
            // Decode one UTF-8 sequence.
            char32_t cp = c;
            int extra = 0;
            if (c >= 0xF0) {
                cp = c & 0x07;
                extra = 3;
            } else if (c >= 0xE0) {
                cp = c & 0x0F;
                extra = 2;
            } else if (c >= 0xC0) {
                cp = c & 0x1F;
                extra = 1;
            }
            if (m_pos + std::size_t(extra) >= m_s.size())
                return false;
            for (int i = 1; i <= extra; ++i)
                cp = (cp << 6) | (static_cast<unsigned char>(m_s[m_pos + std::size_t(i)]) & 0x3F);
            m_pos += std::size_t(extra) + 1;
            out += cp;
        }
    }

    // After a member of an array or object: a comma (more follows), the closing bracket,
    // or anything else (an error).
    enum class Next { More, Closed, Error };
    Next next(char close)
    {
        skipWs();
        if (atEnd())
            return Next::Error;
        if (peek() == ',') {
            ++m_pos;
            skipWs();
            return Next::More;
        }
        if (peek() == close) {
            ++m_pos;
            return Next::Closed;
        }
        return Next::Error;
    }

    bool array(Value& out, int depth)
    {
        out.kind = Value::Kind::List;
        ++m_pos; // [
        skipWs();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            Value v;
            if (!value(v, depth + 1))
                return false;
            out.list.push_back(std::move(v));
            if (const Next n = next(']'); n != Next::More)
                return n == Next::Closed;
        }
    }

    bool object(Value& out, int depth)
    {
        out.kind = Value::Kind::Dict;
        ++m_pos; // {
        skipWs();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return true;
        }
        // Repeated keys are looked up linearly in small objects and through an index in big
        // ones, so a hostile line with many keys stays linear.
        std::unordered_map<Value::Str, std::size_t> index;
        while (true) {
            if (atEnd() || peek() != '"')
                return false;
            ++m_pos;
            Value::Str key;
            if (!string(key))
                return false;
            skipWs();
            if (atEnd() || peek() != ':')
                return false;
            ++m_pos;
            skipWs();
            Value v;
            if (!value(v, depth + 1))
                return false;
            // The last value wins; the key keeps its first position.
            constexpr std::size_t kIndexFrom = 32;
            std::size_t found = out.dict.size();
            if (out.dict.size() < kIndexFrom) {
                for (std::size_t i = 0; i < out.dict.size(); ++i)
                    if (out.dict[i].first == key) {
                        found = i;
                        break;
                    }
            } else {
                if (index.empty())
                    for (std::size_t i = 0; i < out.dict.size(); ++i)
                        index.emplace(out.dict[i].first, i);
                auto it = index.find(key);
                if (it != index.end())
                    found = it->second;
            }
            if (found < out.dict.size()) {
                if (m_notes && !m_notes->duplicateKey) {
                    m_notes->duplicateKey = true;
                    m_notes->firstDuplicate = out.dict[found].first;
                }
                out.dict[found].second = std::move(v);
            } else {
                if (!index.empty())
                    index.emplace(key, out.dict.size());
                out.dict.push_back(DictEntry{std::move(key), std::move(v)});
            }
            if (const Next n = next('}'); n != Next::More)
                return n == Next::Closed;
        }
    }

    void note(void (*fn)(LoadsNotes&)) const
    {
        if (m_notes)
            fn(*m_notes);
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
    LoadsNotes* m_notes;
};

} // namespace

int Value::zeroOrOne() const
{
    if (kind == Kind::Bool)
        return boolean ? 1 : 0;
    if (kind == Kind::Int && (intText == "0" || intText == "1"))
        return intText[0] - '0';
    return -1;
}

const Value* Value::get(std::u32string_view key) const
{
    for (const auto& [k, v] : dict)
        if (k == key)
            return &v;
    return nullptr;
}

std::optional<Value> loads(std::string_view utf8, LoadsNotes* notes)
{
    return Parser(utf8, notes).document();
}

} // namespace td::py
