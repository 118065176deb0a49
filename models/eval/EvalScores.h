#pragma once

#include <QString>

#include <optional>

namespace td {

// The automatic scores of one answer against the dataset's own answer.
struct EvalScores
{
    bool exact = false;            // the same text
    bool normalized = false;       // the same after normalize()
    double lengthRatio = 0;        // answer characters / reference characters (0 when the reference is empty)
    bool refusal = false;          // the answer declines ("I can't help with that", "As an AI ...")
    std::optional<bool> validJson; // only when JSON mode was on

    static EvalScores of(const QString& answer, const QString& reference, bool jsonMode);
    // Case folded, Unicode-normalised (NFKC), punctuation at either end and around words
    // dropped, runs of white space made one space.
    static QString normalize(const QString& text);
    static bool isRefusal(const QString& answer);
    // A JSON object or array, also inside one ```json fence (models add them).
    static bool isValidJson(const QString& answer);
};

} // namespace td
