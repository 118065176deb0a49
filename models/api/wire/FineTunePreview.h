#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// One row of POST fine-tunes/preview: the tokens Together's tokenizer and chat template make
// of a training row, which of them are trained (labels -100 are masked; trained_spans are the
// half-open token ranges that count) and whether the row was cut at the model's
// max_seq_length.
struct PreviewRow
{
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0; // exclusive
    };

    QList<qint64> inputIds;
    QStringList tokens; // raw token strings ("Ġhello", "<|eot_id|>")
    QList<qint64> labels;
    qint64 numTokens = 0;
    qint64 numTrainedTokens = 0;
    QList<Span> trainedSpans; // sorted, inside [0, tokenCount()), not overlapping
    bool truncated = false;

    qint64 tokenCount() const;
    bool isTrained(qint64 token) const;
};

// The answer of POST fine-tunes/preview (together-ai 0.52 FineTunePreviewResponse), read
// tolerantly: a field of another type reads as absent, spans out of range are clipped,
// and what the server left out is worked out from what it sent (the trained spans from the
// labels, the counts from the tokens).
struct FineTunePreview
{
    QString datasetFormat; // "conversation" | "instruction" | "general" | a newer one
    qint64 maxSeqLength = 0;
    QString model;
    bool trainOnInputs = false;
    QList<PreviewRow> rows;

    // nullopt when the answer is not an object with a rows array.
    static std::optional<FineTunePreview> fromJson(const nlohmann::json& j);
};

// The request of POST fine-tunes/preview (SFT only).
struct PreviewRequest
{
    QString model;
    QString trainingFile;
    int topK = 0;                      // rows from the start of the file; 0: the server's default
    std::optional<bool> trainOnInputs; // absent: the server's default
    nlohmann::ordered_json toJson() const;
};

} // namespace td
