#include "CliConnection.h"

#include "ExitCode.h"
#include "api/connection/ConnectionProfiles.h"
#include "api/connection/KeychainSecretStore.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QTextStream>

namespace td::cli {

int withConnection(const QString& baseUrl, const QString& profile, const std::function<void(const Connection&)>& use,
                   const std::function<void(const QString& why)>& unavailable)
{
    QCoreApplication* app = QCoreApplication::instance();
    QTextStream err(stderr);
    KeychainSecretStore keychain;
    ConnectionProfiles profiles(Settings::instance(), &keychain);
    QString id = QStringLiteral("together");
    if (!profile.isEmpty()) {
        id.clear();
        QStringList known;
        for (const ConnectionProfile& p : profiles.profiles()) {
            known << p.name;
            if (p.id == profile || p.name.compare(profile, Qt::CaseInsensitive) == 0)
                id = p.id;
        }
        if (id.isEmpty()) {
            err << QCoreApplication::translate("cli", "tunedesk-cli: no connection named \"%1\" (known: %2)")
                       .arg(profile, known.join(QStringLiteral(", ")))
                << Qt::endl;
            return ExitCode::Usage;
        }
    }
    // The base URL's precedence (--base-url, then $TOGETHER_BASE_URL, then the stored URL) and
    // the key's safety rules are the model's, as in the GUI; the notices go to stderr.
    profiles.resolve(
        id, app,
        [&](const Result<Connection>& c, const QString& notice) {
            if (!notice.isEmpty())
                err << notice << Qt::endl;
            if (!c && unavailable) {
                unavailable(c.error().message);
                return;
            }
            if (!c) {
                err << "tunedesk-cli: " << c.error().message << Qt::endl;
                app->exit(ExitCode::NetworkError); // no key, or the keychain cannot give it
                return;
            }
            use(*c);
        },
        baseUrl);
    return app->exec();
}

} // namespace td::cli
