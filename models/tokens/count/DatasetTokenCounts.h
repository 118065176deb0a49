#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"
#include "dataset/RowSummary.h"
#include "tokens/count/RowTokenCounter.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace td {

// One row's counts in 16 bytes: a dataset of millions of rows keeps these, never token arrays.
struct RowTokens
{
    enum class State : std::uint8_t { Counted, Blank, Failed };
    std::uint32_t tokens = 0; // saturates at 2^32-1 (no real row comes near)
    std::uint32_t trained = 0;
    std::uint32_t overBy = 0; // tokens of the longest sequence beyond max_seq_length
    State state = State::Blank;
    RowFormat format = RowFormat::Invalid;

    bool truncated() const { return overBy > 0; }
};
static_assert(sizeof(RowTokens) == 16);

// The dataset's totals.
struct TokenTotals
{
    std::int64_t rows = 0;
    std::int64_t counted = 0;
    std::int64_t blank = 0;
    std::int64_t failed = 0; // rows that are not a row Together trains on, or a template refused
    std::int64_t tokens = 0;
    std::int64_t trained = 0;
    std::int64_t trainedKept = 0; // trained tokens left after truncation
    std::int64_t truncatedRows = 0;
    std::int64_t tokensCut = 0; // sum of overBy
    std::int64_t longest = 0;   // the longest sequence of any row
    bool approximateSpans = false;
};

// A row that could not be counted and why (the first few are kept).
struct TokenCountFailure
{
    std::int64_t row = 0; // position in the snapshot
    QString message;
};

struct DatasetTokenCounts
{
    std::vector<RowTokens> rows; // by position in the snapshot
    TokenTotals totals;
    std::vector<TokenCountFailure> failures; // at most kMaxFailures, in row order
    std::int64_t maxSeqLength = 0;
    QString tokenizer; // Tokenizer::describe() of the one that counted

    static constexpr std::size_t kMaxFailures = 100;
};

// Counts every row of a snapshot on scanWorkers() threads (each keeps its own tokenizer cache
// and buffers). `progress` (may be empty) gets rows done and total from the workers, never two
// calls at once; a set `cancel` stops it with a Cancelled error. Memory: 16 bytes a row plus one
// row's tokens per worker.
Result<DatasetTokenCounts>
countDatasetTokens(const DocumentSnapshot& snapshot, const RowTokenCounter& counter,
                   const std::function<void(std::int64_t done, std::int64_t total)>& progress = {},
                   const std::atomic_bool* cancel = nullptr);

} // namespace td
