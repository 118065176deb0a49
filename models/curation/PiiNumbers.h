#pragma once

#include "curation/PiiScanner.h"

#include <string_view>
#include <vector>

namespace td {

// The kinds made of digit groups (IPv4 addresses, card numbers, North American phone numbers)
// and IBANs, found by one pass over the text's digit runs instead of regular expressions: in
// text full of numbers, patterns that start with a digit class keep a regex engine busy at
// every digit (Hyperscan ran them at a tenth of its speed on the others), while a run of
// digits is cheap to take apart by hand. Appends checked findings of the kinds in `kinds`.
void findNumberPii(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out);

} // namespace td
