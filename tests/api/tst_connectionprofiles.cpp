#include "api/ApiKeyResolver.h"
#include "api/ConnectionProfiles.h"
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

    Answer resolve(const ConnectionProfiles& profiles, const QString& id)
    {
        Answer a;
        profiles.resolve(id, this, [&a](const Result<Connection>& c, const QString& notice) {
            a.connection = c;
            a.notice = notice;
        });
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
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
