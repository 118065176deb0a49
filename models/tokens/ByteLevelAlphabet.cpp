#include "tokens/ByteLevelAlphabet.h"

namespace td {

namespace {

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

const ByteLevelAlphabet& ByteLevelAlphabet::instance()
{
    static const ByteLevelAlphabet alphabet;
    return alphabet;
}

ByteLevelAlphabet::ByteLevelAlphabet()
{
    // Printable Latin-1 stands for itself; the other bytes take code points from U+0100 on, in
    // byte order.
    char32_t next = 256;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
        m_toChar[std::size_t(b)] = printable ? char32_t(b) : next++;
    }
    m_fromChar.fill(-1);
    for (int b = 0; b < 256; ++b)
        m_fromChar[m_toChar[std::size_t(b)]] = std::int16_t(b);
}

std::optional<std::string> ByteLevelAlphabet::decode(std::string_view token) const
{
    std::string out;
    out.reserve(token.size());
    std::size_t i = 0;
    while (i < token.size()) {
        const auto c0 = static_cast<unsigned char>(token[i]);
        char32_t c;
        if (c0 < 0x80) {
            c = c0;
            i += 1;
        } else if ((c0 & 0xE0) == 0xC0 && i + 1 < token.size()) {
            c = (char32_t(c0 & 0x1F) << 6) | (static_cast<unsigned char>(token[i + 1]) & 0x3F);
            i += 2;
        } else {
            return std::nullopt; // three-byte and longer characters are not in the alphabet
        }
        if (c >= m_fromChar.size() || m_fromChar[c] < 0)
            return std::nullopt;
        out.push_back(char(m_fromChar[c]));
    }
    return out;
}

std::string ByteLevelAlphabet::encode(std::string_view bytes) const
{
    std::string out;
    for (char ch : bytes)
        appendUtf8(out, m_toChar[static_cast<unsigned char>(ch)]);
    return out;
}

} // namespace td
