#include "import/RecordReader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <emmintrin.h>

namespace td {

namespace {

// The first of `data[from, size)` that is a quote or a backslash (inside a string), or `size`.
std::size_t nextStringStop(const char* data, std::size_t from, std::size_t size)
{
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    std::size_t i = from;
    for (; size - i >= 16; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        if (const int m = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash))))
            return i + std::size_t(__builtin_ctz(unsigned(m)));
    }
    for (; i < size; ++i)
        if (data[i] == '"' || data[i] == '\\')
            return i;
    return size;
}

// The first of `data[from, size)` that opens a string or opens or closes an object or a list, or
// `size`. Brackets are 0x5B and 0x5D, braces 0x7B and 0x7D: with bit 0x20 cleared, braces are
// brackets (and no other byte is), so two compares find all four.
std::size_t nextStructure(const char* data, std::size_t from, std::size_t size)
{
    const __m128i quote = _mm_set1_epi8('"'), open = _mm_set1_epi8('['), close = _mm_set1_epi8(']'),
                  fold = _mm_set1_epi8(char(~0x20));
    auto structural = [](char c) { return c == '"' || c == '{' || c == '}' || c == '[' || c == ']'; };
    std::size_t i = from;
    for (; size - i >= 16; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
        const __m128i f = _mm_and_si128(v, fold);
        const __m128i hit =
            _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_or_si128(_mm_cmpeq_epi8(f, open), _mm_cmpeq_epi8(f, close)));
        if (const int m = _mm_movemask_epi8(hit))
            return i + std::size_t(__builtin_ctz(unsigned(m)));
    }
    for (; i < size; ++i)
        if (structural(data[i]))
            return i;
    return size;
}

// std::count widened every byte's count to 64 bits, 16 bytes at a time.
std::int64_t countLineBreaks(const char* p, const char* end)
{
    const __m128i newline = _mm_set1_epi8('\n');
    std::int64_t n = 0;
    for (; end - p >= 16; p += 16)
        n += __builtin_popcount(
            unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), newline))));
    for (; p < end; ++p)
        n += *p == '\n';
    return n;
}

struct BlockMasks
{
    std::uint64_t quote = 0, backslash = 0, bracket = 0;
};

// Quotes, backslashes and brackets or braces among data[0, 64).
BlockMasks blockMasks(const char* data)
{
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), open = _mm_set1_epi8('['),
                  close = _mm_set1_epi8(']'), fold = _mm_set1_epi8(char(~0x20));
    BlockMasks m;
    for (int at = 0; at < 64; at += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
        const __m128i f = _mm_and_si128(v, fold);
        m.quote |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, quote)))) << at;
        m.backslash |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, backslash)))) << at;
        m.bracket |=
            std::uint64_t(unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(f, open), _mm_cmpeq_epi8(f, close)))))
            << at;
    }
    return m;
}

// Bit k: the parity of the bits 0..k (inside a string from its opening quote to before its
// closing one).
std::uint64_t prefixXor(std::uint64_t x)
{
    for (int shift = 1; shift < 64; shift *= 2)
        x ^= x << shift;
    return x;
}

} // namespace

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
    // Lines are counted when a record or an error needs its line, over the bytes since the last
    // count: a test for a newline at every byte, like the byte-at-a-time walk through strings,
    // held an import of an array to a third of its speed.
    std::size_t counted = 0;
    auto lineAt = [&](std::size_t at) {
        m_line += countLineBreaks(data + counted, data + at);
        counted = at;
        return m_line;
    };
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    auto stop = [&](const char* why) { // after lineAt(the place)
        m_array = ArrayState::Broken;
        SourceRecord r;
        r.line = m_line;
        r.error = QCoreApplication::translate("td::Import", why);
        return sink(r) && false;
    };
    std::size_t i = 0;
    std::size_t slowUntil = 0; // a block with a backslash outside strings is read stop by stop
    while (i < size) {
        switch (m_array) {
        case ArrayState::Before:
            while (i < size && space(data[i]))
                ++i;
            if (i == size)
                break;
            if (data[i] != '[') {
                lineAt(i);
                return stop(QT_TRANSLATE_NOOP("td::Import", "the file does not start with a JSON array ([)"));
            }
            m_array = ArrayState::Between;
            ++i;
            break;
        case ArrayState::Between:
            while (i < size && (space(data[i]) || data[i] == ','))
                ++i;
            if (i == size)
                break;
            if (data[i] == ']') {
                m_array = ArrayState::After;
                ++i;
                break;
            }
            m_array = ArrayState::InElement;
            m_recordLine = lineAt(i);
            start = i;
            m_depth = 0;
            m_inString = false;
            m_escape = false;
            m_scalar = !(data[i] == '{' || data[i] == '[');
            break; // the element's first byte is read as part of it
        case ArrayState::InElement:
            if (m_scalar) {
                const char c = data[i];
                if (m_inString) {
                    if (m_escape)
                        m_escape = false;
                    else if (c == '\\')
                        m_escape = true;
                    else if (c == '"')
                        m_inString = false;
                } else if (c == '"') {
                    m_inString = true;
                } else if (c == ',' || c == ']' || space(c)) {
                    m_array = c == ']' ? ArrayState::After : ArrayState::Between;
                    if (!emitElement(i))
                        return false;
                }
                ++i;
                break;
            }
            // An object or a list.
            if (m_escape) {
                m_escape = false;
                ++i;
                break;
            }
            if (i >= slowUntil && size - i >= 64) {
                // Sixty-four bytes at once, as masks: escapes, then strings (a prefix XOR of
                // the quotes), then the brackets outside strings, the only places that count.
                const BlockMasks b = blockMasks(data + i);
                std::uint64_t escaped = 0;
                bool escapeOut = false;
                for (std::uint64_t x = b.backslash; x;) {
                    const int k = __builtin_ctzll(x);
                    if (k == 63) {
                        escapeOut = true;
                        break;
                    }
                    escaped |= std::uint64_t(2) << k;
                    x &= ~(std::uint64_t(3) << k);
                }
                std::uint64_t inString = prefixXor(b.quote & ~escaped);
                if (m_inString)
                    inString = ~inString;
                if (b.backslash & ~inString) {
                    // A backslash outside a string escapes nothing, which the masks cannot say:
                    // this block a quote or bracket at a time.
                    slowUntil = i + 64;
                    break;
                }
                bool ended = false;
                for (std::uint64_t x = b.bracket & ~inString; x; x &= x - 1) {
                    const int k = __builtin_ctzll(x);
                    if (data[i + std::size_t(k)] == '{' || data[i + std::size_t(k)] == '[') {
                        ++m_depth;
                    } else if (--m_depth == 0) {
                        m_array = ArrayState::Between;
                        m_inString = false;
                        if (!emitElement(i + std::size_t(k) + 1))
                            return false;
                        i += std::size_t(k) + 1;
                        ended = true;
                        break;
                    }
                }
                if (!ended) {
                    m_inString = (inString >> 63) != 0;
                    m_escape = escapeOut;
                    i += 64;
                }
                break;
            }
            {
                // From one quote, backslash or bracket to the next.
                const std::size_t limit = i < slowUntil ? std::min(slowUntil, size) : size;
                i = m_inString ? nextStringStop(data, i, limit) : nextStructure(data, i, limit);
                if (i == limit)
                    break;
            }
            switch (data[i]) {
            case '\\':
                m_escape = true;
                break;
            case '"':
                m_inString = !m_inString;
                break;
            case '{':
            case '[':
                ++m_depth;
                break;
            default: // } or ]
                if (--m_depth == 0) {
                    m_array = ArrayState::Between;
                    if (!emitElement(i + 1))
                        return false;
                }
                break;
            }
            ++i;
            break;
        case ArrayState::After:
            while (i < size && space(data[i]))
                ++i;
            if (i == size)
                break;
            lineAt(i);
            return stop(QT_TRANSLATE_NOOP("td::Import", "text after the end of the JSON array"));
        case ArrayState::Broken:
            return false;
        }
    }
    lineAt(size);
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
