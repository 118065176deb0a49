#pragma once

#include "api/wire/FineTunePreview.h"
#include "api/wire/FineTuneRequest.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

class RowTokenCounter;

// Together's preview of how it tokenizes the first rows of a training file, made readable and
// set beside TuneDesk's own estimate: each token's text (byte-level "Ġ"/"Ċ" and SentencePiece
// "▁"/"<0x0A>" spellings decoded), the tokens grouped into the row's messages (found in the
// decoded text in order) with the chat template's tokens between them, and per row the
// trained tokens Together counts against those TokenEstimate estimates for the same row. The
// New Fine-Tune dialog's preview and `tunedesk-cli jobs preview` both show this.
class TokenPreview
{
public:
    struct Block
    {
        QString role;       // the message's role ("user", "prompt", "text", ...); empty: template tokens
        qint64 first = 0;   // first token
        qint64 end = 0;     // one past the last token
        qint64 trained = 0; // tokens of the block Together trains on
    };
    struct Row
    {
        PreviewRow together;
        QStringList texts;   // each token's text, decoded
        QList<bool> special; // a template's control token ("<|eot_id|>", "<s>")
        QList<Block> blocks;
        bool aligned = false;                   // the blocks follow the local row's messages
        std::optional<qint64> estimatedTrained; // TuneDesk's estimate for the local row, if known
        std::optional<qint64> estimatedTokens;
        // TuneDesk's exact count with the model's tokenizer, when one was given.
        std::optional<qint64> countedTrained;
        std::optional<qint64> countedTokens;
        QString countError; // why the row could not be counted exactly
    };

    // `localRows`: the same rows of the local file (may be shorter or empty: then no estimate
    // and one block of all tokens).
    // `counter`: the base model's tokenizer, to count the same rows exactly beside Together's
    // (`countedWith` names it); without one, characters / 4 estimate them.
    static TokenPreview build(const FineTunePreview& preview, const QList<QByteArray>& localRows,
                              FineTuneRequest::TrainOnInputs trainOnInputs, const RowTokenCounter* counter = nullptr,
                              const QString& countedWith = {});

    // The first `count` non-blank lines of a local JSONL file, each at most `maxLineBytes`
    // (a longer one is given empty: it gets no estimate).
    static Result<QList<QByteArray>> readFirstRows(const QString& path, int count,
                                                   qint64 maxLineBytes = 64 * 1024 * 1024);
    // The texts of a token sequence: byte-level tokens are decoded to their bytes and the bytes
    // to UTF-8 across token borders (a character split over two tokens shows in the second).
    static QStringList tokenTexts(const QStringList& tokens, QList<bool>* special = nullptr);

    const FineTunePreview& preview() const { return m_preview; }
    const QList<Row>& rows() const { return m_rows; }
    qint64 togetherTrained() const;
    std::optional<qint64> estimatedTrained() const; // over the rows with an estimate; nullopt if none
    std::optional<qint64> countedTrained() const;   // over the rows counted exactly; nullopt if none
    const QString& countedWith() const { return m_countedWith; }

    // For tunedesk-cli: plain text (trained text between « and »), and JSON.
    QString toText() const;
    nlohmann::ordered_json toJson() const;

private:
    // The sum of a row field over the rows that have it; nullopt when none has.
    std::optional<qint64> sumOver(std::optional<qint64> Row::*field) const;

    FineTunePreview m_preview;
    QList<Row> m_rows;
    QString m_countedWith;
};

} // namespace td
