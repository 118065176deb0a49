#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace td::py {

struct DictEntry;

// A JSON value exactly as Python's json.loads builds it: integers of any size, floats
// (including NaN and infinities), strings as code points (lone surrogates included), and
// dicts where a repeated key keeps its first position and its last value.
struct Value
{
    enum class Kind : std::uint8_t { None, Bool, Int, Float, Str, List, Dict };
    using Str = std::u32string;

    Kind kind = Kind::None;
    bool boolean = false;
    // Int: the decimal digits with sign, as Python prints them ("-0" is stored as "0").
    std::string intText;
    double number = 0;
    Str str;
    std::vector<Value> list;
    std::vector<DictEntry> dict; // in first-insertion order

    bool isNone() const { return kind == Kind::None; }
    bool isStr() const { return kind == Kind::Str; }
    bool isList() const { return kind == Kind::List; }
    bool isDict() const { return kind == Kind::Dict; }
    // Python's isinstance(x, int): bools are ints too.
    bool isPyInt() const { return kind == Kind::Int || kind == Kind::Bool; }
    // The integer value when it is 0 or 1 (True counts as 1, False as 0); -1 otherwise.
    int zeroOrOne() const;

    const Value* get(std::u32string_view key) const;
    bool has(std::u32string_view key) const { return get(key) != nullptr; }
    bool strEquals(std::u32string_view s) const { return kind == Kind::Str && str == s; }
};

// A key and its value (std::pair would need Value complete where it is declared).
struct DictEntry
{
    Value::Str first;
    Value second;
};

} // namespace td::py
