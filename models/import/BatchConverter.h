#pragma once

#include "core/Result.h"
#include "import/RowConverter.h"
#include "import/SourceRecord.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace td {

class OutputSink;

struct RefusedRow
{
    std::int64_t line = 0;
    QString reason;
};

// What a conversion came to: rows converted, rows refused, and the first refused rows.
struct ConversionTotals
{
    std::int64_t converted = 0;
    std::int64_t refused = 0;
    std::vector<RefusedRow> listed;
};

// Converts records on worker threads, a batch of about 2 MiB at a time, and writes the rows
// in input order: the reader splits (one thread), the converters parse and write JSON (one per
// worker, each with its own parser). At most one batch per converter is in flight, so memory
// stays a few batches whatever the input.
class BatchConverter
{
public:
    // One worker per converter (all made for the same format and mapping).
    BatchConverter(std::vector<std::unique_ptr<RowConverter>> converters, OutputSink& sink, std::size_t listedRefusals,
                   ConversionTotals& totals);
    ~BatchConverter();
    BatchConverter(const BatchConverter&) = delete;
    BatchConverter& operator=(const BatchConverter&) = delete;

    // Copies a record (text records only) into the current batch. False once writing failed.
    bool add(const SourceRecord& record);
    // Converts and writes what is left; the first write error, if any.
    Result<void> finish();

private:
    struct Batch;
    void dispatch();
    bool drainOne();

    std::vector<std::unique_ptr<RowConverter>> m_converters;
    OutputSink& m_sink;
    std::size_t m_listed;
    ConversionTotals& m_totals;
    std::unique_ptr<Batch> m_filling;
    std::vector<std::unique_ptr<Batch>> m_spare; // written batches, for reuse
    std::deque<std::pair<std::future<void>, std::unique_ptr<Batch>>> m_inFlight;
    std::size_t m_next = 0; // the converter of the next batch (round robin)
    std::optional<Error> m_error;
};

} // namespace td
