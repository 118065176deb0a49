#include "api/JsonFields.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace td::wire {

nlohmann::json parse(const QByteArray& body)
{
    return nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
}

namespace {
const nlohmann::json* find(const nlohmann::json& j, const char* key)
{
    if (!j.is_object())
        return nullptr;
    auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
}
} // namespace

QString str(const nlohmann::json& j, const char* key)
{
    const auto* v = find(j, key);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

qint64 integer(const nlohmann::json& j, const char* key, qint64 fallback)
{
    const auto* v = find(j, key);
    if (!v)
        return fallback;
    if (v->is_number_integer())
        return v->get<qint64>();
    if (v->is_number_unsigned())
        return qint64(std::min<std::uint64_t>(v->get<std::uint64_t>(), std::uint64_t(INT64_MAX)));
    if (v->is_number_float())
        return qint64(v->get<double>());
    if (v->is_string()) {
        bool ok = false;
        const qint64 n = QString::fromStdString(v->get<std::string>()).toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

std::optional<double> optNumber(const nlohmann::json& j, const char* key)
{
    const auto* v = find(j, key);
    if (v && v->is_number())
        return v->get<double>();
    if (v && v->is_string()) {
        bool ok = false;
        const double d = QString::fromStdString(v->get<std::string>()).toDouble(&ok);
        if (ok)
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
    const auto* v = find(j, key);
    if (v && v->is_boolean())
        return v->get<bool>();
    return std::nullopt;
}

QStringList strings(const nlohmann::json& j, const char* key)
{
    QStringList out;
    const auto* v = find(j, key);
    if (v && v->is_array())
        for (const auto& s : *v)
            if (s.is_string())
                out << QString::fromStdString(s.get<std::string>());
    return out;
}

QDateTime time(const nlohmann::json& j, const char* key)
{
    const auto* v = find(j, key);
    if (!v)
        return {};
    if (v->is_number())
        return QDateTime::fromSecsSinceEpoch(qint64(v->get<double>()), QTimeZone::utc());
    if (!v->is_string())
        return {};
    const QString s = QString::fromStdString(v->get<std::string>());
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
