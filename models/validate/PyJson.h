#pragma once

#include "validate/PyValue.h"

#include <optional>
#include <string_view>

namespace td::py {

// Python's json.loads on one line of already-validated UTF-8 text: the same accepted
// language (NaN, Infinity, big integers, lone surrogate escapes; no trailing commas, no raw
// control characters in strings; only space, tab, CR and LF as whitespace around the value).
// nullopt means json.loads would raise.
// What the parse noticed that Python accepts silently but a careful user wants to know.
struct LoadsNotes
{
    bool duplicateKey = false; // a key repeated in one object (the last value won)
    Value::Str firstDuplicate;
    bool loneSurrogate = false; // a \uD800-\uDFFF escape without its pair
    bool nonFinite = false;     // NaN, Infinity or -Infinity, or a number too big for a float
};

std::optional<Value> loads(std::string_view utf8, LoadsNotes* notes = nullptr);

} // namespace td::py
