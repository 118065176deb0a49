#pragma once

#include "curation/RowTexts.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace td {

// What the near-duplicate search compares and how. The defaults find rows whose word
// 3-shingles overlap by about half or more (Jaccard >= 0.5): 12 bands of 3 MinHash values
// each, so a pair at 0.6 becomes a candidate with 93 % chance, at 0.7 with 99.4 % and at 0.8
// with 99.99 %, and each row keeps 12 band hashes (48 bytes) while the file is searched.
struct NearDupParams
{
    TextScope scope = TextScope::Row;
    int shingleWords = 3;   // words per shingle
    int bands = 12;         // LSH bands
    int rowsPerBand = 3;    // MinHash values per band
    double threshold = 0.5; // candidates must share at least this share of shingles (Jaccard)
    unsigned workers = 0;   // 0: every core (at most 8)

    // Each limit in range (1..8 words, 1..32 bands, 1..16 rows a band, 0 < threshold <= 1).
    bool isValid() const;
    // The threshold where a pair becomes a candidate with 50 % chance: (1/bands)^(1/rowsPerBand).
    double candidateThreshold() const;
    // Bytes a row costs while searching (band hashes, its cluster link, a sort key).
    std::size_t bytesPerRow() const { return std::size_t(bands) * 4 + 4 + 8; }
};

// The shingles of a text, hashed: every `k` consecutive words (lower-cased ASCII letters and
// digits; any non-ASCII byte is part of a word), or the whole text when it is shorter.
void shingleHashes(std::string_view text, int k, std::vector<std::uint64_t>& words, std::vector<std::uint64_t>& out);

// MinHash of a set of shingle hashes into bands: writes params.bands 32-bit band hashes (never
// 0; 0 marks a row without text). Returns false (and writes zeros) for an empty set.
bool bandHashes(std::span<const std::uint64_t> shingles, const NearDupParams& params, std::span<std::uint32_t> out);

// Exact Jaccard similarity of two sorted, deduplicated shingle sets.
double jaccard(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b);

} // namespace td
