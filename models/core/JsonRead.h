#pragma once

#include <QByteArrayView>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string_view>

// Reading JSON that came from a file or a server, without exceptions. nlohmann's value(),
// get<T>(), at() and operator[] on a const object throw (or assert) when a key holds another
// type than the code expects ("role": 5), and an exception escaping a Qt slot ends the
// program. Everything read from outside goes through these instead: a missing key, a null
// and a value of another type all read as "absent", and the caller decides whether absence
// means a default or an Error.
namespace td::json {

// Parses without throwing: a discarded value (is_discarded()) when the bytes are not JSON.
nlohmann::json parse(QByteArrayView bytes);

// The member `key` of `j`, or nullptr when `j` is not an object, has no such key, or it is null.
const nlohmann::json* find(const nlohmann::json& j, std::string_view key);

// One value, read as a type: nullopt when it has another type.
std::optional<QString> asString(const nlohmann::json& v);
// Integral numbers; a float is truncated toward zero and clamped to the range of qint64
// (a server that sends 12.0 means 12, and no float may overflow the conversion).
std::optional<qint64> asInteger(const nlohmann::json& v);
std::optional<double> asNumber(const nlohmann::json& v);
std::optional<bool> asBool(const nlohmann::json& v);

// A member, read as a type: the fallback when it is absent, null or of another type.
std::optional<QString> optString(const nlohmann::json& j, std::string_view key);
QString string(const nlohmann::json& j, std::string_view key, const QString& fallback = {});
std::optional<qint64> optInteger(const nlohmann::json& j, std::string_view key);
qint64 integer(const nlohmann::json& j, std::string_view key, qint64 fallback = 0);
// integer() clamped to the range of int, for counts and indexes kept in an int.
int smallInteger(const nlohmann::json& j, std::string_view key, int fallback = 0);
std::optional<double> optNumber(const nlohmann::json& j, std::string_view key);
double number(const nlohmann::json& j, std::string_view key, double fallback = 0);
std::optional<bool> optBool(const nlohmann::json& j, std::string_view key);
bool boolean(const nlohmann::json& j, std::string_view key, bool fallback = false);
// The member when it is an array (or object); an empty one otherwise, so a loop over it
// simply does nothing.
const nlohmann::json& array(const nlohmann::json& j, std::string_view key);
const nlohmann::json& object(const nlohmann::json& j, std::string_view key);

} // namespace td::json
