#include "api/connection/ApiContext.h"

#include "api/connection/DemoConnection.h"
#include "api/connection/KeychainSecretStore.h"
#include "api/http/CurlTransport.h"
#include "core/Settings.h"

namespace td {

ApiContext::ApiContext(std::unique_ptr<HttpTransport> transport, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_transport(std::move(transport))
    , m_secrets(secrets)
    , m_profiles(new ConnectionProfiles(Settings::instance(), secrets, this))
    , m_demo(new DemoConnection(m_profiles, this))
{
    m_secrets->setParent(this);
}

ApiContext::~ApiContext()
{
    // Requests still running belong to panes destroyed before us; the transport goes last.
    delete m_demo; // ends the emulator
    delete m_profiles;
    delete m_secrets;
}

ApiContext* ApiContext::createDefault(QObject* parent, SecretStore* secrets)
{
    return new ApiContext(std::make_unique<CurlTransport>(), secrets ? secrets : new KeychainSecretStore, parent);
}

} // namespace td
