#pragma once

#include "curation/DedupeActions.h"
#include "curation/PiiRedaction.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace td {

class DatasetSession;

// The curation results applied to the open dataset, each as one undo step.

// Removes the rows a keep rule leaves over in `clusters` (found in `snapshot`, possibly before
// later edits: rows are followed by id, and rows deleted since are skipped). Returns how many
// rows were removed.
int removeNearDuplicates(DatasetSession& session, const std::vector<NearDupCluster>& clusters, KeepRule rule,
                         const DocumentSnapshot& snapshot, std::optional<std::int64_t> picked = std::nullopt);

// Replaces personal data and secrets with typed placeholders in the given rows (positions in
// the document as it is now): every finding of `target.kinds`, or only `target.only`. Returns
// how many rows changed.
int redactRows(DatasetSession& session, const std::vector<std::int64_t>& rows, const RedactTarget& target,
               const QString& undoText);

} // namespace td
