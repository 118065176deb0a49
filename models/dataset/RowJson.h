#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace td {

// A row opened for editing: parsed with key order kept, so an edited row is written back with
// its keys where they were. Only rows someone edits are ever re-serialized.
using RowJson = nlohmann::ordered_json;

// Parses a row; the error carries the byte offset where parsing stopped.
Result<RowJson> parseRow(QByteArrayView bytes);
// Compact, UTF-8 (not \u-escaped), one line.
QByteArray serializeRow(const RowJson& json);
// Indented for reading in the raw editor.
QByteArray prettyRow(const RowJson& json);

// The bulk weight rules, applied to one conversation (or preference input) row.
enum class WeightRule {
    LastAssistantOnly, // weight 0 on every message but the last assistant message, which gets 1
    AllAssistant,      // weight 1 on every assistant message (others untouched)
    RemoveAll,         // no weight on any message
};
// The row's new bytes, or an empty array when the rule changes nothing (or the row is not a
// conversation that parses).
QByteArray applyWeightRule(QByteArrayView row, WeightRule rule);

QString toQString(const std::string& s);
std::string toStd(const QString& s);

} // namespace td
