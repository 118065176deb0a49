#include "widgets/playground/ConversationList.h"

#include "core/Worker.h"
#include "widgets/common/ClearButton.h"
#include "widgets/common/Dialogs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace td {

ConversationList::ConversationList(const ConversationStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
{
    m_filter->setPlaceholderText(tr("Filter by title"));
    m_filter->setAccessibleName(tr("Filter conversations"));
    enableClearButton(m_filter);
    connect(m_filter, &QLineEdit::textChanged, this, &ConversationList::setFilter);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Saved conversations"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setTextElideMode(Qt::ElideRight);
    auto* create = new QPushButton(tr("&New Chat"), this);
    create->setToolTip(tr("Start a new conversation (Ctrl+Shift+N)"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(create);
    layout->addWidget(new QLabel(tr("Conversations"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(create, &QPushButton::clicked, this, &ConversationList::newRequested);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRequested(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit openRequested(item->data(Qt::UserRole).toString()); });
    connect(m_list, &QListWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QListWidgetItem* item = m_list->itemAt(pos);
        if (!item)
            return;
        const QString id = item->data(Qt::UserRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, id] { emit openRequested(id); });
        menu.addAction(tr("Rename…"), this, [this, id] { rename(id); });
        menu.addAction(tr("Export…"), this, [this, id] { emit exportRequested(id); });
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, id] { remove(id); });
        menu.exec(m_list->viewport()->mapToGlobal(pos));
    });
    reload();
}

ConversationList::~ConversationList()
{
    m_reading.waitForFinished();
}

void ConversationList::reload()
{
    if (m_reading.isRunning()) {
        m_reloadAgain = true; // one more read when this one is back: the list changed meanwhile
        return;
    }
    const ConversationStore store = *m_store;
    m_reading = runInBackground(
        this, [store] { return store.list(); },
        [this](const QList<ConversationStore::Entry>& entries) {
            show(entries);
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
            }
        });
}

void ConversationList::show(const QList<ConversationStore::Entry>& entries)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const QLocale locale;
    for (const ConversationStore::Entry& e : entries) {
        auto* item = new QListWidgetItem(e.title, m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(
            tr("%1\nLast changed %2").arg(e.title, locale.toString(e.updated.toLocalTime(), QLocale::ShortFormat)));
        if (e.id == m_current)
            m_list->setCurrentItem(item);
    }
    setFilter(m_filter->text());
}

void ConversationList::setFilter(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
}

QStringList ConversationList::visibleTitles() const
{
    QStringList t;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            t << m_list->item(i)->text();
    return t;
}

void ConversationList::setCurrent(const QString& id)
{
    m_current = id;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(i);
            return;
        }
    m_list->clearSelection();
}

QStringList ConversationList::titles() const
{
    QStringList t;
    for (int i = 0; i < m_list->count(); ++i)
        t << m_list->item(i)->text();
    return t;
}

void ConversationList::rename(const QString& id)
{
    Result<Conversation> c = m_store->load(id);
    if (!c) {
        Dialogs::warning(this, tr("Rename Conversation"), c.error().message);
        return;
    }
    const auto answer = Dialogs::text(this, tr("Rename Conversation"), tr("Title:"),
                                      c->title.isEmpty() ? c->suggestedTitle() : c->title);
    const QString title = answer ? answer->trimmed() : QString();
    if (title.isEmpty())
        return;
    emit renamed(id, title); // the pane saves it when it is the one open
    c->title = title;
    if (const Result<void> saved = m_store->save(*c); !saved)
        Dialogs::warning(this, tr("Rename Conversation"), saved.error().message);
    reload();
}

void ConversationList::remove(const QString& id)
{
    if (Dialogs::question(this, tr("Delete Conversation"), tr("Delete this conversation? This cannot be undone."),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (const Result<void> r = m_store->remove(id); !r) {
        Dialogs::warning(this, tr("Delete Conversation"), r.error().message);
        return;
    }
    emit removed(id);
    reload();
}

} // namespace td
