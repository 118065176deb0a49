// Usage: td_screenshots OUTDIR SAMPLE.jsonl
#include "EmulatorServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "api/ApiContext.h"
#include "api/ApiKeyResolver.h"
#include "api/FileUpload.h"
#include "api/ModelCatalog.h"
#include "api/TogetherClient.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "dataset/SummaryProvider.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/ProblemsModel.h"
#include "jobs/JobMonitor.h"
#include "playground/ChatSession.h"
#include "playground/EndpointMonitor.h"
#include "widgets/AutoHeightTextEdit.h"
#include "widgets/ChatColumn.h"
#include "widgets/ChecksPane.h"
#include "widgets/ConnectionsDialog.h"
#include "widgets/DatasetPane.h"
#include "widgets/EndpointsPane.h"
#include "widgets/FindBar.h"
#include "widgets/FineTuneForm.h"
#include "widgets/JobPage.h"
#include "widgets/JobsPane.h"
#include "widgets/MessageBlock.h"
#include "widgets/NewJobDialog.h"
#include "widgets/PlaygroundPane.h"
#include "widgets/RowEditor.h"
#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTreeView>
#include <QTreeWidget>

using namespace td;

namespace {

void settle(MainWindow& w, int ms = 400)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms || w.session()->summaries()->isPending() || w.checks()->isRunning())
        QTest::qWait(20);
}

void shoot(MainWindow& w, const QString& path)
{
    settle(w);
    if (!w.grab().save(path))
        QTextStream(stderr) << "cannot write " << path << "\n";
    else
        QTextStream(stdout) << "wrote " << path << "\n";
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: td_screenshots OUTDIR SAMPLE.jsonl\n";
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(&app, QStringLiteral("en"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/conversations"))
        .removeRecursively();
    Settings::createTempFileInstance();
    const QString out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(out);

    emu::EmulatorServer emulator;
    emulator.start();
    // A memory store: the screenshots never touch the real keychain.
    MainWindow w(nullptr, new MemorySecretStore);
    w.resize(1280, 760);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    w.openFile(QString::fromLocal8Bit(argv[2]));
    w.session()->document()->waitForIndexed();
    DatasetPane* pane = w.datasetPane();

    pane->selectPosition(1);
    settle(w);
    // Show an edit in progress: the unsaved marker in the title and the table.
    MessageBlock* last = pane->rowEditor()->messageBlock(pane->rowEditor()->messageCount() - 1);
    last->textEdit()->setFocus();
    last->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(last->textEdit(), QStringLiteral(" Most tickets are answered within a day."));
    shoot(w, out + QStringLiteral("/workbench.png"));

    pane->selectPosition(w.session()->document()->rowCount() - 1);
    shoot(w, out + QStringLiteral("/broken-row.png"));

    pane->findBar()->setText(QStringLiteral("region"));
    pane->findBar()->setScope(SearchQuery::Scope::Assistant);
    QTest::keyClick(pane->findBar()->findChild<QLineEdit*>(QStringLiteral("findLineEdit")), Qt::Key_Return);
    shoot(w, out + QStringLiteral("/search.png"));

    // The Checks pane: the verdict, the problems, one of them shown in its row.
    pane->findBar()->setText({});
    pane->findBar()->clearRequested();
    w.session()->undoStack()->undo();
    settle(w, 1500);
    QTreeView* problems = w.checksPane()->problemsView();
    const ProblemsModel* model = w.checks()->problemsModel();
    for (int g = 0; g < model->rowCount(); ++g) {
        if (model->index(g, 0).data(ProblemsModel::CodeRole).toString() == QLatin1String("same-role-twice")) {
            const QModelIndex first = model->index(0, 0, model->index(g, 0));
            problems->setCurrentIndex(first);
            emit problems->activated(first);
        }
    }
    shoot(w, out + QStringLiteral("/checks.png"));

    // The Jobs pane: a finished fine-tune with evaluations, its loss curve and checkpoints.
    {
        ConnectionProfile together = *w.api()->profiles()->profile(QStringLiteral("together"));
        together.baseUrl = QUrl(QString::fromLatin1(emulator.baseUrl()));
        w.api()->profiles()->save(together);
        w.api()->secrets()->write(ApiKeyResolver::keychainKey(QStringLiteral("together")), QStringLiteral("demo"), &w,
                                  [](const Result<void>&) {});
        Connection c;
        c.baseUrl = together.baseUrl;
        c.apiKey = QStringLiteral("demo");
        auto upload = [&](const QString& name, int rows) {
            QByteArray data;
            for (int i = 0; i < rows; ++i)
                data += "{\"messages\":[{\"role\":\"user\",\"content\":\"How do I reset device " +
                        QByteArray::number(i) +
                        "?\"},{\"role\":\"assistant\",\"content\":\"Hold the power button "
                        "for ten seconds, then sign in again.\"}]}\n";
            const QString path = QDir(out).filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(data);
            f.close();
            FileUpload u(w.api()->transport(), c, path);
            QSignalSpy done(&u, &FileUpload::finished);
            u.start();
            done.wait(20000);
            QFile::remove(path);
            return done.isEmpty() ? QString() : std::get<RemoteFile>(done.front().front().value<UploadOutcome>()).id;
        };
        FineTuneRequest r;
        r.trainingFile = upload(QStringLiteral("support-train.jsonl"), 240);
        r.validationFile = upload(QStringLiteral("support-validation.jsonl"), 24);
        r.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
        r.nEpochs = 3;
        r.nEvals = 6;
        r.nCheckpoints = 3;
        r.suffix = QStringLiteral("support-v1");
        QString id;
        TogetherClient(w.api()->transport(), c).createFineTune(r, &w, [&](const ApiResult<FineTuneJob>& j) {
            id = std::holds_alternative<FineTuneJob>(j) ? std::get<FineTuneJob>(j).id : QStringLiteral("?");
        });
        QElapsedTimer t;
        t.start();
        while (id.isEmpty() && t.elapsed() < 10000)
            QTest::qWait(20);
        emulator.advanceClock(600);
        w.jobsPane()->reconnect();
        w.panes()->setCurrentWidget(w.jobsPane());
        t.restart();
        while (w.jobsPane()->monitor()->model()->rowOf(id) < 0 && t.elapsed() < 10000)
            QTest::qWait(20);
        w.jobsPane()->selectJob(id);
        t.restart();
        while (w.jobsPane()->page()->checkpointList()->topLevelItemCount() == 0 && t.elapsed() < 10000)
            QTest::qWait(20);
        w.jobsPane()->page()->tabs()->setCurrentIndex(0);
        settle(w, 600);
        shoot(w, out + QStringLiteral("/jobs.png"));
        w.jobsPane()->page()->tabs()->setCurrentIndex(1);
        settle(w, 300);
        shoot(w, out + QStringLiteral("/job-events.png"));
        // The New Fine-Tune dialog with its pre-flight summary.
        {
            const QString data = QDir(out).filePath(QStringLiteral("support-orders.jsonl"));
            QFile f(data);
            if (f.open(QIODevice::WriteOnly))
                for (int i = 0; i < 400; ++i)
                    f.write("{\"messages\":[{\"role\":\"system\",\"content\":\"You are Acme's support agent.\"},"
                            "{\"role\":\"user\",\"content\":\"Where is my order " +
                            QByteArray::number(1000 + i) +
                            "?\"},{\"role\":\"assistant\",\"content\":\"It left our warehouse today and arrives "
                            "within two days.\"}]}\n");
            f.close();
            TogetherClient client(w.api()->transport(), c);
            NewJobDialog dialog(&client, ModelCatalog::bundled(), &w);
            FineTuneRequest nr;
            nr.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference");
            nr.nEpochs = 3;
            nr.suffix = QStringLiteral("orders-v2");
            nr.wandbProjectName = QStringLiteral("support-bot");
            nr.wandbApiKey = QStringLiteral("0123456789abcdef");
            dialog.form()->setRequest(nr);
            dialog.setDatasetPath(data);
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                return 1;
            t.restart();
            while (!dialog.preflightText().contains(QStringLiteral("Serverless")) && t.elapsed() < 10000)
                QTest::qWait(50);
            QTest::qWait(300);
            dialog.grab().save(out + QStringLiteral("/new-job.png"));
            QFile::remove(data);
        }
        // The playground, opened from the finished job: the fine-tune answers from its data.
        w.panes()->setCurrentWidget(w.playgroundPane());
        w.playgroundPane()->openModel(
            QStringLiteral("together"),
            w.jobsPane()->monitor()->watchedJob() ? w.jobsPane()->monitor()->watchedJob()->outputName : QString());
        w.playgroundPane()->send(QStringLiteral("How do I reset device 7?"));
        t.restart();
        while ((w.playgroundPane()->session()->messages().size() < 2 || w.playgroundPane()->session()->isStreaming()) &&
               t.elapsed() < 10000)
            QTest::qWait(50);
        settle(w, 400);
        shoot(w, out + QStringLiteral("/playground.png"));

        // Compare: a dataset row tried against the fine-tune and its base model, with the
        // dataset's own answer beside.
        PlaygroundPane* play = w.playgroundPane();
        ChatColumn* base = play->addColumn();
        base->setModel(QStringLiteral("together"), QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"));
        base->setVaried(QStringLiteral("temperature"), 0.2);
        w.panes()->setCurrentWidget(w.datasetPane());
        pane->selectPosition(2);
        settle(w, 200);
        emulator.setAnswerWords(150); // the base model answers at length, in Markdown
        pane->action(DatasetPane::Action::TryInPlayground)->trigger();
        t.restart();
        while ((play->column(0)->session()->isStreaming() || base->session()->isStreaming() ||
                base->session()->messages().isEmpty() || !base->session()->messages().back().isAssistant()) &&
               t.elapsed() < 10000)
            QTest::qWait(50);
        settle(w, 400);
        shoot(w, out + QStringLiteral("/compare.png"));
        emulator.setAnswerWords(0);
        play->newConversation();

        // Dedicated endpoints: one running (with what it costs), one stopped.
        EndpointsPane* endpoints = w.endpointsPane();
        endpoints->reconnect();
        t.restart();
        while (!endpoints->monitor()->isConnected() && t.elapsed() < 5000)
            QTest::qWait(50);
        endpoints->monitor()->setIntervals(50, 1000);
        endpoints->monitor()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(95 * 60); });
        EndpointRequest running;
        running.model = QStringLiteral("meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo");
        running.hardware = QStringLiteral("2x_nvidia_h100_80gb_sxm");
        running.displayName = QStringLiteral("support-bot-70b");
        running.minReplicas = 1;
        running.maxReplicas = 2;
        endpoints->monitor()->create(running);
        EndpointRequest stopped;
        stopped.model = QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo");
        stopped.hardware = QStringLiteral("1x_nvidia_a100_80gb_pcie");
        stopped.displayName = QStringLiteral("eval-8b");
        stopped.startNow = false;
        endpoints->monitor()->create(stopped);
        w.panes()->setCurrentWidget(endpoints);
        t.restart();
        while (endpoints->monitor()->model()->rowCount() < 2 && t.elapsed() < 5000)
            QTest::qWait(50);
        endpoints->monitor()->setClock([] { return QDateTime::currentDateTimeUtc(); });
        emulator.advanceClock(15);
        endpoints->monitor()->refresh();
        t.restart();
        while (endpoints->monitor()->model()->startedCount() < 1 && t.elapsed() < 5000)
            QTest::qWait(50);
        endpoints->monitor()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(95 * 60); });
        endpoints->monitor()->refresh();
        endpoints->selectEndpoint(endpoints->monitor()->model()->rowAt(0).endpoint.id);
        settle(w, 600);
        shoot(w, out + QStringLiteral("/endpoints.png"));
        w.panes()->setCurrentIndex(0);
    }

    // Settings → Connections with a second server (the emulator) tested.
    {
        ConnectionProfile local;
        local.name = QStringLiteral("Local vLLM");
        local.baseUrl = QUrl(QString::fromLatin1(emulator.baseUrl()));
        const QString id = w.api()->profiles()->save(local);
        w.api()->secrets()->write(ApiKeyResolver::keychainKey(id), QStringLiteral("sk-local"), &w,
                                  [](const Result<void>&) {});
        ConnectionsDialog dialog(w.api()->profiles(), w.api()->transport(), &w);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return 1;
        dialog.select(id);
        for (auto* b : dialog.findChildren<QPushButton*>())
            if (b->text() == ConnectionsDialog::tr("&Test connection"))
                QTest::mouseClick(b, Qt::LeftButton);
        QElapsedTimer t;
        t.start();
        while (!dialog.testResult().startsWith(QStringLiteral("Connected")) && t.elapsed() < 5000)
            QTest::qWait(50);
        QTest::qWait(200);
        dialog.grab().save(out + QStringLiteral("/connections.png"));
    }

    w.session()->close();
    return 0;
}
