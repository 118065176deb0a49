#include "curation/TokenSpans.h"

#include <cstring>

namespace td {

namespace {

bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// \b at `at`: a word byte on one side only (the text's ends count as non-word), as Hyperscan
// has it without Unicode properties.
bool boundary(std::string_view text, std::size_t at)
{
    const bool before = at > 0 && isWordByte(text[at - 1]);
    const bool after = at < text.size() && isWordByte(text[at]);
    return before != after;
}

} // namespace

std::array<bool, 256> tokenValueBytes(std::string_view ranges)
{
    std::array<bool, 256> in{};
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const auto from = static_cast<unsigned char>(ranges[i]);
        if (i + 2 < ranges.size() && ranges[i + 1] == '-') {
            for (unsigned c = from; c <= static_cast<unsigned char>(ranges[i + 2]); ++c)
                in[c] = true;
            i += 2;
        } else {
            in[from] = true;
        }
    }
    return in;
}

void findTokenSpans(std::string_view text, const TokenShape& shape,
                    std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans)
{
    const char first = shape.prefixes[0][0];
    const auto inValue = [&](std::size_t at) { return shape.value[static_cast<unsigned char>(text[at])]; };
    // The stretch of value bytes last walked, [runFrom, runEnd) with runEnd not a value byte:
    // a prefix inside it ends there too (walking it again for each made a text of prefixes
    // quadratic). And the end of the run whose first start was taken: a later start in the same
    // run has only ends the first has, at which Hyperscan reports the first.
    std::size_t runFrom = 0, runEnd = 0, takenRunEnd = std::size_t(-1);
    const char* const begin = text.data();
    for (const char* p = begin;
         (p = static_cast<const char*>(std::memchr(p, first, text.size() - std::size_t(p - begin)))) != nullptr; ++p) {
        const auto at = std::size_t(p - begin);
        if (at > 0 && isWordByte(text[at - 1]))
            continue; // no \b before it
        std::string_view prefix;
        for (std::string_view candidate : shape.prefixes)
            if (!candidate.empty() && text.substr(at).starts_with(candidate)) {
                prefix = candidate;
                break;
            }
        if (prefix.empty())
            continue;
        const std::size_t value = at + prefix.size();
        if (shape.most) {
            // at most `most` value bytes, then \b
            std::size_t end = value;
            while (end < text.size() && end - value < shape.most && inValue(end))
                ++end;
            for (; end >= value + shape.least; --end)
                if (boundary(text, end)) {
                    spans.emplace_back(std::uint32_t(at), std::uint32_t(end));
                    break;
                }
            continue;
        }
        if (!(value >= runFrom && value <= runEnd && runEnd > runFrom)) {
            runFrom = value;
            runEnd = value;
            while (runEnd < text.size() && inValue(runEnd))
                ++runEnd;
        }
        if (runEnd == takenRunEnd)
            continue;
        // the longest end: the run's, or back to the last \b in it
        for (std::size_t end = runEnd; end >= value + shape.least; --end)
            if (boundary(text, end)) {
                spans.emplace_back(std::uint32_t(at), std::uint32_t(end));
                takenRunEnd = runEnd;
                break;
            }
    }
}

} // namespace td
