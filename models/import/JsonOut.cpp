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

// The escape of a byte a JSON string cannot hold as it is.
void appendEscape(std::string& out, unsigned char c)
{
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

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    out.reserve(out.size() + text.size() + 2);
    out.push_back('"');
    const char* p = text.data();
    const char* const end = p + text.size();
    const char* run = p; // the start of what is copied as it is
    const auto escape = [&](const char* at) {
        out.append(run, std::size_t(at - run));
        appendEscape(out, static_cast<unsigned char>(*at));
        run = at + 1;
    };
    // Sixteen bytes at a time, each byte that needs escaping taken from the block's mask, so
    // text with an escape every few dozen bytes (newlines, quotes) stays in this loop. A byte
    // below 0x20 is one whose unsigned maximum with 0x1F is 0x1F.
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmpeq_epi8(_mm_max_epu8(v, control), control));
        for (unsigned mask = unsigned(_mm_movemask_epi8(bad)); mask; mask &= mask - 1)
            escape(p + __builtin_ctz(mask));
    }
    for (; p < end; ++p)
        if (kEscape[static_cast<unsigned char>(*p)])
            escape(p);
    out.append(run, std::size_t(end - run));
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
