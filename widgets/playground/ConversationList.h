#pragma once

#include "playground/ConversationStore.h"

#include <QFuture>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace td {

// The sidebar of saved conversations, newest first, read on a worker. Renames and deletes
// (after asking) go straight to the store; opening one is the pane's business.
class ConversationList final : public QWidget
{
    Q_OBJECT

public:
    ConversationList(const ConversationStore* store, QWidget* parent = nullptr);
    ~ConversationList() override;

    void reload();
    // Marks the conversation being shown (it may not be saved yet).
    void setCurrent(const QString& id);
    QStringList titles() const;
    // Shows only conversations whose title contains `text` (any case).
    void setFilter(const QString& text);
    QStringList visibleTitles() const;
    QListWidget* list() const { return m_list; }

signals:
    void openRequested(const QString& id);
    void newRequested();
    void renamed(const QString& id, const QString& title);
    void removed(const QString& id);
    void exportRequested(const QString& id);

private:
    void show(const QList<ConversationStore::Entry>& entries);
    void rename(const QString& id);
    void remove(const QString& id);

    const ConversationStore* m_store;
    QLineEdit* m_filter;
    QListWidget* m_list;
    // The worker reading the list (waited for on destruction); its answer comes back here.
    QFuture<QList<ConversationStore::Entry>> m_reading;
    QString m_current;
    bool m_reloadAgain = false;
};

} // namespace td
