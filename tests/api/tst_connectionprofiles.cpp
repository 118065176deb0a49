#include "api/connection/ApiKeyResolver.h"
#include "api/connection/ConnectionProfiles.h"
#include "api/connection/KeyDestination.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QTest>

using namespace td;

// Connection profiles: Together always first, others kept in settings without their keys,
// keys in the secret store, and Together's environment key never sent to another server.
class TestConnectionProfiles : public QObject
{
    Q_OBJECT

    struct Answer
    {
        std::optional<Result<Connection>> connection;
        QString notice;
    };

    Answer resolve(const ConnectionProfiles& profiles, const QString& id, const QString& baseUrlOverride = {})
    {
        Answer a;
        profiles.resolve(
            id, this,
            [&a](const Result<Connection>& c, const QString& notice) {
                a.connection = c;
                a.notice = notice;
            },
            baseUrlOverride);
        if (!QTest::qWaitFor([&] { return a.connection.has_value(); }, 5000))
            qWarning("no answer");
        return a;
    }

private slots:
    void initTestCase() { Settings::createTempFileInstance(); }

    void togetherIsAlwaysThereAndProfilesPersist()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profiles().front().id, QStringLiteral("together"));
        QCOMPARE(profiles.profiles().front().baseUrl.toString(), QStringLiteral("https://api.together.ai/v1"));
        ConnectionProfile local;
        local.name = QStringLiteral("Local vLLM");
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
        const QString id = profiles.save(local);
        QVERIFY(!id.isEmpty());
        ConnectionProfiles again(Settings::instance(), &secrets);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.profile(id)->name, QStringLiteral("Local vLLM"));
        QCOMPARE(again.profile(id)->kind, ConnectionProfile::Kind::OpenAiCompatible);
        // No key in the settings file, ever.
        QVERIFY(!Settings::instance()
                     ->get(Settings::Key::ConnectionProfiles)
                     .toString()
                     .contains(QStringLiteral("key"), Qt::CaseInsensitive));
        QVERIFY(!again.remove(QStringLiteral("together")));
        QVERIFY(again.remove(id));
        QCOMPARE(ConnectionProfiles(Settings::instance(), &secrets).profiles().size(), 1);
    }

    void keysComeFromTheStoreAndTogethersEnvironmentKeyStaysWithTogether()
    {
        qputenv("TOGETHER_API_KEY", "tgp_v1_from_env");
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        ConnectionProfile other;
        other.name = QStringLiteral("Other provider");
        other.baseUrl = QUrl(QStringLiteral("https://llm.example.com/v1"));
        const QString id = profiles.save(other);

        Answer together = resolve(profiles, QStringLiteral("together"));
        QVERIFY(together.connection->ok());
        QCOMPARE((*together.connection)->apiKey, QStringLiteral("tgp_v1_from_env"));
        QVERIFY(together.notice.contains(QStringLiteral("TOGETHER_API_KEY")));
        // Another server never gets Together's key: none, until one is stored for it.
        Answer plain = resolve(profiles, id);
        QVERIFY(plain.connection->ok());
        QVERIFY((*plain.connection)->apiKey.isEmpty());
        QCOMPARE((*plain.connection)->baseUrl, other.baseUrl);
        bool written = false;
        secrets.write(ApiKeyResolver::keychainKey(id), QStringLiteral("sk-other"), this,
                      [&](const Result<void>& r) { written = r.ok(); });
        QTRY_VERIFY(written);
        QCOMPARE((*resolve(profiles, id).connection)->apiKey, QStringLiteral("sk-other"));
        // Removing the profile removes its key.
        QVERIFY(profiles.remove(id));
        std::optional<bool> found;
        secrets.read(ApiKeyResolver::keychainKey(id), this, [&](const Result<QString>& r) { found = r.ok(); });
        QTRY_VERIFY(found.has_value());
        QVERIFY(!*found);
        // Together with neither a stored key nor the variable: a clear error.
        qunsetenv("TOGETHER_API_KEY");
        Answer none = resolve(profiles, QStringLiteral("together"));
        QVERIFY(!none.connection->ok());
        QVERIFY(none.connection->error().message.contains(QStringLiteral("TOGETHER_API_KEY")));
    }

    void theEnvironmentsBaseUrlWinsAndSaysSo()
    {
        qputenv("TOGETHER_API_KEY", "tgp_v1_from_env");
        qputenv("TOGETHER_BASE_URL", "http://127.0.0.1:9/v1");
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        // The stored URL (Together's) does not silently win over the variable, nor the other way.
        Answer a = resolve(profiles, QStringLiteral("together"));
        QVERIFY(a.connection->ok());
        QCOMPARE((*a.connection)->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY2(a.notice.contains(QStringLiteral("Using TOGETHER_BASE_URL http://127.0.0.1:9/v1 instead of")) &&
                     a.notice.contains(QStringLiteral("https://api.together.ai/v1")),
                 qPrintable(a.notice));
        // Together's key goes to a host that is not Together's: said.
        QVERIFY2(a.notice.contains(QStringLiteral("not Together's server")), qPrintable(a.notice));
        QCOMPARE(profiles.baseUrlOf(QStringLiteral("together")).source, BaseUrlChoice::Source::Environment);
        // A --base-url given to the CLI wins over both, and says what it replaces.
        Answer cli = resolve(profiles, QStringLiteral("together"), QStringLiteral("http://localhost:7/v1"));
        QCOMPARE((*cli.connection)->baseUrl, QUrl(QStringLiteral("http://localhost:7/v1")));
        QVERIFY2(cli.notice.contains(QStringLiteral("--base-url")) &&
                     cli.notice.contains(QStringLiteral("TOGETHER_BASE_URL")),
                 qPrintable(cli.notice));
        // The variable is Together's: another profile keeps its own URL.
        ConnectionProfile local;
        local.name = QStringLiteral("Local");
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
        const QString id = profiles.save(local);
        Answer other = resolve(profiles, id);
        QCOMPARE((*other.connection)->baseUrl, local.baseUrl);
        QVERIFY(other.notice.isEmpty());
        QVERIFY(profiles.remove(id));
        // Same URL in both places: nothing to say about it; Together's own host: no notice.
        qputenv("TOGETHER_BASE_URL", "https://api.together.ai/v1/");
        Answer same = resolve(profiles, QStringLiteral("together"));
        QCOMPARE(profiles.baseUrlOf(QStringLiteral("together")).notice, QString());
        QVERIFY2(!same.notice.contains(QStringLiteral("instead of")) &&
                     !same.notice.contains(QStringLiteral("not Together's")),
                 qPrintable(same.notice));
        qunsetenv("TOGETHER_BASE_URL");
        QCOMPARE(profiles.baseUrlOf(QStringLiteral("together")).source, BaseUrlChoice::Source::Profile);
    }

    void theKeyIsRefusedToPlainHttpOnAnotherMachine()
    {
        qputenv("TOGETHER_API_KEY", "tgp_v1_from_env");
        qputenv("TOGETHER_BASE_URL", "http://llm.example.com/v1");
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        Answer refused = resolve(profiles, QStringLiteral("together"));
        QVERIFY(!refused.connection->ok());
        QVERIFY2(refused.connection->error().message.contains(QStringLiteral("Refusing to send the API key")) &&
                     refused.connection->error().message.contains(QStringLiteral("https://")),
                 qPrintable(refused.connection->error().message));
        // Over HTTPS to a proxy: allowed, and said.
        qputenv("TOGETHER_BASE_URL", "https://proxy.example.com/v1");
        Answer proxy = resolve(profiles, QStringLiteral("together"));
        QVERIFY(proxy.connection->ok());
        QVERIFY2(proxy.notice.contains(QStringLiteral("proxy.example.com")) &&
                     proxy.notice.contains(QStringLiteral("not Together's server")),
                 qPrintable(proxy.notice));
        qunsetenv("TOGETHER_BASE_URL");
        // Another server over plain HTTP: fine without a key, refused with one.
        ConnectionProfile lan;
        lan.name = QStringLiteral("LAN");
        lan.baseUrl = QUrl(QStringLiteral("http://gpu-box.example.com:8000/v1"));
        const QString id = profiles.save(lan);
        QVERIFY(resolve(profiles, id).connection->ok());
        bool written = false;
        secrets.write(ApiKeyResolver::keychainKey(id), QStringLiteral("sk-lan"), this,
                      [&](const Result<void>& r) { written = r.ok(); });
        QTRY_VERIFY(written);
        QVERIFY(!resolve(profiles, id).connection->ok());
        QVERIFY(profiles.remove(id));
        qunsetenv("TOGETHER_API_KEY");
    }

    void keyDestinations()
    {
        for (const char* url : {"http://127.0.0.1/", "http://127.255.0.3:80/", "http://localhost:8/",
                                "http://LOCALHOST/", "http://[::1]:9/", "http://[0:0:0:0:0:0:0:1]/"})
            QVERIFY2(KeyDestination::isLoopback(QUrl(QString::fromLatin1(url))), url);
        for (const char* url : {"http://128.0.0.1/", "http://127.0.0.1.example.com/", "http://localhost.example.com/",
                                "http://10.0.0.1/", "http://[::2]/"})
            QVERIFY2(!KeyDestination::isLoopback(QUrl(QString::fromLatin1(url))), url);
        QVERIFY(KeyDestination::isTogether(QUrl(QStringLiteral("https://api.together.ai/v1"))));
        QVERIFY(KeyDestination::isTogether(QUrl(QStringLiteral("https://api.together.xyz/v1"))));
        QVERIFY(!KeyDestination::isTogether(QUrl(QStringLiteral("http://api.together.ai/v1"))));
        QVERIFY(!KeyDestination::isTogether(QUrl(QStringLiteral("https://api.together.ai.example.com/v1"))));
        QVERIFY(!KeyDestination::isTogether(QUrl(QStringLiteral("https://nottogether.ai/v1"))));
        QVERIFY(KeyDestination::refusal(QUrl(QStringLiteral("http://api.together.ai/v1")))
                    .contains(QStringLiteral("plain HTTP")));
        QVERIFY(KeyDestination::refusal(QUrl(QStringLiteral("https://anywhere.example.com/v1"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
