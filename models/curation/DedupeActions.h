#pragma once

#include "curation/NearDuplicates.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace td {

// Which row of a near-duplicate cluster stays.
enum class KeepRule : std::uint8_t {
    First,   // the earliest row
    Longest, // the row with the most bytes (the earliest of equals)
    Picked,  // the row the user picked
};

// The rows of `cluster` to remove under `rule`, ascending. `picked` (a row of the cluster) is
// needed for KeepRule::Picked; a row not in the cluster removes nothing. Rows are read from
// `snapshot` for their lengths, so it must be the snapshot the clusters were found in.
std::vector<std::int64_t> rowsToRemove(const NearDupCluster& cluster, KeepRule rule, const DocumentSnapshot& snapshot,
                                       std::optional<std::int64_t> picked = std::nullopt);
// The same for every cluster at once (Picked is not meaningful for all; it keeps the first).
std::vector<std::int64_t> rowsToRemove(const std::vector<NearDupCluster>& clusters, KeepRule rule,
                                       const DocumentSnapshot& snapshot);

// Maps rows found in an earlier snapshot to positions in the document as it is now, by id
// (rows removed since are dropped), ascending: what a removal after further edits needs.
std::vector<std::int64_t> currentPositions(const NearDupCluster& cluster, const std::vector<std::int64_t>& rows,
                                           const std::function<std::int64_t(RowId)>& positionOf);

} // namespace td
