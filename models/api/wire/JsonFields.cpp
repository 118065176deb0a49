#include "api/wire/JsonFields.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>

namespace td::wire {

nlohmann::json parse(const QByteArray& body)
{
    return json::parse(body);
}

// Wire numbers are read leniently: some endpoints send counts and prices as strings.
QString str(const nlohmann::json& j, const char* key)
{
    return json::string(j, key);
}

qint64 integer(const nlohmann::json& j, const char* key, qint64 fallback)
{
    const auto* v = json::find(j, key);
    if (!v)
        return fallback;
    if (const auto n = json::asInteger(*v))
        return *n;
    if (v->is_string()) {
        const QString text = *json::asString(*v);
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        if (ok)
            return n;
        // "12.5" or "1e3": through a double, clamped like any JSON float.
        const double d = text.toDouble(&ok);
        return ok && std::isfinite(d) ? json::asInteger(nlohmann::json(d)).value_or(fallback) : fallback;
    }
    return fallback;
}

int smallInteger(const nlohmann::json& j, const char* key, int fallback)
{
    return int(std::clamp<qint64>(integer(j, key, fallback), INT_MIN, INT_MAX));
}

std::optional<double> optNumber(const nlohmann::json& j, const char* key)
{
    const auto* v = json::find(j, key);
    if (!v)
        return std::nullopt;
    if (const auto d = json::asNumber(*v))
        return d;
    if (v->is_string()) {
        bool ok = false;
        const double d = json::asString(*v)->toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

double number(const nlohmann::json& j, const char* key, double fallback)
{
    return optNumber(j, key).value_or(fallback);
}

std::optional<bool> boolean(const nlohmann::json& j, const char* key)
{
    return json::optBool(j, key);
}

QStringList strings(const nlohmann::json& j, const char* key)
{
    QStringList out;
    for (const auto& s : json::array(j, key))
        if (const auto text = json::asString(s))
            out << *text;
    return out;
}

QDateTime time(const nlohmann::json& j, const char* key)
{
    const auto* v = json::find(j, key);
    if (!v)
        return {};
    if (const auto secs = json::asInteger(*v)) {
        // Beyond year 9999 is no time a server means; Qt's arithmetic must not overflow either.
        constexpr qint64 kMaxSeconds = 253402300799;
        return *secs < -kMaxSeconds || *secs > kMaxSeconds ? QDateTime()
                                                           : QDateTime::fromSecsSinceEpoch(*secs, QTimeZone::utc());
    }
    const auto text = json::asString(*v);
    if (!text)
        return {};
    const QString& s = *text;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        // Python's isoformat may carry microseconds: keep the milliseconds.
        static const QRegularExpression micro(QStringLiteral("(\\.\\d{3})\\d+"));
        t = QDateTime::fromString(QString(s).replace(micro, QStringLiteral("\\1")), Qt::ISODateWithMs);
    }
    return t;
}

const nlohmann::json& dataArray(const nlohmann::json& j)
{
    static const nlohmann::json empty = nlohmann::json::array();
    if (j.is_array())
        return j;
    if (j.is_object())
        if (auto it = j.find("data"); it != j.end() && it->is_array())
            return *it;
    return empty;
}

std::string isoTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

} // namespace td::wire
