#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace td {

struct SseEvent
{
    QByteArray event; // the "event:" name; empty for unnamed events
    QByteArray data;  // "data:" lines joined with "\n"
    QByteArray id;
};

// A Server-Sent Events parser that is fed arbitrary byte chunks (a network read can end
// anywhere, even between "\r" and "\n") and calls back once per complete event. Pure: no
// I/O, no threads, so it is tested by splitting recorded streams at every byte offset.
class SseParser
{
public:
    using Callback = std::function<void(const SseEvent&)>;
    explicit SseParser(Callback onEvent)
        : m_onEvent(std::move(onEvent))
    {}

    void feed(QByteArrayView bytes);
    // The stream ended: a last event without its blank line is still delivered (it is the
    // caller's business to decide whether a stream that ends like that is complete).
    void finish();

private:
    void line(QByteArrayView line);
    void dispatch();

    Callback m_onEvent;
    QByteArray m_partial;   // an incomplete line
    bool m_afterCr = false; // the previous chunk ended with "\r": a leading "\n" belongs to it
    SseEvent m_current;
    bool m_hasData = false;
};

} // namespace td
