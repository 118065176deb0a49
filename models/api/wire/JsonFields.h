#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "core/JsonRead.h"

#include <nlohmann/json.hpp>

#include <optional>

// Tolerant readers for wire objects, on top of core/JsonRead.h: a missing key, a null, or a
// value of another type than documented gives the default instead of an exception (unknown
// fields and new enum values must never break parsing). Numbers may also come as strings.
namespace td::wire {

nlohmann::json parse(const QByteArray& body); // discarded (is_discarded()) when not JSON
QString str(const nlohmann::json& j, const char* key);
qint64 integer(const nlohmann::json& j, const char* key, qint64 fallback = 0);
// integer() clamped to the range of int (no silent wrap-around of a huge count).
int smallInteger(const nlohmann::json& j, const char* key, int fallback = 0);
double number(const nlohmann::json& j, const char* key, double fallback = 0);
std::optional<double> optNumber(const nlohmann::json& j, const char* key);
std::optional<bool> boolean(const nlohmann::json& j, const char* key);
QStringList strings(const nlohmann::json& j, const char* key);
// ISO 8601 / RFC 3339 strings (with or without fractions, Z or an offset) and Unix seconds.
QDateTime time(const nlohmann::json& j, const char* key);
// The list of a {"data": [...]} answer; also accepts a bare array.
const nlohmann::json& dataArray(const nlohmann::json& j);
// UTC with milliseconds and a literal Z, the form the Python CLI can parse (contract 1.7).
std::string isoTime(const QDateTime& t);

} // namespace td::wire
