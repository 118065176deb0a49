#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"
#include "validate/LintProblem.h"
#include "validate/Linter.h"
#include "validate/ParityReport.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace td {

class OutputSink;

struct ExportOptions
{
    QString output;                           // .jsonl or .jsonl.zst
    QString inputPath;                        // the dataset's file, never overwritten (may be empty)
    std::vector<std::int64_t> rows;           // positions to export; empty = all rows
    bool validOnly = false;                   // drop rows that still have errors (after fixes)
    std::set<FixKind> fixes;                  // fixes to apply wherever a problem offers them
    LintOptions lint;                         // rules used for validOnly and fixes
    std::optional<double> validationFraction; // split off this share of rows into a validation file
    std::uint64_t seed = 0;                   // for a reproducible split
    // Picks the validation rows of a split instead of the seeded shuffle (stratified, or keeping
    // groups together: see query/DatasetSplit.h): given the kept rows' positions, one flag each.
    std::function<std::vector<bool>(const std::vector<std::int64_t>& kept)> chooseValidation;
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    const std::atomic_bool* cancel = nullptr;
    // Fault injection for tests: wraps the file sink of the output at `path`.
    std::function<std::unique_ptr<OutputSink>(OutputSink& next, const QString& path)> wrapSink;
};

struct ExportSummary
{
    QString trainPath;
    QString validationPath; // empty without a split
    std::int64_t rowsConsidered = 0;
    std::int64_t rowsWritten = 0;
    std::int64_t trainRows = 0;
    std::int64_t validationRows = 0;
    std::int64_t rowsDropped = 0;
    std::int64_t rowsFixed = 0;
    // check_file on each written .jsonl (a .zst output is not checked: check_file rejects it).
    std::optional<ParityReport> trainCheck;
    std::optional<ParityReport> validationCheck;

    // What tunedesk-cli export --json prints: the counts and, per written file, its rows and
    // Together's verdict (null when not checked).
    QByteArray toJson() const;
};

// Where the validation half of a split goes: "data.jsonl" -> "data.validation.jsonl".
QString validationPathFor(const QString& output);

// Writes a cleaned copy of the snapshot crash-safely. Without filters and fixes the output
// is byte-identical to the input, broken lines included. An output that is the input (the
// snapshot's file or `inputPath`, also through links) is refused. With a split both files
// are written completely before either replaces anything; if one cannot be written, neither
// output is changed.
Result<ExportSummary> exportDataset(const DocumentSnapshot& snapshot, const ExportOptions& options);

} // namespace td
