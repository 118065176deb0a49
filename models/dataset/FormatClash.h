#pragma once

#include "dataset/RowSummary.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace td {

class DatasetDocument;

// Rows about to be added whose format differs from the dataset's (say preference rows from the
// playground into a conversation dataset): Together refuses a file whose rows mix formats.
struct FormatClash
{
    RowFormat dataset;
    RowFormat added;
};

// The dataset's format is that of its first row in a known format (of the first 1,000 rows);
// nothing when the dataset has none yet, or the formats agree.
std::optional<FormatClash> formatClash(const DatasetDocument& doc, const QList<QByteArray>& added);

} // namespace td
