#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestJobs.h"
#include "api/http/CurlTransport.h"
#include "endpoints/DmiDeploymentsModel.h"
#include "endpoints/DmiInventory.h"
#include "endpoints/EndpointMonitor.h"
#include "endpoints/SpendLedger.h"
#include "jobs/JobMonitor.h"
#include "playground/ChatSession.h"
#include "widgets/common/Dialogs.h"
#include "widgets/endpoints/DeployDialog.h"
#include "widgets/endpoints/DmiSection.h"
#include "widgets/endpoints/EndpointsPane.h"
#include "widgets/endpoints/EventsDialog.h"
#include "widgets/endpoints/NewEndpointDialog.h"
#include "widgets/endpoints/ScaleDialog.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/playground/PlaygroundPane.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace td;
using emu::EmulatorServer;

// The Endpoints pane against the emulator. v1: hardware with prices for a model; creating or
// restarting answers 403 since July 2026, which the pane explains and turns into a v2
// deployment; a v1 endpoint made before then is still listed, priced, chatted with, reminded
// about when idle, stopped and deleted. v2: a finished fine-tune deployed from its job page
// (profile, replicas, price, dry run, progress to READY), listed with its cost, chatted with
// in the playground on the inference host, stopped (its spending kept) and deleted.
class TestEndpoints : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QDateTime m_now = QDateTime::fromString(QStringLiteral("2026-11-23T10:00:00Z"), Qt::ISODate);
    const QString m_model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");

    EndpointsPane* pane() const { return m_window->endpointsPane(); }
    EndpointMonitor* monitor() const { return pane()->monitor(); }
    DmiSection* dmi() const { return pane()->dmi(); }
    const EndpointsModel::Row* row() const { return monitor()->model()->row(pane()->selectedId()); }
    TogetherClient client() const { return *monitor()->client(); }
    DeployDialog* deployDialog() const { return pane()->findChild<DeployDialog*>(QStringLiteral("deployDialog")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(SpendLedger::defaultPath()); // what an earlier run spent is not this run's
        Settings::createTempFileInstance();
        // Uploads get their validation verdict at once: these tests are about serving the result.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
        m_window =
            std::make_unique<MainWindow>(nullptr, test::storeConnectedTo(QUrl(QString::fromLatin1(m_server.baseUrl())),
                                                                         QStringLiteral("tgp_v1_endpoints"), this));
        monitor()->setIntervals(30, 400);
        monitor()->setClock([this] { return m_now; });
        dmi()->setPollIntervals(20, 400);
        QTRY_VERIFY(monitor()->isConnected());
        QTRY_VERIFY(pane()->banner().startsWith(QStringLiteral("No dedicated endpoints")));
        QTRY_VERIFY(dmi()->status().startsWith(QStringLiteral("No dedicated endpoints v2")));
    }

    // An endpoint chosen while it had no deployment keeps its place when its first deployment
    // appears (the table lost the selection, and with it the deployment's buttons).
    void aChosenEndpointKeepsItsRowWhenItsDeploymentAppears()
    {
        DmiDeploymentsModel model;
        DmiEndpointView ep;
        ep.endpoint.id = QStringLiteral("ep-1");
        model.setEndpoints({ep});
        QCOMPARE(model.rowOf(QStringLiteral("ep-1"), QString()), 0);
        DmiDeploymentView d;
        d.deployment.id = QStringLiteral("dep-1");
        ep.deployments = {d};
        model.setEndpoints({ep});
        QCOMPARE(model.rowOf(QStringLiteral("ep-1"), QString()), 0);
        QCOMPARE(model.rowOf(QStringLiteral("ep-1"), QStringLiteral("dep-1")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("ep-1"), QStringLiteral("dep-gone")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("ep-2"), QString()), -1);
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
    }

    void aV1CreateIsExplainedAndOffersV2()
    {
        EndpointRequest r;
        r.model = m_model;
        r.hardware = QStringLiteral("1x_nvidia_h100_80gb_sxm");
        // Through the pane's own path (the dialog's accept), as a user creates one.
        pane()->newEndpoint(m_model);
        auto* dialog = pane()->findChild<NewEndpointDialog*>(QStringLiteral("newEndpointDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(!dialog->request().hardware.isEmpty());
        Dialogs::setNextAnswer(QMessageBox::Yes); // "Deploy it on v2 now?"
        dialog->accept();
        QTRY_VERIFY2(pane()->banner().contains(QStringLiteral("endpoints_v1_create_access_disabled")),
                     qPrintable(pane()->banner()));
        QVERIFY(pane()->banner().contains(QStringLiteral("v2")));
        QCOMPARE(monitor()->model()->rowCount(), 0);
        // The offer opened the Deploy dialog for the same model, with its certified profile.
        QTRY_VERIFY(deployDialog());
        DeployDialog* deploy = deployDialog();
        QTRY_COMPARE(deploy->plan()->stage(), DeployPlan::Stage::Resolved);
        QCOMPARE(deploy->plan()->title(), m_model);
        QCOMPARE(deploy->plan()->options().size(), 1);
        QCOMPARE(deploy->plan()->options().front().gpuType, QStringLiteral("nvidia-l40s-48gb"));
        QVERIFY2(deploy->priceText().contains(QStringLiteral("$1.49 per hour")), qPrintable(deploy->priceText()));
        deploy->reject();
        QTRY_VERIFY(!deployDialog());
    }

    // A model v2 cannot host: the dialog says so and offers nothing to press.
    void aModelWithoutHardwareCannotBeDeployed()
    {
        DeployDialog* dialog = dmi()->deployModel(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
        QVERIFY(dialog);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->resultText().contains(QStringLiteral("Not deployed")),
                                  qPrintable(dialog->resultText()), 20000);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("deployButton"))->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("dryRunButton"))->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!deployDialog());
    }

    void aV1EndpointMadeBeforeStillServes()
    {
        const QString id =
            QString::fromStdString(m_server.addLegacyEndpoint(m_model.toStdString(), "1x_nvidia_h100_80gb_sxm", true));
        monitor()->refresh();
        QTRY_COMPARE(monitor()->model()->rowCount(), 1);
        pane()->selectEndpoint(id);
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Started);
        QTRY_VERIFY2(pane()->costText().contains(QStringLiteral("1 running: $3.35/h")), qPrintable(pane()->costText()));
        m_now = m_now.addSecs(3600);
        monitor()->refresh();
        QTRY_VERIFY2(pane()->costText().contains(QStringLiteral("about $3.35 spent so far")),
                     qPrintable(pane()->costText()));
        const QString name = row()->endpoint.name;
        pane()->openSelectedInPlayground();
        QCOMPARE(m_window->panes()->currentWidget(), m_window->playgroundPane());
        QCOMPARE(m_window->playgroundPane()->model(), name);
        m_window->playgroundPane()->send(QStringLiteral("Hello endpoint"));
        ChatSession* s = m_window->playgroundPane()->session();
        QTRY_VERIFY(s->messages().size() == 2 && !s->isStreaming());
        QVERIFY2(!s->messages().back().incomplete, qPrintable(s->messages().back().error));
        m_window->panes()->setCurrentWidget(pane());
    }

    void anIdleEndpointIsRemindedOnce()
    {
        QSignalSpy reminders(pane(), &EndpointsPane::idleReminder);
        auto* idle = pane()->findChild<QSpinBox*>(QStringLiteral("idleReminderMinutes"));
        QVERIFY(idle);
        QCOMPARE(idle->value(), 30);
        m_now = m_now.addSecs(10 * 60);
        QSignalSpy polled(monitor(), &EndpointMonitor::updated);
        monitor()->refresh();
        QVERIFY(polled.wait(5000));
        QCOMPARE(reminders.size(), 0);
        m_now = m_now.addSecs(25 * 60);
        monitor()->refresh();
        QTRY_COMPARE(reminders.size(), 1);
        monitor()->refresh();
        QTest::qWait(100);
        QCOMPARE(reminders.size(), 1); // once
    }

    void aV1StopWorksARestartIsExplained()
    {
        const QString id = pane()->selectedId();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        pane()->stopSelected();
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Stopping);
        m_server.advanceClock(5);
        QTRY_COMPARE(row()->endpoint.state, EndpointState::Stopped);
        QTRY_COMPARE(pane()->costText(), EndpointsPane::tr("v1: nothing running."));
        // What it cost while it ran stays on its row: 1 h 35 min of the test's clock at $3.35/h.
        const QModelIndex cost = monitor()->model()->index(monitor()->model()->rowOf(id), EndpointsModel::Cost);
        QVERIFY2(cost.data().toString().contains(QStringLiteral("$5.30 spent")), qPrintable(cost.data().toString()));
        Dialogs::setNextAnswer(QMessageBox::Cancel); // no v2 deployment now
        pane()->startSelected();
        QTRY_VERIFY(pane()->banner().contains(QStringLiteral("endpoints_v1_create_access_disabled")));
        // The explanation stays through the list's next refresh (each poll used to replace it).
        QSignalSpy polled(monitor(), &EndpointMonitor::updated);
        monitor()->refresh();
        QTRY_VERIFY(polled.size() >= 1);
        QVERIFY(pane()->banner().contains(QStringLiteral("endpoints_v1_create_access_disabled")));
        QVERIFY(!deployDialog());
        QCOMPARE(row()->endpoint.state, EndpointState::Stopped);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        pane()->deleteSelected();
        QTRY_COMPARE(monitor()->model()->rowCount(), 0);
        QCOMPARE(m_server.requestCount("DELETE", "/v1/endpoints/" + id.toUtf8()), 1);
    }

    void aFineTuneIsDeployedOnV2FromItsJobPageAndAnswers()
    {
        // A finished fine-tune of a base that dedicated endpoints v2 can host.
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_endpoints");
        CurlTransport transport;
        FineTuneRequest r;
        r.trainingFile =
            test::uploadFile(&transport, c, test::writeConversations(m_dir.filePath(QStringLiteral("t.jsonl")), 8));
        r.model = QStringLiteral("Qwen/Qwen3-8B");
        r.nEpochs = 1;
        std::optional<FineTuneJob> job;
        QObject context;
        TogetherClient(&transport, c).createFineTune(r, &context, [&](const ApiResult<FineTuneJob>& j) {
            if (const auto* x = std::get_if<FineTuneJob>(&j))
                job = *x;
        });
        QTRY_VERIFY(job.has_value());
        m_server.advanceClock(100000);
        JobsPane* jobs = m_window->jobsPane();
        jobs->monitor()->setIntervals(30, 200);
        jobs->monitor()->refresh();
        QTRY_VERIFY(jobs->monitor()->model()->rowOf(job->id) >= 0);
        jobs->selectJob(job->id);
        QTRY_VERIFY(jobs->monitor()->watchedJob() && jobs->monitor()->watchedJob()->status == JobStatus::Completed);
        auto* deployButton = jobs->page()->findChild<QPushButton*>(QStringLiteral("deployV2"));
        QVERIFY(deployButton);
        QTRY_VERIFY(deployButton->isVisibleTo(jobs->page()));
        deployButton->click();
        QCOMPARE(m_window->panes()->currentWidget(), pane());
        QTRY_VERIFY(deployDialog());
        DeployDialog* dialog = deployDialog();
        QTRY_COMPARE(dialog->plan()->stage(), DeployPlan::Stage::Resolved);
        dmi()->inventory()->setClock([this] { return m_now; });
        // The profile picker: GPUs, quantization, context, speed, price per replica-hour.
        auto* options = dialog->findChild<QTableWidget*>(QStringLiteral("deployOptions"));
        QCOMPARE(options->rowCount(), 1);
        QCOMPARE(options->item(0, 0)->text(), QStringLiteral("1x H100 80GB"));
        QCOMPARE(options->item(0, 1)->text(), QStringLiteral("BF16"));
        QVERIFY(options->item(0, 3)->text().contains(QStringLiteral("tokens/s")));
        QCOMPARE(options->item(0, 5)->text(), QStringLiteral("$5.49"));
        // Every control is named for assistive technology and reachable with the keyboard.
        for (QWidget* w : dialog->findChildren<QWidget*>())
            if ((qobject_cast<QLineEdit*>(w) || qobject_cast<QSpinBox*>(w) || qobject_cast<QPushButton*>(w) ||
                 qobject_cast<QTableWidget*>(w)) &&
                w->isVisibleTo(dialog) && !qobject_cast<QSpinBox*>(w->parentWidget())) { // not a spin box's own editor
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
                QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
            }
        dialog->findChild<QLineEdit*>(QStringLiteral("endpointName"))->setText(QStringLiteral("gui-bot"));
        dialog->findChild<QSpinBox*>(QStringLiteral("maxReplicas"))->setValue(2);
        QVERIFY2(dialog->priceText().contains(QStringLiteral("$5.49 per hour, up to $10.98")),
                 qPrintable(dialog->priceText()));
        // min 0 cannot even be chosen: a new deployment needs a replica.
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("minReplicas"))->minimum(), 1);
        dialog->findChild<QPushButton*>(QStringLiteral("dryRunButton"))->click();
        QTRY_VERIFY2(dialog->resultText().startsWith(QStringLiteral("Dry run passed")),
                     qPrintable(dialog->resultText()));
        QSignalSpy deployed(pane(), &EndpointsPane::dmiDeployed);
        dialog->findChild<QPushButton*>(QStringLiteral("deployButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!deployed.isEmpty(), 20000);
        QCOMPARE(deployed.front().front().toString(), QStringLiteral("emulator-user/gui-bot"));
        QVERIFY2(dialog->log().contains(QStringLiteral("Creating deployment d1")), qPrintable(dialog->log()));
        QVERIFY(dialog->log().contains(QStringLiteral("weight to 1")));
        QVERIFY(dialog->resultText().contains(QStringLiteral("emulator-user/gui-bot")));
        dialog->accept();

        // Listed with its state, replicas and cost.
        QTRY_COMPARE(dmi()->model()->rowCount(), 1);
        QTRY_COMPARE(dmi()->model()->index(0, DmiDeploymentsModel::State).data().toString(), QStringLiteral("ready"));
        QCOMPARE(dmi()->model()->index(0, DmiDeploymentsModel::Cost).data().toString(), QStringLiteral("$5.49/h"));
        // The status bar counts v2 deployments too: seen from every pane.
        auto* statusCost = m_window->findChild<QLabel*>(QStringLiteral("endpointCostLabel"));
        QTRY_VERIFY2_WITH_TIMEOUT(statusCost->text().contains(QStringLiteral("$5.49/h")),
                                  qPrintable(statusCost->text()), 20000);
        // The weight the dialog set, not what a refresh read before it did.
        QTRY_COMPARE_WITH_TIMEOUT(dmi()->model()->index(0, DmiDeploymentsModel::Weight).data().toString(),
                                  QStringLiteral("1"), 20000);
        dmi()->table()->selectRow(0);

        // Chat with it in the playground: by its endpoint name, on the inference host.
        dmi()->openSelectedInPlayground();
        QCOMPARE(m_window->panes()->currentWidget(), m_window->playgroundPane());
        QCOMPARE(m_window->playgroundPane()->model(), QStringLiteral("emulator-user/gui-bot"));
        const int before = m_server.requestCount("POST", "/v1/chat/completions");
        m_window->playgroundPane()->send(QStringLiteral("question 3"));
        ChatSession* s = m_window->playgroundPane()->session();
        QTRY_VERIFY(s->messages().size() >= 2 && !s->isStreaming());
        QVERIFY2(!s->messages().back().incomplete, qPrintable(s->messages().back().error));
        QCOMPARE(s->messages().back().content, QStringLiteral("answer 3")); // the fine-tune's own answer
        QCOMPARE(m_server.requestCount("POST", "/v1/chat/completions"), before + 1);
        m_window->panes()->setCurrentWidget(pane());
    }

    void aV2DeploymentIsScaledAndItsEventsRead()
    {
        dmi()->table()->selectRow(0);
        auto* button = dmi()->findChild<QPushButton*>(QStringLiteral("dmiScale"));
        QVERIFY(button && button->isEnabled());
        button->click();
        auto* dialog = dmi()->findChild<ScaleDialog*>(QStringLiteral("scaleDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->minReplicas(), 1);
        QCOMPARE(dialog->maxReplicas(), 2); // as deployed
        // The rules as the user types: no scale to zero, and nothing is sent while they are broken.
        dialog->setBounds(0, 3);
        QVERIFY(!dialog->canApply());
        QVERIFY2(dialog->problemText().contains(QStringLiteral("no scale to zero")), qPrintable(dialog->problemText()));
        dialog->setBounds(1, 3);
        QVERIFY(dialog->canApply());
        QVERIFY2(dialog->priceText().contains(QStringLiteral("$5.49 per hour, up to $16.47")),
                 qPrintable(dialog->priceText()));
        for (QSpinBox* box : dialog->findChildren<QSpinBox*>())
            QVERIFY(!box->accessibleName().isEmpty());
        const int patches = m_server.requestCount();
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(dmi()->model()->index(0, DmiDeploymentsModel::Replicas).data().toString(),
                                  QStringLiteral("1 ready (1–3)"), 20000);
        QVERIFY(m_server.requestCount() > patches);
        QCOMPARE(m_server.dmiWorld().endpoints.front().deployments.front().maxReplicas, 3);

        // The endpoint's events, newest first: the scaling is there.
        dmi()->table()->selectRow(0);
        EventsDialog* events = dmi()->eventsOfSelected();
        QVERIFY(events);
        QTRY_VERIFY2_WITH_TIMEOUT(events->statusText().contains(QStringLiteral("newest first")),
                                  qPrintable(events->statusText()), 20000);
        QVERIFY(events->table()->rowCount() > 0);
        QVERIFY(!events->table()->accessibleName().isEmpty());
        events->reject();
    }

    void aV2StopKeepsWhatItCostThenDelete()
    {
        m_now = m_now.addSecs(3600); // an hour ready
        dmi()->table()->selectRow(0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        dmi()->stopSelected();
        QTRY_COMPARE(dmi()->model()->index(0, DmiDeploymentsModel::State).data().toString(), QStringLiteral("stopped"));
        QCOMPARE(dmi()->model()->index(0, DmiDeploymentsModel::Cost).data().toString(), QStringLiteral("$0.00/h"));
        // An hour of one replica at $5.49 stays on the books after the stop.
        QVERIFY2(dmi()->model()->index(0, DmiDeploymentsModel::Spent).data().toString() == QStringLiteral("$5.49"),
                 qPrintable(dmi()->model()->index(0, DmiDeploymentsModel::Spent).data().toString()));
        dmi()->table()->selectRow(0);
        // Start restarts billing, so it asks first; Cancel starts nothing (the refresh asked
        // after it reaches the server, and the deployment is still stopped there and here).
        QTRY_VERIFY_WITH_TIMEOUT(dmi()->findChild<QPushButton*>(QStringLiteral("dmiStart"))->isEnabled(), 20000);
        const int before = m_server.requestCount();
        Dialogs::takeLastQuestion();
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        dmi()->startSelected();
        const QString asked = Dialogs::takeLastQuestion();
        QVERIFY2(asked.contains(QStringLiteral("$5.49")), qPrintable(asked)); // it asked, with the price
        dmi()->refresh();
        QTRY_VERIFY(m_server.requestCount() > before);
        QCOMPARE(m_server.dmiWorld().endpoints.front().deployments.front().state,
                 std::string("DEPLOYMENT_STATE_STOPPED"));
        QCOMPARE(dmi()->model()->index(0, DmiDeploymentsModel::State).data().toString(), QStringLiteral("stopped"));
        dmi()->table()->selectRow(0);
        // As a user would: Delete is enabled once the stop has finished waiting for STOPPED.
        QTRY_VERIFY_WITH_TIMEOUT(dmi()->findChild<QPushButton*>(QStringLiteral("dmiDelete"))->isEnabled(), 20000);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        dmi()->deleteSelected();
        QTRY_COMPARE(dmi()->model()->rowCount(), 0);
        QVERIFY(m_server.dmiWorld().endpoints.empty());
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
