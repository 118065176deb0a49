#pragma once

#include "core/Result.h"
#include "import/BatchConverter.h"
#include "import/FormatDetector.h"
#include "import/ImportFormat.h"
#include "validate/CheckProfile.h"
#include "validate/ParityReport.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace td {

struct ImportOptions
{
    QString input;
    QString output;                                   // .jsonl or .jsonl.zst; never the input
    ImportFormat format = ImportFormat::Auto;         // Auto: the detector decides
    FieldMapping mapping;                             // empty: the detector's
    std::size_t maxRowBytes = std::size_t(128) << 20; // longer rows are refused, not held
    std::size_t listedRefusals = 10000;               // refused rows kept with line and reason; the rest counted
    // After writing, check the output as Together would (only for .jsonl).
    std::optional<CheckProfile> check = CheckProfile::Client1534;
    std::function<void(std::int64_t bytesRead, std::int64_t total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct ImportSummary
{
    Detection detection;
    TargetFormat target = TargetFormat::Conversational;
    QString outputPath;
    std::int64_t rowsRead = 0; // rows of the input (the CSV header not counted)
    std::int64_t rowsConverted = 0;
    std::int64_t rowsRefused = 0;
    std::vector<RefusedRow> refused; // the first listedRefusals of them, in file order
    std::optional<ParityReport> check;

    bool refusedAll() const { return rowsConverted == 0; }
    // What tunedesk-cli import --json prints.
    QByteArray toJson() const;
};

// Reads the first bytes of `path` (up to 1 MiB) and detects its format; `format` and `mapping`
// override what the detector would choose.
Result<Detection> detectFile(const QString& path, ImportFormat format = ImportFormat::Auto,
                             const FieldMapping& mapping = {});

// Which side an import failed on: reading the input (missing, unreadable, no format fits),
// the mapping (a column the file does not have), or writing the output (including an output
// that is the input).
enum class ImportStage { Input, Mapping, Output };

// Converts a file to Together's JSONL, streaming: the input is read and the output written in
// chunks, so memory stays bounded whatever the size. Every input row is either converted or
// counted as refused with its line and reason. The output is written crash-safely (replaced
// only when complete) and then checked with options.check.
Result<ImportSummary> importFile(const ImportOptions& options, ImportStage* failedAt = nullptr);

// The first `rows` rows before and after conversion, for a preview.
struct ImportPreviewRow
{
    std::int64_t line = 0;
    QString input;  // the row as in the file (CSV: the fields joined by " | "), shortened
    QString output; // the converted row, or empty
    QString refusal;
};
Result<std::vector<ImportPreviewRow>> previewImport(const QString& path, const Detection& detection, int rows = 20);

} // namespace td
