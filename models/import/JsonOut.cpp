#include "import/JsonOut.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include <emmintrin.h>

namespace td {

namespace {

// 1 for the bytes a JSON string cannot hold as they are.
constexpr std::array<unsigned char, 256> makeEscapeTable()
{
    std::array<unsigned char, 256> t{};
    for (int i = 0; i < 0x20; ++i)
        t[std::size_t(i)] = 1;
    t['"'] = 1;
    t['\\'] = 1;
    return t;
}
constexpr auto kEscape = makeEscapeTable();

// Writes the escape of a byte a JSON string cannot hold as it is (at most 6 bytes).
char* writeEscape(char* out, unsigned char c)
{
    static constexpr char hex[] = "0123456789abcdef";
    char letter = 0;
    switch (c) {
    case '"':
        letter = '"';
        break;
    case '\\':
        letter = '\\';
        break;
    case '\n':
        letter = 'n';
        break;
    case '\r':
        letter = 'r';
        break;
    case '\t':
        letter = 't';
        break;
    case '\b':
        letter = 'b';
        break;
    case '\f':
        letter = 'f';
        break;
    default:
        std::memcpy(out, "\\u00", 4);
        out[4] = hex[c >> 4];
        out[5] = hex[c & 15];
        return out + 6;
    }
    out[0] = '\\';
    out[1] = letter;
    return out + 2;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    out.reserve(out.size() + text.size() + 2);
    out.push_back('"');
    // Written through a pointer into a buffer on the stack, appended a chunk at a time: text
    // with an escape every few dozen bytes (newlines, quotes) spent most of its time in the
    // string's bookkeeping, two appends an escape. Sixteen bytes at a time are stored as they
    // are, and the pointer moves on to the first byte that needs escaping (a byte below 0x20
    // is one whose unsigned maximum with 0x1F is 0x1F).
    constexpr std::size_t kChunk = 4096;
    char buffer[kChunk * 6 + 16];
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        const char* const chunkEnd = p + std::min<std::size_t>(kChunk, std::size_t(end - p));
        char* d = buffer;
        while (chunkEnd - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(d), v);
            const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                             _mm_cmpeq_epi8(_mm_max_epu8(v, control), control));
            const unsigned mask = unsigned(_mm_movemask_epi8(bad));
            if (mask == 0) {
                p += 16;
                d += 16;
                continue;
            }
            const int k = __builtin_ctz(mask);
            d = writeEscape(d + k, static_cast<unsigned char>(p[k]));
            p += k + 1;
        }
        for (; p < chunkEnd; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (kEscape[c])
                d = writeEscape(d, c);
            else
                *d++ = char(c);
        }
        out.append(buffer, std::size_t(d - buffer));
    }
    out.push_back('"');
}

std::string_view chatRoleFor(std::string_view speaker)
{
    if (speaker.size() > 16)
        return {};
    char lower[16];
    for (std::size_t i = 0; i < speaker.size(); ++i)
        lower[i] = char(std::tolower(static_cast<unsigned char>(speaker[i])));
    const std::string_view s(lower, speaker.size());
    for (const char* u : {"human", "user", "prompter", "customer"})
        if (s == u)
            return "user";
    for (const char* a : {"gpt", "assistant", "chatgpt", "bing", "bard", "model", "bot", "ai"})
        if (s == a)
            return "assistant";
    for (const char* sy : {"system", "developer"})
        if (s == sy)
            return "system";
    for (const char* t : {"tool", "function", "observation", "ipython", "tool_response"})
        if (s == t)
            return "tool";
    return {};
}

} // namespace td
