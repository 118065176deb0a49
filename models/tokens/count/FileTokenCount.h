#pragma once

#include "core/Result.h"

#include <QString>

namespace td {

class Tokenizer;

// A dataset file's exact tokens and trained tokens with a model's tokenizer and chat template
// (what `tunedesk-cli tokens` counts, summed): pre-flight's exact count and price, in the app
// and the CLI alike. Rows that cannot be counted (not JSON, say) are left out and said so: the
// app shows the count of the others with that note, the CLI refuses a total without them.
struct FileTokenCount
{
    qint64 tokens = 0;
    qint64 trained = 0;
    QString tokenizer; // Tokenizer::describe()
    qint64 failedRows = 0;
    QString failure; // the first row that could not be counted, and why ("" when none)

    static Result<FileTokenCount> of(const QString& file, const Tokenizer& tokenizer, bool trainOnInputs);
    // Loads the tokenizer in `dir` (tokenizer.json and tokenizer_config.json) first.
    static Result<FileTokenCount> of(const QString& file, const QString& dir, bool trainOnInputs);
};

} // namespace td
