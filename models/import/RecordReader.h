#pragma once

#include "import/CsvReader.h"
#include "import/SourceRecord.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace td {

// Splits an input stream into records, fed in chunks of any size: lines (JSONL, plain text),
// the elements of one top-level JSON array (Hugging Face exports, ShareGPT dumps), or CSV/TSV
// records. Records wholly inside a chunk are passed as views into it; only a record cut by a
// chunk's end is copied. A record longer than `maxRecordBytes` is reported as an error record
// and skipped, so memory stays bounded whatever the input.
class RecordReader
{
public:
    enum class Mode { Lines, JsonArray, Csv, Tsv };

    explicit RecordReader(Mode mode, std::size_t maxRecordBytes = std::size_t(128) << 20);
    ~RecordReader();

    // Feeds the next bytes. `padded`: kRecordPadding bytes after data[size] may be read.
    // The first chunk's leading UTF-8 BOM is skipped (give at least 3 bytes first).
    // Returns false once `sink` asked to stop.
    bool feed(const char* data, std::size_t size, bool padded, const RecordSink& sink);
    // The end of the input: the last record without a terminator, an unclosed array.
    bool finish(const RecordSink& sink);

    std::size_t maxRecordBytes() const { return m_max; }

private:
    bool feedLines(const char* data, std::size_t size, bool padded, const RecordSink& sink);
    bool feedArray(const char* data, std::size_t size, bool padded, const RecordSink& sink);
    bool emitCarry(const RecordSink& sink);
    bool carryAppend(const char* p, std::size_t n, const RecordSink& sink);
    bool tooLong(const RecordSink& sink);
    QString tooLongText() const;

    enum class ArrayState { Before, Between, InElement, After, Broken };

    Mode m_mode;
    std::size_t m_max;
    bool m_started = false;
    std::unique_ptr<CsvReader> m_csv;
    // A record cut by a chunk's end, padded for simdjson.
    std::vector<char> m_carry;
    std::size_t m_carryLen = 0;
    bool m_inCarry = false;  // a record is being collected in m_carry
    bool m_skipping = false; // the current record was too long: its bytes are dropped
    std::int64_t m_line = 1; // the line at the reader's position
    std::int64_t m_recordLine = 1;
    // JSON array state.
    ArrayState m_array = ArrayState::Before;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_scalar = false; // the element is a bare scalar: it ends at a delimiter
};

} // namespace td
