#include "import/CsvReader.h"

#include <QCoreApplication>

#include <cstring>

#include <emmintrin.h>

namespace td {

namespace {

// The first quote in data[from, size) (or `size`), adding the line breaks before it to `lines`:
// one pass where a memchr and a count of line breaks made two (quoted fields are most of a
// table's bytes).
std::size_t nextQuote(const char* data, std::size_t from, std::size_t size, std::int64_t& lines)
{
    const __m128i quote = _mm_set1_epi8('"'), newline = _mm_set1_epi8('\n');
    std::size_t i = from;
    for (; size - i >= 16; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const auto q = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)));
        auto nl = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, newline)));
        if (q) {
            nl &= (q & -q) - 1; // the line breaks before the quote
            lines += __builtin_popcount(nl);
            return i + std::size_t(__builtin_ctz(q));
        }
        lines += __builtin_popcount(nl);
    }
    for (; i < size; ++i) {
        if (data[i] == '"')
            return i;
        lines += data[i] == '\n';
    }
    return size;
}

} // namespace

CsvReader::CsvReader(char delimiter, std::size_t maxRecordBytes)
    : m_delim(delimiter)
    , m_max(maxRecordBytes)
{}

void CsvReader::append(const char* p, std::size_t n)
{
    m_recordBytes += n;
    if (m_recordBytes > m_max) {
        // Past the limit nothing more is kept; the record is reported once it ends.
        if (!m_tooLong) {
            m_tooLong = true;
            m_fields.clear();
            m_fields.shrink_to_fit();
            m_used = 0;
            std::string().swap(m_field);
        }
        return;
    }
    m_field.append(p, n);
}

void CsvReader::endField()
{
    // The field's text changes places with the string the same field had in the record before,
    // so a table's records reuse their buffers (a move left the next field to allocate anew:
    // a tenth of an import's time).
    if (!m_tooLong) {
        if (m_used < m_fields.size())
            m_fields[m_used].swap(m_field);
        else
            m_fields.push_back(std::move(m_field));
        ++m_used;
    }
    m_field.clear();
}

bool CsvReader::endRecord(const RecordSink& sink)
{
    endField();
    SourceRecord r;
    r.line = m_startLine;
    if (m_tooLong)
        r.error = m_max >= (std::size_t(1) << 20)
                      ? QCoreApplication::translate("td::Import", "the row is longer than %1 MiB").arg(m_max >> 20)
                      : QCoreApplication::translate("td::Import", "the row is longer than %1 bytes").arg(m_max);
    else
        r.fields = &m_fields;
    m_fields.resize(m_used);
    const bool go = sink(r);
    m_used = 0;
    m_recordBytes = 0;
    m_tooLong = false;
    m_anyByte = false;
    m_state = State::FieldStart;
    m_startLine = m_line;
    return go;
}

bool CsvReader::feed(const char* data, std::size_t size, const RecordSink& sink)
{
    std::size_t i = 0;
    while (i < size) {
        const char c = data[i];
        if (!m_anyByte) {
            m_anyByte = true;
            m_startLine = m_line;
        }
        switch (m_state) {
        case State::AfterCr:
            // A CR ended an unquoted field: CRLF ends the record, a lone CR is kept as text.
            if (c == '\n') {
                ++m_line;
                ++i;
                if (!endRecord(sink))
                    return false;
                continue;
            }
            append("\r", 1);
            m_state = State::Unquoted;
            continue; // c again, as part of the field
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                ++i;
                continue;
            }
            m_state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // The run up to the next special byte is copied at once.
            std::size_t j = i;
            while (j < size && data[j] != m_delim && data[j] != '\n' && data[j] != '\r')
                ++j;
            append(data + i, j - i);
            i = j;
            if (i == size)
                return true;
            const char s = data[i++];
            if (s == m_delim) {
                endField();
                m_state = State::FieldStart;
            } else if (s == '\r') {
                m_state = State::AfterCr;
            } else {
                ++m_line;
                if (!endRecord(sink))
                    return false;
            }
            continue;
        }
        case State::Quoted: {
            const std::size_t j = nextQuote(data, i, size, m_line);
            append(data + i, j - i);
            i = j;
            if (i < size) {
                ++i;
                m_state = State::QuoteInQuoted;
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (c == '"') { // "" inside quotes is one quote
                append("\"", 1);
                m_state = State::Quoted;
                ++i;
            } else if (c == m_delim || c == '\n' || c == '\r') {
                m_state = State::Unquoted; // handles the delimiter or line end next
            } else {
                m_state = State::Unquoted; // lenient: text after the closing quote joins the field
            }
            continue;
        }
    }
    return true;
}

bool CsvReader::finish(const RecordSink& sink)
{
    if (m_state == State::AfterCr)
        m_state = State::Unquoted;
    if (!m_anyByte)
        return true;
    if (m_state == State::Quoted) {
        SourceRecord r;
        r.line = m_startLine;
        r.error = QCoreApplication::translate(
            "td::Import", "a quoted field that starts in this row is never closed (a \" is missing)");
        m_fields.clear();
        m_used = 0;
        m_field.clear();
        m_anyByte = false;
        return sink(r);
    }
    return endRecord(sink);
}

} // namespace td
