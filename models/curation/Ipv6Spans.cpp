#include "curation/Ipv6Spans.h"

#include <cstring>

namespace td {

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The pattern as an automaton: after u whole groups ("H{1,4}:" or ":", at most 7) and h hex
// digits of the next (at most 4), state bit 5 u + h.
constexpr int kGroups = 7, kDigits = 4, kStride = kDigits + 1;

constexpr std::uint64_t state(int u, int h)
{
    return std::uint64_t(1) << (kStride * u + h);
}

// The states with h hex digits read (any u), and with u >= 2 (the pattern's end may follow).
constexpr std::uint64_t withDigits(int h)
{
    std::uint64_t m = 0;
    for (int u = 0; u <= kGroups; ++u)
        m |= state(u, h);
    return m;
}

constexpr std::uint64_t kAfterTwoGroups = [] {
    std::uint64_t m = 0;
    for (int u = 2; u <= kGroups; ++u)
        for (int h = 0; h <= kDigits; ++h)
            m |= state(u, h);
    return m;
}();

} // namespace

std::uint32_t longestIpv6Match(std::string_view text, std::uint32_t start)
{
    std::uint64_t states = state(0, 0);
    std::uint32_t longest = start;
    for (std::size_t p = start; p < text.size() && states; ++p) {
        const char c = text[p];
        if (isHex(c)) {
            // one more digit of the group (at most 4); the last group may end here
            states = (states & ~withDigits(kDigits)) << 1;
            if (states & kAfterTwoGroups)
                longest = std::uint32_t(p + 1);
        } else if (c == ':') {
            // the pattern's last ":" after two groups or more, none of the next one read
            if (states & withDigits(0) & kAfterTwoGroups)
                longest = std::uint32_t(p + 1);
            // a group ends ("H{1,4}:", or ":" alone): u + 1, h = 0, while u < 7
            std::uint64_t next = 0;
            for (int u = 0; u < kGroups; ++u)
                if (states & (((state(u, 0) << (kDigits + 1)) - 1) & ~(state(u, 0) - 1)))
                    next |= state(u + 1, 0);
            states = next;
        } else {
            break;
        }
    }
    return longest;
}

void findIpv6Spans(std::string_view text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans)
{
    // A match has a colon after at most four hex digits: from each colon, back over at most four
    // to where its run starts (more, and no match starts there).
    const char *const begin = text.data(), *const end = begin + text.size();
    const char* p = begin;
    while (p < end && (p = static_cast<const char*>(std::memchr(p, ':', std::size_t(end - p)))) != nullptr) {
        const char* s = p;
        while (s > begin && isHex(s[-1]) && p - s < kDigits)
            --s;
        const bool runStart = s == begin || (!isHex(s[-1]) && s[-1] != ':');
        if (runStart) {
            const auto from = std::uint32_t(s - begin);
            const std::uint32_t to = longestIpv6Match(text, from);
            if (to > from)
                spans.emplace_back(from, to);
        }
        // on past this run: none of its other places starts one
        while (p < end && (isHex(*p) || *p == ':'))
            ++p;
    }
}

} // namespace td
