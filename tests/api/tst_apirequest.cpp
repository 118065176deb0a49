#include "TestHttpServer.h"

#include "api/client/ChatCompletion.h"
#include "api/http/ApiRequest.h"
#include "api/http/CurlTransport.h"

#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace td;

namespace {

QByteArray chunk(const QByteArray& content)
{
    return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"}}]}\n\n";
}

// Records what would be sent, sends nothing (for destinations a test must never reach).
class RecordingTransport final : public HttpTransport
{
public:
    class SilentJob final : public HttpJob
    {
    public:
        void abort() override {}
    };
    QList<HttpRequest> started;
    std::unique_ptr<HttpJob> start(const HttpRequest& request) override
    {
        started.append(request);
        return std::make_unique<SilentJob>();
    }
};

ApiError errorOf(const QSignalSpy& done)
{
    return std::get<ApiError>(done.front().front().value<ApiRequest::Outcome>());
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

    void aWaitOverTheCapIsNotShortened()
    {
        // The server asks for 120 s: more than TuneDesk waits by itself (60 s). Trying again
        // sooner would only be refused again; the call gives up and says when to try.
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.send(429, "{\"error\":{\"message\":\"slow down\"}}", {{"retry-after", "120"}});
        };
        const Connection c = connectionTo(server);
        ApiRequest req(&m_transport, c, ApiRequest::jsonRequest(c, "GET", QStringLiteral("models")), true);
        QSignalSpy retrying(&req, &ApiRequest::retrying);
        QSignalSpy done(&req, &ApiRequest::finished);
        req.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(retrying.size(), 0);
        QCOMPARE(server.received.size(), 1);
        const ApiError e = errorOf(done);
        QCOMPARE(e.retryAfterMs, 120000);
        QCOMPARE(e.waitCapMs, 60000);
        QVERIFY2(e.explanation().contains(QStringLiteral("wait 120 s")) &&
                     e.explanation().contains(QStringLiteral("try again after")),
                 qPrintable(e.explanation()));
    }

    void retryAfterAsAnHttpDateIsHonoured()
    {
        TestHttpServer server;
        int calls = 0;
        server.handler = [&](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            if (++calls == 1) {
                // IMF-fixdate, 3 s ahead (whole seconds: 2 to 3 s from now).
                const QByteArray date = QLocale::c()
                                            .toString(QDateTime::currentDateTimeUtc().addSecs(3),
                                                      QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                            .toLatin1();
                reply.send(429, "{\"error\":{\"message\":\"busy\"}}", {{"retry-after", date}});
            } else {
                reply.send(200, "[]");
            }
        };
        const Connection c = connectionTo(server);
        ApiRequest req(&m_transport, c, ApiRequest::jsonRequest(c, "GET", QStringLiteral("models")), true);
        QSignalSpy retrying(&req, &ApiRequest::retrying);
        QSignalSpy done(&req, &ApiRequest::finished);
        req.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(retrying.size(), 1);
        const qint64 delay = retrying.front().at(1).toLongLong();
        QVERIFY2(delay > 1000 && delay <= 3000, qPrintable(QString::number(delay)));
        QCOMPARE(server.received.size(), 2);
    }

    void aRateLimitedCallWithSideEffectsIsSentAgain()
    {
        // 429: the server did nothing, so even creating a fine-tune may be sent again.
        TestHttpServer server;
        server.handler = [&](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            if (server.received.size() == 1)
                reply.send(429, "{\"error\":{\"message\":\"slow down\"}}", {{"retry-after-ms", "50"}});
            else
                reply.send(200, "{\"id\":\"ft-1\"}");
        };
        const Connection c = connectionTo(server);
        ApiRequest req(&m_transport, c, ApiRequest::jsonRequest(c, "POST", QStringLiteral("fine-tunes"), "{}"), false);
        QSignalSpy retrying(&req, &ApiRequest::retrying);
        QSignalSpy done(&req, &ApiRequest::finished);
        req.start();
        QVERIFY(done.wait(10000));
        QCOMPARE(req.attempts(), 2);
        QCOMPARE(retrying.front().at(1).toLongLong(), 50);
        QVERIFY(std::holds_alternative<HttpResponse>(done.front().front().value<ApiRequest::Outcome>()));
    }

    void aKeyIsNeverSentOverPlainHttpToAnotherMachine()
    {
        RecordingTransport transport;
        Connection c;
        c.apiKey = QStringLiteral("tgp_v1_secret");
        for (const char* url : {"http://llm.example.com/v1", "http://192.0.2.7:8000/v1", "ftp://example.com/v1"}) {
            c.baseUrl = QUrl(QString::fromLatin1(url));
            ApiRequest req(&transport, c, ApiRequest::jsonRequest(c, "GET", QStringLiteral("models")), true);
            QSignalSpy done(&req, &ApiRequest::finished);
            req.start();
            QVERIFY(done.wait(5000));
            QVERIFY2(errorOf(done).notSent && !errorOf(done).message.isEmpty(), url);
            QVERIFY2(errorOf(done).message.contains(QStringLiteral("http")), qPrintable(errorOf(done).message));
            QCOMPARE(req.attempts(), 1);
        }
        QVERIFY(transport.started.isEmpty());
        // HTTPS anywhere, and plain HTTP on this machine, are fine; so is no key at all.
        for (const char* url : {"https://llm.example.com/v1", "http://127.0.0.1:8000/v1", "http://localhost:1/v1",
                                "http://[::1]:8000/v1"}) {
            c.baseUrl = QUrl(QString::fromLatin1(url));
            ApiRequest req(&transport, c, ApiRequest::jsonRequest(c, "GET", QStringLiteral("models")), true);
            req.start();
        }
        Connection keyless;
        keyless.baseUrl = QUrl(QStringLiteral("http://llm.example.com/v1"));
        ApiRequest plain(&transport, keyless, ApiRequest::jsonRequest(keyless, "GET", QStringLiteral("models")), true);
        plain.start();
        QCOMPARE(transport.started.size(), 5);
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

    void aSilentChatServerIsGivenUpOn()
    {
        // The answer starts, then nothing more comes: the chat ends at the stall limit with the
        // partial answer kept, not after the 30 minutes a long answer may take.
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.stream({chunk("Par")}, 10, false);
        };
        Connection c = connectionTo(server);
        c.stallTimeoutMs = 1000;
        ChatCompletion chat(&m_transport, c, "{}");
        const auto e = runChat(chat);
        QVERIFY(e.has_value());
        QCOMPARE(e->kind, ApiError::Kind::Stream);
        QVERIFY2(e->message.contains(QStringLiteral("stalled")), qPrintable(e->message));
        QCOMPARE(chat.stream().content(), QStringLiteral("Par"));
        QCOMPARE(server.received.size(), 1);
        // The limit comes from the connection: 60 s unless a caller says otherwise.
        QCOMPARE(Connection().stallTimeoutMs, 60000);
        QCOMPARE(ApiRequest::jsonRequest(c, "GET", QStringLiteral("models")).stallTimeoutMs, 1000);
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
