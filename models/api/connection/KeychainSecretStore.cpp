#include "api/connection/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace td {

namespace {

Error keychainError(const QKeychain::Job& job)
{
    // "No backend" and "access denied" mean there is no usable keychain, which callers turn
    // into the environment-variable path; everything else is a plain failure.
    const bool noService = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented ||
                           job.error() == QKeychain::OtherError;
    return Error::make(noService ? Error::Code::Unsupported : Error::Code::Io,
                       QCoreApplication::translate("td::KeychainSecretStore", "Keychain: %1").arg(job.errorString()));
}

// A job has no parent and deletes itself once it has finished (QKeychain's autoDelete): the
// libsecret backend answers through a callback that holds the job, so a job deleted before
// its answer (the store going away with a window) crashed the app when the answer came.
template<typename Job, typename Fn>
void finish(Job* job, QObject* context, Fn fn)
{
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, fn, guard](QKeychain::Job*) {
        if (guard)
            fn(*job);
    });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

QString KeychainSecretStore::backendName() const
{
    return QCoreApplication::translate("td::KeychainSecretStore", "the system keychain");
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    finish(job, context, [done, key](const QKeychain::ReadPasswordJob& j) {
        if (j.error() == QKeychain::EntryNotFound)
            done(Result<QString>(Error::make(
                Error::Code::NotFound,
                QCoreApplication::translate("td::KeychainSecretStore", "No secret stored for %1").arg(key))));
        else if (j.error() != QKeychain::NoError)
            done(Result<QString>(keychainError(j)));
        else
            done(Result<QString>(j.textData()));
    });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    finish(job, context, [done](const QKeychain::WritePasswordJob& j) {
        done(j.error() == QKeychain::NoError ? Result<void>() : Result<void>(keychainError(j)));
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    finish(job, context, [done](const QKeychain::DeletePasswordJob& j) {
        done(j.error() == QKeychain::NoError || j.error() == QKeychain::EntryNotFound ? Result<void>()
                                                                                      : Result<void>(keychainError(j)));
    });
}

} // namespace td
