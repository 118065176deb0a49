#pragma once

#include "core/Result.h"
#include "playground/ChatMessage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace td {

// Moves conversations between the playground and a dataset: a conversation becomes a
// training row or a preference (DPO) row, and a dataset row becomes a conversation up to one
// of its answers, with that answer kept to compare against.
class TrainingRows
{
    Q_DECLARE_TR_FUNCTIONS(td::TrainingRows)

public:
    struct RowConversation
    {
        QString system;
        QList<ChatMessage> messages; // ends with a user message
        QString reference;           // the row's answer that the model should now write
        int answerIndex = -1;        // which message of the row that answer is
    };

    // {"messages": [...]} with the system prompt first; assistant messages get "weight":
    // `assistantWeight`, incomplete ones 0 (a cut answer is not something to learn).
    static QByteArray conversationRow(const QString& system, const QList<ChatMessage>& messages,
                                      int assistantWeight = 1);
    // {"input": {"messages": [...]}, "preferred_output": [...], "non_preferred_output": [...]};
    // `prompt` ends with the user message both answers replied to.
    static QByteArray preferenceRow(const QString& system, const QList<ChatMessage>& prompt, const QString& preferred,
                                    const QString& rejected);
    // A conversational, preference or prompt/completion row, up to the assistant message at
    // `answerIndex` (the last one when -1; the first after it when it names a question); text
    // parts of multi-part content are joined.
    static Result<RowConversation> fromRow(QByteArrayView row, int answerIndex = -1);
};

} // namespace td
