#include "TestHttpServer.h"

#include "api/ApiRequest.h"
#include "api/ChatCompletion.h"
#include "api/CurlTransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace td;

namespace {

QByteArray chunk(const QByteArray& content)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"}}]}\n\n";
}

} // namespace

class TestApiRequest : public QObject
{
    Q_OBJECT

private:
    CurlTransport m_transport;

    Connection connectionTo(const TestHttpServer& server)
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(server.base() + "/v1"));
        c.apiKey = QStringLiteral("tgp_v1_test");
        return c;
    }

    std::optional<ApiError> runChat(ChatCompletion& chat, QString* text = nullptr)
    {
        QSignalSpy done(&chat, &ChatCompletion::finished);
        if (text)
            connect(&chat, &ChatCompletion::delta, this, [text](const QString& t) { *text += t; });
        chat.start();
        if (!done.wait(10000))
            return ApiError{ApiError::Kind::Network, 0, {}, {}, {}, QStringLiteral("test: no answer"), {}, -1};
        return done.front().front().value<std::optional<ApiError>>();
    }

private slots:
    void initTestCase() { qRegisterMetaType<std::optional<td::ApiError>>(); }

    void rateLimitedThenAnswered()
    {
        TestHttpServer server;
        int calls = 0;
        server.handler = [&](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            if (++calls == 1)
                reply.send(429, "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit\"}}",
                           {{"retry-after-ms", "80"}});
            else
                reply.send(200, "[{\"id\":\"m\"}]");
        };
        const Connection c = connectionTo(server);
        ApiRequest req(&m_transport, c, ApiRequest::jsonRequest(c, "GET", QStringLiteral("models")), true);
        QSignalSpy retrying(&req, &ApiRequest::retrying);
        QSignalSpy done(&req, &ApiRequest::finished);
        req.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.front().at(1).toLongLong(), 80); // the server's retry-after-ms
        QCOMPARE(req.attempts(), 2);
        const auto outcome = done.front().front().value<ApiRequest::Outcome>();
        QCOMPARE(std::get<HttpResponse>(outcome).body, QByteArray("[{\"id\":\"m\"}]"));
        QCOMPARE(server.received.front().headers.value("authorization"), QByteArray("Bearer tgp_v1_test"));
        QCOMPARE(server.received.front().path, QByteArray("/v1/models"));
    }

    void sideEffectsAreNotRetried()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.send(503, "upstream connect error or disconnect/reset before headers");
        };
        const Connection c = connectionTo(server);
        ApiRequest req(&m_transport, c, ApiRequest::jsonRequest(c, "POST", QStringLiteral("fine-tunes"), "{}"), false);
        QSignalSpy done(&req, &ApiRequest::finished);
        req.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(req.attempts(), 1);
        const auto error = std::get<ApiError>(done.front().front().value<ApiRequest::Outcome>());
        QCOMPARE(error.httpStatus, 503);
        QVERIFY(error.message.startsWith(QStringLiteral("upstream connect error")));
        QVERIFY(error.explanation().contains(QStringLiteral("overloaded")));
    }

    void chatStreams()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request& r, TestHttpServer::Reply& reply) {
            QVERIFY(r.body.contains("\"stream\":true"));
            reply.stream({chunk("Hel"), chunk("lo") + "data: [DONE]\n\n"}, 20);
        };
        ChatCompletion chat(&m_transport, connectionTo(server), "{\"model\":\"m\",\"messages\":[]}");
        QString text;
        QVERIFY(!runChat(chat, &text).has_value());
        QCOMPARE(text, QStringLiteral("Hello"));
        QVERIFY(chat.firstTokenMs() >= 0);
        QCOMPARE(server.received.front().headers.value("accept"), QByteArray("text/event-stream"));
    }

    void chatRetriesBeforeTheFirstByte()
    {
        TestHttpServer server;
        int calls = 0;
        server.handler = [&](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            if (++calls == 1)
                reply.send(429, "{\"error\":{\"message\":\"busy\"}}", {{"retry-after", "0.05"}});
            else
                reply.stream({chunk("ok") + "data: [DONE]\n\n"}, 10);
        };
        ChatCompletion chat(&m_transport, connectionTo(server), "{\"model\":\"m\"}");
        QVERIFY(!runChat(chat).has_value());
        QCOMPARE(chat.stream().content(), QStringLiteral("ok"));
        QCOMPARE(calls, 2);
    }

    void chatFailures()
    {
        TestHttpServer server;
        QByteArray mode;
        server.handler = [&](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            if (mode == "error-mid-stream")
                reply.stream({chunk("Par"), "data: {\"error\":{\"message\":\"model crashed\"}}\n\n"}, 10);
            else if (mode == "cut")
                reply.stream({chunk("Par"), chunk("tial")}, 10); // ends without [DONE]
            else
                reply.send(401,
                           "{\"error\":{\"message\":\"Invalid API key provided.\",\"type\":\"invalid_request_error\","
                           "\"code\":\"invalid_api_key\"}}");
        };
        mode = "error-mid-stream";
        ChatCompletion a(&m_transport, connectionTo(server), "{}");
        auto e = runChat(a);
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ApiError::Kind::Stream);
        QCOMPARE(e->message, QStringLiteral("model crashed"));
        QCOMPARE(a.stream().content(), QStringLiteral("Par")); // the partial answer is kept

        mode = "cut";
        ChatCompletion b(&m_transport, connectionTo(server), "{}");
        e = runChat(b);
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ApiError::Kind::Stream);
        QCOMPARE(b.stream().content(), QStringLiteral("Partial"));

        mode = "401";
        ChatCompletion c(&m_transport, connectionTo(server), "{}");
        e = runChat(c);
        QVERIFY(e.has_value());
        QCOMPARE(e->httpStatus, 401);
        QCOMPARE(e->code, QStringLiteral("invalid_api_key"));
        QVERIFY(e->explanation().contains(QStringLiteral("Check the API key")));
    }

    void stopMidStream()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.stream({chunk("a"), chunk("b"), chunk("c")}, 50, false);
        };
        ChatCompletion chat(&m_transport, connectionTo(server), "{}");
        QSignalSpy done(&chat, &ChatCompletion::finished);
        connect(&chat, &ChatCompletion::delta, &chat, [&chat] { chat.stop(); });
        chat.start();
        QVERIFY(done.wait(10000));
        const auto e = done.front().front().value<std::optional<ApiError>>();
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
