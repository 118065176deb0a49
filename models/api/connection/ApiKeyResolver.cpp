#include "api/connection/ApiKeyResolver.h"

#include "core/SecretStore.h"

#include <QCoreApplication>

namespace td {

ApiKeyResolver::ApiKeyResolver(SecretStore* store, QString envVariable)
    : m_store(store)
    , m_env(std::move(envVariable))
{}

QString ApiKeyResolver::keychainKey(const QString& profile)
{
    return QStringLiteral("tunedesk/api-key/") + profile;
}

void ApiKeyResolver::resolve(const QString& profile, QObject* context, Done done) const
{
    const QString env = m_env;
    m_store->read(keychainKey(profile), context, [done, env](const Result<QString>& r) {
        if (r && !r->isEmpty()) {
            done(Key{*r, QStringLiteral("keychain"), {}});
            return;
        }
        const QString fromEnv = env.isEmpty() ? QString() : qEnvironmentVariable(env.toLatin1().constData());
        const bool noService = !r && r.error().code == Error::Code::Unsupported;
        if (!fromEnv.isEmpty()) {
            done(Key{fromEnv, env,
                     noService
                         ? QCoreApplication::translate("td::ApiKeyResolver",
                                                       "No keychain service is running; using the API key from "
                                                       "%1.")
                               .arg(env)
                         : QCoreApplication::translate("td::ApiKeyResolver", "Using the API key from %1.").arg(env)});
            return;
        }
        done(Error::make(Error::Code::NotFound,
                         noService ? QCoreApplication::translate("td::ApiKeyResolver",
                                                                 "No keychain service is running on this machine, so "
                                                                 "the API key cannot be stored. Set %1 instead.")
                                         .arg(env)
                                   : QCoreApplication::translate("td::ApiKeyResolver",
                                                                 "No API key for this connection. Add one in the "
                                                                 "connection settings, or set %1.")
                                         .arg(env)));
    });
}

} // namespace td
