#pragma once

#include "curation/ByteClasses.h"
#include "curation/PiiScanner.h"

#include <string_view>
#include <vector>

namespace td {

// The kinds made of digit groups (IPv4 addresses, card numbers, North American phone numbers)
// and IBANs, found by one pass over the text's digit runs instead of regular expressions: in
// text full of numbers, patterns that start with a digit class keep a regex engine busy at
// every digit (Hyperscan ran them at a tenth of its speed on the others), while a run of
// digits is cheap to take apart by hand. Appends checked findings of the kinds in `kinds`.
void findNumberPii(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out);
// The same, every digit run walked: findNumberPii jumps to the runs NumberAnchors marks and must
// find what this finds (the tests and the fuzzer check it); also its way for a text longer than
// the masks take (PiiScanner::kGateLimit).
void findNumberPiiByWalk(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out);

// The gate before it, on raw bytes (JSON lines as stored, escapes not decoded): appends each
// place a number kind, an IBAN or a full-form IPv6 address (eight groups, no "::") may be, with
// the kinds it may be, and each "\u" escape that may hide part of any finding (with all of
// `kinds`). Byte classes are taken 64 at a time as bit masks, and only digit runs with
// a number kind's shape (see numberAnchors) are walked, so text full of numbers passes quickly. A
// superset, kind by kind, of what findNumberPii finds in the decoded texts: escapes never stand for digits or
// separators (a row with "\u00XX" goes to the full scan anyway), and a run glued to the letter
// of an escape ("\n555-123-4567") is kept here.
// `m`: raw's byte classes (ByteClasses::compute).
void findNumberCandidates(std::string_view raw, const ByteClasses& m, std::uint32_t kinds, std::vector<GateHit>& hits);

} // namespace td
