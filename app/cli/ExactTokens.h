#pragma once

#include "core/Result.h"

#include <QString>

namespace td::cli {

struct ExactTokens
{
    qint64 tokens = 0;
    qint64 trained = 0;
    QString tokenizer; // Tokenizer::describe()
};

// Counts a dataset file with the tokenizer in `dir` and its chat template (what
// `tunedesk-cli tokens` counts): for pre-flight's exact token count and price. Rows that cannot
// be counted are an error: an exact total would be wrong without them.
Result<ExactTokens> countExactTokens(const QString& file, const QString& dir, bool trainOnInputs);

} // namespace td::cli
