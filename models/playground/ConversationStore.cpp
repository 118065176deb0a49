#include "playground/ConversationStore.h"

#include "core/JsonRead.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace td {

ConversationStore::ConversationStore(QString folder)
    : m_folder(std::move(folder))
{}

QString ConversationStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/conversations");
}

QString ConversationStore::pathOf(const QString& id) const
{
    return m_folder + QLatin1Char('/') + id + QStringLiteral(".json");
}

QList<ConversationStore::Entry> ConversationStore::list() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString id = name.chopped(5);
        const Result<Conversation> c = load(id);
        if (c)
            entries.append({id, c->title.isEmpty() ? c->suggestedTitle() : c->title, c->updated});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.updated > b.updated; });
    return entries;
}

Result<Conversation> ConversationStore::load(const QString& id) const
{
    QFile f(pathOf(id));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound, tr("The conversation could not be read: %1").arg(f.errorString()));
    const QByteArray bytes = f.readAll();
    const nlohmann::json j = json::parse(bytes);
    std::optional<Conversation> c = Conversation::fromJson(j);
    if (!c)
        return Error::make(Error::Code::Corrupt, tr("%1 is not a saved conversation.").arg(f.fileName()));
    c->id = id;
    return *c;
}

Result<void> ConversationStore::save(Conversation& c) const
{
    if (!QDir().mkpath(m_folder))
        return Error::make(Error::Code::Io, tr("The folder %1 could not be created.").arg(m_folder));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!c.created.isValid())
        c.created = now;
    c.updated = now;
    QSaveFile f(pathOf(c.id));
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("The conversation could not be saved: %1").arg(f.errorString()));
    const std::string text = c.toJson().dump(1);
    f.write(text.data(), qint64(text.size()));
    if (!f.commit())
        return Error::make(Error::Code::Io, tr("The conversation could not be saved: %1").arg(f.errorString()));
    return {};
}

Result<void> ConversationStore::remove(const QString& id) const
{
    QFile f(pathOf(id));
    if (f.exists() && !f.remove())
        return Error::make(Error::Code::Io, tr("The conversation could not be deleted: %1").arg(f.errorString()));
    return {};
}

} // namespace td
