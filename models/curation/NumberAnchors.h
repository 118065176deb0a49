#pragma once

#include "curation/ByteClasses.h"

#include <cstdint>
#include <vector>

namespace td {

// The places in a text worth a walk for the personal-data kinds made of digits, one bit a byte
// as in ByteClasses: where a number kind's digit groups have their shape, found from the byte
// classes alone, four words at a time. Each finding of PiiNumbers' run walker has one inside it
// (a superset):
// - a card: 13 digits in a row, or groups 4-4-4-4(-x) or 4-6-4/5 with one byte between (its
//   only printed forms, see creditCardValid); the bit at its first digit;
// - a North American phone number: groups of 3, 3 and 4 with a separator between, or two after
//   the area code (") "); the bit at its first digit;
// - an IPv4 address: three dots, each between digits, 2 to 4 bytes apart with only digits
//   between; the bit at the digit before the first dot;
// - an IBAN: two capitals, then two digits; the bit at the first digit;
// - a full IPv6 address (eight groups, no "::"): a colon with another 2 to 5 bytes after it;
//   the bit at the first colon (times have one colon, and JSON's keys theirs far apart);
// and, for the gate on raw JSON, each "\u" (an escape that may stand for part of a finding).
// Versions, times and decimals, most of the numbers in text, have none of these shapes, so text
// full of them is not walked. Reused from one text to the next (a thread's own, thread_local).
class NumberAnchors
{
public:
    // The anchors of the kinds in `kinds` (a mask of piiBit()) in `m`'s text.
    void compute(const ByteClasses& m, std::uint32_t kinds);
    // Per word: the anchors of the number kinds (IPv4, card, phone), of IBANs and of IPv6
    // addresses.
    const std::uint64_t* numbers() const { return numbers_.data(); }
    const std::uint64_t* ibans() const { return ibans_.data(); }
    const std::uint64_t* ipv6() const { return ipv6_.data(); }
    const std::uint64_t* escapes() const { return escapes_.data(); }

private:
    // Per word: the anchors, and the shapes they are built from (see the .cpp).
    std::vector<std::uint64_t> numbers_, ibans_, ipv6_, escapes_, digits3_, digits4_, digits6_, joins_, joins2_;
};

} // namespace td
