#pragma once

#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace td {

// Where API keys live: the OS keychain in the app, an in-memory fake in tests. Never the
// settings file, never a log. Asynchronous, because keychains ask the user and take time.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(const Result<QString>&)>;
    using WriteDone = std::function<void(const Result<void>&)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    // `context` bounds the callback's life: it is not called once the context is gone.
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, WriteDone done) = 0;
    virtual void remove(const QString& key, QObject* context, WriteDone done) = 0;
    // For messages: "the system keychain", "memory (tests)".
    virtual QString backendName() const = 0;
};

// An in-memory store for tests; can be told to fail like a keychain without a service.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;
    QString backendName() const override { return QStringLiteral("memory"); }
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }

private:
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
};

} // namespace td
