#include "endpoints/SpendLedger.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace td {

namespace {
constexpr qint64 kSaveEveryMs = 30 * 1000;
constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024; // far above any real ledger: a stray file is not read
} // namespace

SpendLedger::SpendLedger(QString path)
    : m_path(std::move(path))
{
    if (!m_path.isEmpty())
        load();
}

SpendLedger::~SpendLedger()
{
    save();
}

QString SpendLedger::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/endpoint-spend.json");
}

double SpendLedger::observe(const QString& key, const QDateTime& now, int billedReplicas, double dollarsPerReplicaHour)
{
    Entry& e = m_entries[key];
    if (e.at.isValid() && e.replicas > 0 && e.at < now)
        e.spent += e.replicas * e.price * double(e.at.msecsTo(now)) / 3.6e6;
    const bool changed = e.at != now || e.replicas != billedReplicas || e.price != dollarsPerReplicaHour;
    if (!e.at.isValid() || e.at < now)
        e.at = now;
    e.replicas = std::max(0, billedReplicas);
    e.price = std::isfinite(dollarsPerReplicaHour) && dollarsPerReplicaHour > 0 ? dollarsPerReplicaHour : 0.0;
    m_dirty = m_dirty || changed;
    if (!m_path.isEmpty() && m_dirty &&
        (!m_savedAt.isValid() || m_savedAt.msecsTo(now) >= kSaveEveryMs || now < m_savedAt)) {
        save();
        m_savedAt = now;
    }
    return e.spent;
}

double SpendLedger::spent(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? 0.0 : it->spent;
}

bool SpendLedger::save()
{
    if (m_path.isEmpty() || !m_dirty)
        return true;
    nlohmann::json entries = nlohmann::json::object();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        entries[it.key().toStdString()] = {{"at", it->at.toUTC().toString(Qt::ISODateWithMs).toStdString()},
                                           {"replicas", it->replicas},
                                           {"price", it->price},
                                           {"spent", it->spent}};
    const nlohmann::json doc = {{"version", 1}, {"entries", entries}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcSave) << "cannot write the endpoint spend ledger" << m_path << f.errorString();
        return false;
    }
    const std::string text = doc.dump(1);
    f.write(text.data(), qint64(text.size()));
    if (!f.commit()) {
        qCWarning(lcSave) << "cannot write the endpoint spend ledger" << m_path << f.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}

void SpendLedger::load()
{
    QFile f(m_path);
    if (!f.exists())
        return;
    if (f.size() > kMaxFileBytes || !f.open(QIODevice::ReadOnly)) {
        qCWarning(lcSave) << "the endpoint spend ledger cannot be read; starting a new one" << m_path;
        return;
    }
    // A damaged ledger is not worth an error dialog: what it held is lost, the endpoints are not.
    const nlohmann::json doc = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
    const nlohmann::json* entries = doc.is_object() && doc.contains("entries") ? &doc["entries"] : nullptr;
    if (!entries || !entries->is_object()) {
        qCWarning(lcSave) << "the endpoint spend ledger is damaged; starting a new one" << m_path;
        return;
    }
    QDateTime newest;
    for (auto it = entries->begin(); it != entries->end(); ++it) {
        const nlohmann::json& v = it.value();
        if (!v.is_object())
            continue;
        Entry e;
        if (const auto at = v.find("at"); at != v.end() && at->is_string())
            e.at = QDateTime::fromString(QString::fromStdString(at->get<std::string>()), Qt::ISODateWithMs);
        const auto number = [&v](const char* name) {
            const auto n = v.find(name);
            return n != v.end() && n->is_number() && std::isfinite(n->get<double>()) ? n->get<double>() : 0.0;
        };
        e.replicas = int(std::clamp(number("replicas"), 0.0, 1e6));
        e.price = std::max(0.0, number("price"));
        e.spent = std::max(0.0, number("spent"));
        if (!e.at.isValid())
            continue;
        newest = std::max(newest, e.at);
        m_entries.insert(QString::fromStdString(it.key()), e);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it->at.daysTo(newest) > kForgetAfterDays ? m_entries.erase(it) : std::next(it);
}

} // namespace td
