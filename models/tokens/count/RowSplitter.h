#pragma once

#include "core/Result.h"
#include "tokens/count/RowTokenCounter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace td {

// Splits a conversation row longer than the context length into rows that fit, at turn
// boundaries, instead of letting Together cut it (it trains on the first max_seq_length tokens
// and drops the rest). A turn is a user message with the messages that answer it (assistant,
// tool) up to the next user message. The leading system messages start every piece and the
// row's other fields are copied into each, so each piece is a conversation of its own.
// Turns are gathered greedily: a piece takes the next turn while the counter (the model's
// tokenizer and chat template, the job's settings) says it still fits. A turn that does not fit
// even alone cannot be split this way: the row is refused with the reason, never cut
// mid-message. A row that fits comes back as it is.
class RowSplitter
{
    Q_DECLARE_TR_FUNCTIONS(td::RowSplitter)

public:
    // `counter.settings().maxSeqLength` is the limit (0: no limit, the row comes back whole).
    static Result<QList<QByteArray>> split(const QByteArray& row, const RowTokenCounter& counter);
};

} // namespace td
