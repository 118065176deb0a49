#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestJobs.h"
#include "playground/ChatSession.h"
#include "playground/EndpointMonitor.h"
#include "widgets/Dialogs.h"
#include "widgets/EndpointsPane.h"
#include "widgets/JobPage.h"
#include "widgets/JobsPane.h"
#include "widgets/NewEndpointDialog.h"
#include "widgets/PlaygroundPane.h"

#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// The Endpoints pane against the emulator: hardware with prices for a model, create, watch it
// start, chat with it, the running cost, the idle reminder, stop, start, delete.
class TestEndpoints : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
    const QString m_model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");

    EndpointsPane* pane() const { return m_window->endpointsPane(); }
    EndpointMonitor* monitor() const { return pane()->monitor(); }
    const EndpointsModel::Row* row() const { return monitor()->model()->row(pane()->selectedId()); }
    TogetherClient client() const { return *monitor()->client(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::createTempFileInstance();
        QVERIFY(m_server.start());
        m_window =
            std::make_unique<MainWindow>(nullptr, test::storeConnectedTo(QUrl(QString::fromLatin1(m_server.baseUrl())),
                                                                         QStringLiteral("tgp_v1_endpoints"), this));
        monitor()->setIntervals(30, 400);
        monitor()->setClock([this] { return m_now; });
        QTRY_VERIFY(monitor()->isConnected());
        QTRY_VERIFY(pane()->banner().startsWith(QStringLiteral("No dedicated endpoints")));
    }

    void theDialogOffersHardwareWithPrices()
    {
        NewEndpointDialog dialog(client(), {});
        dialog.setModel(m_model);
        QTRY_VERIFY(dialog.models().contains(m_model)); // the platform's models are offered
        QCOMPARE(dialog.request().model, m_model);      // and what was chosen stays
        QTRY_VERIFY(!dialog.hardware().isEmpty());
        dialog.setHardware(QStringLiteral("2x_nvidia_h100_80gb_sxm"));
        // 11.16 cents a minute is $6.70 an hour.
        QVERIFY2(dialog.costText().contains(QStringLiteral("$6.70 per hour")), qPrintable(dialog.costText()));
        dialog.setHardware(QStringLiteral("8x_nvidia_h200_140gb_sxm"));
        QVERIFY2(dialog.costText().contains(QStringLiteral("insufficient")), qPrintable(dialog.costText()));
        dialog.setHardware(QStringLiteral("1x_nvidia_h100_80gb_sxm"));
        const EndpointRequest r = dialog.request();
        QCOMPARE(r.model, m_model);
        QCOMPARE(r.hardware, QStringLiteral("1x_nvidia_h100_80gb_sxm"));
        QCOMPARE(r.minReplicas, 1);
        QVERIFY(r.startNow);
        QCOMPARE(r.inactiveTimeoutMinutes, std::optional<int>(60));
    }

    void createWatchItStartAndChat()
    {
        EndpointRequest r;
        r.model = m_model;
        r.hardware = QStringLiteral("1x_nvidia_h100_80gb_sxm");
        r.displayName = QStringLiteral("support-bot");
        monitor()->create(r);
        QTRY_VERIFY(!pane()->selectedId().isEmpty());
        QVERIFY(isChanging(row()->endpoint.state));
        QCOMPARE(pane()->costText(), EndpointsPane::tr("Nothing running."));
        // The list refreshes itself while the endpoint starts.
        m_server.advanceClock(11);
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Started);
        QCOMPARE(row()->endpoint.hardware, QStringLiteral("1x_nvidia_h100_80gb_sxm"));
        QTRY_VERIFY2(pane()->costText().contains(QStringLiteral("1 running: $3.35/h")), qPrintable(pane()->costText()));
        // Seen from every pane: the status bar says it too, and leads to the endpoints.
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("endpointCostLabel"));
        QVERIFY(label && !label->isHidden());
        QVERIFY2(label->text().contains(
                     EndpointsPane::tr("%n endpoint(s) running: $%1/h", nullptr, 1).arg(QStringLiteral("3.35"))),
                 qPrintable(label->text()));
        m_window->panes()->setCurrentIndex(0);
        emit label->linkActivated(QStringLiteral("endpoints"));
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        m_now = m_now.addSecs(3600);
        monitor()->refresh();
        QTRY_VERIFY2(pane()->costText().contains(QStringLiteral("about $3.35 since")), qPrintable(pane()->costText()));
        // Open it in the playground and chat with it by its name.
        const QString name = row()->endpoint.name;
        pane()->openSelectedInPlayground();
        QCOMPARE(m_window->panes()->currentWidget(), m_window->playgroundPane());
        QCOMPARE(m_window->playgroundPane()->model(), name);
        m_window->playgroundPane()->send(QStringLiteral("Hello endpoint"));
        ChatSession* s = m_window->playgroundPane()->session();
        QTRY_VERIFY(s->messages().size() == 2 && !s->isStreaming());
        QVERIFY2(!s->messages().back().incomplete, qPrintable(s->messages().back().error));
    }

    void anIdleEndpointIsRemindedOnce()
    {
        QSignalSpy reminders(pane(), &EndpointsPane::idleReminder);
        // The reminder's time is a setting in the pane, kept for the next start.
        auto* idle = pane()->findChild<QSpinBox*>(QStringLiteral("idleReminderMinutes"));
        QVERIFY(idle);
        QCOMPARE(idle->value(), 30);
        idle->setValue(45);
        QCOMPARE(monitor()->idleMinutes(), 45);
        QCOMPARE(Settings::instance()->get(Settings::Key::EndpointIdleMinutes).toInt(), 45);
        idle->setValue(30);
        // Just used by the playground (previous test): not idle.
        m_now = m_now.addSecs(10 * 60);
        QSignalSpy polled(monitor(), &EndpointMonitor::updated);
        monitor()->refresh();
        QVERIFY(polled.wait(5000)); // the idle check runs with each poll's answer
        QCOMPARE(reminders.size(), 0);
        m_now = m_now.addSecs(25 * 60);
        monitor()->refresh();
        QTRY_COMPARE(reminders.size(), 1);
        QVERIFY(reminders[0][1].toString().contains(QStringLiteral("support-bot")));
        monitor()->refresh();
        QTest::qWait(100);
        QCOMPARE(reminders.size(), 1); // once
    }

    void stopStartAndDelete()
    {
        const QString id = pane()->selectedId();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        pane()->stopSelected();
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Stopping);
        m_server.advanceClock(5);
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Stopped);
        QTRY_COMPARE(pane()->costText(), EndpointsPane::tr("Nothing running."));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("endpointCostLabel"))->isHidden());
        pane()->startSelected();
        QTRY_VERIFY(isChanging(row()->endpoint.state));
        m_server.advanceClock(9);
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Started);
        // Deleting asks first; "Cancel" keeps it.
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        pane()->deleteSelected();
        QCOMPARE(monitor()->model()->rowOf(id), 0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        pane()->deleteSelected();
        QTRY_COMPARE(monitor()->model()->rowCount(), 0);
        // Only the confirmed delete reached the server.
        QCOMPARE(m_server.requestCount("DELETE", "/v1/endpoints/" + id.toUtf8()), 1);
        monitor()->refresh();
        QTRY_VERIFY(pane()->banner().startsWith(QStringLiteral("No dedicated endpoints")));
    }

    void aFineTuneIsDeployedFromItsJobPage()
    {
        // "Deploy on Endpoint…" on a finished job: the Endpoints pane, its dialog with the model.
        emit m_window->jobsPane()->page()->endpointRequested(m_model);
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        auto* dialog = pane()->findChild<NewEndpointDialog*>(QStringLiteral("newEndpointDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->request().model, m_model);
        QTRY_VERIFY(!dialog->hardware().isEmpty());
        QTRY_VERIFY(!dialog->request().hardware.isEmpty());
        dialog->accept();
        QTRY_COMPARE(monitor()->model()->rowCount(), 1);
        QCOMPARE(monitor()->model()->rowAt(0).endpoint.model, m_model);
        QTRY_VERIFY(!pane()->findChild<NewEndpointDialog*>(QStringLiteral("newEndpointDialog")));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
