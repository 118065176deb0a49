#pragma once

#include "validate/LintProblem.h"

#include <QByteArray>
#include <QByteArrayView>

namespace td {

// The result of applying a quick fix to one row.
struct FixOutcome
{
    enum class Action { Unchanged, Replace, Delete } action = Action::Unchanged;
    QByteArray bytes; // with Replace
};

// Applies one kind of fix to every place in the row where it applies. Fixes that need the
// row parsed only touch rows that parse; the row is re-serialized compactly, keys in order.
FixOutcome applyFix(QByteArrayView row, FixKind kind);

} // namespace td
