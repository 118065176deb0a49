#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace td {

// Rows end where Together's checker (Python's universal newlines) ends a line: at "\n",
// "\r\n" or a lone "\r". A row's span keeps its line end; stripLineEnd() removes it.

// Appends the offset just past every line end in data[begin, end) to `starts`.
// The row index is the list of line starts; row i spans [starts[i], starts[i+1]).
// Scanning consecutive ranges ([0, a), [a, b), ...) gives the same starts as one scan of
// [0, b): a "\r" as the last byte of a range is decided by the next call, which reads the
// byte before its `begin` (at the end of the data it is left to the caller's "unterminated
// last line", which then ends with that "\r").
void scanLineStarts(const char* data, std::size_t begin, std::size_t end, std::vector<std::uint64_t>& starts);

// Builds the complete index of a buffer in one call (starts[0] == 0, last entry == size,
// an unterminated last line counts as a row). Used by the CLI and tests.
std::vector<std::uint64_t> indexLines(const char* data, std::size_t size);

} // namespace td
