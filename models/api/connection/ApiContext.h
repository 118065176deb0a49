#pragma once

#include "api/connection/ConnectionProfiles.h"

#include <QObject>

#include <memory>

namespace td {

class DemoConnection;
class HttpTransport;
class SecretStore;

// What every pane that talks to a server shares: one network thread (the transport), the
// secret store and the connection profiles. The app makes one with the system keychain and
// libcurl; tests give it a memory store.
class ApiContext : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of both.
    ApiContext(std::unique_ptr<HttpTransport> transport, SecretStore* secrets, QObject* parent = nullptr);
    ~ApiContext() override;
    // The app's: libcurl and the system keychain (or `secrets` when given).
    static ApiContext* createDefault(QObject* parent, SecretStore* secrets = nullptr);

    HttpTransport* transport() const { return m_transport.get(); }
    SecretStore* secrets() const { return m_secrets; }
    ConnectionProfiles* profiles() const { return m_profiles; }
    // The local emulator as a connection, for trying every pane without an account.
    DemoConnection* demo() const { return m_demo; }

private:
    std::unique_ptr<HttpTransport> m_transport;
    SecretStore* m_secrets;
    ConnectionProfiles* m_profiles;
    DemoConnection* m_demo;
};

} // namespace td
