#include "import/RecordReader.h"

#include <QCoreApplication>

#include <cstring>

namespace td {

RecordReader::RecordReader(Mode mode, std::size_t maxRecordBytes)
    : m_mode(mode)
    , m_max(maxRecordBytes)
{
    if (mode == Mode::Csv || mode == Mode::Tsv)
        m_csv = std::make_unique<CsvReader>(mode == Mode::Csv ? ',' : '\t', maxRecordBytes);
}

RecordReader::~RecordReader() = default;

bool RecordReader::feed(const char* data, std::size_t size, bool padded, const RecordSink& sink)
{
    if (!m_started && size > 0) {
        m_started = true;
        if (size >= 3 && std::memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
            data += 3;
            size -= 3;
        }
    }
    switch (m_mode) {
    case Mode::Lines:
        return feedLines(data, size, padded, sink);
    case Mode::JsonArray:
        return feedArray(data, size, padded, sink);
    case Mode::Csv:
    case Mode::Tsv:
        return m_csv->feed(data, size, sink);
    }
    return true;
}

bool RecordReader::tooLong(const RecordSink& sink)
{
    m_skipping = true;
    m_inCarry = false;
    m_carryLen = 0;
    std::vector<char>().swap(m_carry);
    SourceRecord r;
    r.line = m_recordLine;
    r.error = tooLongText();
    return sink(r);
}

QString RecordReader::tooLongText() const
{
    if (m_max >= (std::size_t(1) << 20))
        return QCoreApplication::translate("td::Import", "the row is longer than %1 MiB").arg(m_max >> 20);
    return QCoreApplication::translate("td::Import", "the row is longer than %1 bytes").arg(m_max);
}

bool RecordReader::carryAppend(const char* p, std::size_t n, const RecordSink& sink)
{
    if (m_skipping)
        return true;
    if (m_carryLen + n > m_max)
        return tooLong(sink);
    if (m_carry.size() < m_carryLen + n + kRecordPadding)
        m_carry.resize(std::max(m_carry.size() * 2, m_carryLen + n + kRecordPadding));
    std::memcpy(m_carry.data() + m_carryLen, p, n);
    m_carryLen += n;
    m_inCarry = true;
    return true;
}

bool RecordReader::emitCarry(const RecordSink& sink)
{
    m_inCarry = false;
    if (m_skipping) {
        m_skipping = false;
        return true;
    }
    SourceRecord r;
    r.line = m_recordLine;
    r.text = std::string_view(m_carry.data(), m_carryLen);
    r.padded = true;
    m_carryLen = 0;
    const bool go = sink(r);
    // A big carry is not kept for the next short one.
    if (m_carry.size() > (std::size_t(4) << 20))
        std::vector<char>().swap(m_carry);
    return go;
}

bool RecordReader::feedLines(const char* data, std::size_t size, bool padded, const RecordSink& sink)
{
    std::size_t pos = 0;
    while (pos < size) {
        const void* hit = std::memchr(data + pos, '\n', size - pos);
        if (!hit) {
            // The rest is the start (or more) of a line cut by the chunk's end.
            if (!m_inCarry && !m_skipping)
                m_recordLine = m_line;
            return carryAppend(data + pos, size - pos, sink);
        }
        const std::size_t nl = std::size_t(static_cast<const char*>(hit) - data);
        if (m_inCarry || m_skipping) {
            if (!carryAppend(data + pos, nl - pos, sink))
                return false;
            ++m_line;
            pos = nl + 1;
            if (!emitCarry(sink))
                return false;
            continue;
        }
        SourceRecord r;
        r.line = m_line++;
        if (nl - pos > m_max)
            r.error = tooLongText();
        else
            r.text = std::string_view(data + pos, nl - pos);
        r.padded = padded || size - nl >= kRecordPadding;
        pos = nl + 1;
        if (!sink(r))
            return false;
    }
    return true;
}

bool RecordReader::feedArray(const char* data, std::size_t size, bool padded, const RecordSink& sink)
{
    std::size_t start = 0; // where the current element begins in this chunk (when in one)
    auto emitElement = [&](std::size_t end) -> bool {
        // The element ends before data[end].
        if (m_inCarry || m_skipping) {
            if (!carryAppend(data + start, end - start, sink))
                return false;
            return emitCarry(sink);
        }
        SourceRecord r;
        r.line = m_recordLine;
        if (end - start > m_max)
            r.error = tooLongText();
        else
            r.text = std::string_view(data + start, end - start);
        r.padded = padded || size - end >= kRecordPadding;
        return sink(r);
    };
    for (std::size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n')
            ++m_line;
        switch (m_array) {
        case ArrayState::Before:
            if (c == '[') {
                m_array = ArrayState::Between;
            } else if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                m_array = ArrayState::Broken;
                SourceRecord r;
                r.line = m_line;
                r.error = QCoreApplication::translate("td::Import", "the file does not start with a JSON array ([)");
                return sink(r) && false;
            }
            break;
        case ArrayState::Between:
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',')
                break;
            if (c == ']') {
                m_array = ArrayState::After;
                break;
            }
            m_array = ArrayState::InElement;
            m_recordLine = m_line;
            start = i;
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            m_scalar = !(c == '{' || c == '[');
            [[fallthrough]];
        case ArrayState::InElement:
            if (m_inString) {
                if (m_escape)
                    m_escape = false;
                else if (c == '\\')
                    m_escape = true;
                else if (c == '"')
                    m_inString = false;
                break;
            }
            if (c == '"') {
                m_inString = true;
                break;
            }
            if (m_scalar) {
                if (c == ',' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    m_array = c == ']' ? ArrayState::After : ArrayState::Between;
                    if (!emitElement(i))
                        return false;
                }
                break;
            }
            if (c == '{' || c == '[') {
                ++m_depth;
            } else if (c == '}' || c == ']') {
                if (--m_depth == 0) {
                    m_array = ArrayState::Between;
                    if (!emitElement(i + 1))
                        return false;
                }
            }
            break;
        case ArrayState::After:
            if (!(c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                m_array = ArrayState::Broken;
                SourceRecord r;
                r.line = m_line;
                r.error = QCoreApplication::translate("td::Import", "text after the end of the JSON array");
                return sink(r) && false;
            }
            break;
        case ArrayState::Broken:
            return false;
        }
    }
    if (m_array == ArrayState::InElement)
        return carryAppend(data + start, size - start, sink);
    return true;
}

bool RecordReader::finish(const RecordSink& sink)
{
    switch (m_mode) {
    case Mode::Csv:
    case Mode::Tsv:
        return m_csv->finish(sink);
    case Mode::Lines:
        if (m_inCarry || m_skipping)
            return emitCarry(sink);
        return true;
    case Mode::JsonArray:
        if (m_array == ArrayState::InElement) {
            // An element the file ends inside.
            const bool skipped = m_skipping;
            m_inCarry = false;
            m_skipping = false;
            m_carryLen = 0;
            if (skipped)
                return true;
            SourceRecord r;
            r.line = m_recordLine;
            r.error =
                QCoreApplication::translate("td::Import", "the file ends inside this value (a } or ] is missing)");
            return sink(r);
        }
        if (m_array == ArrayState::Before || m_array == ArrayState::Between) {
            if (m_array == ArrayState::Before && !m_started)
                return true; // an empty file: no rows
            SourceRecord r;
            r.line = m_line;
            r.error = QCoreApplication::translate("td::Import", "the JSON array is not closed (a ] is missing)");
            return sink(r);
        }
        return true;
    }
    return true;
}

} // namespace td
