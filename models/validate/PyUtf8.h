#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace td::py {

// Decodes a whole file's bytes as Python's text-mode read does (8192-byte chunks through an
// incremental UTF-8 decoder) and returns str(UnicodeDecodeError) for the first bad byte,
// e.g. "'utf-8' codec can't decode byte 0xff in position 808: invalid start byte". The
// position is relative to the decoder's input (the chunk plus the bytes of an incomplete
// sequence carried over from the previous chunk), exactly as Python reports it.
std::optional<std::string> utf8Error(const char* data, std::size_t size);

} // namespace td::py
