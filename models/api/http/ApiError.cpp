#include "api/http/ApiError.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace td {

namespace {

QString str(const nlohmann::json& j, const char* key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    return QString::fromStdString(it->dump());
}

} // namespace

bool ApiError::isRetryable() const
{
    if (kind == Kind::Network)
        return true;
    if (kind != Kind::Http)
        return false;
    return httpStatus == 429 || httpStatus == 408 || httpStatus >= 500;
}

ApiError parseErrorBody(int status, const QByteArray& body)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    const nlohmann::json j = json::parse(body);
    if (j.is_object()) {
        auto err = j.find("error");
        if (err != j.end() && err->is_object()) {
            e.message = str(*err, "message");
            e.type = str(*err, "type");
            e.code = str(*err, "code");
            e.param = str(*err, "param");
        } else if (err != j.end() && err->is_string()) {
            e.message = QString::fromStdString(err->get<std::string>());
        }
        if (e.message.isEmpty())
            e.message = str(j, "message");
        // Other shapes put the code beside the message ({"code": "...", "message": "..."}).
        if (auto code = j.find("code"); e.code.isEmpty() && code != j.end() && code->is_string())
            e.code = QString::fromStdString(code->get<std::string>());
        e.requestId = str(j, "id");
        if (e.message.isEmpty())
            e.message = QString::fromUtf8(body.left(500));
    } else {
        // Not JSON: show the start of it, without markup noise.
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (text.startsWith(QLatin1Char('<')))
            text.clear();
        e.message = text;
    }
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1").arg(status);
    return e;
}

std::int64_t retryAfterFromHeaders(const QByteArray& retryAfterMs, const QByteArray& retryAfter, const QDateTime& now)
{
    // A server may send anything ("1e300", "inf"): converting such a double to an integer is
    // undefined, so waits are capped at a year first (far beyond any cap the caller applies).
    static constexpr double kYearMs = 365.0 * 24 * 3600 * 1000;
    auto milliseconds = [](double ms) { return ms > 0 ? std::int64_t(std::min(ms, kYearMs)) : std::int64_t(-1); };
    bool ok = false;
    if (!retryAfterMs.isEmpty()) {
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && ms > 0)
            return milliseconds(ms);
    }
    if (retryAfter.isEmpty())
        return -1;
    const double seconds = retryAfter.trimmed().toDouble(&ok);
    if (ok)
        return milliseconds(seconds * 1000);
    const QDateTime when = parseHttpDate(retryAfter);
    if (!when.isValid())
        return -1;
    const std::int64_t ms = now.msecsTo(when);
    return ms > 0 ? ms : -1;
}

QDateTime parseHttpDate(const QByteArray& text)
{
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    auto month = [](const QByteArray& name) {
        for (int i = 0; i < 12; ++i)
            if (name == months[i])
                return i + 1;
        return 0;
    };
    auto number = [](const QByteArray& digits) {
        bool ok = false;
        const int n = digits.toInt(&ok);
        return ok && !digits.isEmpty() && digits.size() <= 4 ? n : -1;
    };
    const QList<QByteArray> parts = text.simplified().split(' ');
    QByteArray day, mon, year, time;
    if (parts.size() == 6 && parts[0].endsWith(',') && parts[5] == "GMT") {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        day = parts[1];
        mon = parts[2];
        year = parts[3];
        time = parts[4];
    } else if (parts.size() == 4 && parts[0].endsWith(',') && parts[3] == "GMT") {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QList<QByteArray> dmy = parts[1].split('-');
        if (dmy.size() != 3)
            return {};
        day = dmy[0];
        mon = dmy[1];
        year = dmy[2];
        time = parts[2];
    } else if (parts.size() == 5) {
        // asctime: Sun Nov  6 08:49:37 1994
        mon = parts[1];
        day = parts[2];
        time = parts[3];
        year = parts[4];
    } else {
        // Not an HTTP date; some servers send RFC 2822 with a numeric zone.
        return QDateTime::fromString(QString::fromLatin1(text.trimmed()), Qt::RFC2822Date);
    }
    int y = number(year);
    if (year.size() == 2 && y >= 0) // RFC 850's two digits: the nearest century that is not > 50 years ahead
        y += y < 70 ? 2000 : 1900;
    const QList<QByteArray> hms = time.split(':');
    const QDate date(y, month(mon), number(day));
    const QTime clock(number(hms.value(0)), number(hms.value(1)), number(hms.value(2)));
    if (hms.size() != 3 || !date.isValid() || !clock.isValid())
        return QDateTime::fromString(QString::fromLatin1(text.trimmed()), Qt::RFC2822Date);
    return QDateTime(date, clock, Qt::UTC);
}

QString waitText(std::int64_t ms)
{
    const std::int64_t seconds = (std::max<std::int64_t>(ms, 0) + 999) / 1000;
    if (ms < 10000)
        return QCoreApplication::translate("td::ApiError", "%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    if (seconds <= 120)
        return QCoreApplication::translate("td::ApiError", "%1 s").arg(seconds);
    const std::int64_t minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return QCoreApplication::translate("td::ApiError", "%1 min").arg(minutes);
    return QCoreApplication::translate("td::ApiError", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ApiError::explanation() const
{
    switch (kind) {
    case Kind::Network:
        return QCoreApplication::translate("td::ApiError",
                                           "Could not reach the server: %1. Check the connection and the base URL.")
            .arg(message);
    case Kind::Cancelled:
        return QCoreApplication::translate("td::ApiError", "Stopped.");
    case Kind::Stream:
        return QCoreApplication::translate("td::ApiError", "The answer stopped before it was complete: %1")
            .arg(message);
    case Kind::Parse:
        return QCoreApplication::translate("td::ApiError", "The server's answer could not be read: %1").arg(message);
    case Kind::Http:
        break;
    }
    QString hint;
    switch (httpStatus) {
    case 401:
        hint = QCoreApplication::translate("td::ApiError", "Check the API key of this connection.");
        break;
    case 402: {
        // Prepaid billing (2026): "insufficient_balance", with the amount the job needs.
        static const QRegularExpression amount(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*USD"));
        const auto m = amount.match(message);
        if (m.hasMatch())
            hint = QCoreApplication::translate("td::ApiError",
                                               "This job needs %1 USD of balance and credit limit together: add "
                                               "credit on Together's billing page (or make the job smaller), then "
                                               "launch again.")
                       .arg(m.captured(1));
        else
            hint =
                QCoreApplication::translate("td::ApiError", "The account is out of credit or over its spending limit.");
        break;
    }
    case 403:
        hint = QCoreApplication::translate("td::ApiError",
                                           "Not allowed, or the request is longer than the model's context.");
        break;
    case 404:
        hint = QCoreApplication::translate(
            "td::ApiError", "The model, file, job or endpoint does not exist (or is not available to this key).");
        break;
    case 429:
        hint = retryAfterMs > 0 ? QCoreApplication::translate("td::ApiError", "Rate limited; try again in %1.")
                                      .arg(waitText(retryAfterMs))
                                : QCoreApplication::translate("td::ApiError", "Rate limited; try again shortly.");
        break;
    case 503:
        hint =
            QCoreApplication::translate("td::ApiError", "The service is overloaded or not ready; try again shortly.");
        break;
    default:
        if (httpStatus >= 500)
            hint = QCoreApplication::translate("td::ApiError", "The server failed; try again later.");
        break;
    }
    if (waitCapMs >= 0 && retryAfterMs > waitCapMs)
        hint = QCoreApplication::translate("td::ApiError",
                                           "The server asks to wait %1 before trying again, longer than TuneDesk "
                                           "waits by itself (%2): try again after %3.")
                   .arg(waitText(retryAfterMs), waitText(waitCapMs),
                        QLocale().toString(QDateTime::currentDateTime().addMSecs(retryAfterMs).time(),
                                           QLocale::ShortFormat));
    QString text = QStringLiteral("%1 %2").arg(httpStatus).arg(message);
    if (!hint.isEmpty())
        text += QStringLiteral(" — ") + hint;
    return text;
}

} // namespace td
