#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace td {

class SecretStore;

// Finds the API key of a connection profile: the keychain first; where no keychain service
// runs (a headless machine), the environment variable, and then it says so; otherwise a
// clear error. There is no plain-text fallback.
class ApiKeyResolver
{
public:
    struct Key
    {
        QString value;
        QString source; // "keychain" or the environment variable's name
        QString notice; // set when the user should know where the key came from
    };
    using Done = std::function<void(const Result<Key>&)>;

    ApiKeyResolver(SecretStore* store, QString envVariable = QStringLiteral("TOGETHER_API_KEY"));
    void resolve(const QString& profile, QObject* context, Done done) const;
    static QString keychainKey(const QString& profile);

private:
    SecretStore* m_store;
    QString m_env;
};

} // namespace td
