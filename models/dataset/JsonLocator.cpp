#include "dataset/JsonLocator.h"

#include <charconv>
#include <string>
#include <vector>

namespace td {
namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView s)
        : m_s(s)
    {}

    void ws()
    {
        while (m_pos < m_s.size() &&
               (m_s[m_pos] == ' ' || m_s[m_pos] == '\t' || m_s[m_pos] == '\n' || m_s[m_pos] == '\r'))
            ++m_pos;
    }
    bool at(char c) const { return m_pos < m_s.size() && m_s[m_pos] == c; }
    bool take(char c)
    {
        ws();
        if (!at(c))
            return false;
        ++m_pos;
        ws();
        return true;
    }
    qsizetype pos() const { return m_pos; }

    // Reads a string token and returns its raw (still escaped) contents.
    std::optional<std::string> string()
    {
        if (!at('"'))
            return std::nullopt;
        ++m_pos;
        std::string out;
        while (m_pos < m_s.size() && m_s[m_pos] != '"') {
            if (m_s[m_pos] == '\\' && m_pos + 1 < m_s.size()) {
                const char e = m_s[m_pos + 1];
                out += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
                m_pos += 2;
                continue;
            }
            out += m_s[m_pos++];
        }
        if (!at('"'))
            return std::nullopt;
        ++m_pos;
        return out;
    }

    // Skips one value of any kind.
    bool skipValue(int depth = 0)
    {
        ws();
        if (m_pos >= m_s.size() || depth > 512)
            return false;
        const char c = m_s[m_pos];
        if (c == '"')
            return string().has_value();
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++m_pos;
            ws();
            if (at(close)) {
                ++m_pos;
                return true;
            }
            while (true) {
                if (c == '{') {
                    ws();
                    if (!string())
                        return false;
                    ws();
                    if (!at(':'))
                        return false;
                    ++m_pos;
                }
                if (!skipValue(depth + 1))
                    return false;
                ws();
                if (at(',')) {
                    ++m_pos;
                    continue;
                }
                if (at(close)) {
                    ++m_pos;
                    return true;
                }
                return false;
            }
        }
        // A literal or number: up to the next delimiter.
        while (m_pos < m_s.size() && m_s[m_pos] != ',' && m_s[m_pos] != '}' && m_s[m_pos] != ']' && m_s[m_pos] != ' ' &&
               m_s[m_pos] != '\n' && m_s[m_pos] != '\t' && m_s[m_pos] != '\r')
            ++m_pos;
        return true;
    }

private:
    QByteArrayView m_s;
    qsizetype m_pos = 0;
};

std::vector<std::string> splitPointer(std::string_view p)
{
    std::vector<std::string> parts;
    if (p.empty())
        return parts;
    std::size_t i = 1;
    while (i <= p.size()) {
        const std::size_t j = p.find('/', i);
        std::string token(p.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
        std::string unescaped;
        for (std::size_t k = 0; k < token.size(); ++k) {
            if (token[k] == '~' && k + 1 < token.size()) {
                unescaped += token[k + 1] == '1' ? '/' : '~';
                ++k;
            } else {
                unescaped += token[k];
            }
        }
        parts.push_back(std::move(unescaped));
        if (j == std::string_view::npos)
            break;
        i = j + 1;
    }
    return parts;
}

} // namespace

std::optional<JsonSpan> locatePointer(QByteArrayView json, std::string_view pointer)
{
    Scanner s(json);
    s.ws();
    for (const std::string& token : splitPointer(pointer)) {
        if (s.take('{')) {
            bool found = false;
            while (!s.at('}')) {
                const auto key = s.string();
                if (!key || !s.take(':'))
                    return std::nullopt;
                if (*key == token) {
                    found = true;
                    break;
                }
                if (!s.skipValue())
                    return std::nullopt;
                s.ws();
                if (!s.take(','))
                    break;
            }
            if (!found)
                return std::nullopt;
        } else if (s.take('[')) {
            // std::stol would throw on an index beyond long; from_chars says so instead.
            long long index = 0;
            const auto [end, err] = std::from_chars(token.data(), token.data() + token.size(), index);
            if (token.empty() || err != std::errc() || end != token.data() + token.size() || index < 0)
                return std::nullopt;
            for (long long i = 0; i < index; ++i) {
                if (!s.skipValue() || !s.take(','))
                    return std::nullopt;
            }
            if (s.at(']'))
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    s.ws();
    const qsizetype start = s.pos();
    if (!s.skipValue())
        return std::nullopt;
    return JsonSpan{start, s.pos() - start};
}

} // namespace td
