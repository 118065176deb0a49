#pragma once

#include "validate/PyValue.h"

#include <optional>
#include <string_view>

namespace td::py {

// Python's json.loads on one line of already-validated UTF-8 text: the same accepted
// language (NaN, Infinity, big integers, lone surrogate escapes; no trailing commas, no raw
// control characters in strings; only space, tab, CR and LF as whitespace around the value).
// nullopt means json.loads would raise.
std::optional<Value> loads(std::string_view utf8);

} // namespace td::py
