#pragma once

#include "dataset/DocumentSnapshot.h"
#include "validate/LintProblem.h"
#include "validate/LintProblemStore.h"

#include <QByteArrayView>

#include <atomic>
#include <functional>
#include <vector>

namespace td {

enum class LintProfile {
    Client, // Together's Python client rules (check_file 1.5.34), every problem instead of the first
    Tools,  // the 2026 formats: tool role and tool_calls, a tools column (inside input for preference
            // rows), a sample weight in any format, no alternation rule; reasoning and image bytes are
            // checked under both profiles
};

struct LintOptions
{
    LintProfile profile = LintProfile::Client;
    // Rows whose estimated tokens exceed this get a warning (0: no check). Estimated from
    // characters (4 per token) until a tokenizer exists.
    std::int64_t contextLength = 0;
    // Which kinds of personal data and secrets to report (a mask of piiBit(); 0: none).
    std::uint32_t personalData = kAllPiiKinds;
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct LintResult
{
    LintProblemStore problems; // by row, then as found
    std::int64_t rows = 0;
    std::int64_t errorRows = 0;
    bool cancelled = false;
};

// Lints every row of a snapshot, on every core. Rows that simdjson proves fine under the
// client rules get only the dataset-level checks; the others get the exact rules.
LintResult lintSnapshot(const DocumentSnapshot& snapshot, const LintOptions& options = {});

// The row-local problems of one row (no duplicate or mixed-format checks, which need the
// whole file). `row` and `line` only label the problems.
std::vector<LintProblem> lintRow(QByteArrayView bytes, std::int64_t row, const LintOptions& options);
// The same, added to a store (compact; nothing spelled out).
void lintRowInto(QByteArrayView bytes, std::int64_t row, const LintOptions& options, LintProblemStore& out);

QString profileName(LintProfile p);

} // namespace td
