#include "api/connection/ConnectionProfiles.h"

#include "api/connection/ApiKeyResolver.h"
#include "api/connection/DmiUrls.h"
#include "api/connection/KeyDestination.h"
#include "core/JsonRead.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QStringList>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace td {

ConnectionProfiles::ConnectionProfiles(Settings* settings, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{
    load();
    m_active = m_settings->get(Settings::Key::ActiveConnection).toString();
}

void ConnectionProfiles::load()
{
    m_profiles.clear();
    const QByteArray text = m_settings->get(Settings::Key::ConnectionProfiles).toString().toUtf8();
    // Settings can be hand-edited: a profile field of another type reads as empty.
    const auto j = json::parse(text);
    if (j.is_array())
        for (const auto& p : j) {
            const auto id = json::optString(p, "id");
            if (!id)
                continue;
            ConnectionProfile c;
            c.id = *id;
            c.name = json::string(p, "name");
            c.kind = json::string(p, "kind") == QLatin1String("together") ? ConnectionProfile::Kind::Together
                                                                          : ConnectionProfile::Kind::OpenAiCompatible;
            c.baseUrl = QUrl(json::string(p, "baseUrl"));
            c.controlPlaneUrl = QUrl(json::string(p, "controlPlaneUrl"));
            c.inferenceUrl = QUrl(json::string(p, "inferenceUrl"));
            if (c.isBuiltIn())
                m_profiles.prepend(c);
            else
                m_profiles.append(c);
        }
    if (m_profiles.isEmpty() || !m_profiles.front().isBuiltIn()) {
        ConnectionProfile together;
        together.id = QStringLiteral("together");
        together.name = QStringLiteral("Together AI");
        together.kind = ConnectionProfile::Kind::Together;
        together.baseUrl = QUrl(defaultTogetherUrl());
        m_profiles.prepend(together);
    }
}

void ConnectionProfiles::store()
{
    nlohmann::json j = nlohmann::json::array();
    for (const ConnectionProfile& p : m_profiles) {
        if (p.sessionOnly)
            continue;
        nlohmann::json one = {{"id", p.id.toStdString()},
                              {"name", p.name.toStdString()},
                              {"kind", p.kind == ConnectionProfile::Kind::Together ? "together" : "openai"},
                              {"baseUrl", p.baseUrl.toString().toStdString()}};
        if (!p.controlPlaneUrl.isEmpty())
            one["controlPlaneUrl"] = p.controlPlaneUrl.toString().toStdString();
        if (!p.inferenceUrl.isEmpty())
            one["inferenceUrl"] = p.inferenceUrl.toString().toStdString();
        j.push_back(one);
    }
    m_settings->set(Settings::Key::ConnectionProfiles, QString::fromStdString(j.dump()));
    emit changed();
}

std::optional<ConnectionProfile> ConnectionProfiles::profile(const QString& id) const
{
    for (const ConnectionProfile& p : m_profiles)
        if (p.id == id)
            return p;
    return std::nullopt;
}

QString ConnectionProfiles::save(ConnectionProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (profile.isBuiltIn())
        profile.kind = ConnectionProfile::Kind::Together;
    bool replaced = false;
    for (ConnectionProfile& p : m_profiles)
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    if (!replaced)
        m_profiles.append(profile);
    store();
    return profile.id;
}

bool ConnectionProfiles::remove(const QString& id)
{
    if (id == QLatin1String("together") || !profile(id))
        return false;
    const bool sessionOnly = profile(id)->sessionOnly; // its key was never in the keychain
    const bool wasActive = activeId() == id;
    m_profiles.removeIf([&id](const ConnectionProfile& p) { return p.id == id; });
    if (!sessionOnly)
        m_secrets->remove(ApiKeyResolver::keychainKey(id), this, [](const Result<void>&) {});
    m_sessionKeys.remove(id);
    store();
    if (wasActive)
        emit activeChanged(activeId());
    return true;
}

QString ConnectionProfiles::activeId() const
{
    const auto p = profile(m_active);
    return p && p->kind == ConnectionProfile::Kind::Together ? m_active : QStringLiteral("together");
}

void ConnectionProfiles::setActive(const QString& id)
{
    const auto p = profile(id);
    if (!p || p->kind != ConnectionProfile::Kind::Together || id == activeId())
        return;
    m_active = id;
    // A session-only profile is gone at the next start: the stored choice stays as it was.
    if (!p->sessionOnly)
        m_settings->set(Settings::Key::ActiveConnection, id);
    emit activeChanged(id);
}

QList<ConnectionProfile> ConnectionProfiles::togetherProfiles() const
{
    QList<ConnectionProfile> out;
    for (const ConnectionProfile& p : m_profiles)
        if (p.kind == ConnectionProfile::Kind::Together)
            out.append(p);
    return out;
}

BaseUrlChoice ConnectionProfiles::baseUrlOf(const QString& id) const
{
    const auto p = profile(id);
    return p ? BaseUrlChoice::choose(*p) : BaseUrlChoice{};
}

void ConnectionProfiles::resolve(const QString& id, QObject* context, Resolved done,
                                 const QString& baseUrlOverride) const
{
    const auto p = profile(id);
    if (!p) {
        done(Error::make(Error::Code::NotFound, tr("There is no connection named %1.").arg(id)), {});
        return;
    }
    const BaseUrlChoice choice = BaseUrlChoice::choose(*p, baseUrlOverride);
    Connection base;
    base.baseUrl = choice.url;
    // The stored v2 URLs belong to the stored base URL: a base URL from --base-url or
    // TOGETHER_BASE_URL (the emulator) brings its own, derived from it.
    const bool stored = choice.source == BaseUrlChoice::Source::Profile;
    base.controlPlaneUrl =
        stored && !p->controlPlaneUrl.isEmpty() ? p->controlPlaneUrl : DmiUrls::controlPlaneFor(choice.url);
    base.inferenceUrl = stored && !p->inferenceUrl.isEmpty() ? p->inferenceUrl : DmiUrls::inferenceFor(choice.url);
    const bool together = p->kind == ConnectionProfile::Kind::Together;
    // Only Together's key may come from TOGETHER_API_KEY; another server gets its own or none.
    ApiKeyResolver resolver(m_secrets, together ? QStringLiteral("TOGETHER_API_KEY") : QString());
    const bool sessionOnly = p->sessionOnly;
    auto resolved = [done, base, together, sessionOnly, choice](const Result<ApiKeyResolver::Key>& key) {
        Connection c = base;
        QStringList notices;
        if (!choice.notice.isEmpty())
            notices << choice.notice;
        if (key) {
            if (const QString refusal = KeyDestination::refusal(c.baseUrl); !refusal.isEmpty()) {
                done(Error::make(Error::Code::PermissionDenied, refusal), notices.join(QLatin1Char('\n')));
                return;
            }
            c.apiKey = key->value;
            if (!key->notice.isEmpty())
                notices << key->notice;
            // A session-only profile (the demo) has a made-up key, not the account's.
            if (together && !sessionOnly && !KeyDestination::customHostNotice(c.baseUrl).isEmpty())
                notices << KeyDestination::customHostNotice(c.baseUrl);
            done(c, notices.join(QLatin1Char('\n')));
        } else if (!together) {
            done(c, notices.join(QLatin1Char('\n'))); // e.g. a local server that wants no key
        } else {
            done(key.error(), notices.join(QLatin1Char('\n')));
        }
    };
    if (const auto session = m_sessionKeys.constFind(p->id); session != m_sessionKeys.cend()) {
        resolved(ApiKeyResolver::Key{
            *session, QStringLiteral("session"),
            p->sessionOnly ? QString()
                           : tr("Using the key given for this session only (kept in memory, never on disk).")});
        return;
    }
    resolver.resolve(p->id, context, resolved);
}

void ConnectionProfiles::setSessionKey(const QString& id, const QString& key)
{
    m_sessionKeys.insert(id, key);
    emit changed();
}

void ConnectionProfiles::forgetSessionKey(const QString& id)
{
    if (m_sessionKeys.remove(id) > 0)
        emit changed();
}

} // namespace td
