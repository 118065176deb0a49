#include "validate/PyRepr.h"

#include <QChar>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace td::py {

// Generalized UTF-8 (WTF-8): lone surrogates are kept as their 3-byte form, so a Python
// string survives the trip into a message and out through the report's \u escapes.
void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

std::string toUtf8(const Value::Str& s)
{
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s)
        appendUtf8(out, c);
    return out;
}

Value::Str fromUtf8(std::string_view s)
{
    Value::Str out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        char32_t cp = c;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (extra)
            cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra && i + std::size_t(k) < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + std::size_t(k)]) & 0x3F);
        out += cp;
        i += std::size_t(extra) + 1;
    }
    return out;
}

std::string typeName(const Value& v)
{
    switch (v.kind) {
    case Value::Kind::None:
        return "<class 'NoneType'>";
    case Value::Kind::Bool:
        return "<class 'bool'>";
    case Value::Kind::Int:
        return "<class 'int'>";
    case Value::Kind::Float:
        return "<class 'float'>";
    case Value::Kind::Str:
        return "<class 'str'>";
    case Value::Kind::List:
        return "<class 'list'>";
    case Value::Kind::Dict:
        return "<class 'dict'>";
    }
    return {};
}

std::string floatRepr(double d)
{
    if (std::isnan(d))
        return "nan";
    if (std::isinf(d))
        return d > 0 ? "inf" : "-inf";
    // Shortest round-trip digits, then Python's layout: positional for exponents in
    // [-4, 16), scientific ("1e+16", "1.5e-05") otherwise; positional floats keep ".0".
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    const std::size_t e = sci.find('e');
    std::string mant = sci.substr(0, e);
    const int exp = std::atoi(sci.c_str() + e + 1);
    bool neg = false;
    if (!mant.empty() && mant[0] == '-') {
        neg = true;
        mant.erase(0, 1);
    }
    std::string digits;
    for (char c : mant)
        if (c != '.')
            digits += c;
    std::string out = neg ? "-" : "";
    if (exp >= 16 || exp < -4) {
        out += digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char eb[16];
        std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
        return out + eb;
    }
    if (exp < 0) {
        out += "0." + std::string(std::size_t(-exp - 1), '0') + digits;
        return out;
    }
    const std::size_t intLen = std::size_t(exp) + 1;
    if (digits.size() <= intLen) {
        out += digits + std::string(intLen - digits.size(), '0') + ".0";
    } else {
        out += digits.substr(0, intLen) + "." + digits.substr(intLen);
    }
    return out;
}

namespace {

// str.isprintable(): everything but "Other" (Cc, Cf, Cs, Co, Cn) and separators other
// than the ASCII space (Zl, Zp, Zs).
bool isPrintable(char32_t c)
{
    if (c == U' ')
        return true;
    if (c >= 0xD800 && c <= 0xDFFF)
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

std::string strRepr(const Value::Str& s)
{
    const bool hasSingle = s.find(U'\'') != Value::Str::npos;
    const bool hasDouble = s.find(U'"') != Value::Str::npos;
    const char quote = (hasSingle && !hasDouble) ? '"' : '\'';
    std::string out(1, quote);
    for (char32_t c : s) {
        if (c == char32_t(quote) || c == U'\\') {
            out += '\\';
            out += char(c);
        } else if (c == U'\t') {
            out += "\\t";
        } else if (c == U'\n') {
            out += "\\n";
        } else if (c == U'\r') {
            out += "\\r";
        } else if (c < 0x20 || c == 0x7F) {
            char b[8];
            std::snprintf(b, sizeof b, "\\x%02x", unsigned(c));
            out += b;
        } else if (c < 0x7F) {
            out += char(c);
        } else if (!isPrintable(c)) {
            char b[16];
            if (c <= 0xFF)
                std::snprintf(b, sizeof b, "\\x%02x", unsigned(c));
            else if (c <= 0xFFFF)
                std::snprintf(b, sizeof b, "\\u%04x", unsigned(c));
            else
                std::snprintf(b, sizeof b, "\\U%08x", unsigned(c));
            out += b;
        } else {
            appendUtf8(out, c);
        }
    }
    out += quote;
    return out;
}

std::string repr(const Value& v)
{
    switch (v.kind) {
    case Value::Kind::None:
        return "None";
    case Value::Kind::Bool:
        return v.boolean ? "True" : "False";
    case Value::Kind::Int:
        return v.intText;
    case Value::Kind::Float:
        return floatRepr(v.number);
    case Value::Kind::Str:
        return strRepr(v.str);
    case Value::Kind::List: {
        std::string out = "[";
        for (std::size_t i = 0; i < v.list.size(); ++i) {
            if (i)
                out += ", ";
            out += repr(v.list[i]);
        }
        return out + "]";
    }
    case Value::Kind::Dict: {
        std::string out = "{";
        for (std::size_t i = 0; i < v.dict.size(); ++i) {
            if (i)
                out += ", ";
            out += strRepr(v.dict[i].first) + ": " + repr(v.dict[i].second);
        }
        return out + "}";
    }
    }
    return {};
}

std::string str(const Value& v)
{
    return v.kind == Value::Kind::Str ? toUtf8(v.str) : repr(v);
}

std::string dictKeysRepr(const Value& dict)
{
    std::string out = "dict_keys([";
    for (std::size_t i = 0; i < dict.dict.size(); ++i) {
        if (i)
            out += ", ";
        out += strRepr(dict.dict[i].first);
    }
    return out + "])";
}

} // namespace td::py
