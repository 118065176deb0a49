#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace td {

// The IPv6 pattern's candidates in a text, found by hand: for each place where a run of hex
// digits and colons starts (the byte before it neither), the longest span from there that
// matches (?:H{1,4}:|:){2,7}(?:H{1,4}|:), H a hex digit; appended as [start, end).
//
// These are the only candidates of that pattern the scanner's check keeps (it wants no word
// byte and no colon before a finding, and a hex digit is a word byte), and with Hyperscan
// tracking their starts the pattern took 6 us a text of 400 bytes (every hex digit may start
// it), more than all other kinds of the benchmark's flagged rows together. The tests and the
// fuzzer compare this with Hyperscan running the pattern.
void findIpv6Spans(std::string_view text, std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans);

// The longest end of a match of the pattern starting at `start`, or `start` when none does.
std::uint32_t longestIpv6Match(std::string_view text, std::uint32_t start);

} // namespace td
