#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace td {

// GPT-2's byte-level alphabet: every byte shown as one printable character (space is "Ġ",
// newline "Ċ"). Byte-level vocabularies are written in it; TuneDesk turns their tokens back into
// raw bytes when it loads them, so encoding never has to map the input.
class ByteLevelAlphabet
{
public:
    static const ByteLevelAlphabet& instance();

    // The raw bytes a vocabulary token stands for, or nothing when a character is outside the
    // alphabet (such a token can only come from the added-token list).
    std::optional<std::string> decode(std::string_view token) const;
    // The token text in the alphabet for raw bytes.
    std::string encode(std::string_view bytes) const;

private:
    ByteLevelAlphabet();
    std::array<char32_t, 256> m_toChar{};
    std::array<std::int16_t, 324> m_fromChar{}; // code point -> byte, -1 outside the alphabet
};

} // namespace td
