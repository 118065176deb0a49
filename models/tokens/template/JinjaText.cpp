#include "tokens/template/JinjaText.h"

#include <QString>

#include <cstdio>

namespace td::jinja::text {

std::u32string decode(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            out.push_back(c);
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        bool ok = true;
        for (int k = 1; ok && k <= extra; ++k) {
            if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        }
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += extra + 1;
    }
    return out;
}

void appendCodepoint(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

std::string encode(std::u32string_view cps)
{
    std::string out;
    out.reserve(cps.size());
    for (char32_t c : cps)
        appendCodepoint(out, c);
    return out;
}

bool isAscii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

std::size_t length(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

bool isSpace(char32_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x1F:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

std::string strip(std::string_view s, const std::string* chars, bool left, bool right)
{
    const std::u32string cps = decode(s);
    const std::u32string set = chars ? decode(*chars) : std::u32string();
    auto strippable = [&](char32_t c) { return chars ? set.find(c) != std::u32string::npos : isSpace(c); };
    std::size_t b = 0, e = cps.size();
    if (left)
        while (b < e && strippable(cps[b]))
            ++b;
    if (right)
        while (e > b && strippable(cps[e - 1]))
            --e;
    return encode(std::u32string_view(cps).substr(b, e - b));
}

std::vector<std::string> split(std::string_view s, const std::string* sep, long long maxsplit)
{
    std::vector<std::string> out;
    if (sep) {
        std::size_t pos = 0;
        while (maxsplit < 0 || static_cast<long long>(out.size()) < maxsplit) {
            const std::size_t hit = s.find(*sep, pos);
            if (hit == std::string_view::npos)
                break;
            out.emplace_back(s.substr(pos, hit - pos));
            pos = hit + sep->size();
        }
        out.emplace_back(s.substr(pos));
        return out;
    }
    // Whitespace split: runs of whitespace separate, no empty strings.
    const std::u32string cps = decode(s);
    std::size_t i = 0;
    while (i < cps.size()) {
        while (i < cps.size() && isSpace(cps[i]))
            ++i;
        if (i == cps.size())
            break;
        if (maxsplit >= 0 && static_cast<long long>(out.size()) == maxsplit) {
            std::size_t e = cps.size();
            while (e > i && isSpace(cps[e - 1]))
                --e;
            out.push_back(encode(std::u32string_view(cps).substr(i, e - i)));
            break;
        }
        std::size_t j = i;
        while (j < cps.size() && !isSpace(cps[j]))
            ++j;
        out.push_back(encode(std::u32string_view(cps).substr(i, j - i)));
        i = j;
    }
    return out;
}

static QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string upper(std::string_view s)
{
    return q(s).toUpper().toStdString();
}

std::string lower(std::string_view s)
{
    return q(s).toLower().toStdString();
}

std::string capitalize(std::string_view s)
{
    const std::u32string cps = decode(s);
    if (cps.empty())
        return {};
    return upper(encode(cps.substr(0, 1))) + lower(encode(cps.substr(1)));
}

static bool isCased(char32_t c)
{
    return QChar::isLetter(c) && (QChar::isUpper(c) || QChar::isLower(c) || QChar::isTitleCase(c));
}

std::string pythonTitle(std::string_view s)
{
    std::string out;
    bool previousCased = false;
    for (char32_t c : decode(s)) {
        std::string one;
        appendCodepoint(one, c);
        out += previousCased ? lower(one) : upper(one);
        previousCased = isCased(c);
    }
    return out;
}

std::string jinjaTitle(std::string_view s)
{
    // Words begin after runs of '-', whitespace, '(', '{', '[' or '<'.
    auto separator = [](char32_t c) { return c == '-' || c == '(' || c == '{' || c == '[' || c == '<' || isSpace(c); };
    std::string out;
    bool wordStart = true;
    for (char32_t c : decode(s)) {
        std::string one;
        appendCodepoint(one, c);
        if (separator(c)) {
            out += one;
            wordStart = true;
        } else {
            out += wordStart ? upper(one) : lower(one);
            wordStart = false;
        }
    }
    return out;
}

std::string replace(std::string_view s, std::string_view from, std::string_view to, long long count)
{
    std::string out;
    if (from.empty()) {
        // Python inserts `to` between code points and at both ends.
        const std::u32string cps = decode(s);
        long long done = 0;
        for (std::size_t i = 0; i <= cps.size(); ++i) {
            if (count < 0 || done < count) {
                out += to;
                ++done;
            }
            if (i < cps.size())
                appendCodepoint(out, cps[i]);
        }
        return out;
    }
    std::size_t pos = 0;
    long long done = 0;
    while (count < 0 || done < count) {
        const std::size_t hit = s.find(from, pos);
        if (hit == std::string_view::npos)
            break;
        out.append(s.substr(pos, hit - pos));
        out.append(to);
        pos = hit + from.size();
        ++done;
    }
    out.append(s.substr(pos));
    return out;
}

std::string repr(std::string_view s)
{
    const bool useDouble = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos;
    const char quote = useDouble ? '"' : '\'';
    std::string out(1, quote);
    for (char32_t c : decode(s)) {
        if (c == char32_t(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(char(c));
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\x%02x", unsigned(c) & 0xFFu);
            out += buf;
        } else {
            appendCodepoint(out, c);
        }
    }
    out.push_back(quote);
    return out;
}

} // namespace td::jinja::text
