#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace td {

// Bytes that every padded record view may read past its end (simdjson reads up to 64).
constexpr std::size_t kRecordPadding = 64;

// One row of an input file as a reader found it, before conversion.
struct SourceRecord
{
    std::int64_t line = 0;                            // 1-based line on which the row starts
    std::string_view text;                            // a line or a JSON value, without its terminator (not for CSV)
    bool padded = false;                              // kRecordPadding readable bytes follow `text`
    const std::vector<std::string>* fields = nullptr; // CSV/TSV: the record's fields, unquoted
    QString error;                                    // non-empty: the reader could not read this row whole, and why
};

// Called for each record; returns false to stop reading.
using RecordSink = std::function<bool(const SourceRecord&)>;

} // namespace td
