#include "playground/CompareSession.h"
#include "core/Worker.h"

#include "playground/ChatSession.h"

#include <QUuid>

namespace td {

CompareSession::CompareSession(HttpTransport* transport, ConversationStore store, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_store(std::move(store))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(1000);
    connect(&m_saveTimer, &QTimer::timeout, this, &CompareSession::saveSoon);
    m_columns.append(Column{{}, {}, {}, 0, makeSession()});
    newConversation(false);
}

CompareSession::~CompareSession()
{
    flush();
    m_saving.waitForFinished();
}

ChatSession* CompareSession::makeSession()
{
    auto* s = new ChatSession(m_transport, this);
    connect(s, &ChatSession::changed, this, [this] {
        scheduleSave();
        emit changed();
    });
    connect(s, &ChatSession::finished, this, [this] {
        if (!m_loading)
            saveSoon(); // an answer ended: on disk at once
        emit changed();
    });
    return s;
}

int CompareSession::indexOf(const ChatSession* session) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].session == session)
            return i;
    return -1;
}

int CompareSession::addColumn()
{
    if (m_columns.size() >= kMaxColumns)
        return -1;
    Column column = m_columns.front();
    column.variedParameter.clear();
    column.variedValue = 0;
    column.session = makeSession();
    QList<ChatMessage> messages = m_columns.front().session->messages();
    if (m_columns.front().session->isStreaming() && !messages.isEmpty())
        messages.removeLast();
    column.session->setMessages(messages);
    m_columns.append(column);
    const int index = int(m_columns.size()) - 1;
    emit columnAdded(index);
    scheduleSave();
    return index;
}

void CompareSession::removeColumn(int i)
{
    if (i < 0 || i >= m_columns.size() || m_columns.size() == 1)
        return;
    ChatSession* s = m_columns.takeAt(i).session;
    s->stop();
    emit columnRemoved(i);
    s->deleteLater();
    scheduleSave();
}

void CompareSession::setColumnModel(int i, const QString& profileId, const QString& model)
{
    if (i < 0 || i >= m_columns.size())
        return;
    m_columns[i].profileId = profileId;
    m_columns[i].model = model;
    scheduleSave();
}

void CompareSession::setColumnVaried(int i, const QString& parameter, double value)
{
    if (i < 0 || i >= m_columns.size())
        return;
    m_columns[i].variedParameter = parameter;
    m_columns[i].variedValue = value;
    scheduleSave();
}

void CompareSession::setSystemPrompt(const QString& prompt)
{
    m_conversation.system = prompt;
    scheduleSave();
}

void CompareSession::setParameters(const ChatParameters& parameters)
{
    m_conversation.parameters = parameters;
    scheduleSave();
}

void CompareSession::setReference(const QString& text, const QString& source)
{
    m_conversation.reference = text;
    m_conversation.referenceSource = source;
    scheduleSave();
}

void CompareSession::renamed(const QString& id, const QString& title)
{
    if (id == m_conversation.id)
        m_conversation.title = title;
}

void CompareSession::removed(const QString& id)
{
    if (id != m_conversation.id)
        return;
    m_saveTimer.stop(); // nothing of it is saved again
    m_conversation.id.clear();
    newConversation(false);
}

Conversation CompareSession::conversation() const
{
    Conversation c = m_conversation;
    c.columns.clear();
    for (const Column& col : m_columns)
        c.columns.append({col.profileId, col.model, col.variedParameter, col.variedValue, col.session->messages()});
    return c;
}

void CompareSession::newConversation(bool keepColumns)
{
    flush();
    while (!keepColumns && m_columns.size() > 1)
        removeColumn(int(m_columns.size()) - 1);
    const QString system = m_conversation.system;
    const ChatParameters parameters = m_conversation.parameters;
    m_conversation = Conversation();
    m_conversation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The prompt and parameters are the user's current settings, not the old conversation's.
    m_conversation.system = system;
    m_conversation.parameters = parameters;
    m_loading = true;
    for (const Column& column : m_columns)
        column.session->clear();
    m_loading = false;
    m_saveTimer.stop();
    emit changed();
}

Result<void> CompareSession::open(const QString& id)
{
    const Result<Conversation> c = m_store.load(id);
    if (!c)
        return c.error();
    flush();
    m_loading = true;
    while (m_columns.size() > std::max<qsizetype>(1, c->columns.size()))
        removeColumn(int(m_columns.size()) - 1);
    while (m_columns.size() < std::min<qsizetype>(kMaxColumns, c->columns.size()))
        addColumn();
    m_conversation = *c;
    m_conversation.columns.clear();
    for (int i = 0; i < m_columns.size(); ++i) {
        const Conversation::Column col = i < c->columns.size() ? c->columns[i] : Conversation::Column{};
        m_columns[i].profileId = col.profileId;
        m_columns[i].model = col.model;
        m_columns[i].variedParameter = col.variedParameter;
        m_columns[i].variedValue = col.variedValue;
        m_columns[i].session->setMessages(col.messages);
    }
    m_loading = false;
    m_saveTimer.stop();
    emit changed();
    return {};
}

void CompareSession::scheduleSave()
{
    if (!m_loading)
        m_saveTimer.start();
}

void CompareSession::flush()
{
    if (!m_saveTimer.isActive())
        return;
    m_saveTimer.stop();
    m_saving.waitForFinished();
    saveSoon();
}

void CompareSession::saveSoon()
{
    m_saveTimer.stop();
    Conversation c = conversation();
    if (c.isEmpty())
        return;
    if (m_saving.isRunning()) {
        m_saveTimer.start(); // one save at a time; this one follows
        return;
    }
    const bool isNew = !m_conversation.created.isValid();
    if (isNew)
        m_conversation.created = QDateTime::currentDateTimeUtc();
    c.created = m_conversation.created;
    const ConversationStore store = m_store;
    m_saving = runInBackground(
        this,
        [store, c]() mutable {
            // Errors (a full disk) leave the previous version in place; the next change tries again.
            (void)store.save(c);
        },
        [this, isNew] {
            if (isNew)
                emit listChanged(); // listed once it is on disk
        });
}

Result<void> CompareSession::saveNow()
{
    m_saveTimer.stop();
    m_saving.waitForFinished();
    Conversation c = conversation();
    if (c.isEmpty())
        return {};
    if (!m_conversation.created.isValid())
        m_conversation.created = QDateTime::currentDateTimeUtc();
    c.created = m_conversation.created;
    const Result<void> r = m_store.save(c);
    emit listChanged();
    return r;
}

} // namespace td
