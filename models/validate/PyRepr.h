#pragma once

#include "validate/PyValue.h"

#include <string>

namespace td::py {

// Python's texts for values, as check_file's messages embed them. Results are UTF-8, except
// that a lone surrogate (only possible from a JSON \u escape) is kept in its 3-byte form
// (WTF-8), as Python keeps it in a str.

// type(x): "<class 'str'>", "<class 'int'>", ...
std::string typeName(const Value& v);
// repr(x): None, True, 1, 1.0, 1e+16, 'text', ['a', 1], {'k': 'v'}.
std::string repr(const Value& v);
// str(x): strings as they are, everything else as repr.
std::string str(const Value& v);
// repr of a float, Python's shortest round-trip form.
std::string floatRepr(double d);
std::string strRepr(const Value::Str& s);
// dict.keys() as printed: dict_keys(['a', 'b']).
std::string dictKeysRepr(const Value& dict);
// (W)UTF-8 of code points, and back.
std::string toUtf8(const Value::Str& s);
void appendUtf8(std::string& out, char32_t c);
Value::Str fromUtf8(std::string_view s);

} // namespace td::py
