#include "api/ApiError.h"

#include "core/JsonRead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

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

std::int64_t retryAfterFromHeaders(const QByteArray& retryAfterMs, const QByteArray& retryAfter)
{
    bool ok = false;
    if (!retryAfterMs.isEmpty()) {
        const double ms = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && ms > 0)
            return std::int64_t(ms);
    }
    if (retryAfter.isEmpty())
        return -1;
    const double seconds = retryAfter.trimmed().toDouble(&ok);
    if (ok)
        return seconds > 0 ? std::int64_t(seconds * 1000) : -1;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(retryAfter.trimmed()), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const std::int64_t ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return ms > 0 ? ms : -1;
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
    case 402:
        hint = QCoreApplication::translate("td::ApiError", "The account is out of credit or over its spending limit.");
        break;
    case 403:
        hint = QCoreApplication::translate("td::ApiError",
                                           "Not allowed, or the request is longer than the model's context.");
        break;
    case 404:
        hint = QCoreApplication::translate(
            "td::ApiError", "The model, file, job or endpoint does not exist (or is not available to this key).");
        break;
    case 429:
        hint = retryAfterMs > 0 ? QCoreApplication::translate("td::ApiError", "Rate limited; try again in %1 s.")
                                      .arg(QLocale().toString(double(retryAfterMs) / 1000.0, 'f', 1))
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
    QString text = QStringLiteral("%1 %2").arg(httpStatus).arg(message);
    if (!hint.isEmpty())
        text += QStringLiteral(" — ") + hint;
    return text;
}

} // namespace td
