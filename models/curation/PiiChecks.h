#pragma once

#include "curation/PiiKind.h"

#include <string_view>

namespace td {

// The checks that turn a pattern's candidate into a finding, one rule each.

// An ASCII digit (the scanner works on UTF-8 bytes, where no other byte is a digit).
inline bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Luhn's checksum over the digits of `s` (other characters skipped).
bool luhnValid(std::string_view s);
// A card number: 13 to 19 digits, one kind of separator at most, a card network's prefix, Luhn.
bool creditCardValid(std::string_view s);
// An IBAN (spaces allowed): a country, 15 to 34 characters, ISO 13616's mod-97 check gives 1.
bool ibanValid(std::string_view s);
// Dotted quad with every part at most 255.
bool ipv4Valid(std::string_view s);
// A full or "::"-compressed IPv6 address with at least two groups written out.
bool ipv6Valid(std::string_view s);
// Phone: 7 to 15 digits in all.
bool phoneValid(std::string_view s);
// Shannon entropy of `s` in bits per character.
double entropyBits(std::string_view s);
// A secret-looking value: 16+ characters, letters and digits mixed, >= 3.5 bits a character.
bool highEntropyValue(std::string_view s);

} // namespace td
