#include "import/JsonOut.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include <emmintrin.h>

namespace td {

namespace {

// The letter after the backslash for each byte a JSON string cannot hold as it is ('u' for the
// six-byte \u00XX form), 0 for the bytes kept. A table, not a switch: in chat text the escapes
// (newlines, quotes) come every few dozen bytes, and a jump on which byte it is was mispredicted
// at most of them.
constexpr std::array<char, 256> makeEscapeLetters()
{
    std::array<char, 256> t{};
    for (int i = 0; i < 0x20; ++i)
        t[std::size_t(i)] = 'u';
    t['"'] = '"';
    t['\\'] = '\\';
    t['\n'] = 'n';
    t['\r'] = 'r';
    t['\t'] = 't';
    t['\b'] = 'b';
    t['\f'] = 'f';
    return t;
}
constexpr auto kEscapeLetter = makeEscapeLetters();

// Writes the escape of a byte a JSON string cannot hold as it is (at most 6 bytes).
inline char* writeEscape(char* out, unsigned char c)
{
    const char letter = kEscapeLetter[c];
    out[0] = '\\';
    if (letter != 'u') [[likely]] {
        out[1] = letter;
        return out + 2;
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::memcpy(out + 1, "u00", 3);
    out[4] = hex[c >> 4];
    out[5] = hex[c & 15];
    return out + 6;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    // Keys and roles ("content", "assistant") are most of the strings written and need no
    // escape: appended as they are, without the block machinery below.
    if (text.size() <= 16 && std::none_of(text.begin(), text.end(),
                                          [](char c) { return kEscapeLetter[static_cast<unsigned char>(c)] != 0; })) {
        const std::size_t at = out.size();
        out.resize(at + text.size() + 2);
        char* d = out.data() + at;
        d[0] = '"';
        // An empty view may have no data at all, and memcpy from null is undefined even for
        // nothing (UBSan found it through the import fuzzer).
        if (!text.empty())
            std::memcpy(d + 1, text.data(), text.size());
        d[text.size() + 1] = '"';
        return;
    }
    out.reserve(out.size() + text.size() + 2);
    out.push_back('"');
    // Written through a pointer into a buffer on the stack, appended a chunk at a time: text
    // with an escape every few dozen bytes (newlines, quotes) spent most of its time in the
    // string's bookkeeping, two appends an escape. A byte below 0x20 is one whose unsigned
    // maximum with 0x1F is 0x1F.
    //
    // Sixty-four bytes at a time, the places to escape found first as a mask: each escape then
    // costs a fixed 64-byte copy of the run before it (the bytes past the run are overwritten by
    // what follows) and the escape itself. Moving a pointer to each escape and looking again from
    // there made every step wait on the one before, ~100 cycles an escape in chat text.
    constexpr std::size_t kChunk = 4096;
    char buffer[kChunk * 6 + 128];
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
    auto special = [&](const char* at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
        const __m128i bad = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                         _mm_cmpeq_epi8(_mm_max_epu8(v, control), control));
        return std::uint64_t(unsigned(_mm_movemask_epi8(bad)));
    };
    auto copy64 = [](char* to, const char* from) {
        for (int i = 0; i < 64; i += 16)
            _mm_storeu_si128(reinterpret_cast<__m128i*>(to + i),
                             _mm_loadu_si128(reinterpret_cast<const __m128i*>(from + i)));
    };
    char* d = buffer;
    // Up to 64 bytes from `block`, whose next 127 bytes are readable.
    auto escapeBlock = [&](const char* block, unsigned length) {
        std::uint64_t mask =
            special(block) | special(block + 16) << 16 | special(block + 32) << 32 | special(block + 48) << 48;
        if (length < 64)
            mask &= (std::uint64_t(1) << length) - 1;
        const char* from = block;
        while (mask) {
            const char* at = block + __builtin_ctzll(mask);
            mask &= mask - 1;
            copy64(d, from);
            d = writeEscape(d + (at - from), static_cast<unsigned char>(*at));
            from = at + 1;
        }
        copy64(d, from);
        d += block + length - from;
    };
    const char* p = text.data();
    const char* const end = p + text.size();
    while (p < end) {
        const char* const chunkEnd = p + std::min<std::size_t>(kChunk, std::size_t(end - p));
        d = buffer;
        for (; chunkEnd - p >= 64 && end - p >= 128; p += 64)
            escapeBlock(p, 64);
        // The rest of the chunk (under 128 bytes) from a copy with room after it: most texts
        // are short, and a byte-at-a-time tail was a third of the time.
        if (p < chunkEnd) {
            alignas(64) char tail[256] = {};
            const auto n = unsigned(chunkEnd - p);
            std::memcpy(tail, p, n);
            escapeBlock(tail, std::min(n, 64u));
            if (n > 64)
                escapeBlock(tail + 64, n - 64);
            p = chunkEnd;
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
