#pragma once

#include "curation/ByteClasses.h"
#include "curation/PiiScanner.h"

#include <string_view>
#include <vector>

namespace td {

// The personal-data gate's places for secrets in a key's value ("api_key=…", "token": "…") and
// after "Bearer ", on raw bytes (JSON lines as stored) whose classes `m` holds with the
// secrets' (ByteClasses::compute(raw, true)). Appends one hit a place, at its "=" or ":" (or
// the space after "Bearer"), with the high-entropy kind.
//
// The same as the gate's patterns for these were (a key, up to 8 of the bytes that may stand
// between it and its "=" or ":" in JSON, escaped or not, and up to 8 again, then 16 of a
// value's bytes, the key's letters in any case): as Hyperscan patterns beside the others, they
// took 0.08 of its 0.18 s a GiB on the benchmark file and 0.75 of 0.83 on a ShareGPT file
// (words like "token" are common, and adding "Bearer" made Hyperscan's literal matcher twice
// as slow). Here only an "=" or ":" with 16 value bytes in the 9 after it, or a space with them
// right after, is checked by hand: from the masks, 16 bytes in a row without a space or a
// quote are rare in text.
void findSecretCandidates(std::string_view raw, const ByteClasses& m, std::vector<GateHit>& hits);

// The same found by reading every byte (the tests and the fuzzer compare the two).
void findSecretCandidatesByWalk(std::string_view raw, std::vector<GateHit>& hits);

} // namespace td
