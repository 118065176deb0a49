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

// Whether any of the 8 bytes in `w` needs escaping: a control byte (< 0x20), '"' or '\\'
// (the classic "has a zero byte" and "has a byte less than n" word tricks).
inline bool needsEscape8(std::uint64_t w)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    const std::uint64_t quote = w ^ (ones * '"');
    const std::uint64_t backslash = w ^ (ones * '\\');
    const std::uint64_t less = (w - ones * 0x20) & ~w;
    const std::uint64_t zq = (quote - ones) & ~quote;
    const std::uint64_t zb = (backslash - ones) & ~backslash;
    return ((less | zq | zb) & highs) != 0;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    out.reserve(out.size() + text.size() + 2);
    out.push_back('"');
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
        const char* run = p;
        // Sixteen bytes at a time while none needs escaping (most text), then eight, then byte
        // by byte. A byte below 0x20 is one whose unsigned maximum with 0x1F is 0x1F.
        const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
            const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                             _mm_cmpeq_epi8(_mm_max_epu8(v, control), control));
            const int mask = _mm_movemask_epi8(bad);
            if (mask) {
                p += __builtin_ctz(unsigned(mask));
                break;
            }
            p += 16;
        }
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if (needsEscape8(w))
                break;
            p += 8;
        }
        while (p < end && !kEscape[static_cast<unsigned char>(*p)])
            ++p;
        out.append(run, std::size_t(p - run));
        if (p == end)
            break;
        const unsigned char c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(u, sizeof u);
        }
        }
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
