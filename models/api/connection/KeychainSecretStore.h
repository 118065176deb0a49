#pragma once

#include "core/SecretStore.h"

namespace td {

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows). Errors, including "no keychain service", come back as
// values; there is no plain-text fallback.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("TuneDesk"), QObject* parent = nullptr);
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;
    QString backendName() const override;

private:
    QString m_service;
};

} // namespace td
