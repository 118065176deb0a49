#include "core/JsonRead.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>

namespace td::json {

nlohmann::json parse(QByteArrayView bytes)
{
    // allow_exceptions = false: a syntax error gives a discarded value instead of throwing.
    return nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
}

const nlohmann::json* find(const nlohmann::json& j, std::string_view key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it == j.end() || it->is_null() ? nullptr : &*it;
}

std::optional<QString> asString(const nlohmann::json& v)
{
    if (!v.is_string())
        return std::nullopt;
    const std::string& s = v.get_ref<const std::string&>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::optional<qint64> asInteger(const nlohmann::json& v)
{
    if (v.is_number_unsigned()) {
        const std::uint64_t u = v.get<std::uint64_t>();
        return u > std::uint64_t(INT64_MAX) ? INT64_MAX : qint64(u);
    }
    if (v.is_number_integer())
        return v.get<std::int64_t>();
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isnan(d))
            return std::nullopt;
        // 2^63 is exact in a double; converting anything at or beyond it is undefined.
        if (d >= 9223372036854775808.0)
            return INT64_MAX;
        if (d < -9223372036854775808.0)
            return INT64_MIN;
        return qint64(d);
    }
    return std::nullopt;
}

std::optional<double> asNumber(const nlohmann::json& v)
{
    if (!v.is_number())
        return std::nullopt;
    return v.get<double>();
}

std::optional<bool> asBool(const nlohmann::json& v)
{
    if (!v.is_boolean())
        return std::nullopt;
    return v.get<bool>();
}

std::optional<QString> optString(const nlohmann::json& j, std::string_view key)
{
    const auto* v = find(j, key);
    return v ? asString(*v) : std::nullopt;
}

QString string(const nlohmann::json& j, std::string_view key, const QString& fallback)
{
    return optString(j, key).value_or(fallback);
}

std::optional<qint64> optInteger(const nlohmann::json& j, std::string_view key)
{
    const auto* v = find(j, key);
    return v ? asInteger(*v) : std::nullopt;
}

qint64 integer(const nlohmann::json& j, std::string_view key, qint64 fallback)
{
    return optInteger(j, key).value_or(fallback);
}

int smallInteger(const nlohmann::json& j, std::string_view key, int fallback)
{
    const auto n = optInteger(j, key);
    return n ? int(std::clamp<qint64>(*n, INT_MIN, INT_MAX)) : fallback;
}

std::optional<double> optNumber(const nlohmann::json& j, std::string_view key)
{
    const auto* v = find(j, key);
    return v ? asNumber(*v) : std::nullopt;
}

double number(const nlohmann::json& j, std::string_view key, double fallback)
{
    return optNumber(j, key).value_or(fallback);
}

std::optional<bool> optBool(const nlohmann::json& j, std::string_view key)
{
    const auto* v = find(j, key);
    return v ? asBool(*v) : std::nullopt;
}

bool boolean(const nlohmann::json& j, std::string_view key, bool fallback)
{
    return optBool(j, key).value_or(fallback);
}

const nlohmann::json& array(const nlohmann::json& j, std::string_view key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    const auto* v = find(j, key);
    return v && v->is_array() ? *v : empty;
}

const nlohmann::json& object(const nlohmann::json& j, std::string_view key)
{
    static const nlohmann::json empty = nlohmann::json::object();
    const auto* v = find(j, key);
    return v && v->is_object() ? *v : empty;
}

} // namespace td::json
