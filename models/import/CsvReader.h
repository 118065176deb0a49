#pragma once

#include "import/SourceRecord.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace td {

// An incremental RFC 4180 reader: bytes go in split anywhere, records come out. Fields may be
// quoted ("a ""b"" c"), quoted fields may hold delimiters and line breaks, records end at LF
// or CRLF. Lenient where files in the wild are: a quote inside an unquoted field is kept, text
// after a closing quote is appended. A record longer than `maxRecordBytes` is reported as an
// error record and skipped to its end, so memory stays bounded; a quoted field still open at
// the end of the input is an error record too. A BOM is the caller's (RecordReader strips it).
class CsvReader
{
public:
    explicit CsvReader(char delimiter, std::size_t maxRecordBytes = std::size_t(128) << 20);

    // Feeds the next bytes; returns false once `sink` asked to stop.
    bool feed(const char* data, std::size_t size, const RecordSink& sink);
    // The end of the input: the last record if it has no line break.
    bool finish(const RecordSink& sink);

    std::int64_t line() const { return m_line; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted, AfterCr };
    bool endRecord(const RecordSink& sink);
    void endField();
    void append(const char* p, std::size_t n);

    char m_delim;
    std::size_t m_max;
    State m_state = State::FieldStart;
    std::vector<std::string> m_fields; // the first m_used are this record's
    std::size_t m_used = 0;
    std::string m_field;
    std::size_t m_recordBytes = 0;
    bool m_tooLong = false;
    bool m_anyByte = false;       // the current record has begun (an empty line is a record of one empty field)
    std::int64_t m_line = 1;      // the line the reader is on
    std::int64_t m_startLine = 1; // where the current record began
};

} // namespace td
