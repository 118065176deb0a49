#include "api/http/ApiError.h"
#include "api/http/RetryPolicy.h"

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
        // Absurd values are capped before they become integers (undefined behaviour otherwise).
        constexpr std::int64_t year = 365LL * 24 * 3600 * 1000;
        QCOMPARE(retryAfterFromHeaders("1e300", {}), year);
        QCOMPARE(retryAfterFromHeaders({}, "inf"), year);
        QCOMPARE(retryAfterFromHeaders({}, "-inf"), -1);
        QCOMPARE(retryAfterFromHeaders({}, "nan"), -1);
        QCOMPARE(retryAfterFromHeaders({}, {}), -1);
        const QByteArray date = QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const auto ms = retryAfterFromHeaders({}, date);
        QVERIFY2(ms > 25000 && ms <= 31000, qPrintable(QString::number(ms)));
        QCOMPARE(retryAfterFromHeaders({}, "not a date"), -1);
    }

    void retryAfterAsAnHttpDate()
    {
        // RFC 7231 7.1.1.1: IMF-fixdate is what servers send; the two obsolete forms are read too.
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);
        QCOMPARE(retryAfterFromHeaders({}, "Sun, 06 Nov 1994 08:49:37 GMT", now), 37000);
        QCOMPARE(retryAfterFromHeaders({}, "Sunday, 06-Nov-94 08:49:37 GMT", now), 37000);
        QCOMPARE(retryAfterFromHeaders({}, "Sun Nov  6 08:49:37 1994", now), 37000);
        QCOMPARE(retryAfterFromHeaders({}, "Sun, 06 Nov 1994 08:51:00 GMT", now), 120000);
        // In the past, or not a date: no wait from it.
        QCOMPARE(retryAfterFromHeaders({}, "Sun, 06 Nov 1994 08:48:00 GMT", now), -1);
        QCOMPARE(retryAfterFromHeaders({}, "Sun, 06 Nov 1994 25:49:37 GMT", now), -1);
        QCOMPARE(retryAfterFromHeaders({}, "Sun, 06 Foo 1994 08:49:37 GMT", now), -1);
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"),
                 QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
        // retry-after-ms wins over either.
        QCOMPARE(retryAfterFromHeaders("250", "Sun, 06 Nov 1994 08:49:37 GMT", now), 250);
    }

    void retryPolicy()
    {
        RetryPolicy p;
        ApiError rate = parseErrorBody(429, "{}");
        rate.retryAfterMs = 1200;
        QVERIFY(p.shouldRetry(rate, true, 0));
        // A 429 means nothing was done: a call with side effects may be sent again.
        QVERIFY(p.shouldRetry(rate, false, 0));
        QVERIFY(!p.shouldRetry(rate, true, 5));
        QCOMPARE(p.delayMs(rate, 0, [] { return 0.0; }), 1200);
        // The server's wait is honoured exactly up to the cap...
        rate.retryAfterMs = 60000;
        QVERIFY(p.shouldRetry(rate, true, 0));
        QCOMPARE(p.delayMs(rate, 0, [] { return 0.5; }), 60000);
        // ...and beyond it the call gives up instead of trying again sooner than asked.
        rate.retryAfterMs = 120000;
        QVERIFY(p.waitIsTooLong(rate));
        QVERIFY(!p.shouldRetry(rate, true, 0));
        QVERIFY(!p.shouldRetry(rate, false, 0));
        rate.waitCapMs = p.maxServerDelayMs;
        QVERIFY2(rate.explanation().contains(QStringLiteral("wait 120 s")) &&
                     rate.explanation().contains(QStringLiteral("try again after")),
                 qPrintable(rate.explanation()));
        ApiError backoff = parseErrorBody(503, "overloaded");
        QCOMPARE(p.delayMs(backoff, 2, [] { return 0.0; }), 2000);
        QCOMPARE(p.delayMs(backoff, 10, [] { return 0.0; }), 8000); // capped
        QCOMPARE(p.delayMs(backoff, 0, [] { return 1.0; }), 375);   // jitter takes off up to 25 %
        QVERIFY(!p.shouldRetry(parseErrorBody(400, "{}"), true, 0));
        QVERIFY(p.shouldRetry(backoff, true, 0));
        // Any other failure of a call with side effects may have come after the work was done.
        QVERIFY(!p.shouldRetry(backoff, false, 0));
        ApiError net;
        net.kind = ApiError::Kind::Network;
        QVERIFY(p.shouldRetry(net, true, 0));
        QVERIFY(!p.shouldRetry(net, false, 0));
    }

    void theRetryMessageStatesTheWaitUsed()
    {
        ApiError rate = parseErrorBody(429, "{\"error\":{\"message\":\"slow down\"}}");
        rate.retryAfterMs = 1500;
        const QString asked = retryingText(2, 1500, rate);
        QVERIFY2(asked.contains(QStringLiteral("1.5 s")) && asked.contains(QStringLiteral("as the server asks")),
                 qPrintable(asked));
        ApiError busy = parseErrorBody(503, "busy");
        const QString backoff = retryingText(3, 4200, busy);
        QVERIFY2(backoff.contains(QStringLiteral("4.2 s")) && backoff.contains(QStringLiteral("attempt 3")),
                 qPrintable(backoff));
        QVERIFY(!backoff.contains(QStringLiteral("server asks")));
        QCOMPARE(waitText(120000), QStringLiteral("120 s"));
        QCOMPARE(waitText(600000), QStringLiteral("10 min"));
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
