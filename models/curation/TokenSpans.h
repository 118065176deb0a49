#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace td {

// The shape of a secret token's pattern: \b(?:PREFIX|…)[VALUE]{least,most}\b, a literal prefix
// (one of a few alternatives, all with the same first byte) and a run of value bytes.
struct TokenShape
{
    std::array<std::string_view, 8> prefixes; // the alternatives; empty ones unused
    std::array<bool, 256> value{};            // the value's bytes
    std::uint32_t least = 0;
    std::uint32_t most = 0; // 0: no bound
};

// The value bytes of a class like "A-Za-z0-9_-" (ranges and single bytes), for TokenShape.
std::array<bool, 256> tokenValueBytes(std::string_view ranges);

// The pattern's candidates in `text`, found by hand, as Hyperscan gives them with their
// leftmost starts, the longest end kept for each start: appended as [start, end), by start.
// With Hyperscan tracking the starts, each match of these patterns took 0.5-1 us (the
// benchmark's flagged rows spent 0.054 s a GiB on the six token kinds); the tests and the
// fuzzer compare this with Hyperscan running the patterns.
void findTokenSpans(std::string_view text, const TokenShape& shape,
                    std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans);

} // namespace td
