#include "api/connection/ApiKeyResolver.h"
#include "api/connection/KeychainSecretStore.h"
#include "core/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace td;

class TestApiKey : public QObject
{
    Q_OBJECT

    Result<ApiKeyResolver::Key> resolve(SecretStore& store, const QString& profile)
    {
        std::optional<Result<ApiKeyResolver::Key>> out;
        ApiKeyResolver(&store, QStringLiteral("TD_TEST_API_KEY")).resolve(profile, this, [&](const auto& r) {
            out = r;
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 2000))
            qWarning("no answer from the resolver");
        return out ? *out
                   : Result<ApiKeyResolver::Key>(Error::make(Error::Code::Internal, QStringLiteral("no answer")));
    }

private slots:
    void keychainFirst()
    {
        qputenv("TD_TEST_API_KEY", "from-env");
        MemorySecretStore store;
        bool written = false;
        store.write(ApiKeyResolver::keychainKey(QStringLiteral("together")), QStringLiteral("from-keychain"), this,
                    [&](const Result<void>& r) { written = r.ok(); });
        QTRY_VERIFY(written);
        auto key = resolve(store, QStringLiteral("together"));
        QVERIFY(key.ok());
        QCOMPARE(key->value, QStringLiteral("from-keychain"));
        QVERIFY(key->notice.isEmpty());
    }

    void environmentWhenNoKeychainServiceAndItSaysSo()
    {
        qputenv("TD_TEST_API_KEY", "from-env");
        MemorySecretStore store;
        store.setUnavailable(true);
        auto key = resolve(store, QStringLiteral("together"));
        QVERIFY(key.ok());
        QCOMPARE(key->value, QStringLiteral("from-env"));
        QCOMPARE(key->source, QStringLiteral("TD_TEST_API_KEY"));
        QVERIFY(key->notice.contains(QStringLiteral("No keychain service")));
    }

    void clearErrorWhenThereIsNoKey()
    {
        qunsetenv("TD_TEST_API_KEY");
        MemorySecretStore store;
        store.setUnavailable(true);
        auto key = resolve(store, QStringLiteral("together"));
        QVERIFY(!key.ok());
        QVERIFY(key.error().message.contains(QStringLiteral("Set TD_TEST_API_KEY")));
        MemorySecretStore empty;
        auto none = resolve(empty, QStringLiteral("other"));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(QStringLiteral("No API key for this connection")));
    }

    void theSystemKeychainAnswersWithoutHanging()
    {
        // On a headless machine there is no keychain service: that must come back as an
        // error value, promptly, which the resolver turns into the environment path.
        KeychainSecretStore store(QStringLiteral("TuneDesk-test"));
        std::optional<Result<QString>> out;
        store.read(QStringLiteral("tunedesk/test/nothing"), this, [&](const Result<QString>& r) { out = r; });
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 10000);
        QVERIFY(!out->ok()); // nothing is stored under that key in any keychain
        QVERIFY(out->error().code == Error::Code::NotFound ||
                out->error().message.startsWith(QStringLiteral("Keychain:")));
    }

    // A store that goes away (with its window) while the keychain still has to answer: the
    // answer must find nothing to call and nothing freed (it crashed in libsecret's callback).
    void aStoreGoneBeforeTheKeychainAnswers()
    {
        bool called = false;
        {
            KeychainSecretStore store(QStringLiteral("TuneDesk-test"));
            store.read(QStringLiteral("tunedesk/test/nothing"), this, [&](const Result<QString>&) { called = true; });
        }
        // Then a read of a store that lives: once it is answered, the first answer had its turn.
        KeychainSecretStore store(QStringLiteral("TuneDesk-test"));
        bool later = false;
        store.read(QStringLiteral("tunedesk/test/nothing"), this, [&](const Result<QString>&) { later = true; });
        QTRY_VERIFY_WITH_TIMEOUT(later, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000); // its context (this test) lives: it is answered
    }

    void callbackDiesWithItsContext()
    {
        MemorySecretStore store;
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("x"), &context, [&](const Result<QString>&) { called = true; });
        }
        // Answers come in order: once a later read is answered, the first one had its turn.
        bool later = false;
        store.read(QStringLiteral("x"), this, [&](const Result<QString>&) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_apikey.moc"
