#include "CliConnection.h"

#include "api/ApiKeyResolver.h"
#include "api/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace td::cli {

int withConnection(const QString& baseUrl, const std::function<void(const Connection&)>& use)
{
    Connection connection;
    QString base = baseUrl.isEmpty() ? qEnvironmentVariable("TOGETHER_BASE_URL") : baseUrl;
    if (!base.isEmpty())
        connection.baseUrl = QUrl(base);
    KeychainSecretStore keychain;
    ApiKeyResolver resolver(&keychain);
    QCoreApplication* app = QCoreApplication::instance();
    resolver.resolve(QStringLiteral("together"), app, [&](const Result<ApiKeyResolver::Key>& key) {
        QTextStream err(stderr);
        if (!key) {
            err << "tunedesk-cli: " << key.error().message << Qt::endl;
            app->exit(1);
            return;
        }
        if (!key->notice.isEmpty())
            err << key->notice << Qt::endl;
        connection.apiKey = key->value;
        use(connection);
    });
    return app->exec();
}

} // namespace td::cli
