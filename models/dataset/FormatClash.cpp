#include "dataset/FormatClash.h"

#include "dataset/DatasetDocument.h"

#include <algorithm>

namespace td {

namespace {

bool isKnown(RowFormat f)
{
    return f == RowFormat::Conversation || f == RowFormat::Instruction || f == RowFormat::Text ||
           f == RowFormat::Preference;
}

std::optional<RowFormat> knownFormat(QByteArrayView row)
{
    SummaryOptions options;
    options.preview = false;
    const RowFormat f = summarizeRow(row, options).format;
    return isKnown(f) ? std::optional(f) : std::nullopt;
}

} // namespace

std::optional<FormatClash> formatClash(const DatasetDocument& doc, const QList<QByteArray>& added)
{
    std::optional<RowFormat> ours;
    const std::int64_t scan = std::min<std::int64_t>(doc.rowCount(), 1000);
    for (std::int64_t i = 0; i < scan && !ours; ++i)
        ours = knownFormat(doc.rowView(i));
    if (!ours)
        return std::nullopt;
    for (const QByteArray& row : added)
        if (const auto theirs = knownFormat(row); theirs && *theirs != *ours)
            return FormatClash{*ours, *theirs};
    return std::nullopt;
}

} // namespace td
