#include "api/http/SseParser.h"

namespace td {

void SseParser::feed(QByteArrayView bytes)
{
    // An empty read says nothing: above all it must not forget a "\r" that ended the last one
    // (its "\n" may still come, and would read as a blank line that ends the event early).
    if (bytes.isEmpty())
        return;
    qsizetype i = 0;
    if (m_afterCr && !bytes.isEmpty() && bytes[0] == '\n')
        i = 1; // the second half of a "\r\n" split across chunks
    m_afterCr = false;
    qsizetype start = i;
    for (; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        if (m_partial.isEmpty()) {
            line(bytes.sliced(start, i - start));
        } else {
            m_partial.append(bytes.sliced(start, i - start));
            line(m_partial);
            m_partial.clear();
        }
        if (c == '\r') {
            if (i + 1 < bytes.size()) {
                if (bytes[i + 1] == '\n')
                    ++i;
            } else {
                m_afterCr = true;
            }
        }
        start = i + 1;
    }
    if (start < bytes.size())
        m_partial.append(bytes.sliced(start));
}

void SseParser::finish()
{
    if (!m_partial.isEmpty()) {
        line(m_partial);
        m_partial.clear();
    }
    dispatch();
}

void SseParser::line(QByteArrayView l)
{
    if (l.isEmpty()) {
        dispatch();
        return;
    }
    if (l[0] == ':')
        return; // a comment
    QByteArrayView field = l;
    QByteArrayView value;
    const qsizetype colon = l.indexOf(':');
    if (colon >= 0) {
        field = l.first(colon);
        value = l.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_current.event = value.toByteArray();
    } else if (field == "id") {
        m_current.id = value.toByteArray();
    }
    // "retry" and unknown fields are ignored, as the SSE standard says.
}

void SseParser::dispatch()
{
    if (m_hasData)
        m_onEvent(m_current);
    m_current = SseEvent{};
    m_hasData = false;
}

} // namespace td
