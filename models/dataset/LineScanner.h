#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td {

// Appends the offset just past every '\n' in data[begin, end) to `starts`.
// The row index is the list of line starts; row i spans [starts[i], starts[i+1]).
void scanLineStarts(const char* data, std::size_t begin, std::size_t end, std::vector<std::uint64_t>& starts);

// Builds the complete index of a buffer in one call (starts[0] == 0, last entry == size,
// an unterminated last line counts as a row). Used by the CLI and tests.
std::vector<std::uint64_t> indexLines(const char* data, std::size_t size);

} // namespace td
