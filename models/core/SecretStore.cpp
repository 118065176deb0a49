#include "core/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace td {

namespace {
Error unavailable()
{
    return Error::make(Error::Code::Unsupported,
                       QCoreApplication::translate("td::SecretStore", "No keychain service is running"));
}

// Answers on the next event-loop turn, like a real keychain, and only if the context lives.
template<typename Fn>
void later(QObject* context, Fn fn)
{
    QTimer::singleShot(0, context, std::move(fn));
}
} // namespace

void MemorySecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    const bool fail = m_unavailable;
    const bool found = m_secrets.contains(key);
    const QString value = m_secrets.value(key);
    later(context, [done, fail, found, value, key] {
        if (fail)
            done(Result<QString>(unavailable()));
        else if (!found)
            done(Result<QString>(
                Error::make(Error::Code::NotFound,
                            QCoreApplication::translate("td::SecretStore", "No secret stored for %1").arg(key))));
        else
            done(Result<QString>(value));
    });
}

void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, WriteDone done)
{
    if (!m_unavailable)
        m_secrets.insert(key, secret);
    const bool fail = m_unavailable;
    later(context, [done, fail] { done(fail ? Result<void>(unavailable()) : Result<void>()); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    if (!m_unavailable)
        m_secrets.remove(key);
    const bool fail = m_unavailable;
    later(context, [done, fail] { done(fail ? Result<void>(unavailable()) : Result<void>()); });
}

} // namespace td
