#pragma once

#include "import/ImportFormat.h"
#include "import/RecordReader.h"

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace td {

// What the detector decided about a file from its first rows.
struct Detection
{
    ImportFormat format = ImportFormat::Auto; // Auto: no format reads the rows
    // The share of sampled rows the format and mapping convert (0-1).
    double confidence = 0;
    FieldMapping mapping;
    bool jsonArray = false;          // JSON rows are the elements of one top-level array
    std::vector<std::string> header; // CSV/TSV: the column names
    int sampled = 0;                 // rows looked at
    QString explanation;             // one sentence: why this format

    RecordReader::Mode readerMode() const;
};

// Looks at `head`, the first bytes of a file (`complete`: the whole file), and picks the
// format and mapping that read the most of its rows; `forced` fixes the format (its mapping
// and confidence are still worked out), `mapping` (when not empty) fixes the mapping. The
// confidence is measured by converting the sampled rows with the converter the import uses.
Detection detectFormat(std::string_view head, bool complete, const QString& fileName,
                       ImportFormat forced = ImportFormat::Auto, const FieldMapping& mapping = {});

// For CSV/TSV: the mapping the column names suggest (prompt/completion when both are there,
// else system, user and assistant columns, else a text column); empty when none fits.
FieldMapping guessColumnMapping(const std::vector<std::string>& header);

} // namespace td
