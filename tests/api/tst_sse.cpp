#include "api/http/ChatStream.h"
#include "api/http/SseParser.h"

#include <QTest>

#include <climits>

using namespace td;

namespace {

// A real Together stream (contract section 7.3), with CRLF line ends, a comment, an event
// with two data lines and a named event, as SSE allows.
const QByteArray kStream =
    ": keep-alive\r\n\r\n"
    "data: {\"id\":\"8b43\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"text\":\"Hel\","
    "\"delta\":{\"token_id\":30,\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}],\"usage\":null}"
    "\r\n"
    "\r\n"
    "event: ping\r\ndata: {}\r\n\r\n"
    "data: {\"id\":\"8b43\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"lo, \\u00e9t\\u00e9\"},"
    "\"finish_reason\":null}]}\n\n"
    "data: {\"id\":\"8b43\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"!\"},\"finish_reason\":\"eos\","
    "\"seed\":2039908639335532000}],\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":3,\"total_tokens\":15}}\r\r"
    "data: [DONE]\n\n";

QList<SseEvent> parseInPieces(const QByteArray& bytes, const QList<qsizetype>& cuts)
{
    QList<SseEvent> events;
    SseParser p([&](const SseEvent& e) { events.append(e); });
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        p.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    p.feed(QByteArrayView(bytes).sliced(from));
    p.finish();
    return events;
}

} // namespace

class TestSse : public QObject
{
    Q_OBJECT

private slots:
    void eventsAndFields()
    {
        const auto events = parseInPieces(kStream, {});
        QCOMPARE(events.size(), 5);
        QCOMPARE(events[1].event, QByteArray("ping"));
        QCOMPARE(events[4].data, QByteArray("[DONE]"));
        const auto multi = parseInPieces("data: a\ndata:b\nid: 7\n\n", {});
        QCOMPARE(multi.size(), 1);
        QCOMPARE(multi[0].data, QByteArray("a\nb"));
        QCOMPARE(multi[0].id, QByteArray("7"));
    }

    void everySplitGivesTheSameEvents()
    {
        const auto whole = parseInPieces(kStream, {});
        for (qsizetype cut = 1; cut < kStream.size(); ++cut) {
            const auto split = parseInPieces(kStream, {cut});
            QCOMPARE(split.size(), whole.size());
            for (qsizetype i = 0; i < whole.size(); ++i)
                QCOMPARE(split[i].data, whole[i].data);
        }
        // And byte by byte.
        QList<qsizetype> all;
        for (qsizetype i = 1; i < kStream.size(); ++i)
            all.append(i);
        QCOMPARE(parseInPieces(kStream, all).size(), whole.size());
    }

    // Found by fuzz_chatstream: an empty read right after a chunk that ended with "\r" made the
    // parser forget the "\r", so the "\n" that followed ended the event early (two events).
    void anEmptyReadBetweenCrAndLf()
    {
        const QByteArray bytes = "data: a\r\ndata: b\r\n\r\n";
        const qsizetype cr = bytes.indexOf('\r') + 1;
        const auto split = parseInPieces(bytes, {cr, cr});
        QCOMPARE(split.size(), 1);
        QCOMPARE(split[0].data, QByteArray("a\nb"));
    }

    void chatStreamAtEverySplit()
    {
        for (qsizetype cut = 0; cut <= kStream.size(); ++cut) {
            ChatStream s;
            QString shown = s.feed(QByteArrayView(kStream).first(cut));
            shown += s.feed(QByteArrayView(kStream).sliced(cut));
            QVERIFY(!s.finish().has_value());
            QCOMPARE(s.content(), QStringLiteral("Hello, été!"));
            QCOMPARE(shown, s.content());
            QCOMPARE(s.finishReason(), QStringLiteral("eos"));
            QVERIFY(s.usage().has_value());
            QCOMPARE(s.usage()->totalTokens, 15);
            QVERIFY(s.isDone());
        }
    }

    void streamCutBeforeDone()
    {
        ChatStream s;
        s.feed(kStream.left(kStream.indexOf("data: [DONE]")));
        const auto error = s.finish();
        QVERIFY(error.has_value());
        QCOMPARE(error->kind, ApiError::Kind::Stream);
        QCOMPARE(s.content(), QStringLiteral("Hello, été!")); // the partial text is kept
    }

    void errorObjectMidStream()
    {
        ChatStream s;
        s.feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Par\"}}]}\n\n"
               "data: {\"error\":{\"message\":\"Upstream overloaded\",\"type\":\"server_error\"}}\n\n"
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"ignored\"}}]}\n\n");
        QVERIFY(s.error().has_value());
        QCOMPARE(s.error()->message, QStringLiteral("Upstream overloaded"));
        QCOMPARE(s.error()->type, QStringLiteral("server_error"));
        QCOMPARE(s.content(), QStringLiteral("Par"));
        QVERIFY(s.finish().has_value());
    }

    void finishReasonError()
    {
        ChatStream s;
        s.feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"},\"finish_reason\":\"error\"}]}\n\n");
        QVERIFY(s.error().has_value());
    }

    void toolCallFragmentsAndUsageOnlyChunk()
    {
        ChatStream s;
        s.feed("data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":"
               "\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"ci\"}}]}}]}\n\n"
               "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":"
               "\"ty\\\": \\\"Oslo\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}]}\n\n"
               "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":9,\"total_tokens\":14}}\n\n"
               "data: [DONE]\n\n");
        QVERIFY(!s.finish().has_value());
        QCOMPARE(s.toolCalls().size(), std::size_t(1));
        QCOMPARE(s.toolCalls()[0].name, QStringLiteral("get_weather"));
        QCOMPARE(s.toolCalls()[0].arguments, QStringLiteral("{\"city\": \"Oslo\"}"));
        QCOMPARE(s.usage()->completionTokens, 9);
    }

    // Usage as Together sends it since 2026: details nested the OpenAI way, or cached_tokens at
    // the top level; a server that says nothing about the cache leaves it unknown (-1).
    void usageWithCachedAndReasoningTokens()
    {
        const auto usageOf = [](const char* usage) {
            ChatStream s;
            s.feed(QByteArray(QByteArray("data: {\"choices\":[],\"usage\":") + usage + "}\n\ndata: [DONE]\n\n"));
            return s.usage().value_or(TokenUsage{});
        };
        const TokenUsage nested = usageOf("{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120,"
                                          "\"prompt_tokens_details\":{\"cached_tokens\":64},"
                                          "\"completion_tokens_details\":{\"reasoning_tokens\":12}}");
        QCOMPARE(nested.promptTokens, 100);
        QCOMPARE(nested.cachedTokens, 64);
        QCOMPARE(nested.reasoningTokens, 12);
        const TokenUsage top = usageOf("{\"prompt_tokens\":100,\"completion_tokens\":20,\"cached_tokens\":32}");
        QCOMPARE(top.cachedTokens, 32);
        QCOMPARE(top.reasoningTokens, -1);
        const TokenUsage plain = usageOf("{\"prompt_tokens\":100,\"completion_tokens\":20,\"total_tokens\":120}");
        QCOMPARE(plain.cachedTokens, -1);
        QCOMPARE(plain.reasoningTokens, -1);
        // Odd types read as unknown, never thrown.
        const TokenUsage odd = usageOf("{\"prompt_tokens_details\":[1],\"cached_tokens\":\"x\","
                                       "\"completion_tokens_details\":{\"reasoning_tokens\":null}}");
        QCOMPARE(odd.cachedTokens, -1);
        QCOMPARE(odd.reasoningTokens, -1);
        const TokenUsage oddNested =
            usageOf("{\"prompt_tokens_details\":{\"cached_tokens\":null},\"cached_tokens\":7}");
        QCOMPARE(oddNested.cachedTokens, 7);
    }

    // Regression: "usage": {"prompt_tokens": null} and "tool_calls": [1] threw out of the
    // chunk parser (nlohmann's value()) and ended the program. Fields of another type are
    // skipped; the rest of the chunk and the stream are kept.
    void chunksWithOddTypesAreSkippedNotThrown()
    {
        ChatStream s;
        const char* chunks[] = {
            "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"He\"}}]}",
            "{\"choices\":[],\"usage\":{\"prompt_tokens\":null,\"completion_tokens\":9,\"total_tokens\":\"x\"}}",
            "{\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[1,null,\"x\",[],{\"index\":\"0\",\"id\":5,"
            "\"function\":[]},{\"index\":1e300,\"function\":{\"name\":\"f\",\"arguments\":{}}}]}}]}",
            "{\"choices\":{}}",
            "{\"choices\":[{\"index\":0,\"delta\":\"x\"}]}",
            "{\"choices\":[{\"index\":null,\"delta\":{\"content\":5,\"reasoning\":[],\"tool_calls\":{}},"
            "\"finish_reason\":7}]}",
            "{\"choices\":[5,null,{\"index\":\"zero\"},{\"index\":1.5e19}]}",
            "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"llo\"},\"finish_reason\":\"stop\"}],\"usage\":5}",
        };
        for (const char* chunk : chunks)
            s.feed(QByteArray(QByteArray("data: ") + chunk + "\n\n"));
        s.feed("data: [DONE]\n\n");
        QVERIFY(!s.finish().has_value());
        QCOMPARE(s.content(), QStringLiteral("Hello"));
        QCOMPARE(s.finishReason(), QStringLiteral("stop"));
        QVERIFY(s.usage().has_value());
        QCOMPARE(s.usage()->promptTokens, 0);
        QCOMPARE(s.usage()->completionTokens, 9);
        QCOMPARE(s.usage()->totalTokens, 0);
        // Only the objects are calls: an unreadable index reads as 0, a huge one is clamped.
        QCOMPARE(s.toolCalls().size(), std::size_t(2));
        QCOMPARE(s.toolCalls()[0].index, 0);
        QCOMPARE(s.toolCalls()[0].id, QString());
        QCOMPARE(s.toolCalls()[1].index, INT_MAX);
        QCOMPARE(s.toolCalls()[1].name, QStringLiteral("f"));
        QCOMPARE(s.toolCalls()[1].arguments, QString());
    }
};

QTEST_APPLESS_MAIN(TestSse)
#include "tst_sse.moc"
