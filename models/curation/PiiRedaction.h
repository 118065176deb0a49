#pragma once

#include "curation/PiiRowScan.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace td {

// Which findings of a row to replace with their typed placeholder ("<EMAIL>").
struct RedactTarget
{
    std::uint32_t kinds = kAllPiiKinds; // every finding of these kinds
    // Or only this one finding (its text's pointer and span), as listed by the scan.
    std::optional<RowPiiFinding> only;
};

// The row with the findings replaced, compact, keys in order; an empty array when nothing
// changes (no finding, or the row does not parse).
QByteArray redactRow(QByteArrayView row, const RedactTarget& target);

} // namespace td
