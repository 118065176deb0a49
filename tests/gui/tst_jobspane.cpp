#include "EmulatorServer.h"

#include "MainWindow.h"
#include "TestFiles.h"
#include "TestJobs.h"
#include "api/connection/ApiContext.h"
#include "api/connection/ApiKeyResolver.h"
#include "api/http/CurlTransport.h"
#include "api/transfer/FileUpload.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetSession.h"
#include "jobs/JobMonitor.h"
#include "jobs/JobsFilterModel.h"
#include "jobs/JobsModel.h"
#include "widgets/common/Dialogs.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/jobs/ElidedLabel.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/jobs/LossChart.h"
#include "widgets/jobs/LossCompareDialog.h"
#include "widgets/jobs/NewJobDialog.h"

#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace td;
using emu::EmulatorServer;

// The Jobs pane against the emulator, as a user sees it: jobs listed live, a job's events,
// loss chart and checkpoints, a notice when it ends, download and unpacking, cancel; and
// what it says without a key.
class TestJobsPane : public QObject
{
    Q_OBJECT

    EmulatorServer m_server;
    CurlTransport m_transport;
    QTemporaryDir m_dir;

    Connection connection() const
    {
        Connection c;
        c.baseUrl = QUrl(QString::fromLatin1(m_server.baseUrl()));
        c.apiKey = QStringLiteral("tgp_v1_gui");
        return c;
    }

    QString createJob(int epochs)
    {
        const auto job =
            test::startJob(&m_transport, connection(), m_dir.filePath(QStringLiteral("train.jsonl")), 16, epochs, 2);
        return job ? job->id : QString();
    }

    MemorySecretStore* connectedStore()
    {
        return test::storeConnectedTo(connection().baseUrl, QStringLiteral("tgp_v1_gui"), this);
    }

    // Clicks a job's row in the list, with Ctrl to add it to the selection.
    static void clickJob(JobsPane* pane, const QString& id, Qt::KeyboardModifiers modifiers = {})
    {
        QAbstractItemModel* model = pane->table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(JobsModel::JobIdRole).toString() == id) {
                const QRect r = pane->table()->visualRect(model->index(row, JobsModel::Status));
                QTest::mouseClick(pane->table()->viewport(), Qt::LeftButton, modifiers, r.center());
                return;
            }
        QFAIL(qPrintable(QStringLiteral("%1 is not in the list").arg(id)));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<td::UploadOutcome>();
        Settings::createTempFileInstance();
        qunsetenv("TOGETHER_API_KEY");
        // Files get their validation verdict at once: these tests are about other things.
        m_server.setValidationPolls(0);
        QVERIFY(m_server.start());
    }

    void withoutAKeyItSaysWhatToDo()
    {
        MainWindow window(nullptr, new MemorySecretStore);
        QTRY_VERIFY(window.jobsPane()->banner().startsWith(QStringLiteral("Not connected")));
        QVERIFY(window.jobsPane()->banner().contains(QStringLiteral("TOGETHER_API_KEY")));
    }

    void aJobFollowedToTheEndThenDownloaded()
    {
        const QString done = createJob(2);
        QVERIFY(!done.isEmpty());
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        QSignalSpy finished(pane, &JobsPane::jobFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(pane->table()->model()->rowCount(), 1);
        // The server's model list lays its prices over the bundled catalog.
        QTRY_VERIFY(pane->catalog().inferencePrice(QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")));
        pane->selectJob(done);
        m_server.setSpeed(40);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane->monitor()->watchedJob() && pane->monitor()->watchedJob()->status == JobStatus::Completed, 20000);
        m_server.setSpeed(1);
        QTRY_COMPARE(pane->page()->checkpointList()->topLevelItemCount(), 3);
        // The page shows the poll that saw the job complete once its metrics and checkpoints are in.
        QTRY_VERIFY(pane->page()->eventLog()->toPlainText().contains(QStringLiteral("JOB_COMPLETE")));
        QTRY_VERIFY(pane->page()->timelineText().contains(QStringLiteral("● Completed")));
        QVERIFY(pane->page()->timelineText().contains(QStringLiteral("✓ Running")));
        QTRY_COMPARE(pane->page()->lossChart()->trainPoints(), int(pane->monitor()->watchedJob()->totalSteps));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.front().at(0).toString().contains(QStringLiteral("completed")));
        // Download the adapter into a folder; it is unpacked next to the archive.
        const QString folder = m_dir.filePath(QStringLiteral("downloads"));
        QDir().mkpath(folder);
        Dialogs::setNextFileName(folder);
        emit pane->page()->downloadRequested(done, 0, true);
        QTRY_VERIFY_WITH_TIMEOUT(pane->page()->transferText().startsWith(QStringLiteral("Unpacked")), 20000);
        QVERIFY2(pane->page()->transferText().contains(QStringLiteral("3 file")),
                 qPrintable(pane->page()->transferText()));
        const QStringList archives = QDir(folder).entryList({QStringLiteral("*.tar.zst")});
        QCOMPARE(archives.size(), 1);
        QVERIFY(archives.front().endsWith(QStringLiteral("-adapter.tar.zst")));
        const QString unpacked = folder + QLatin1Char('/') + archives.front().section(QStringLiteral(".tar"), 0, 0);
        QVERIFY(QFile::exists(unpacked + QStringLiteral("/adapter_config.json")));
        // Issue 13: "Unpacked 3 files…" stayed on every other job's page.
        const QString other = createJob(1);
        QVERIFY(!other.isEmpty());
        pane->monitor()->refresh();
        QTRY_COMPARE(pane->table()->model()->rowCount(), 2);
        pane->selectJob(other);
        QTRY_COMPARE(pane->monitor()->watchedId(), other);
        QTRY_VERIFY2(pane->page()->transferText().isEmpty(), qPrintable(pane->page()->transferText()));
        pane->selectJob(done); // its own page still says where the files went
        QTRY_VERIFY(pane->page()->transferText().startsWith(QStringLiteral("Unpacked")));
    }

    // Issue 13 defect 8: Clone Settings, then the user picks other data. The job must train on
    // that data (uploaded at launch), not on the cloned job's file id; one field holds the choice.
    void cloneSettingsUsesTheDataTheUserPicks()
    {
        const QString old = createJob(1);
        QVERIFY(!old.isEmpty());
        const QString oldFile = QString::fromStdString(
            nlohmann::json::parse(m_server.lastBody("/v1/fine-tunes").toStdString()).value("training_file", ""));
        QVERIFY(oldFile.startsWith(QStringLiteral("file-")));
        const QString picked = test::writeConversations(m_dir.filePath(QStringLiteral("picked.jsonl")), 12);
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.panes()->setCurrentWidget(pane);
        QTRY_VERIFY(pane->table()->model()->rowCount() >= 1);
        pane->selectJob(old);
        auto* clone = pane->page()->findChild<QPushButton*>(QStringLiteral("cloneSettings"));
        QVERIFY(clone);
        QTRY_VERIFY(clone->isVisible());
        const int creates = m_server.requestCount("POST", "/v1/fine-tunes");
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<NewJobDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* data = dialog->findChild<QLineEdit*>(QStringLiteral("training_file"));
            QVERIFY(data);
            QCOMPARE(data->text(), oldFile); // the cloned job's data, shown in the one data field
            // No second "training file" field that could still hold the old id.
            for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
                QVERIFY2(e == data || !e->isVisible() || e->text() != oldFile, qPrintable(e->objectName()));
            auto* choose = dialog->findChild<QPushButton*>(QStringLiteral("training_file_choose"));
            QVERIFY(choose); // beside the one data field
            Dialogs::setNextFileName(picked);
            QTest::mouseClick(choose, Qt::LeftButton);
            QCOMPARE(data->text(), picked);
            QVERIFY(dialog->form()->request().trainingFile.isEmpty()); // the old id is gone with the old data
            QTRY_VERIFY_WITH_TIMEOUT(dialog->preflightText().contains(QStringLiteral("accepts it")), 20000);
            auto* launch = dialog->findChild<QPushButton*>(QStringLiteral("launch"));
            QVERIFY(launch);
            QTest::mouseClick(launch, Qt::LeftButton);
            checked = true;
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 20000);
        });
        QTest::mouseClick(clone, Qt::LeftButton);
        QVERIFY(checked);
        QCOMPARE(m_server.requestCount("POST", "/v1/fine-tunes"), creates + 1);
        const auto sent = nlohmann::json::parse(m_server.lastBody("/v1/fine-tunes").toStdString());
        const QString sentFile = QString::fromStdString(sent.value("training_file", ""));
        QVERIFY(sentFile.startsWith(QStringLiteral("file-")));
        QVERIFY2(sentFile != oldFile, "the cloned job's file id was sent instead of the picked data");
        QCOMPARE(QString::fromStdString(sent.value("model", "")),
                 QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference"));
    }

    // New Fine-Tune with unsaved edits asks before writing the file: No trains on the file as
    // saved (the edits stay, unsaved), Cancel opens nothing, Yes saves and then opens the dialog.
    void newFineTuneAsksBeforeSavingEdits()
    {
        const QString path = test::writeConversations(m_dir.filePath(QStringLiteral("edited.jsonl")), 5);
        const QByteArray onDisk = test::readFile(path);
        MainWindow window(nullptr, connectedStore());
        window.openFile(path);
        QTRY_VERIFY(window.session()->document()->state() == DatasetDocument::State::Ready);
        window.session()->editRow(0, "{\"messages\":[{\"role\":\"user\",\"content\":\"edited\"},"
                                     "{\"role\":\"assistant\",\"content\":\"yes\"}]}");
        QVERIFY(window.session()->isModified());
        QString shownPath;
        // The dialog is modal (its own event loop): it is read and closed from a timer that looks
        // for it until it is up (after a save, it opens once the save is done).
        QTimer watcher;
        watcher.setInterval(10);
        connect(&watcher, &QTimer::timeout, this, [&] {
            if (auto* dialog = qobject_cast<NewJobDialog*>(QApplication::activeModalWidget())) {
                watcher.stop();
                shownPath = dialog->datasetPath();
                dialog->reject();
            }
        });
        auto closeDialog = [&] { watcher.start(); };
        Dialogs::setNextAnswer(QMessageBox::Cancel);
        emit window.jobsPane()->newJobRequested();
        QVERIFY(Dialogs::takeLastQuestion().contains(QStringLiteral("unsaved edits")));
        QCOMPARE(test::readFile(path), onDisk);

        Dialogs::setNextAnswer(QMessageBox::No);
        closeDialog();
        emit window.jobsPane()->newJobRequested();
        QCOMPARE(shownPath, path);
        QCOMPARE(test::readFile(path), onDisk); // nothing written
        QVERIFY(window.session()->isModified());

        Dialogs::setNextAnswer(QMessageBox::Yes);
        shownPath.clear();
        closeDialog();
        emit window.jobsPane()->newJobRequested();
        QTRY_COMPARE(shownPath, path);
        QVERIFY(test::readFile(path).contains("edited"));
        QVERIFY(!window.session()->isModified());
    }

    // Issue 13: on a short job the smoothed loss stayed near the first step's. Each smoothed
    // point is now the weighted mean of the losses so far (newer ones weigh more).
    void smoothingFollowsAShortJob()
    {
        const QList<double> losses{3, 2.5, 2, 1.5, 1};
        const QList<double> s = LossChart::smooth(losses, 0.9);
        QCOMPARE(s.size(), losses.size());
        QCOMPARE(s.front(), 3.0);
        double weighted = 0, weights = 0;
        for (int i = 0; i < losses.size(); ++i) {
            QVERIFY(s[i] <= losses.front() && s[i] >= losses[i]);
            const double w = std::pow(0.9, losses.size() - 1 - i);
            weighted += w * losses[i];
            weights += w;
        }
        QVERIFY(std::abs(s.back() - weighted / weights) < 1e-9);
        QVERIFY(s.back() < 2.0); // started at the first loss instead, it was 2.6
        QCOMPARE(LossChart::smooth(losses, 0), losses);
    }

    void aLineNamedByTogethersReportIsShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("lines.jsonl"));
        test::writeFile(path, "{\"text\": \"a\"}\n{\"text\": \"b\"}\n\n{\"text\": \"d\"}\n");
        MainWindow window(nullptr, new MemorySecretStore);
        window.showDatasetLine(path, 3);
        QTRY_COMPARE(window.datasetPane()->currentPosition(), 2);
        QCOMPARE(window.panes()->currentWidget(), window.datasetPane());
        window.showDatasetLine(path, 1); // already open: just selected
        QCOMPARE(window.datasetPane()->currentPosition(), 0);
    }

    // A job that early stopping ended shows its best step, best eval loss and refund.
    void earlyStoppingOnTheJobPage()
    {
        JobPage page;
        const auto job = FineTuneJob::fromJson(nlohmann::json::parse(
            R"({"id":"ft-es","status":"completed","early_stopped":true,"early_stopping_best_step":6,
                "early_stopping_best_metric":1.0171,"events":[
                {"type":"EARLY_STOPPED","message":"Early stopping at step 10","early_stopping_best_step":6},
                {"type":"REFUND","message":"Refunded $0.42 for the 6 training steps early stopping saved"}]})"));
        QVERIFY(job);
        page.setJob(&*job);
        QVERIFY2(page.earlyStopText().contains(QStringLiteral("Best eval loss 1.0171 at step 6")),
                 qPrintable(page.earlyStopText()));
        QVERIFY(page.earlyStopText().contains(QStringLiteral("Refund: Refunded $0.42")));
        const auto plain = FineTuneJob::fromJson(nlohmann::json::parse(R"({"id":"ft-plain","status":"completed"})"));
        page.setJob(&*plain);
        QVERIFY(page.earlyStopText().isEmpty());
    }

    // Elapsed time, time left and throughput while it trains (the emulator trains a step a
    // second and logs each step's time), then the loss at each checkpoint, in the list and
    // marked on the chart, and how long it took.
    void monitoringAJobOnItsPage()
    {
        const QString id = createJob(3);
        QVERIFY(!id.isEmpty());
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        QTRY_VERIFY(pane->monitor()->model()->rowOf(id) >= 0);
        pane->selectJob(id);
        QTRY_VERIFY(pane->monitor()->watchedJob() && pane->monitor()->watchedJob()->id == id);
        // Queued: nothing measured yet, and nothing made up.
        QTRY_VERIFY2(pane->page()->monitoringText().contains(QStringLiteral("Left — · — steps/min · — tokens/s")),
                     qPrintable(pane->page()->monitoringText()));
        m_server.advanceClock(9 + 4); // four steps into training
        pane->monitor()->refresh();
        QTRY_VERIFY(pane->monitor()->watchedJob()->stepsCompleted >= 4 && pane->monitor()->metrics().size() >= 4);
        const FineTuneJob job = *pane->monitor()->watchedJob();
        QVERIFY(job.tokenCount > 0 && job.totalSteps > 4);
        // One step a second by the server's clock: 60 steps a minute, the file's tokens × epochs a run.
        QTRY_VERIFY2(pane->page()->monitoringText().contains(QStringLiteral("60 steps/min · ")),
                     qPrintable(pane->page()->monitoringText()));
        static const QRegularExpression tokensRe(QStringLiteral("([\\d,.]+) tokens/s"));
        const auto tokens = tokensRe.match(pane->page()->monitoringText());
        QVERIFY2(tokens.hasMatch(), qPrintable(pane->page()->monitoringText()));
        const double expected = double(job.tokenCount) * job.nEpochs / double(job.totalSteps);
        const double shown = QLocale().toDouble(tokens.captured(1));
        QVERIFY2(std::abs(shown - expected) <= expected * 0.01 + 1, qPrintable(tokens.captured(1)));
        QVERIFY2(pane->page()->monitoringText().startsWith(QStringLiteral("Elapsed ")),
                 qPrintable(pane->page()->monitoringText()));
        QTRY_VERIFY2(pane->page()->monitoringText().contains(QStringLiteral(" left")),
                     qPrintable(pane->page()->monitoringText()));
        // To the end: every checkpoint has the loss of its step.
        m_server.advanceClock(600);
        pane->monitor()->refresh();
        QTRY_VERIFY(pane->monitor()->watchedJob()->status == JobStatus::Completed);
        QTreeWidget* checkpoints = pane->page()->checkpointList();
        QTRY_COMPARE(checkpoints->topLevelItemCount(), 3); // an intermediate one, the merged model, the adapter
        QTRY_COMPARE(pane->page()->lossChart()->trainPoints(), int(job.totalSteps));
        QCOMPARE(checkpoints->headerItem()->text(3), QStringLiteral("Train loss"));
        for (int i = 0; i < checkpoints->topLevelItemCount(); ++i) {
            bool number = false;
            checkpoints->topLevelItem(i)->text(3).toDouble(&number);
            QVERIFY2(number, qPrintable(checkpoints->topLevelItem(i)->text(3)));
        }
        QCOMPARE(pane->page()->lossChart()->checkpointMarkers(), 2); // the two final ones share a step
        // The step axis ends at the last step (it ran to the next round number), and a job
        // without evaluations has no "Eval loss" in the legend.
        const double end = pane->page()->lossChart()->stepAxisEnd();
        QVERIFY2(end >= double(job.totalSteps) && end <= double(job.totalSteps) * 1.03 + 0.5,
                 qPrintable(QString::number(end)));
        QCOMPARE(pane->page()->lossChart()->showsEvalLoss(), pane->page()->lossChart()->evalPoints() > 0);
        QVERIFY(!pane->page()->lossChart()->showsEvalLoss() || job.nEvals > 0);
        QTRY_VERIFY2(pane->page()->monitoringText().startsWith(QStringLiteral("Took ")),
                     qPrintable(pane->page()->monitoringText()));
        QVERIFY(!pane->page()->monitoringText().contains(QStringLiteral("left")));
    }

    // Search and status filter narrow the list; several selected jobs' losses on one chart.
    void searchFilterAndCompareLoss()
    {
        const QString a = createJob(1);
        const QString b = createJob(2);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        m_server.advanceClock(600); // both done
        const QString running = createJob(20);
        QVERIFY(!running.isEmpty());
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        window.resize(1400, 850);
        window.panes()->setCurrentWidget(pane);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(pane->monitor()->model()->rowOf(running) >= 0);
        const int all = pane->monitor()->model()->rowCount();
        QVERIFY(all >= 3);
        QTRY_COMPARE(pane->table()->model()->rowCount(), all);

        // By text: an id typed into the search field.
        pane->searchField()->setFocus();
        QTest::keyClicks(pane->searchField(), b.right(8));
        QTRY_COMPARE(pane->table()->model()->rowCount(), 1);
        QCOMPARE(pane->table()->model()->index(0, 0).data(JobsModel::JobIdRole).toString(), b);
        QVERIFY2(pane->banner().contains(QStringLiteral("1 of %1").arg(all)), qPrintable(pane->banner()));
        pane->searchField()->clear();
        QTRY_COMPARE(pane->table()->model()->rowCount(), all);
        // By status: the running one is the only active job.
        pane->statusFilter()->setCurrentIndex(pane->statusFilter()->findData(int(JobsFilterModel::Group::Active)));
        QTRY_COMPARE(pane->table()->model()->rowCount(), 1);
        QCOMPARE(pane->table()->model()->index(0, 0).data(JobsModel::JobIdRole).toString(), running);
        pane->statusFilter()->setCurrentIndex(pane->statusFilter()->findData(int(JobsFilterModel::Group::Completed)));
        QTRY_VERIFY(pane->table()->model()->rowCount() >= 2);

        // Select the two finished jobs (click, Ctrl+click) and compare their loss.
        QVERIFY(!pane->compareButton()->isEnabled());
        clickJob(pane, a);
        QVERIFY(!pane->compareButton()->isEnabled()); // one job is nothing to compare
        clickJob(pane, b, Qt::ControlModifier);
        QCOMPARE(pane->selectedJobIds().size(), 2);
        QVERIFY(pane->compareButton()->isEnabled());
        QTest::mouseClick(pane->compareButton(), Qt::LeftButton);
        QTRY_VERIFY(pane->lossCompareDialog() && pane->lossCompareDialog()->isVisible());
        LossCompareDialog* dialog = pane->lossCompareDialog();
        QTRY_COMPARE(dialog->summary(), QStringLiteral("2 jobs compared."));
        const QList<QAbstractSeries*> series = dialog->chart()->series();
        QCOMPARE(series.size(), 2);
        QSet<int> lengths;
        for (QAbstractSeries* s : series)
            lengths.insert(int(static_cast<QLineSeries*>(s)->count()));
        // One epoch and two epochs of the same file: one curve twice as long as the other.
        QCOMPARE(lengths.size(), 2);
        QCOMPARE(*std::max_element(lengths.begin(), lengths.end()),
                 2 * *std::min_element(lengths.begin(), lengths.end()));
        dialog->close();
        // By keyboard too: Alt+M (its mnemonic is the pane's own; Alt+L was C&lone Settings' already).
        QTRY_VERIFY(!pane->lossCompareDialog());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(pane->lossCompareDialog() && pane->lossCompareDialog()->isVisible());
        pane->lossCompareDialog()->close();
    }

    // Long names lose their middle, not their start or end, with the whole in a tooltip; the
    // header keeps the id on one line; the list grows with the window.
    void readableNamesInTheJobsPane()
    {
        const auto job = FineTuneJob::fromJson(nlohmann::json::parse(
            R"({"id":"ft-8f2c1d3e-5a6b-4c7d-9e0f-1a2b3c4d5e6f","status":"running",
                "model":"meta-llama/Meta-Llama-3.1-70B-Instruct-Reference",
                "model_output_name":"someone-with-a-long-name/Meta-Llama-3.1-70B-Instruct-Reference-support-bot-v7-2f1e9c0b"})"));
        QVERIFY(job);
        JobPage page;
        page.resize(420, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setJob(&*job);
        ElidedLabel* title = page.titleLabel();
        QTRY_VERIFY2(title->text().contains(QChar(0x2026)), qPrintable(title->text()));
        QVERIFY(title->text().startsWith(QStringLiteral("someone")));
        QVERIFY(title->text().endsWith(QStringLiteral("2f1e9c0b")));
        QCOMPARE(title->toolTip(), job->outputName);
        QCOMPARE(title->accessibleName(), job->outputName);
        QCOMPARE(title->height(), title->fontMetrics().height()); // one line
        QCOMPARE(page.idLabel()->text(), job->id);                // whole, on a line of its own
        QCOMPARE(page.idLabel()->height(), page.idLabel()->fontMetrics().height());
        // Its creation time stays on one line too.
        QVERIFY2(page.detailsText().contains(QStringLiteral("created") + QChar(0x00A0)),
                 qPrintable(page.detailsText()));
        QVERIFY(!page.detailsText().contains(QStringLiteral("created ")));
        page.resize(1400, 600);
        QTRY_COMPARE(title->text(), job->outputName); // room enough: whole

        JobsModel model;
        model.setJobs({*job});
        QCOMPARE(model.index(0, JobsModel::Model).data(Qt::ToolTipRole).toString(), job->model);
        QVERIFY(model.index(0, JobsModel::Output).data(Qt::ToolTipRole).toString().startsWith(job->outputName));

        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        QCOMPARE(pane->table()->textElideMode(), Qt::ElideMiddle);
        window.panes()->setCurrentWidget(pane);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(pane->table()->model()->rowCount() > 0);
        const int narrow = pane->table()->width();
        window.resize(1800, 900);
        QTRY_VERIFY2(pane->table()->width() > narrow + 200, qPrintable(QString::number(pane->table()->width())));
        // Two fifths of the pane: room for the names and the progress beside the page.
        QVERIFY2(pane->table()->width() >= pane->width() * 0.38,
                 qPrintable(QStringLiteral("%1 of %2").arg(pane->table()->width()).arg(pane->width())));
    }

    void cancelARunningJob()
    {
        const QString running = createJob(20);
        MainWindow window(nullptr, connectedStore());
        JobsPane* pane = window.jobsPane();
        pane->monitor()->setIntervals(30, 200);
        QTRY_VERIFY(pane->monitor()->model()->rowOf(running) >= 0);
        pane->selectJob(running);
        m_server.advanceClock(12);
        QTRY_VERIFY(pane->monitor()->watchedJob() && pane->monitor()->watchedJob()->status == JobStatus::Running);
        // Asked first; "No" leaves it running.
        const QByteArray cancelPath = "/v1/fine-tunes/" + running.toUtf8() + "/cancel";
        Dialogs::setNextAnswer(QMessageBox::No);
        emit pane->page()->cancelRequested(running);
        QCOMPARE(pane->monitor()->watchedJob()->status, JobStatus::Running);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        emit pane->page()->cancelRequested(running);
        QTRY_COMPARE(pane->monitor()->watchedJob()->status, JobStatus::CancelRequested);
        // Only the confirmed cancel reached the server.
        QCOMPARE(m_server.requestCount("POST", cancelPath), 1);
        m_server.advanceClock(3);
        pane->monitor()->refresh();
        // The next poll brings it; a loaded machine (ASan, two test processes) takes a while.
        QTRY_COMPARE_WITH_TIMEOUT(pane->monitor()->watchedJob()->status, JobStatus::Cancelled, 15000);
        QTRY_VERIFY(pane->page()->timelineText().contains(QStringLiteral("✗ Cancelled")));
        QVERIFY(pane->page()->timelineText().contains(QStringLiteral("✓ Queued")));
    }
};

QTEST_MAIN(TestJobsPane)
#include "tst_jobspane.moc"
