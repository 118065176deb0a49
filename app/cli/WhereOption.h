#pragma once

#include "dataset/DocumentSnapshot.h"
#include "query/RowFacts.h"

#include <QString>

#include <optional>
#include <vector>

class QTextStream;

namespace td::cli {

// `--where EXPR` of stats and export: the positions of the rows whose facts match, or nothing
// after printing the parse error (with a caret under its column) to `err`.
std::optional<std::vector<std::int64_t>> rowsWhere(const QString& expression, const std::vector<RowFacts>& facts,
                                                   QTextStream& err);

} // namespace td::cli
