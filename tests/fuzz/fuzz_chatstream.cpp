// libFuzzer target for the chat stream: SSE bytes from a server, cut into network reads at
// points the fuzzer chooses. Differential: the events and the answer must be the same however
// the bytes are split, and nothing a server sends may crash or throw.
//
// Input: one byte that seeds the split points, then the stream's bytes.
#include "api/http/ChatStream.h"
#include "api/http/SseParser.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

struct Events
{
    std::vector<td::SseEvent> list;
    void add(const td::SseEvent& e) { list.push_back(e); }
};

bool same(const td::SseEvent& a, const td::SseEvent& b)
{
    return a.event == b.event && a.data == b.data && a.id == b.id;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "whole and split feeds disagree: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    std::uint32_t state = data[0] * 2654435761u + 1;
    const QByteArrayView bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    // Chunk lengths from 0 to 16 bytes (a zero-length read happens too).
    std::vector<QByteArrayView> chunks;
    for (qsizetype at = 0; at < bytes.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype n = std::min<qsizetype>(qsizetype((state >> 16) % 17), bytes.size() - at);
        chunks.push_back(bytes.sliced(at, n));
        at += n;
    }

    Events whole, split;
    td::SseParser a([&whole](const td::SseEvent& e) { whole.add(e); });
    td::SseParser b([&split](const td::SseEvent& e) { split.add(e); });
    a.feed(bytes);
    a.finish();
    for (QByteArrayView c : chunks)
        b.feed(c);
    b.finish();
    if (whole.list.size() != split.list.size())
        fail("event count");
    for (std::size_t i = 0; i < whole.list.size(); ++i)
        if (!same(whole.list[i], split.list[i]))
            fail("event");

    td::ChatStream s1, s2;
    const QString fresh1 = s1.feed(bytes);
    QString fresh2;
    for (QByteArrayView c : chunks)
        fresh2 += s2.feed(c);
    // What feed() handed out is the answer so far (finish() may still add a last event that
    // had no blank line after it).
    if (fresh1 != fresh2 || fresh1 != s1.content())
        fail("text handed out by feed()");
    const auto e1 = s1.finish();
    const auto e2 = s2.finish();
    if (e1.has_value() != e2.has_value() || (e1 && e1->message != e2->message))
        fail("error");
    if (s1.content() != s2.content())
        fail("content");
    if (s1.reasoning() != s2.reasoning() || s1.finishReason() != s2.finishReason() || s1.chunks() != s2.chunks())
        fail("reasoning, finish reason or chunk count");
    if (s1.usage().has_value() != s2.usage().has_value() ||
        (s1.usage() && (s1.usage()->promptTokens != s2.usage()->promptTokens ||
                        s1.usage()->completionTokens != s2.usage()->completionTokens ||
                        s1.usage()->totalTokens != s2.usage()->totalTokens)))
        fail("usage");
    if (s1.toolCalls().size() != s2.toolCalls().size())
        fail("tool call count");
    for (std::size_t i = 0; i < s1.toolCalls().size(); ++i) {
        const auto& x = s1.toolCalls()[i];
        const auto& y = s2.toolCalls()[i];
        if (x.index != y.index || x.id != y.id || x.name != y.name || x.arguments != y.arguments)
            fail("tool call");
    }
    return 0;
}
