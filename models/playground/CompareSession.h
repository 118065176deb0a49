#pragma once

#include "core/Result.h"
#include "playground/ChatParameters.h"
#include "playground/Conversation.h"
#include "playground/ConversationStore.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>

namespace td {

class ChatSession;
class HttpTransport;

// The playground's conversation as a whole: one ChatSession per compared column with the
// connection, model and the one parameter that column may vary; the shared system prompt and
// parameters; the dataset answer it is compared with; and saving, a second after a change or
// at once when an answer ends, on a worker, one save at a time. The pane shows it; this keeps
// it, so a conversation is the same whatever the widgets do.
class CompareSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSession)

public:
    static constexpr int kMaxColumns = 4;

    struct Column
    {
        QString profileId;
        QString model;
        QString variedParameter; // wire name; empty: every parameter is the shared one
        double variedValue = 0;
        ChatSession* session = nullptr;
    };

    CompareSession(HttpTransport* transport, ConversationStore store, QObject* parent = nullptr);
    // Saves what is not saved yet and waits for the save.
    ~CompareSession() override;

    const ConversationStore& store() const { return m_store; }
    int columnCount() const { return int(m_columns.size()); }
    const Column& column(int i) const { return m_columns.at(i); }
    ChatSession* session(int i) const { return m_columns.value(i).session; }
    int indexOf(const ChatSession* session) const;
    // A new column starts from the first one's conversation and model (without an answer still
    // streaming in), so the next message compares them. -1 when there are kMaxColumns.
    int addColumn();
    // Stops and removes a column; the last one stays.
    void removeColumn(int i);
    void setColumnModel(int i, const QString& profileId, const QString& model);
    void setColumnVaried(int i, const QString& parameter, double value);

    QString id() const { return m_conversation.id; }
    QString systemPrompt() const { return m_conversation.system; }
    void setSystemPrompt(const QString& prompt);
    ChatParameters parameters() const { return m_conversation.parameters; }
    void setParameters(const ChatParameters& parameters);
    QString reference() const { return m_conversation.reference; }
    QString referenceSource() const { return m_conversation.referenceSource; }
    void setReference(const QString& text, const QString& source);
    // The sidebar renamed or deleted a conversation.
    void renamed(const QString& id, const QString& title);
    void removed(const QString& id);

    // Everything, as saved and exported.
    Conversation conversation() const;
    // An empty conversation with a new id; `keepColumns`: in the columns being compared.
    void newConversation(bool keepColumns);
    // Opens a saved conversation (columns are added or removed to match).
    Result<void> open(const QString& id);

    // Saves a second after the last call (typing, streaming tokens).
    void scheduleSave();
    // Saves now, on a worker (an answer ended).
    void saveSoon();
    // Saves now and waits.
    Result<void> saveNow();

signals:
    void columnAdded(int index);
    void columnRemoved(int index);
    // A conversation reached the disk for the first time: lists of them should be read again.
    void listChanged();
    // Messages, settings or the conversation itself changed.
    void changed();

private:
    ChatSession* makeSession();
    // Changes not yet saved belong to the conversation shown now: saved before it goes.
    void flush();

    HttpTransport* m_transport;
    ConversationStore m_store;
    Conversation m_conversation; // id, title, dates, prompt, parameters, reference (columns: m_columns)
    QList<Column> m_columns;
    QTimer m_saveTimer;
    QFuture<void> m_saving;
    bool m_loading = false;
};

} // namespace td
