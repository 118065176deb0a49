#include "tokens/count/TokenHistogram.h"

#include <algorithm>

namespace td {

TokenHistogram TokenHistogram::of(const DatasetTokenCounts& counts, int maxBins)
{
    TokenHistogram h;
    std::int64_t longest = 0;
    bool any = false;
    for (const RowTokens& r : counts.rows)
        if (r.state == RowTokens::State::Counted) {
            longest = std::max<std::int64_t>(longest, r.tokens);
            any = true;
        }
    if (!any)
        return h;
    maxBins = std::max(1, maxBins);
    // The smallest round width that fits [0, longest] in maxBins bins.
    const auto fits = [&](std::int64_t w) { return longest / w + 1 <= maxBins; };
    std::int64_t width = 1;
    for (std::int64_t scale = 1; !fits(width); scale *= 10)
        for (const std::int64_t m : {1, 2, 5}) {
            width = m * scale;
            if (fits(width))
                break;
        }
    h.width = width;
    const std::size_t n = std::size_t(longest / width + 1);
    h.bins.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        h.bins[i] = {std::int64_t(i) * width, std::int64_t(i + 1) * width, 0};
    for (const RowTokens& r : counts.rows)
        if (r.state == RowTokens::State::Counted)
            ++h.bins[std::size_t(r.tokens / std::uint64_t(width))].rows;
    for (const Bin& b : h.bins)
        h.maxRows = std::max(h.maxRows, b.rows);
    return h;
}

double TokenHistogram::axisPosition(std::int64_t tokens) const
{
    return double(tokens) / double(width) - 0.5;
}

std::vector<std::int64_t> rowsWithTokens(const DatasetTokenCounts& counts, std::int64_t from, std::int64_t to)
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < counts.rows.size(); ++i) {
        const RowTokens& r = counts.rows[i];
        if (r.state == RowTokens::State::Counted && std::int64_t(r.tokens) >= from && std::int64_t(r.tokens) < to)
            out.push_back(std::int64_t(i));
    }
    return out;
}

std::vector<std::int64_t> rowsOverLength(const DatasetTokenCounts& counts)
{
    std::vector<std::int64_t> out;
    for (std::size_t i = 0; i < counts.rows.size(); ++i)
        if (counts.rows[i].state == RowTokens::State::Counted && counts.rows[i].truncated())
            out.push_back(std::int64_t(i));
    return out;
}

} // namespace td
