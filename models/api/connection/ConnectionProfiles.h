#pragma once

#include "api/connection/BaseUrlChoice.h"
#include "api/http/ApiRequest.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace td {

class SecretStore;
class Settings;

// A server the app talks to: Together (always there, first), or any OpenAI-compatible API
// (a local vLLM or llama.cpp server, another provider). The key is not part of it: it lives
// in the SecretStore under the profile's id.
struct ConnectionProfile
{
    enum class Kind { Together, OpenAiCompatible };
    QString id;
    QString name;
    Kind kind = Kind::OpenAiCompatible;
    QUrl baseUrl;
    // Dedicated endpoints v2: the control plane and the inference host. Empty (the usual
    // case): derived from the base URL (DmiUrls), so the emulator's host serves both.
    QUrl controlPlaneUrl;
    QUrl inferenceUrl;
    // Lives in this process only and is never written to the settings: the demo connection,
    // whose emulator listens on a port chosen afresh every run.
    bool sessionOnly = false;

    bool isBuiltIn() const { return id == QLatin1String("together"); }
};

// The list of connection profiles, kept in Settings (names and URLs only), with their keys
// in the SecretStore. Resolving a profile gives a Connection ready for TogetherClient or
// ChatCompletion: the key from the keychain, else $TOGETHER_API_KEY for Together (said so),
// else a clear error; an OpenAI-compatible server may take no key at all. The GUI and the
// CLI both resolve here, so the base URL's precedence and the key's safety rules are the same.
class ConnectionProfiles : public QObject
{
    Q_OBJECT

public:
    ConnectionProfiles(Settings* settings, SecretStore* secrets, QObject* parent = nullptr);

    QList<ConnectionProfile> profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> profile(const QString& id) const;
    // Adds or replaces (by id; a new one gets an id when it has none); returns the id.
    QString save(ConnectionProfile profile);
    // Removes a profile and its key; Together cannot be removed.
    bool remove(const QString& id);
    SecretStore* secrets() const { return m_secrets; }
    // A key was stored or forgotten: everyone resolving profiles does it again (changed()).
    void announceKeyChanged() { emit changed(); }
    // A key for this session only: kept in this process's memory, never written anywhere, and
    // used before the keychain's (for a machine without a keychain service, or by choice).
    void setSessionKey(const QString& id, const QString& key);
    void forgetSessionKey(const QString& id);
    bool hasSessionKey(const QString& id) const { return m_sessionKeys.contains(id); }

    // The Together account the Jobs and Endpoints panes (and new chats) use: a profile of
    // Together's kind, "together" unless one was chosen. Remembered across runs unless it is a
    // session-only profile (the demo); a profile removed or no longer of Together's kind falls
    // back to "together".
    QString activeId() const;
    void setActive(const QString& id);
    // The profiles that speak Together's API (fine-tunes, endpoints): the choices for activeId.
    QList<ConnectionProfile> togetherProfiles() const;

    // The connection to use: its base URL as BaseUrlChoice decides (`baseUrlOverride` is the
    // CLI's --base-url), its key as ApiKeyResolver finds it. Refused with a clear error when
    // the key would travel over plain HTTP to another machine (KeyDestination). `notice` says
    // what the user should know, a line each: where the key came from, which base URL is
    // used when two disagree, and that Together's key goes to a host that is not Together's.
    using Resolved = std::function<void(const Result<Connection>&, const QString& notice)>;
    void resolve(const QString& id, QObject* context, Resolved done, const QString& baseUrlOverride = {}) const;
    // The base URL `id` uses in this process, and why (for showing next to the stored one).
    BaseUrlChoice baseUrlOf(const QString& id) const;

    static QString defaultTogetherUrl() { return QStringLiteral("https://api.together.ai/v1"); }

signals:
    void changed();
    void activeChanged(const QString& id);

private:
    void load();
    void store();

    Settings* m_settings;
    SecretStore* m_secrets;
    QHash<QString, QString> m_sessionKeys; // by profile id; this process only
    QList<ConnectionProfile> m_profiles;
    QString m_active; // as chosen; activeId() checks it is still usable
};

} // namespace td
