#include "CliConnection.h"

#include "ExitCode.h"
#include "api/ConnectionProfiles.h"
#include "api/KeychainSecretStore.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QTextStream>

namespace td::cli {

int withConnection(const QString& baseUrl, const QString& profile, const std::function<void(const Connection&)>& use)
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
    QString base = baseUrl;
    if (base.isEmpty() && id == QLatin1String("together"))
        base = qEnvironmentVariable("TOGETHER_BASE_URL");
    profiles.resolve(id, app, [&](const Result<Connection>& c, const QString& notice) {
        if (!c) {
            err << "tunedesk-cli: " << c.error().message << Qt::endl;
            app->exit(ExitCode::NetworkError); // no key, or the keychain cannot give it
            return;
        }
        if (!notice.isEmpty())
            err << notice << Qt::endl;
        Connection connection = *c;
        if (!base.isEmpty())
            connection.baseUrl = QUrl(base);
        use(connection);
    });
    return app->exec();
}

} // namespace td::cli
