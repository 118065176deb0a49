#include "tokens/template/JinjaLexer.h"

#include "tokens/template/JinjaError.h"
#include "tokens/template/JinjaText.h"

#include <cerrno>
#include <cstdlib>

namespace td::jinja {

namespace {

bool isBlankChar(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Python's str.rstrip()/lstrip() without arguments, on the UTF-8 text between tags.
void rstripWhitespace(std::string& s)
{
    s = text::strip(s, nullptr, false, true);
}

std::string lstripWhitespace(std::string_view s)
{
    return text::strip(s, nullptr, true, false);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Scanner
{
public:
    explicit Scanner(std::string source)
        : m_src(std::move(source))
    {}

    std::vector<Token> run()
    {
        bool stripNextText = false; // the previous tag ended with `-`
        bool lineStarting = true;   // the previous tag's match ended a line (or there was none)
        while (m_pos < m_src.size()) {
            const std::size_t open = findTagOpen(m_pos);
            std::string chunk = m_src.substr(m_pos, open - m_pos);
            if (stripNextText)
                chunk = lstripWhitespace(chunk);
            if (open == m_src.size()) {
                pushText(std::move(chunk));
                break;
            }
            const char kind = m_src[open + 1]; // '{', '%' or '#'
            const char marker = open + 2 < m_src.size() ? m_src[open + 2] : '\0';
            if (marker == '-') {
                rstripWhitespace(chunk);
            } else if (kind != '{' && marker != '+') {
                // lstrip_blocks: spaces and tabs before a block or comment tag on its own line go.
                const std::size_t nl = chunk.rfind('\n');
                const std::size_t from = nl == std::string::npos ? 0 : nl + 1;
                if (nl != std::string::npos || lineStarting) {
                    if (chunk.find_first_not_of(" \t", from) == std::string::npos)
                        chunk.erase(from);
                }
            }
            pushText(std::move(chunk));
            advanceTo(open + 2 + ((marker == '-' || marker == '+') ? 1 : 0));
            bool stripAfter = false;
            if (kind == '#')
                stripAfter = skipComment();
            else if (kind == '%' && tryRawBlock(stripAfter))
                ;
            else
                stripAfter = lexTag(kind == '{');
            stripNextText = stripAfter;
            lineStarting = m_pos > 0 && m_src[m_pos - 1] == '\n';
        }
        Token end;
        end.type = Token::Type::End;
        end.line = m_line;
        m_tokens.push_back(std::move(end));
        return std::move(m_tokens);
    }

private:
    std::size_t findTagOpen(std::size_t from) const
    {
        for (std::size_t i = from; i + 1 < m_src.size(); ++i) {
            if (m_src[i] == '{' && (m_src[i + 1] == '{' || m_src[i + 1] == '%' || m_src[i + 1] == '#'))
                return i;
        }
        return m_src.size();
    }

    void advanceTo(std::size_t pos)
    {
        for (std::size_t i = m_pos; i < pos && i < m_src.size(); ++i)
            if (m_src[i] == '\n')
                ++m_line;
        m_pos = pos;
    }

    void pushText(std::string chunk)
    {
        if (chunk.empty())
            return;
        Token t;
        t.type = Token::Type::Text;
        t.line = m_line;
        advanceTo(m_pos); // line numbers are advanced by the caller as the source is consumed
        t.text = std::move(chunk);
        m_tokens.push_back(std::move(t));
    }

    [[noreturn]] void fail(const std::string& message) const
    {
        throw TemplateError{TemplateError::Kind::Syntax, message, m_line};
    }

    // After a block tag's `%}` (or a comment's `#}`): trim_blocks removes one newline; `-` removes
    // all following whitespace (returned so the next text is stripped); `+` keeps the newline.
    bool finishBlockEnd(std::size_t closeStart, std::size_t closeLength)
    {
        const char before = closeStart > 0 ? m_src[closeStart - 1] : '\0';
        advanceTo(closeStart + closeLength);
        if (before == '-')
            return true;
        if (before != '+' && m_pos < m_src.size() && m_src[m_pos] == '\n')
            advanceTo(m_pos + 1);
        return false;
    }

    bool skipComment()
    {
        const std::size_t close = m_src.find("#}", m_pos);
        if (close == std::string::npos)
            fail("A comment {# is never closed with #}.");
        return finishBlockEnd(close, 2);
    }

    // {% raw %}...{% endraw %} keeps everything between as text.
    bool tryRawBlock(bool& stripAfter)
    {
        std::size_t p = m_pos;
        while (p < m_src.size() && isBlankChar(m_src[p]))
            ++p;
        if (m_src.compare(p, 3, "raw") != 0)
            return false;
        p += 3;
        while (p < m_src.size() && isBlankChar(m_src[p]))
            ++p;
        std::size_t closeLen = 0;
        if (m_src.compare(p, 2, "%}") == 0)
            closeLen = 2;
        else if (m_src.compare(p, 3, "-%}") == 0 || m_src.compare(p, 3, "+%}") == 0)
            closeLen = 3;
        else
            return false;
        const bool stripInside = closeLen == 3 && m_src[p] == '-';
        finishBlockEnd(p + closeLen - 2, 2);
        // Find {%[-+]? endraw [-+]?%}
        std::size_t search = m_pos;
        while (true) {
            const std::size_t open = m_src.find("{%", search);
            if (open == std::string::npos)
                fail("A {% raw %} block is never closed with {% endraw %}.");
            std::size_t q = open + 2;
            const bool leftStrip = q < m_src.size() && m_src[q] == '-';
            if (q < m_src.size() && (m_src[q] == '-' || m_src[q] == '+'))
                ++q;
            while (q < m_src.size() && isBlankChar(m_src[q]))
                ++q;
            if (m_src.compare(q, 6, "endraw") != 0) {
                search = open + 2;
                continue;
            }
            q += 6;
            while (q < m_src.size() && isBlankChar(m_src[q]))
                ++q;
            std::size_t endLen = 0;
            if (m_src.compare(q, 2, "%}") == 0)
                endLen = 2;
            else if (m_src.compare(q, 3, "-%}") == 0 || m_src.compare(q, 3, "+%}") == 0)
                endLen = 3;
            else
                fail("Malformed {% endraw %} tag.");
            std::string body = m_src.substr(m_pos, open - m_pos);
            if (stripInside)
                body = lstripWhitespace(body);
            if (leftStrip)
                rstripWhitespace(body);
            pushText(std::move(body));
            advanceTo(open);
            stripAfter = finishBlockEnd(q + endLen - 2, 2);
            return true;
        }
    }

    // Expression tokens up to the closing }} or %}. Returns whether the close had `-`.
    bool lexTag(bool variable)
    {
        Token begin;
        begin.type = variable ? Token::Type::VariableBegin : Token::Type::BlockBegin;
        begin.line = m_line;
        m_tokens.push_back(begin);
        int depth = 0; // open brackets: "}}" inside {{ {'a': {}} }} does not close the tag
        const char closeChar = variable ? '}' : '%';
        while (true) {
            while (m_pos < m_src.size() && isBlankChar(m_src[m_pos]))
                advanceTo(m_pos + 1);
            if (m_pos >= m_src.size())
                fail(variable ? "A {{ is never closed with }}." : "A {% is never closed with %}.");
            const char c = m_src[m_pos];
            const char n1 = m_pos + 1 < m_src.size() ? m_src[m_pos + 1] : '\0';
            const char n2 = m_pos + 2 < m_src.size() ? m_src[m_pos + 2] : '\0';
            if (depth == 0) {
                const bool marked = (c == '-' || (c == '+' && !variable)) && n1 == closeChar && n2 == '}';
                if ((c == closeChar && n1 == '}') || marked) {
                    Token end;
                    end.type = variable ? Token::Type::VariableEnd : Token::Type::BlockEnd;
                    end.line = m_line;
                    m_tokens.push_back(end);
                    const std::size_t closeStart = m_pos + (marked ? 1 : 0);
                    if (variable) {
                        advanceTo(closeStart + 2);
                        return c == '-';
                    }
                    return finishBlockEnd(closeStart, 2);
                }
            }
            Token t;
            t.line = m_line;
            if (isNameStart(c)) {
                std::size_t e = m_pos;
                while (e < m_src.size() && (isNameStart(m_src[e]) || isDigit(m_src[e])))
                    ++e;
                t.type = Token::Type::Name;
                t.text = m_src.substr(m_pos, e - m_pos);
                advanceTo(e);
            } else if (isDigit(c)) {
                lexNumber(t);
            } else if (c == '\'' || c == '"') {
                lexString(t);
            } else {
                static const char* const two[] = {"**", "//", "==", "!=", "<=", ">="};
                t.type = Token::Type::Operator;
                for (const char* op : two) {
                    if (c == op[0] && n1 == op[1]) {
                        t.text = op;
                        break;
                    }
                }
                if (t.text.empty()) {
                    if (std::string_view("+-*/%~()[]{},.:|=<>").find(c) == std::string_view::npos)
                        fail(std::string("Unexpected character '") + c + "' inside a tag.");
                    t.text = std::string(1, c);
                    if (c == '(' || c == '[' || c == '{')
                        ++depth;
                    else if ((c == ')' || c == ']' || c == '}') && depth > 0)
                        --depth;
                }
                advanceTo(m_pos + t.text.size());
            }
            m_tokens.push_back(std::move(t));
        }
    }

    void lexNumber(Token& t)
    {
        std::size_t e = m_pos;
        std::string digits;
        auto takeDigits = [&] {
            while (e < m_src.size() &&
                   (isDigit(m_src[e]) || (m_src[e] == '_' && e + 1 < m_src.size() && isDigit(m_src[e + 1])))) {
                if (m_src[e] != '_')
                    digits.push_back(m_src[e]);
                ++e;
            }
        };
        takeDigits();
        bool isFloat = false;
        if (e + 1 < m_src.size() && m_src[e] == '.' && isDigit(m_src[e + 1])) {
            isFloat = true;
            digits.push_back('.');
            ++e;
            takeDigits();
        }
        if (e < m_src.size() && (m_src[e] == 'e' || m_src[e] == 'E')) {
            std::size_t x = e + 1;
            if (x < m_src.size() && (m_src[x] == '+' || m_src[x] == '-'))
                ++x;
            if (x < m_src.size() && isDigit(m_src[x])) {
                isFloat = true;
                digits.push_back('e');
                digits.append(m_src, e + 1, x - e - 1);
                e = x;
                takeDigits();
            }
        }
        if (isFloat) {
            t.type = Token::Type::Float;
            t.floating = std::strtod(digits.c_str(), nullptr);
        } else {
            t.type = Token::Type::Integer;
            errno = 0;
            const long long v = std::strtoll(digits.c_str(), nullptr, 10);
            if (errno == ERANGE)
                throw TemplateError{TemplateError::Kind::Unsupported, "The integer " + digits + " is too large.",
                                    m_line};
            t.integer = v;
        }
        advanceTo(e);
    }

    // A string literal with Python's escapes (Jinja decodes literals with unicode-escape).
    void lexString(Token& t)
    {
        const char quote = m_src[m_pos];
        std::size_t i = m_pos + 1;
        std::string out;
        while (true) {
            if (i >= m_src.size())
                fail("A string literal is never closed.");
            const char c = m_src[i];
            if (c == quote)
                break;
            if (c != '\\') {
                out.push_back(c);
                ++i;
                continue;
            }
            if (i + 1 >= m_src.size())
                fail("A string literal is never closed.");
            const char e = m_src[i + 1];
            i += 2;
            switch (e) {
            case 'n':
                out.push_back('\n');
                break;
            case 't':
                out.push_back('\t');
                break;
            case 'r':
                out.push_back('\r');
                break;
            case '\\':
                out.push_back('\\');
                break;
            case '\'':
                out.push_back('\'');
                break;
            case '"':
                out.push_back('"');
                break;
            case 'a':
                out.push_back('\a');
                break;
            case 'b':
                out.push_back('\b');
                break;
            case 'f':
                out.push_back('\f');
                break;
            case 'v':
                out.push_back('\v');
                break;
            case '\n':
                break; // a backslash-newline continues the line
            case 'x':
            case 'u':
            case 'U': {
                const int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                char32_t cp = 0;
                for (int k = 0; k < len; ++k) {
                    const int h = i + k < m_src.size() ? hexValue(m_src[i + k]) : -1;
                    if (h < 0)
                        fail(std::string("A \\") + e + " escape in a string literal is truncated.");
                    cp = cp * 16 + char32_t(h);
                }
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                    fail("A string literal escapes a code point that is not a character.");
                i += len;
                text::appendCodepoint(out, cp);
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    char32_t cp = char32_t(e - '0');
                    for (int k = 0; k < 2 && i < m_src.size() && m_src[i] >= '0' && m_src[i] <= '7'; ++k, ++i)
                        cp = cp * 8 + char32_t(m_src[i] - '0');
                    text::appendCodepoint(out, cp);
                } else {
                    // Python keeps unknown escapes as written.
                    out.push_back('\\');
                    out.push_back(e);
                }
            }
        }
        t.type = Token::Type::String;
        t.text = std::move(out);
        advanceTo(i + 1);
    }

    std::string m_src;
    std::size_t m_pos = 0;
    int m_line = 1;
    std::vector<Token> m_tokens;
};

// Jinja splits the source on \r\n, \r and \n, joins with \n and drops one final empty line.
std::string normalizeSource(std::string_view source)
{
    std::string out;
    out.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == '\r') {
            out.push_back('\n');
            if (i + 1 < source.size() && source[i + 1] == '\n')
                ++i;
        } else {
            out.push_back(source[i]);
        }
    }
    if (!out.empty() && out.back() == '\n')
        out.pop_back();
    return out;
}

} // namespace

std::vector<Token> Lexer::tokenize(std::string_view source)
{
    return Scanner(normalizeSource(source)).run();
}

} // namespace td::jinja
