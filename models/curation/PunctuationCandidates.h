#pragma once

#include "curation/ByteClasses.h"
#include "curation/PiiScanner.h"

#include <string_view>
#include <vector>

namespace td {

// The personal-data gate's places found from one punctuation byte, on raw bytes (JSON lines as
// stored) whose classes `m` holds with the gate's (ByteClasses::compute(raw, true)): the "@"
// of an e-mail address, the "+" of an international phone number, the "::" of a shortened IPv6
// address. Appends one hit a place, at that byte, with its kind (of those in `kinds`).
//
// Each is what the gate's pattern for it was, checked by hand: a local part's byte before "@",
// then a domain label and a dot with two letters after it; "+", a digit 1-9 and the groups of
// digits a phone number has; "::". As Hyperscan patterns these took 0.04 of its 0.1 s a GiB
// on the benchmark file: "@", "+" and ":" are single bytes its literal matcher stops at often.
void findPunctuationCandidates(std::string_view raw, const ByteClasses& m, std::uint32_t kinds,
                               std::vector<GateHit>& hits);

// The same found by reading every byte (the tests and the fuzzer compare the two).
void findPunctuationCandidatesByWalk(std::string_view raw, std::uint32_t kinds, std::vector<GateHit>& hits);

} // namespace td
