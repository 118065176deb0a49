#include "api/ApiError.h"
#include "api/RetryPolicy.h"

#include <QDateTime>
#include <QTest>

using namespace td;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void everyBodyShape()
    {
        // The canonical envelope (contract 1.4), with the request id.
        ApiError e = parseErrorBody(400, "{\"id\":\"okkMZ1x\",\"error\":{\"message\":\"Unable to access non-serverless "
                                         "model x.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":"
                                         "\"model_not_available\"}}");
        QCOMPARE(e.message, QStringLiteral("Unable to access non-serverless model x."));
        QCOMPARE(e.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(e.code, QStringLiteral("model_not_available"));
        QCOMPARE(e.requestId, QStringLiteral("okkMZ1x"));
        QVERIFY(e.param.isEmpty());
        // {"error": "text"}
        QCOMPARE(parseErrorBody(500, "{\"error\":\"boom\"}").message, QStringLiteral("boom"));
        // {"message": "..."} (the limits endpoint's 404)
        QCOMPARE(parseErrorBody(404, "{\"message\":\"model not found\"}").message, QStringLiteral("model not found"));
        // Plain text and HTML bodies.
        QCOMPARE(parseErrorBody(503, "upstream connect error").message, QStringLiteral("upstream connect error"));
        QCOMPARE(parseErrorBody(502, "<html><body>Bad Gateway</body></html>").message, QStringLiteral("HTTP 502"));
        QCOMPARE(parseErrorBody(500, "").message, QStringLiteral("HTTP 500"));
        // A 402 explains itself.
        ApiError credit =
            parseErrorBody(402, "{\"error\":{\"message\":\"Credit limit exceeded.\",\"type\":\"credit_limit\"}}");
        QVERIFY(credit.explanation().startsWith(QStringLiteral("402 Credit limit exceeded.")));
        QVERIFY(credit.explanation().contains(QStringLiteral("credit")));
    }

    void retryAfter()
    {
        QCOMPARE(retryAfterFromHeaders("1500", "9"), 1500);
        QCOMPARE(retryAfterFromHeaders({}, "2.5"), 2500);
        QCOMPARE(retryAfterFromHeaders({}, "0"), -1);
        QCOMPARE(retryAfterFromHeaders({}, {}), -1);
        const QByteArray date = QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const auto ms = retryAfterFromHeaders({}, date);
        QVERIFY2(ms > 25000 && ms <= 31000, qPrintable(QString::number(ms)));
        QCOMPARE(retryAfterFromHeaders({}, "not a date"), -1);
    }

    void retryPolicy()
    {
        RetryPolicy p;
        ApiError rate = parseErrorBody(429, "{}");
        rate.retryAfterMs = 1200;
        QVERIFY(p.shouldRetry(rate, true, 0));
        QVERIFY(!p.shouldRetry(rate, false, 0)); // never retry a call with side effects
        QVERIFY(!p.shouldRetry(rate, true, 5));
        QCOMPARE(p.delayMs(rate, 0, [] { return 0.0; }), 1200);
        rate.retryAfterMs = 3600000; // absurd: ignored, backoff instead
        QCOMPARE(p.delayMs(rate, 2, [] { return 0.0; }), 2000);
        QCOMPARE(p.delayMs(rate, 10, [] { return 0.0; }), 8000); // capped
        QCOMPARE(p.delayMs(rate, 0, [] { return 1.0; }), 375);   // jitter takes off up to 25 %
        QVERIFY(!p.shouldRetry(parseErrorBody(400, "{}"), true, 0));
        QVERIFY(p.shouldRetry(parseErrorBody(503, "overloaded"), true, 0));
        ApiError net;
        net.kind = ApiError::Kind::Network;
        QVERIFY(p.shouldRetry(net, true, 0));
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
