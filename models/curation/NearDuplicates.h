#pragma once

#include "core/Result.h"
#include "curation/MinHasher.h"
#include "dataset/DocumentSnapshot.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace td {

// Rows whose texts (in the search's scope) are near-duplicates of each other, in row order.
struct NearDupCluster
{
    std::vector<std::int64_t> rows; // positions in the snapshot searched
    std::vector<RowId> ids;         // their ids (stable across later edits)
};

struct NearDupResult
{
    NearDupParams params;
    std::vector<NearDupCluster> clusters; // largest first, then by first row
    std::int64_t rows = 0;
    std::int64_t rowsWithText = 0; // rows with some text in the scope
    std::int64_t candidatePairs = 0;
    std::int64_t verifiedPairs = 0;
    std::size_t scanBytes = 0; // memory the search held for its rows (excluding the clusters)
    bool cancelled = false;

    std::int64_t duplicateRows() const; // rows in clusters beyond each cluster's first
    // Per row of the snapshot searched, its cluster's index in `clusters`, or -1: the groups a
    // split keeps on one side (see readRowGroups/writeRowGroups).
    std::vector<std::int64_t> rowGroups() const;
};

struct NearDupOptions
{
    std::function<void(std::int64_t done, std::int64_t total)> progress; // from a worker
    const std::atomic_bool* cancel = nullptr;
};

// Finds near-duplicate rows in a snapshot: MinHash signatures of word shingles, banded (LSH),
// on every core; rows sharing a band become one cluster when their shingle sets really
// overlap by params.threshold (checked on the rows' texts, so hash collisions never merge
// unrelated rows). Only the band hashes are kept per row, never the texts.
Result<NearDupResult> findNearDuplicates(const DocumentSnapshot& snapshot, const NearDupParams& params,
                                         const NearDupOptions& options = {});

// Human-readable parameters ("3-word shingles, 12 bands x 4 …").
QString describeParams(const NearDupParams& params);
QString scopeName(TextScope scope);

} // namespace td
