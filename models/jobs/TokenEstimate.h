#pragma once

#include "api/wire/FineTuneRequest.h"
#include "core/Result.h"

#include <QString>

#include <atomic>
#include <optional>

namespace td {

// How many tokens a dataset holds and how many of them are trained on, estimated from
// characters (4 per token) until a tokenizer exists. Trained text follows Together's rules:
// assistant messages (weight 1 or none) unless train_on_inputs is true, completions of
// instruction rows, all of a text row, both answers of a preference row.
struct TokenEstimate
{
    static constexpr int kCharsPerToken = 4;

    qint64 rows = 0;
    qint64 unreadableRows = 0; // not JSON or not an object: counted as rows, no tokens
    qint64 chars = 0;
    qint64 trainedChars = 0;

    // Exact counts from the model's tokenizer (RowTokenCounter), when a tokenizer counted the
    // same file: then tokens() and trainedTokens() are those, and `exactSource` names the tokenizer.
    std::optional<qint64> exactTokens;
    std::optional<qint64> exactTrained;
    QString exactSource;

    bool isExact() const { return exactTokens.has_value(); }
    qint64 tokens() const { return exactTokens ? *exactTokens : (chars + kCharsPerToken - 1) / kCharsPerToken; }
    qint64 trainedTokens() const
    {
        return exactTrained ? *exactTrained : (trainedChars + kCharsPerToken - 1) / kCharsPerToken;
    }
    void setExact(qint64 tokens, qint64 trained, const QString& source)
    {
        exactTokens = tokens;
        exactTrained = trained;
        exactSource = source;
    }

    void addRow(const char* data, std::size_t size, FineTuneRequest::TrainOnInputs trainOnInputs);
    static Result<TokenEstimate> ofFile(const QString& path, FineTuneRequest::TrainOnInputs trainOnInputs,
                                        const std::atomic_bool* cancel = nullptr);
};

} // namespace td
