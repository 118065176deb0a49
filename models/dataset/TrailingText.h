#pragma once

#include <QByteArrayView>

#include <optional>

namespace td {

// Where text begins after a row's first JSON object ('{"messages": [...]} extra'), when there
// is such text: the offset just after the object's closing brace. Nothing when the row does not
// start with an object (after blanks), the object never closes, or only blanks follow it.
// Brackets are matched outside strings; whether the object itself is valid JSON is the caller's
// question (the linter asks Python's parser, so the fix only offers a row Together accepts).
std::optional<qsizetype> trailingTextStart(QByteArrayView row);

} // namespace td
