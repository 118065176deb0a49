#pragma once

#include "tokens/count/DatasetTokenCounts.h"

#include <cstdint>
#include <vector>

namespace td {

// Tokens per row in bins of one round width (1, 2, 5 x 10^k tokens) from 0 to the longest row:
// what the histogram draws and what a click on a bar selects.
struct TokenHistogram
{
    struct Bin
    {
        std::int64_t from = 0; // tokens, inclusive
        std::int64_t to = 0;   // exclusive
        std::int64_t rows = 0;
    };
    std::vector<Bin> bins;
    std::int64_t width = 1;
    std::int64_t maxRows = 0; // the fullest bin's rows

    // Counted rows only; at most `maxBins` bins (at least one when any row was counted).
    static TokenHistogram of(const DatasetTokenCounts& counts, int maxBins = 16);
    // Where `tokens` falls on the bins' axis, bin i spanning [i - 0.5, i + 0.5) (a chart's
    // category axis): for drawing the context length.
    double axisPosition(std::int64_t tokens) const;
};

// Positions of the counted rows with tokens in [from, to), and of those over max_seq_length.
std::vector<std::int64_t> rowsWithTokens(const DatasetTokenCounts& counts, std::int64_t from, std::int64_t to);
std::vector<std::int64_t> rowsOverLength(const DatasetTokenCounts& counts);

} // namespace td
