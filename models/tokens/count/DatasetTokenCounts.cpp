#include "tokens/count/DatasetTokenCounts.h"

#include "core/ParallelRanges.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <mutex>

namespace td {

namespace {

std::uint32_t saturate(std::int64_t n)
{
    return std::uint32_t(std::clamp<std::int64_t>(n, 0, std::numeric_limits<std::uint32_t>::max()));
}

bool isBlank(QByteArrayView row)
{
    return std::all_of(row.begin(), row.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

struct Part
{
    TokenTotals totals;
    std::vector<TokenCountFailure> failures;
    bool cancelled = false;
};

} // namespace

Result<DatasetTokenCounts> countDatasetTokens(const DocumentSnapshot& snapshot, const RowTokenCounter& counter,
                                              const std::function<void(std::int64_t, std::int64_t)>& progress,
                                              const std::atomic_bool* cancel)
{
    DatasetTokenCounts out;
    const std::int64_t n = snapshot.rowCount();
    out.rows.resize(std::size_t(n));
    out.maxSeqLength = counter.settings().maxSeqLength;
    out.tokenizer = counter.tokenizer().describe();
    const unsigned workers = unsigned(std::clamp<std::int64_t>(n / 64, 1, scanWorkers()));
    std::vector<Part> parts(workers);
    std::atomic<std::int64_t> done{0};
    std::mutex reporting;
    forEachRange(n, workers, [&](unsigned w, std::int64_t begin, std::int64_t end) {
        Part& part = parts[w];
        for (std::int64_t pos = begin; pos < end; ++pos) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                part.cancelled = true;
                return;
            }
            const QByteArrayView view = snapshot.rowView(pos);
            RowTokens& r = out.rows[std::size_t(pos)];
            ++part.totals.rows;
            if (isBlank(view)) {
                r.state = RowTokens::State::Blank;
                ++part.totals.blank;
            } else {
                Result<RowTokenCount> c = counter.countLine(std::string_view(view.data(), std::size_t(view.size())));
                if (!c) {
                    r.state = RowTokens::State::Failed;
                    ++part.totals.failed;
                    if (part.failures.size() < DatasetTokenCounts::kMaxFailures)
                        part.failures.push_back({pos, c.error().message});
                } else {
                    r.state = RowTokens::State::Counted;
                    r.format = c->format;
                    r.tokens = saturate(c->tokens);
                    r.trained = saturate(c->trained);
                    r.overBy = saturate(c->overBy);
                    TokenTotals& t = part.totals;
                    ++t.counted;
                    t.tokens += c->tokens;
                    t.trained += c->trained;
                    t.trainedKept += c->trainedKept;
                    t.truncatedRows += c->truncated() ? 1 : 0;
                    t.tokensCut += c->overBy;
                    t.longest = std::max(t.longest, c->longest);
                    t.approximateSpans = t.approximateSpans || c->approximateSpans;
                }
            }
            if (((pos - begin) & 255) == 255) {
                const std::int64_t now = done.fetch_add(256) + 256;
                if (progress && reporting.try_lock()) {
                    progress(now, n);
                    reporting.unlock();
                }
            }
        }
    });
    for (const Part& p : parts)
        if (p.cancelled)
            return Error::make(Error::Code::Cancelled,
                               QCoreApplication::translate("td::DatasetTokenCounts", "Counting tokens was cancelled."));
    if (Result<void> unchanged = snapshot.checkUnchanged(); !unchanged)
        return unchanged.error();
    for (const Part& p : parts) {
        TokenTotals& t = out.totals;
        t.rows += p.totals.rows;
        t.counted += p.totals.counted;
        t.blank += p.totals.blank;
        t.failed += p.totals.failed;
        t.tokens += p.totals.tokens;
        t.trained += p.totals.trained;
        t.trainedKept += p.totals.trainedKept;
        t.truncatedRows += p.totals.truncatedRows;
        t.tokensCut += p.totals.tokensCut;
        t.longest = std::max(t.longest, p.totals.longest);
        t.approximateSpans = t.approximateSpans || p.totals.approximateSpans;
        for (const TokenCountFailure& f : p.failures)
            if (out.failures.size() < DatasetTokenCounts::kMaxFailures)
                out.failures.push_back(f);
    }
    if (progress)
        progress(n, n);
    return out;
}

} // namespace td
