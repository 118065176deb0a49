#include "TestFiles.h"
#include "TestHttpServer.h"

#include "api/http/CurlTransport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

HttpJob::Outcome waitFor(HttpJob& job, int timeoutMs = 10000)
{
    QSignalSpy done(&job, &HttpJob::finished);
    if (!done.wait(timeoutMs))
        return ApiError{ApiError::Kind::Network, 0, {}, {}, {}, QStringLiteral("test: no answer"), {}, -1};
    return done.front().front().value<HttpJob::Outcome>();
}

} // namespace

class TestCurlTransport : public QObject
{
    Q_OBJECT

private:
    CurlTransport m_transport;

private slots:
    void getAndPost()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request& r, TestHttpServer::Reply& reply) {
            reply.send(r.path == "/missing" ? 404 : 200, "{\"path\":\"" + r.path + "\",\"body\":\"" + r.body + "\"}",
                       {{"X-Request-Id", "abc"}});
        };
        HttpRequest get;
        get.url = QUrl(QString::fromLatin1(server.base() + "/v1/models"));
        get.headers = {{"Authorization", "Bearer secret"}};
        auto job = m_transport.start(get);
        auto outcome = waitFor(*job);
        QVERIFY(std::holds_alternative<HttpResponse>(outcome));
        const auto& res = std::get<HttpResponse>(outcome);
        QCOMPARE(res.status, 200);
        QCOMPARE(res.header("x-request-id"), QByteArray("abc"));
        QCOMPARE(res.body, QByteArray("{\"path\":\"/v1/models\",\"body\":\"\"}"));
        QCOMPARE(server.received.front().headers.value("authorization"), QByteArray("Bearer secret"));

        HttpRequest post;
        post.method = "POST";
        post.url = QUrl(QString::fromLatin1(server.base() + "/missing"));
        post.body = "hello";
        auto job2 = m_transport.start(post);
        auto out2 = waitFor(*job2);
        QCOMPARE(std::get<HttpResponse>(out2).status, 404); // an error status is still an answer
        QCOMPARE(server.received.back().body, QByteArray("hello"));
        QCOMPARE(server.received.back().method, QByteArray("POST"));
    }

    void redirectsAreNotFollowedUnlessAsked()
    {
        TestHttpServer storage;
        storage.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.send(200, "stored");
        };
        TestHttpServer api;
        // Another host name for the same machine: "localhost" is not "127.0.0.1" to curl.
        const QByteArray target = "http://localhost:" + QByteArray::number(storage.serverPort()) + "/upload";
        api.handler = [target](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.send(302, {}, {{"Location", target}, {"X-Together-File-Id", "file-1"}});
        };
        HttpRequest r;
        r.method = "POST";
        r.url = QUrl(QString::fromLatin1(api.base() + "/v1/files"));
        r.headers = {{"Authorization", "Bearer secret"}};
        auto job = m_transport.start(r);
        const auto outcome = waitFor(*job);
        const auto& res = std::get<HttpResponse>(outcome);
        QCOMPARE(res.status, 302);
        QCOMPARE(res.header("location"), target);
        QVERIFY(storage.received.isEmpty());

        r.followRedirects = true;
        r.method = "GET";
        auto job2 = m_transport.start(r);
        QCOMPARE(std::get<HttpResponse>(waitFor(*job2)).body, QByteArray("stored"));
        // The API key never reaches another host.
        QCOMPARE(storage.received.size(), 1);
        QVERIFY(!storage.received.front().headers.contains("authorization"));
    }

    void streamedBodyArrivesInPieces()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.stream({"data: one\n\n", "data: two\n\n", "data: [DONE]\n\n"}, 30);
        };
        HttpRequest r;
        r.url = QUrl(QString::fromLatin1(server.base() + "/v1/chat/completions"));
        r.streamBody = true;
        auto job = m_transport.start(r);
        QByteArray all;
        int pieces = 0;
        connect(job.get(), &HttpJob::bodyData, this, [&](const QByteArray& b) {
            all += b;
            ++pieces;
        });
        QSignalSpy headers(job.get(), &HttpJob::headersReceived);
        auto outcome = waitFor(*job);
        QCOMPARE(std::get<HttpResponse>(outcome).status, 200);
        QVERIFY(std::get<HttpResponse>(outcome).body.isEmpty());
        QCOMPARE(all, QByteArray("data: one\n\ndata: two\n\ndata: [DONE]\n\n"));
        QVERIFY(pieces >= 2);
        QCOMPARE(headers.size(), 1);
    }

    void abortAStreamInFlight()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.stream({"data: one\n\n"}, 20, false); // never ends
        };
        HttpRequest r;
        r.url = QUrl(QString::fromLatin1(server.base() + "/stream"));
        r.streamBody = true;
        auto job = m_transport.start(r);
        QSignalSpy data(job.get(), &HttpJob::bodyData);
        QVERIFY(data.wait(5000));
        job->abort();
        auto outcome = waitFor(*job);
        QVERIFY(std::holds_alternative<ApiError>(outcome));
        QCOMPARE(std::get<ApiError>(outcome).kind, ApiError::Kind::Cancelled);
    }

    void timeoutAndRefused()
    {
        TestHttpServer silent; // accepts, never answers
        HttpRequest r;
        r.url = QUrl(QString::fromLatin1(silent.base() + "/slow"));
        r.timeoutMs = 300;
        auto job = m_transport.start(r);
        auto outcome = waitFor(*job);
        QCOMPARE(std::get<ApiError>(outcome).kind, ApiError::Kind::Network);
        QVERIFY(std::get<ApiError>(outcome).message.contains(QStringLiteral("imeout")) ||
                std::get<ApiError>(outcome).message.contains(QStringLiteral("timed out")));

        quint16 port = 0;
        {
            TestHttpServer closed;
            port = closed.serverPort();
        }
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
        auto job2 = m_transport.start(r);
        QCOMPARE(std::get<ApiError>(waitFor(*job2)).kind, ApiError::Kind::Network);
    }

    void uploadStreamsAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("data.jsonl"));
        QByteArray payload(3 << 20, 'x');
        QVERIFY(td::test::writeFile(file, payload));
        TestHttpServer storage;
        storage.handler = [](const TestHttpServer::Request& r, TestHttpServer::Reply& reply) {
            reply.send(200, QByteArray::number(r.body.size()));
        };
        HttpRequest r;
        r.method = "PUT";
        r.url = QUrl(QString::fromLatin1(storage.base() + "/signed"));
        r.uploadFile = file;
        r.headers = {{"Content-Type", "application/octet-stream"}};
        auto job = m_transport.start(r);
        QSignalSpy progress(job.get(), &HttpJob::uploadProgress);
        auto outcome = waitFor(*job);
        QCOMPARE(std::get<HttpResponse>(outcome).body, QByteArray::number(payload.size()));
        QCOMPARE(storage.received.front().method, QByteArray("PUT"));
        QVERIFY(!storage.received.front().headers.contains("expect"));
    }

    void deletingAJobCancelsIt()
    {
        TestHttpServer server;
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.stream({"x"}, 10, false);
        };
        HttpRequest r;
        r.url = QUrl(QString::fromLatin1(server.base() + "/"));
        r.streamBody = true;
        {
            auto job = m_transport.start(r);
            QSignalSpy data(job.get(), &HttpJob::bodyData);
            QVERIFY(data.wait(5000));
            QCOMPARE(server.disconnects, 0);
        } // the job is gone: its transfer stops, and the server sees the connection close
        QTRY_COMPARE_WITH_TIMEOUT(server.disconnects, 1, 5000);
        // The transport goes on serving other jobs (nothing was left half-delivered to the dead one).
        server.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) { reply.send(200, "ok"); };
        r.streamBody = false;
        auto next = m_transport.start(r);
        QCOMPARE(std::get<HttpResponse>(waitFor(*next)).body, QByteArray("ok"));
    }

    void aStalledServerIsGivenUpOn()
    {
        TestHttpServer silent; // accepts, reads the request, never answers
        HttpRequest r;
        r.url = QUrl(QString::fromLatin1(silent.base() + "/v1/fine-tunes/ft-1"));
        r.timeoutMs = 600000; // far away: the stall limit must end it
        r.stallTimeoutMs = 1000;
        auto job = m_transport.start(r);
        const auto outcome = waitFor(*job);
        QVERIFY(std::holds_alternative<ApiError>(outcome));
        const ApiError& e = std::get<ApiError>(outcome);
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QVERIFY2(e.message.contains(QStringLiteral("stalled")), qPrintable(e.message));
        QVERIFY(!e.notSent); // the request went out: whatever it asked may have happened
        QCOMPARE(silent.received.size(), 1);

        // A stream that starts and then goes silent is cut the same way.
        TestHttpServer halting;
        halting.handler = [](const TestHttpServer::Request&, TestHttpServer::Reply& reply) {
            reply.stream({"data: one\n\n"}, 10, false);
        };
        r.url = QUrl(QString::fromLatin1(halting.base() + "/v1/chat/completions"));
        r.streamBody = true;
        auto stream = m_transport.start(r);
        const auto cut = waitFor(*stream);
        QVERIFY(std::holds_alternative<ApiError>(cut));
        QVERIFY2(std::get<ApiError>(cut).message.contains(QStringLiteral("stalled")),
                 qPrintable(std::get<ApiError>(cut).message));
    }

    void aRefusedConnectionWasNeverSent()
    {
        quint16 port = 0;
        {
            TestHttpServer closed;
            port = closed.serverPort();
        }
        HttpRequest r;
        r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/v1/fine-tunes").arg(port));
        r.method = "POST";
        auto job = m_transport.start(r);
        const auto outcome = waitFor(*job);
        QVERIFY(std::get<ApiError>(outcome).notSent);
    }
};

QTEST_GUILESS_MAIN(TestCurlTransport)
#include "tst_curltransport.moc"
