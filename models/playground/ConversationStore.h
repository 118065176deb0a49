#pragma once

#include "core/Result.h"
#include "playground/Conversation.h"

#include <QCoreApplication>

namespace td {

// Saved playground conversations, one JSON file each in a folder. Saving writes a temporary
// file and renames it into place, so a crash leaves the previous version, never half a file.
class ConversationStore
{
    Q_DECLARE_TR_FUNCTIONS(td::ConversationStore)

public:
    struct Entry
    {
        QString id;
        QString title;
        QDateTime updated;
    };

    explicit ConversationStore(QString folder);
    // <app data>/conversations
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Newest first. Reads every file: call it off the GUI thread when there may be many.
    QList<Entry> list() const;
    Result<Conversation> load(const QString& id) const;
    // Gives a new conversation its id, stamps its dates and writes it.
    Result<void> save(Conversation& conversation) const;
    Result<void> remove(const QString& id) const;

private:
    QString pathOf(const QString& id) const;

    QString m_folder;
};

} // namespace td
