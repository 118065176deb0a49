#include "api/wire/TrainingMetric.h"

#include "api/wire/JsonFields.h"
#include "core/JsonRead.h"

#include <QTimeZone>

#include <cmath>

namespace td {

QDateTime TrainingMetric::timeFrom(const nlohmann::json& v)
{
    if (const auto s = json::asString(v)) {
        bool ok = false;
        const double n = s->toDouble(&ok);
        if (!ok) {
            nlohmann::json holder = nlohmann::json::object();
            holder["t"] = s->toStdString();
            return wire::time(holder, "t");
        }
        return timeFrom(nlohmann::json(n));
    }
    const auto n = json::asNumber(v);
    if (!n || !std::isfinite(*n) || *n <= 0)
        return {};
    // Seconds since 1970 are below 1e11 until the year 5138; each finer unit is 1000 times more.
    double ms = *n;
    if (ms >= 1e17)
        ms /= 1e6; // nanoseconds
    else if (ms >= 1e14)
        ms /= 1e3; // microseconds
    else if (ms < 1e11)
        ms *= 1e3;              // seconds
    if (ms > 253402300799999.0) // after 9999-12-31
        return {};
    // Integral nanoseconds keep their millisecond exactly (a double holds 2^53).
    if (const auto i = json::asInteger(v); i && *i >= qint64(1e17))
        return QDateTime::fromMSecsSinceEpoch(*i / 1000000, QTimeZone::utc());
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(ms)), QTimeZone::utc());
}

QList<TrainingMetric> TrainingMetric::listFromJson(const nlohmann::json& j)
{
    QList<TrainingMetric> out;
    const nlohmann::json* list = nullptr;
    if (j.is_array())
        list = &j;
    else if (j.is_object())
        for (const char* key : {"data", "metrics"}) // "metrics" (documented) wins
            if (auto it = j.find(key); it != j.end() && it->is_array())
                list = &*it;
    if (!list)
        return out;
    for (const auto& m : *list) {
        if (!m.is_object())
            continue;
        TrainingMetric t;
        for (auto it = m.begin(); it != m.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (key == QLatin1String("timestamp")) {
                t.loggedAt = timeFrom(*it);
                continue;
            }
            // Numbers, or numbers sent as strings; anything else is not a value to chart.
            std::optional<double> value = json::asNumber(*it);
            if (!value && it->is_string()) {
                bool ok = false;
                const double d = json::asString(*it)->toDouble(&ok);
                if (ok)
                    value = d;
            }
            if (!value)
                continue;
            if (key.endsWith(QLatin1String("global_step")) || key == QLatin1String("step"))
                t.step = json::asInteger(nlohmann::json(*value)).value_or(0); // clamped: no float overflows
            else
                t.values.insert(key, *value);
        }
        out.append(t);
    }
    return out;
}

} // namespace td
