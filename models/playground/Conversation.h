#pragma once

#include "playground/ChatMessage.h"
#include "playground/ChatParameters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace td {

// A saved playground conversation: the shared system prompt and parameters, and one column
// per model it was sent to (one when chatting, two to four when comparing). A column may vary
// one parameter from the shared ones. Tried from a dataset row, it keeps the dataset's answer.
struct Conversation
{
    Q_DECLARE_TR_FUNCTIONS(td::Conversation)

public:
    struct Column
    {
        QString profileId;
        QString model;
        QString variedParameter; // wire name; empty: every parameter is the shared one
        double variedValue = 0;
        QList<ChatMessage> messages;
    };

    QString id; // file name stem; empty until saved
    QString title;
    QDateTime created;
    QDateTime updated;
    QString system;
    ChatParameters parameters;
    QList<Column> columns;
    QString reference;       // the dataset's answer, when tried from a row
    QString referenceSource; // where it came from, e.g. "train.jsonl, line 12"

    bool isEmpty() const;
    // The first user message, shortened: what the sidebar shows until the user renames it.
    QString suggestedTitle() const;
    QString toMarkdown() const;

    nlohmann::ordered_json toJson() const;
    static std::optional<Conversation> fromJson(const nlohmann::json& j);
};

} // namespace td
