#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"
#include "query/RowFacts.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace td {

// How an export splits rows into training and validation beyond a plain random share.
struct SplitPlan
{
    double validationFraction = 0.1;
    std::uint64_t seed = 0;
    // Per document position (empty: one stratum). Each stratum gives the same share to
    // validation, so a rare format or source is on both sides.
    std::vector<std::uint64_t> strata;
    // Per document position (empty: none): rows with the same group id (>= 0) stay on one side,
    // so near-duplicates do not leak from training into validation; -1 is a row of its own.
    std::vector<std::int64_t> groups;
};

// For each of `rows` (document positions, in export order): whether it goes to validation.
// Within each stratum the groups (a row without one is its own) are shuffled with the seed and
// taken while they fit in the stratum's share (then one that overshoots by less than is missing). Without strata
// and groups this is the plain seeded split of the export.
std::vector<bool> chooseValidationRows(const std::vector<std::int64_t>& rows, const SplitPlan& plan);

// Strata by a row's format.
std::vector<std::uint64_t> strataByFormat(const std::vector<RowFacts>& facts);
// Strata by the value of a top-level field (rows without it form one stratum, rows that do
// not parse another).
std::vector<std::uint64_t> strataByField(const DocumentSnapshot& snapshot, const QString& field);

// How a split is shaped, as a person chooses it (the export dialog, the CLI's options).
struct SplitShape
{
    enum class Strata { None, Format, Field };
    enum class Groups { None, NearDuplicates, File };
    Strata strata = Strata::None;
    QString field; // for Strata::Field
    Groups groups = Groups::None;
    QString groupsFile; // for Groups::File (see readRowGroups)

    bool isPlain() const { return strata == Strata::None && groups == Groups::None; }
};

// The plan for a shape: strata by format (the rows' facts), or by a field's value; groups
// from a file, or the near-duplicate clusters of whole rows (found here, default parameters).
// Reads every row: run it on a worker.
Result<SplitPlan> makeSplitPlan(const DocumentSnapshot& snapshot, double validationFraction, std::uint64_t seed,
                                const SplitShape& shape);

// Reads a group id per row: one line per row, in row order; an empty line or "-" is a row in
// no group; any other text is the group's name. An error when the line count is not the row
// count (the groups were made for another file).
Result<std::vector<std::int64_t>> readRowGroups(const QString& path, std::int64_t rowCount);
// Writes such a file (safely: the old file stays until the new one is complete): a group's
// line is "g" and its number plus one, a row in no group (-1) is "-".
Result<void> writeRowGroups(const QString& path, const std::vector<std::int64_t>& groups);

} // namespace td
