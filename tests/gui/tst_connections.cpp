#include "EmulatorServer.h"

#include "MainWindow.h"
#include "api/connection/ApiContext.h"
#include "api/connection/ApiKeyResolver.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "endpoints/EndpointMonitor.h"
#include "jobs/JobMonitor.h"
#include "widgets/common/ConnectionsDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/endpoints/EndpointsPane.h"
#include "widgets/jobs/JobsPane.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace td;

// Settings → Connections, as a user uses it: add a server, store its key, test it; and the
// errors a user meets (no key for Together, a server that is not there).
class TestConnections : public QObject
{
    Q_OBJECT

    emu::EmulatorServer m_server;

private slots:
    void initTestCase()
    {
        Settings::createTempFileInstance();
        qunsetenv("TOGETHER_API_KEY");
        QVERIFY(m_server.start());
    }

    void aKeyStoredConnectsThePanesAtOnce()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        ConnectionProfile together = *window.api()->profiles()->profile(QStringLiteral("together"));
        together.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        window.api()->profiles()->save(together);
        QTRY_VERIFY(window.endpointsPane()->banner().startsWith(QStringLiteral("Not connected")));
        QVERIFY(!window.jobsPane()->monitor()->isConnected());
        ConnectionsDialog dialog(window.api()->profiles(), window.api()->transport(), &window);
        dialog.select(QStringLiteral("together"));
        QLineEdit* key = dialog.findChildren<QLineEdit*>().value(2);
        QTest::keyClicks(key, QStringLiteral("tgp_v1_fresh"));
        for (auto* b : dialog.findChildren<QPushButton*>())
            if (b->text() == ConnectionsDialog::tr("&Store key"))
                QTest::mouseClick(b, Qt::LeftButton);
        // No restart, no Refresh: the panes connect with the new key.
        QTRY_VERIFY(window.jobsPane()->monitor()->isConnected());
        QTRY_VERIFY(window.endpointsPane()->monitor()->isConnected());
    }

    void addStoreKeyAndTest()
    {
        auto* secrets = new MemorySecretStore;
        MainWindow window(nullptr, secrets);
        ConnectionsDialog dialog(window.api()->profiles(), window.api()->transport(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* list = dialog.findChild<QListWidget*>();
        QCOMPARE(list->count(), 1);
        // Together without a key says what to do.
        QPushButton* testButton = nullptr;
        QPushButton* addButton = nullptr;
        QPushButton* storeButton = nullptr;
        for (auto* b : dialog.findChildren<QPushButton*>()) {
            if (b->text() == ConnectionsDialog::tr("&Test connection"))
                testButton = b;
            else if (b->text() == ConnectionsDialog::tr("&Add"))
                addButton = b;
            else if (b->text() == ConnectionsDialog::tr("&Store key"))
                storeButton = b;
        }
        QVERIFY(testButton && addButton && storeButton);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY(dialog.testResult().contains(QStringLiteral("TOGETHER_API_KEY")));

        // A new server pointing at the emulator, with a key kept in the store.
        QTest::mouseClick(addButton, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        const auto edits = dialog.findChildren<QLineEdit*>();
        QLineEdit* name = edits.value(0);
        QLineEdit* url = edits.value(1);
        QLineEdit* key = edits.value(2);
        name->setText(QStringLiteral("Emulator"));
        url->setText(QString::fromLatin1(m_server.baseUrl()));
        QMetaObject::invokeMethod(url, "editingFinished");
        QTest::keyClicks(key, QStringLiteral("sk-emulator"));
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QTRY_VERIFY(key->text().isEmpty());
        std::optional<QString> stored;
        secrets->read(ApiKeyResolver::keychainKey(dialog.currentId()), this,
                      [&](const Result<QString>& r) { stored = r.ok() ? *r : QString(); });
        QTRY_COMPARE(stored.value_or(QString()), QStringLiteral("sk-emulator"));
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY2(dialog.testResult().startsWith(QStringLiteral("Connected:")), qPrintable(dialog.testResult()));
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Emulator"));
        // The settings file has the URL, never the key.
        const QString saved = Settings::instance()->get(Settings::Key::ConnectionProfiles).toString();
        QVERIFY(saved.contains(QString::fromLatin1(m_server.baseUrl())));
        QVERIFY(!saved.contains(QStringLiteral("sk-emulator")));

        // A server that is not there.
        url->setText(QStringLiteral("http://127.0.0.1:1/v1"));
        QMetaObject::invokeMethod(url, "editingFinished");
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY(!dialog.testResult().startsWith(QStringLiteral("Connect")));
        QVERIFY(dialog.testResult().contains(QStringLiteral("connect"), Qt::CaseInsensitive));
    }

    // No keychain service (a bare desktop): the typed key still connects, for this session only,
    // and is written nowhere.
    void withoutAKeychainTheKeyServesThisSession()
    {
        auto* secrets = new MemorySecretStore;
        secrets->setUnavailable(true);
        MainWindow window(nullptr, secrets);
        ConnectionsDialog dialog(window.api()->profiles(), window.api()->transport(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* testButton = nullptr;
        QPushButton* storeButton = nullptr;
        for (auto* b : dialog.findChildren<QPushButton*>()) {
            if (b->text() == ConnectionsDialog::tr("&Test connection"))
                testButton = b;
            else if (b->text() == ConnectionsDialog::tr("&Store key"))
                storeButton = b;
        }
        QVERIFY(testButton && storeButton);
        // Together's own profile, pointed at the emulator as a user would try it.
        const auto edits = dialog.findChildren<QLineEdit*>();
        QLineEdit* url = edits.value(1);
        QLineEdit* key = edits.value(2);
        url->setText(QString::fromLatin1(m_server.baseUrl()));
        QMetaObject::invokeMethod(url, "editingFinished");
        QTest::keyClicks(key, QStringLiteral("tgp_v1_session"));
        Dialogs::setNextAnswer(QMessageBox::Yes); // "Use it for this session only?"
        QTest::mouseClick(storeButton, Qt::LeftButton);
        QTRY_VERIFY(key->text().isEmpty());
        QVERIFY(window.api()->profiles()->hasSessionKey(dialog.currentId()));
        QTest::mouseClick(testButton, Qt::LeftButton);
        QTRY_VERIFY2(dialog.testResult().startsWith(QStringLiteral("Connected:")), qPrintable(dialog.testResult()));
        const QString saved = Settings::instance()->get(Settings::Key::ConnectionProfiles).toString();
        QVERIFY(!saved.contains(QStringLiteral("tgp_v1_session")));
        // Forget key forgets it.
        for (auto* b : dialog.findChildren<QPushButton*>())
            if (b->text() == ConnectionsDialog::tr("&Forget key"))
                QTest::mouseClick(b, Qt::LeftButton);
        QVERIFY(!window.api()->profiles()->hasSessionKey(dialog.currentId()));
    }

    void theUrlInEffectIsShown()
    {
        // TOGETHER_BASE_URL wins over the stored URL for this process: the dialog shows which
        // URL is used, and that Together's key goes to a host that is not Together's.
        MainWindow window(nullptr, new MemorySecretStore);
        ConnectionProfile together = *window.api()->profiles()->profile(QStringLiteral("together"));
        together.baseUrl = QUrl(ConnectionProfiles::defaultTogetherUrl());
        window.api()->profiles()->save(together);
        auto noteShown = [&window] {
            ConnectionsDialog dialog(window.api()->profiles(), window.api()->transport(), &window);
            dialog.select(QStringLiteral("together"));
            auto* note = dialog.findChild<QLabel*>(QStringLiteral("urlNote"));
            return note ? note->text() : QStringLiteral("no urlNote label");
        };
        qputenv("TOGETHER_BASE_URL", m_server.baseUrl());
        QString note = noteShown();
        QVERIFY2(note.contains(QStringLiteral("Using TOGETHER_BASE_URL ") + QString::fromLatin1(m_server.baseUrl())) &&
                     note.contains(QStringLiteral("not Together's server")),
                 qPrintable(note));
        // Plain HTTP to another machine: the key would be refused, and the dialog says so.
        qputenv("TOGETHER_BASE_URL", "http://llm.example.com/v1");
        note = noteShown();
        QVERIFY2(note.contains(QStringLiteral("Refusing to send the API key")), qPrintable(note));
        qunsetenv("TOGETHER_BASE_URL");
        note = noteShown();
        QVERIFY2(note.isEmpty(), qPrintable(note));
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
