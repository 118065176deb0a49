#include "api/client/TogetherClient.h"
#include "api/connection/ApiKeyResolver.h"
#include "api/connection/ConnectionProfiles.h"
#include "api/connection/DemoConnection.h"
#include "api/http/CurlTransport.h"
#include "core/SecretStore.h"
#include "core/Settings.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <csignal>

using namespace td;

// The demo connection: the real tunedesk-emulator started as a child process, a session-only
// profile pointing at it made active, the process ended by stop() and by destruction, and
// what the user is told when the emulator is missing or dies.
class TestDemoConnection : public QObject
{
    Q_OBJECT

    static bool processExists(qint64 pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH); }

    static std::optional<Result<Connection>> resolve(const ConnectionProfiles& profiles, const QString& id,
                                                     QString* notice)
    {
        std::optional<Result<Connection>> out;
        QObject context;
        profiles.resolve(id, &context, [&](const Result<Connection>& c, const QString& n) {
            out = c;
            *notice = n;
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            qWarning("no answer");
        return out;
    }

private slots:
    void initTestCase() { Settings::createTempFileInstance(); }

    void startsTheEmulatorAsTheActiveConnectionAndStopsIt()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        QSignalSpy active(&profiles, &ConnectionProfiles::activeChanged);
        DemoConnection demo(&profiles);
        demo.setProgram(QStringLiteral(TD_EMULATOR_PROGRAM));
        demo.start();
        QTRY_COMPARE_WITH_TIMEOUT(demo.state(), DemoConnection::State::Running, 20000);
        const qint64 pid = demo.processId();
        QVERIFY(processExists(pid));
        QCOMPARE(demo.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(profiles.activeId(), DemoConnection::profileId());
        QCOMPARE(active.size(), 1);
        const auto p = profiles.profile(DemoConnection::profileId());
        QVERIFY(p && p->sessionOnly && p->kind == ConnectionProfile::Kind::Together);
        QCOMPARE(p->name, QStringLiteral("Demo (local emulator)"));
        // Neither the profile (its port changes every run) nor its key is written anywhere.
        const QString stored = Settings::instance()->get(Settings::Key::ConnectionProfiles).toString();
        QVERIFY2(!stored.contains(QStringLiteral("demo")), qPrintable(stored));
        QCOMPARE(Settings::instance()->get(Settings::Key::ActiveConnection).toString(), QStringLiteral("together"));
        std::optional<Result<QString>> inKeychain;
        secrets.read(ApiKeyResolver::keychainKey(DemoConnection::profileId()), this,
                     [&](const Result<QString>& r) { inKeychain = r; });
        QTRY_VERIFY(inKeychain.has_value());
        QVERIFY(!inKeychain->ok() || (*inKeychain)->isEmpty());

        // It answers as Together does, with no notice about a foreign host.
        QString notice;
        const auto c = resolve(profiles, DemoConnection::profileId(), &notice);
        QVERIFY(c && c->ok());
        QCOMPARE((*c)->baseUrl, demo.baseUrl());
        QVERIFY(!(*c)->apiKey.isEmpty());
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        CurlTransport transport;
        TogetherClient client(&transport, **c);
        std::optional<ApiResult<QList<ModelInfo>>> models;
        client.listModels(this, [&](const ApiResult<QList<ModelInfo>>& r) { models = r; });
        QTRY_VERIFY_WITH_TIMEOUT(models.has_value(), 20000);
        QVERIFY(std::holds_alternative<QList<ModelInfo>>(*models));
        QVERIFY(!std::get<QList<ModelInfo>>(*models).isEmpty());
        // The demo account is not empty: one job finished (with a loss curve to look at) and one
        // still training, on a dataset already uploaded.
        std::optional<ApiResult<QList<FineTuneJob>>> jobs;
        client.listFineTunes(this, [&](const ApiResult<QList<FineTuneJob>>& r) { jobs = r; });
        QTRY_VERIFY_WITH_TIMEOUT(jobs.has_value(), 20000);
        QVERIFY(std::holds_alternative<QList<FineTuneJob>>(*jobs));
        const QList<FineTuneJob> list = std::get<QList<FineTuneJob>>(*jobs);
        QCOMPARE(list.size(), 2);
        const auto finished = std::count_if(list.begin(), list.end(),
                                            [](const FineTuneJob& j) { return j.status == JobStatus::Completed; });
        QCOMPARE(finished, 1);
        QCOMPARE(std::count_if(list.begin(), list.end(), [](const FineTuneJob& j) { return !j.isTerminal(); }), 1);

        // Starting again while it runs keeps the one process.
        demo.start();
        QCOMPARE(demo.processId(), pid);

        demo.stop();
        QCOMPARE(demo.state(), DemoConnection::State::Stopped);
        QVERIFY(!processExists(pid));
        QVERIFY(!profiles.profile(DemoConnection::profileId()));
        QCOMPARE(profiles.activeId(), QStringLiteral("together"));
    }

    void endsWithItsOwner()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        qint64 pid = 0;
        {
            DemoConnection demo(&profiles);
            demo.setProgram(QStringLiteral(TD_EMULATOR_PROGRAM));
            demo.start();
            QTRY_COMPARE_WITH_TIMEOUT(demo.state(), DemoConnection::State::Running, 20000);
            pid = demo.processId();
            QVERIFY(processExists(pid));
        }
        QVERIFY(!processExists(pid));
    }

    void removingTheProfileStopsTheServer()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        DemoConnection demo(&profiles);
        demo.setProgram(QStringLiteral(TD_EMULATOR_PROGRAM));
        demo.start();
        QTRY_COMPARE_WITH_TIMEOUT(demo.state(), DemoConnection::State::Running, 20000);
        const qint64 pid = demo.processId();
        QVERIFY(profiles.remove(DemoConnection::profileId())); // as the Connections dialog's Remove
        QCOMPARE(demo.state(), DemoConnection::State::Stopped);
        QVERIFY(!processExists(pid));
    }

    void aMissingEmulatorIsExplained()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        DemoConnection demo(&profiles);
        demo.setProgram(QStringLiteral("/nonexistent/tunedesk-emulator"));
        demo.start();
        QCOMPARE(demo.state(), DemoConnection::State::Failed);
        QVERIFY2(demo.errorString().contains(QStringLiteral("is not installed")), qPrintable(demo.errorString()));
        QVERIFY(demo.errorString().contains(QStringLiteral("/nonexistent/tunedesk-emulator")));
        QVERIFY(!profiles.profile(DemoConnection::profileId()));
        QCOMPARE(profiles.activeId(), QStringLiteral("together"));
    }

    void anEmulatorThatEndsIsReported()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        DemoConnection demo(&profiles);
        // A bad option: the emulator prints its complaint and exits before listening.
        demo.setProgram(QStringLiteral(TD_EMULATOR_PROGRAM));
        demo.setExtraArguments({QStringLiteral("--no-such-option")});
        demo.start();
        QTRY_COMPARE_WITH_TIMEOUT(demo.state(), DemoConnection::State::Failed, 20000);
        QVERIFY2(demo.errorString().contains(QStringLiteral("stopped (exit code")), qPrintable(demo.errorString()));
        QVERIFY2(demo.errorString().contains(QStringLiteral("no-such-option")), qPrintable(demo.errorString()));
        QVERIFY(!profiles.profile(DemoConnection::profileId()));
    }

    void theActiveConnectionIsRememberedAndFallsBack()
    {
        MemorySecretStore secrets;
        ConnectionProfiles profiles(Settings::instance(), &secrets);
        ConnectionProfile proxy;
        proxy.name = QStringLiteral("Team proxy");
        proxy.kind = ConnectionProfile::Kind::Together;
        proxy.baseUrl = QUrl(QStringLiteral("https://proxy.example.com/v1"));
        const QString proxyId = profiles.save(proxy);
        ConnectionProfile local;
        local.name = QStringLiteral("Local vLLM");
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8000/v1"));
        const QString localId = profiles.save(local);
        QCOMPARE(profiles.togetherProfiles().size(), 2);

        profiles.setActive(localId); // not Together's API: no fine-tunes there
        QCOMPARE(profiles.activeId(), QStringLiteral("together"));
        QSignalSpy active(&profiles, &ConnectionProfiles::activeChanged);
        profiles.setActive(proxyId);
        QCOMPARE(active.size(), 1);
        QCOMPARE(ConnectionProfiles(Settings::instance(), &secrets).activeId(), proxyId);
        QVERIFY(profiles.remove(proxyId));
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.back().front().toString(), QStringLiteral("together"));
        QCOMPARE(profiles.activeId(), QStringLiteral("together"));
        profiles.remove(localId);
    }
};

QTEST_GUILESS_MAIN(TestDemoConnection)
#include "tst_democonnection.moc"
