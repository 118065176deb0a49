#include "MainWindow.h"

#include "DatasetController.h"
#include "RecentFilesMenu.h"
#include "SampleDataset.h"
#include "ShortcutsOverFields.h"
#include "api/connection/ApiContext.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "endpoints/EndpointMonitor.h"
#include "eval/EvalRun.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "query/DatasetFacts.h"
#include "tokens/count/DatasetTokenCounter.h"
#include "validate/Exporter.h"
#include "widgets/checks/ChecksPane.h"
#include "widgets/checks/ExportDialog.h"
#include "widgets/common/Appearance.h"
#include "widgets/common/ConnectionPicker.h"
#include "widgets/common/ConnectionsDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/FocusRegions.h"
#include "widgets/common/GettingStartedDialog.h"
#include "widgets/common/ShortcutsDialog.h"
#include "widgets/common/SplitterAccessible.h"
#include "widgets/common/Themed.h"
#include "widgets/common/WelcomePage.h"
#include "widgets/curation/NearDuplicatesDialog.h"
#include "widgets/dataset/DatasetPane.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/ImportDialog.h"
#include "widgets/dataset/RawJsonEditor.h"
#include "widgets/dataset/RowEditor.h"
#include "widgets/dataset/TokensBar.h"
#include "widgets/endpoints/EndpointsPane.h"
#include "widgets/eval/EvalPane.h"
#include "widgets/eval/EvalRunDialog.h"
#include "widgets/jobs/JobsPane.h"
#include "widgets/playground/ChatColumn.h"
#include "widgets/playground/ChatParametersForm.h"
#include "widgets/playground/PlaygroundPane.h"
#include "widgets/stats/FilterBar.h"
#include "widgets/stats/StatisticsView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace td {

namespace {
QString humanSize(std::uint64_t bytes)
{
    // Powers of 1024 are named as such (MiB), not MB.
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}
} // namespace

MainWindow::MainWindow(QWidget* parent, SecretStore* secrets)
    : QMainWindow(parent)
    , m_api(ApiContext::createDefault(this, secrets))
    , m_session(new DatasetSession(this))
    , m_datasetPane(new DatasetPane(m_session, this))
    , m_welcome(new WelcomePage(m_api, this))
    , m_checks(new DatasetChecks(m_session, this))
    , m_checksPane(new ChecksPane(m_checks, this))
    , m_dataset(new DatasetController(m_session, m_datasetPane, m_checks, this))
    , m_panes(new QTabWidget(this))
    , m_recent(new RecentFilesMenu(this))
    , m_fileLabel(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    installSplitterAccessibility(); // before any splitter is read: panes in their order
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.tunedesk.TuneDesk.svg")));
    setAcceptDrops(true);
    m_panes->setObjectName(QStringLiteral("panesTabWidget"));
    m_panes->setDocumentMode(true);
    m_panes->setTabBarAutoHide(true);
    // The Dataset tab (always the first) holds the welcome page or the workbench: showWelcomeOrDataset().
    m_panes->addTab(m_datasetPane, tr("Dataset"));
    m_jobsPane = new JobsPane(m_api, this);
    m_jobsPane->setObjectName(QStringLiteral("jobsPane"));
    m_panes->addTab(m_jobsPane, tr("Jobs"));
    m_playground = new PlaygroundPane(m_api, this);
    m_playground->setObjectName(QStringLiteral("playgroundPane"));
    m_panes->addTab(m_playground, tr("Playground"));
    m_endpoints = new EndpointsPane(m_api, this);
    m_endpoints->setObjectName(QStringLiteral("endpointsPane"));
    m_panes->addTab(m_endpoints, tr("Endpoints"));
    m_eval = new EvalPane(m_api, this);
    m_panes->addTab(m_eval, tr("Evaluate"));
    connect(m_eval, &EvalPane::rowsForDataset, this, [this](const QList<QByteArray>& rows, const QString& description) {
        if (m_dataset->addRows(rows, description))
            m_panes->setCurrentWidget(m_datasetPane);
    });
    connect(m_eval, &EvalPane::newRunRequested, this, [this] { evaluateRows({}); });
    connect(m_eval, &EvalPane::playgroundRequested, this,
            [this](const QList<EvalModel>& models, const ChatParameters& parameters, const QByteArray& row,
                   const QString& source) {
                // The run's models in the playground's columns, its parameters (the seed too),
                // then the row: the same question, answered again where it can be followed up.
                m_panes->setCurrentWidget(m_playground);
                while (m_playground->columnCount() < models.size() &&
                       m_playground->columnCount() < PlaygroundPane::kMaxColumns)
                    m_playground->addColumn();
                while (m_playground->columnCount() > models.size())
                    m_playground->removeColumn(m_playground->columnCount() - 1);
                for (int i = 0; i < m_playground->columnCount(); ++i)
                    m_playground->column(i)->setModel(models[i].profileId, models[i].model);
                m_playground->parametersForm()->setParameters(parameters);
                m_playground->tryRow(row, -1, source);
            });
    connect(m_jobsPane, &JobsPane::evaluateRequested, this, [this](const QString& base, const QString& fineTune) {
        EvalModel b, f;
        b.model = base;
        f.model = fineTune;
        if (EvalRunDialog* dialog = evaluateRows({b, f}); dialog && m_session->document()->rowCount() > 200) {
            dialog->setRowsMode(EvalRunDialog::RowsMode::Sample);
            dialog->setSampleCount(200);
        }
    });
    connect(m_endpoints, &EndpointsPane::playgroundRequested, this,
            [this](const QString& profile, const QString& model) {
                m_panes->setCurrentWidget(m_playground);
                m_playground->openModel(profile, model);
            });
    connect(m_endpoints, &EndpointsPane::idleReminder, this, &MainWindow::notify);
    connect(m_jobsPane, &JobsPane::deployRequested, this, [this](const QString& jobId) {
        m_panes->setCurrentWidget(m_endpoints);
        m_endpoints->deployJob(jobId);
    });
    connect(m_endpoints, &EndpointsPane::dmiDeployed, m_playground, &PlaygroundPane::refreshModels);
    connect(m_endpoints, &EndpointsPane::connectionsRequested, this, &MainWindow::connectionsDialog);
    connect(m_playground, &PlaygroundPane::requestSent, m_endpoints->monitor(), &EndpointMonitor::noteUsed);
    connect(m_endpoints->monitor(), &EndpointMonitor::created, m_playground, &PlaygroundPane::refreshModels);
    connect(m_jobsPane, &JobsPane::playgroundRequested, this, [this](const QString& model) {
        m_panes->setCurrentWidget(m_playground);
        m_playground->openModel(m_api->profiles()->activeId(), model);
    });
    connect(m_playground, &PlaygroundPane::rowsForDataset, this,
            [this](const QList<QByteArray>& rows, const QString& description) {
                // The status bar says what was added (and that Undo removes it).
                if (m_dataset->addRows(rows, description))
                    m_panes->setCurrentIndex(0); // the Dataset tab
            });
    connect(m_datasetPane, &DatasetPane::tryInPlaygroundRequested, this,
            [this](const QByteArray& row, int answerIndex, const QString& source) {
                m_panes->setCurrentWidget(m_playground);
                m_playground->tryRow(row, answerIndex, source);
            });
    connect(m_jobsPane, &JobsPane::connectionsRequested, this, &MainWindow::connectionsDialog);
    connect(m_jobsPane, &JobsPane::jobFinished, this, &MainWindow::notify);
    connect(m_jobsPane, &JobsPane::jobFinished, m_playground, &PlaygroundPane::refreshModels);
    connect(m_jobsPane, &JobsPane::datasetLineRequested, this, &MainWindow::showDatasetLine);
    connect(m_jobsPane, &JobsPane::newJobRequested, this, [this] {
        // The open dataset is what the job trains on, as it is on disk: with unsaved edits the
        // user says whether to save them first (nothing is written without asking).
        DatasetDocument* doc = m_session->document();
        if (doc && m_session->isModified() && !doc->path().isEmpty()) {
            const auto answer = Dialogs::question(
                this, tr("New Fine-Tune"),
                tr("%1 has unsaved edits. A job trains on the file as it is on disk.\n\nSave the edits first, so "
                   "the job trains on them?")
                    .arg(QFileInfo(doc->path()).fileName()),
                QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer == QMessageBox::Cancel)
                return;
            if (answer == QMessageBox::No) {
                // The file as saved; the edits stay in the workbench, unsaved.
                m_jobsPane->newJob(doc->path());
                return;
            }
            connect(
                doc, &DatasetDocument::saved, this, [this](const QString& path) { m_jobsPane->newJob(path); },
                Qt::SingleShotConnection);
            m_dataset->save();
            return;
        }
        m_jobsPane->newJob(doc ? doc->path() : QString());
    });
    setCentralWidget(m_panes);
    // The checks sit under the workbench, so a problem and its row are seen together.
    auto* checksDock = new QDockWidget(tr("Checks"), this);
    checksDock->setObjectName(QStringLiteral("checksDock"));
    checksDock->setWidget(m_checksPane);
    m_checksPane->addActions(m_datasetPane->actions()); // the dataset's keys work in the checks too
    addDockWidget(Qt::BottomDockWidgetArea, checksDock);
    resizeDocks({checksDock}, {230}, Qt::Vertical);
    connect(m_checksPane, &ChecksPane::problemActivated, m_datasetPane,
            [this](qint64 row, const QString& pointer, qint64 start, qint64 end) {
                m_datasetPane->showProblem(row, pointer, start, end);
            });
    connect(m_checksPane, &ChecksPane::problemUnchosen, m_datasetPane, &DatasetPane::clearProblem);
    connect(m_checksPane, &ChecksPane::problemChosen, m_datasetPane,
            [this](qint64 row, const QString& pointer, qint64 start, qint64 end) {
                m_datasetPane->showProblem(row, pointer, start, end, false);
            });
    // The checks belong to the dataset: they step aside on the other panes (and the welcome
    // page) and come back.
    connect(m_panes, &QTabWidget::currentChanged, this, &MainWindow::updateChecksDock);
    connect(m_checksPane, &ChecksPane::onlyProblemRowsToggled, this, [this](bool on) {
        if (on)
            m_session->tableModel()->setFilter(m_checks->rowsWithProblems(), m_checksPane);
        else if (m_session->tableModel()->filterOwner() == m_checksPane)
            m_session->tableModel()->clearFilter();
    });
    // Whoever filters the table next, or Show All Rows, ends the checks' filter, and a status
    // line that says which rows are shown.
    connect(m_session->tableModel(), &DatasetTableModel::filterChanged, this, [this](const QObject* owner) {
        if (owner != m_checksPane)
            m_checksPane->setOnlyProblemRows(false);
        if (!owner && statusBar()->currentMessage().endsWith(DatasetPane::showAllHint()))
            statusBar()->clearMessage();
    });
    connect(m_checksPane, &ChecksPane::exportRequested, m_dataset, &DatasetController::exportDialog);
    // Statistics: the facts of every row, charts whose bars filter the table, and the filter box.
    auto* facts = new DatasetFacts(m_session->document(), this);
    auto* filterBar = new FilterBar(facts, m_session->tableModel(), m_datasetPane);
    m_datasetPane->addBarAboveTable(filterBar);
    // Exact token counts with the model's tokenizer: the table's Tokens and Trained columns,
    // rows over the context length, the histogram.
    auto* tokenCounter = new DatasetTokenCounter(m_session->document(), this);
    auto* tokensBar = new TokensBar(tokenCounter, m_session->tableModel(), m_datasetPane->tableView(), m_datasetPane);
    tokensBar->setNetwork(m_api->transport(), m_api->secrets());
    m_datasetPane->addBarAboveTable(tokensBar);
    connect(tokensBar, &TokensBar::statusMessage, statusBar(), &QStatusBar::showMessage);
    // New Fine-Tune's pre-flight counts exactly with the tokenizer the table counts with.
    m_jobsPane->setTokenizerDir(tokensBar->tokenizerDir());
    connect(tokensBar, &TokensBar::tokenizerChanged, m_jobsPane, &JobsPane::setTokenizerDir);
    connect(tokensBar, &TokensBar::removeRowsRequested, m_session, &DatasetSession::removeRows);
    connect(tokensBar, &TokensBar::replaceRowsRequested, m_session, &DatasetSession::replaceRows);
    auto* statsDock = new QDockWidget(tr("Statistics"), this);
    statsDock->setObjectName(QStringLiteral("statisticsDock"));
    auto* stats = new StatisticsView(facts, statsDock);
    statsDock->setWidget(stats);
    // Its bars filter the table: Show All Rows works from it too.
    stats->addAction(m_datasetPane->action(DatasetPane::Action::ShowAll));
    addDockWidget(Qt::RightDockWidgetArea, statsDock);
    statsDock->hide();
    connect(stats, &StatisticsView::filterRequested, this, [this, filterBar](const QString& expression) {
        m_panes->setCurrentIndex(0); // the Dataset tab
        filterBar->applyExpression(expression);
    });
    connect(stats, &StatisticsView::rowsRequested, this,
            [this, stats](const std::vector<std::int64_t>& rows, const QString& what) {
                m_panes->setCurrentIndex(0); // the Dataset tab
                m_session->tableModel()->setFilter(rows, stats);
                if (!rows.empty())
                    m_datasetPane->chooseRow(0);
                statusBar()->showMessage(tr("Showing %1 %2").arg(QLocale().toString(qlonglong(rows.size())), what) +
                                         DatasetPane::showAllHint());
            });

    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    // A long path gives way (its full text is the tooltip) so the row count is never cut.
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_fileLabel, 1);
    // Started endpoints cost money every minute: seen from every pane, one click from stopping.
    auto* endpointCost = new QLabel(this);
    endpointCost->setObjectName(QStringLiteral("endpointCostLabel"));
    endpointCost->setToolTip(tr("Dedicated endpoints are billed while they run. Click to see them."));
    endpointCost->hide();
    connect(m_endpoints, &EndpointsPane::runningCostChanged, endpointCost, [endpointCost](const QString& text) {
        endpointCost->setText(QStringLiteral("<a href=\"endpoints\">%1</a>").arg(text.toHtmlEscaped()));
        endpointCost->setVisible(!text.isEmpty());
    });
    connect(endpointCost, &QLabel::linkActivated, this, [this] { m_panes->setCurrentWidget(m_endpoints); });
    statusBar()->addPermanentWidget(endpointCost);
    // The connection every pane that talks to Together follows, in sight from each of them.
    auto* picker = new ConnectionPicker(m_api->profiles(), this);
    auto* pickerLabel = new QLabel(tr("Connect&ion:"), this);
    pickerLabel->setBuddy(picker);
    statusBar()->addPermanentWidget(pickerLabel);
    statusBar()->addPermanentWidget(picker);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_rowsLabel);

    createActions();
    createMenus();

    connect(m_dataset, &DatasetController::stateChanged, this, [this] {
        updateTitle();
        updateStatus();
        showWelcomeOrDataset();
    });
    connect(m_dataset, &DatasetController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_dataset, &DatasetController::fileUsed, m_recent, &RecentFilesMenu::add);
    connect(m_dataset, &DatasetController::progress, this, [this](int permille, const QString& format) {
        m_progress->setVisible(permille >= 0);
        m_progress->setRange(0, 1000);
        m_progress->setValue(std::max(permille, 0));
        m_progress->setFormat(format);
    });
    connect(m_datasetPane, &DatasetPane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_recent, &RecentFilesMenu::fileChosen, m_dataset, &DatasetController::openFile);
    connect(m_welcome, &WelcomePage::openRequested, m_openAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::newRequested, m_newAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_welcome, &WelcomePage::fileChosen, m_dataset, &DatasetController::openFile);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectToTogether);

    Settings* settings = Settings::instance();
    if (!restoreGeometry(settings->get(Settings::Key::MainWindowGeometry).toByteArray())) {
        // The first start: 1280x800, or less on a screen that small, leaving room for the title
        // bar (on a 1280x800 desktop the status bar was below the screen's edge).
        QSize size(1280, 800);
        if (const QScreen* s = screen())
            size = size.boundedTo(s->availableGeometry().size() - QSize(0, 64));
        resize(size);
    }
    restoreState(settings->get(Settings::Key::MainWindowState).toByteArray());
    m_datasetPane->restoreState(settings->get(Settings::Key::DatasetSplitterState).toByteArray());
    updateTitle();
    updateStatus();
    showWelcomeOrDataset();
}

MainWindow::~MainWindow()
{
    // The panes talk to the network through m_api: they go before it does.
    delete m_playground;
    delete m_endpoints;
    delete m_jobsPane;
}

QAction* MainWindow::addNamedAction(const char* name, const QString& text, const QKeySequence& key, const QString& icon)
{
    auto* a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!icon.isEmpty())
        themed::setIcon(a, icon);
    return a;
}

void MainWindow::createActions()
{
    m_newAction = addNamedAction("actionNew", tr("&New Dataset"), QKeySequence::New, QStringLiteral("document-new"));
    m_openAction = addNamedAction("actionOpen", tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"));
    m_saveAction = addNamedAction("actionSave", tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"));
    m_saveAsAction = addNamedAction("actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs);
    m_closeAction = addNamedAction("actionClose", tr("&Close"), QKeySequence::Close);
    m_reloadAction = addNamedAction("actionReload", tr("&Reload"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reloadAction->setToolTip(tr("Read the file again from disk (you can keep your unsaved edits)"));
    m_quitAction = addNamedAction("actionQuit", tr("&Quit"), QKeySequence::Quit);
    m_aboutAction = addNamedAction("actionAbout", tr("&About TuneDesk"), {});
    m_exportAction = addNamedAction("actionExport", tr("&Export Cleaned Copy…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_nearDuplicatesAction = addNamedAction("actionNearDuplicates", tr("Find &Near-Duplicates…"), QKeySequence());
    m_evaluateAction = addNamedAction("actionEvaluate", tr("E&valuate Rows…"), QKeySequence());
    connect(m_evaluateAction, &QAction::triggered, this, [this] { evaluateRows({}); });
    m_connectionsAction = addNamedAction("actionConnections", tr("&Connections…"), QKeySequence());
    m_gettingStartedAction = addNamedAction("actionGettingStarted", tr("&Getting Started"), QKeySequence::HelpContents);
    // Its own key, as in many desktop apps (F1 is Getting Started).
    m_shortcutsAction =
        addNamedAction("actionShortcuts", tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    themed::setIcon(m_undoAction, QStringLiteral("edit-undo"));
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    // The platform's redo keys (Ctrl+Shift+Z here) and Ctrl+Y, which people from other
    // desktops press first.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    m_redoAction->setShortcuts(redoKeys);
    // The toolbar says Undo and Redo; the menu and the buttons' tooltips say what ("Undo Replace
    // the personal data … (row 1)" widened the toolbar by half the window).
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    themed::setIcon(m_redoAction, QStringLiteral("edit-redo"));

    connect(m_newAction, &QAction::triggered, m_dataset, &DatasetController::newDataset);
    connect(m_openAction, &QAction::triggered, m_dataset, &DatasetController::openDialog);
    connect(m_saveAction, &QAction::triggered, m_dataset, &DatasetController::save);
    connect(m_saveAsAction, &QAction::triggered, m_dataset, &DatasetController::saveAs);
    connect(m_closeAction, &QAction::triggered, m_dataset, &DatasetController::closeDataset);
    connect(m_reloadAction, &QAction::triggered, m_dataset, &DatasetController::reload);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_exportAction, &QAction::triggered, m_dataset, &DatasetController::exportDialog);
    // One near-duplicates window, beside the table (its removals are undo steps like any edit).
    connect(m_nearDuplicatesAction, &QAction::triggered, this, [this] {
        auto* dialog = findChild<NearDuplicatesDialog*>();
        if (!dialog)
            dialog = new NearDuplicatesDialog(m_session, this);
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    connect(m_connectionsAction, &QAction::triggered, this, &MainWindow::connectionsDialog);
    // Ctrl+E exports from the search field and the message editors too (X11 fields claim it).
    qApp->installEventFilter(new ShortcutsOverFields(this, {m_exportAction}));
    // The help dialogs stay open beside the window; one of each, made when first asked for.
    connect(m_gettingStartedAction, &QAction::triggered, this, [this] {
        auto* dialog = findChild<GettingStartedDialog*>();
        showHelpDialog(dialog ? dialog : new GettingStartedDialog(this));
    });
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        auto* dialog = findChild<ShortcutsDialog*>();
        showHelpDialog(dialog ? dialog : new ShortcutsDialog(this, this));
    });
}

void MainWindow::createMenus()
{
    using A = DatasetPane::Action;
    auto pa = [this](A a) { return m_datasetPane->action(a); };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addMenu(m_recent);
    // Import converts another shape of chat data; the converted file then opens here.
    QAction* import = file->addAction(tr("&Import…"), this, [this] {
        auto* dialog = new ImportDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { m_dataset->openFile(dialog->outputPath()); });
        dialog->open();
    });
    import->setObjectName(QStringLiteral("actionImport"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setStatusTip(tr("Convert ShareGPT, Alpaca, OpenAI chat, CSV and other chat data to Together's format"));
    connect(m_welcome, &WelcomePage::importRequested, import, &QAction::trigger);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_reloadAction);
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    for (A a : {A::InsertRow, A::DuplicateRows, A::DeleteRows, A::MoveUp, A::MoveDown})
        edit->addAction(pa(a));
    edit->addSeparator();
    edit->addAction(m_nearDuplicatesAction);
    edit->addSeparator();
    edit->addAction(pa(A::TryInPlayground));
    edit->addAction(m_evaluateAction);
    edit->addSeparator();
    edit->addAction(pa(A::ToggleWeight));
    QMenu* weights = edit->addMenu(tr("&Weights"));
    weights->setObjectName(QStringLiteral("weightsMenu"));
    weights->addAction(pa(A::WeightLastAssistant));
    weights->addAction(pa(A::WeightAllAssistant));
    weights->addAction(pa(A::WeightRemoveAll));
    weights->addSeparator();
    weights->addAction(pa(A::WeightRulesAll));

    // The tokens bar's drop-down menus, reachable from the keyboard too (a tool button's arrow
    // opens only with the mouse).
    if (auto* tokens = findChild<TokensBar*>(QStringLiteral("tokensBar"))) {
        QMenu* tokenMenu = edit->addMenu(tr("To&kens"));
        tokenMenu->setObjectName(QStringLiteral("tokensMenu"));
        tokenMenu->addAction(tr("Choose a Tokenizer &Folder…"), tokens, &TokensBar::chooseTokenizer);
        tokenMenu->addAction(tr("&Download a Tokenizer for a Model…"), tokens,
                             [tokens] { tokens->downloadTokenizer(); });
        tokenMenu->addSeparator();
        tokenMenu->addAction(tr("&Show Rows over the Context Length"), tokens, &TokensBar::showRowsOverContext);
        tokenMenu->addAction(tr("&Remove Rows over the Context Length…"), tokens, &TokensBar::removeRowsOverContext);
        QAction* split = tokenMenu->addAction(tr("S&plit Rows over the Context Length between Turns…"), tokens,
                                              &TokensBar::splitRowsOverContext);
        split->setObjectName(QStringLiteral("actionSplitRowsOverContext"));
        tokenMenu->addAction(tr("&Tokens of This Row…"), tokens, [tokens] { tokens->showRowTokens(); });
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (A a : {A::Find, A::FindNext, A::FindPrevious, A::ShowAll})
        go->addAction(pa(a));
    go->addSeparator();
    for (A a : {A::NextRow, A::PreviousRow, A::GoToRow})
        go->addAction(pa(a));
    go->addSeparator();
    // The checks' problems from anywhere, as in editors: F8 goes to the next one in its row.
    auto toProblems = [this] {
        if (m_panes->widget(0) == m_datasetPane)
            m_panes->setCurrentIndex(0);
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("checksDock")))
            dock->show();
    };
    QAction* nextProblem = go->addAction(tr("Next Pro&blem"));
    nextProblem->setObjectName(QStringLiteral("actionNextProblem"));
    nextProblem->setShortcut(QKeySequence(Qt::Key_F8));
    connect(nextProblem, &QAction::triggered, this, [this, toProblems] {
        toProblems();
        m_checksPane->showNextProblem(+1);
    });
    QAction* previousProblem = go->addAction(tr("Previous Probl&em"));
    previousProblem->setObjectName(QStringLiteral("actionPreviousProblem"));
    previousProblem->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    connect(previousProblem, &QAction::triggered, this, [this, toProblems] {
        toProblems();
        m_checksPane->showNextProblem(-1);
    });
    QAction* problemsList = go->addAction(tr("Problems &List"));
    problemsList->setObjectName(QStringLiteral("actionProblemsList"));
    problemsList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(problemsList, &QAction::triggered, this, [this, toProblems] {
        toProblems();
        m_checksPane->focusProblems();
    });
    go->addSeparator();
    // F6 between the window's parts: the table, the row's editor, its JSON, the problems and
    // the statistics (or another tab's page), each skipped while hidden.
    auto regions = std::make_shared<FocusRegions>();
    regions->add([this]() -> QWidget* { return m_datasetPane->tableView(); });
    regions->add([this]() -> QWidget* { return m_datasetPane->rowEditor(); });
    regions->add([this]() -> QWidget* { return m_datasetPane->rawEditor(); });
    regions->add([this]() -> QWidget* {
        return m_panes->currentWidget() != m_datasetPane ? m_panes->currentWidget() : nullptr;
    });
    regions->add([this]() -> QWidget* { return m_checksPane; },
                 [this]() -> QWidget* { return m_checksPane->problemsView(); });
    regions->add([this]() -> QWidget* { return findChild<StatisticsView*>(); });
    QAction* nextRegion = go->addAction(tr("Next Re&gion"));
    nextRegion->setObjectName(QStringLiteral("actionNextRegion"));
    nextRegion->setShortcut(QKeySequence(Qt::Key_F6));
    connect(nextRegion, &QAction::triggered, this, [regions] { regions->move(+1); });
    QAction* previousRegion = go->addAction(tr("Previous Regi&on"));
    previousRegion->setObjectName(QStringLiteral("actionPreviousRegion"));
    previousRegion->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(previousRegion, &QAction::triggered, this, [regions] { regions->move(-1); });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    // Every pane one keystroke away (the tab bar itself is not in the Tab chain of a document-mode
    // tab widget), and the next/previous pane as browsers do.
    const QList<QKeySequence> paneKeys = {QKeySequence(Qt::CTRL | Qt::Key_1), QKeySequence(Qt::CTRL | Qt::Key_2),
                                          QKeySequence(Qt::CTRL | Qt::Key_3), QKeySequence(Qt::CTRL | Qt::Key_4),
                                          QKeySequence(Qt::CTRL | Qt::Key_5)};
    const QStringList paneNames = {tr("&Dataset"), tr("&Jobs"), tr("&Playground"), tr("&Endpoints"), tr("E&valuate")};
    for (int i = 0; i < m_panes->count() && i < paneKeys.size(); ++i) {
        QAction* a = view->addAction(paneNames.at(i));
        a->setObjectName(QStringLiteral("showPane%1").arg(i + 1));
        a->setShortcut(paneKeys.at(i));
        connect(a, &QAction::triggered, this, [this, i] {
            // Where the pane last had the focus, read before the switch moves the focus into it.
            QWidget* remembered = m_panes->widget(i)->focusWidget();
            m_panes->setCurrentIndex(i);
            QWidget* pane = m_panes->widget(i); // the Dataset tab's changes (welcome page or workbench)
            // Focus goes where the pane last had it, else to the control it names for that (the
            // playground's message box), else to its first control: keys act there.
            QWidget* target = remembered && pane->isAncestorOf(remembered) ? remembered : nullptr;
            if (const QString first = pane->property("tdFirstFocus").toString(); !target && !first.isEmpty())
                if (auto* w = pane->findChild<QWidget*>(first); w && w->isVisible())
                    target = w;
            for (QWidget* w = pane->nextInFocusChain(); !target && w && w != pane; w = w->nextInFocusChain())
                if (pane->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled())
                    target = w;
            if (target)
                target->setFocus(Qt::ShortcutFocusReason);
        });
    }
    QAction* nextPane = view->addAction(tr("Ne&xt Pane"));
    nextPane->setObjectName(QStringLiteral("nextPane"));
    nextPane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(nextPane, &QAction::triggered, this,
            [this] { m_panes->setCurrentIndex((m_panes->currentIndex() + 1) % m_panes->count()); });
    QAction* previousPane = view->addAction(tr("P&revious Pane"));
    previousPane->setObjectName(QStringLiteral("previousPane"));
    previousPane->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(previousPane, &QAction::triggered, this,
            [this] { m_panes->setCurrentIndex((m_panes->currentIndex() + m_panes->count() - 1) % m_panes->count()); });
    view->addSeparator();
    // The docks' own actions, with a letter each (the dock's title has none).
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("checksDock"))) {
        dock->toggleViewAction()->setText(tr("&Checks"));
        view->addAction(dock->toggleViewAction());
    }
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("statisticsDock"))) {
        dock->toggleViewAction()->setText(tr("&Statistics"));
        view->addAction(dock->toggleViewAction());
    }
    view->addSeparator();
    // Light, Dark or the desktop's scheme; saved, applied to the whole application at once.
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* appearanceGroup = new QActionGroup(appearance);
    const QList<std::pair<Appearance::Mode, QString>> modes = {{Appearance::Mode::System, tr("Follow &System")},
                                                               {Appearance::Mode::Light, tr("&Light")},
                                                               {Appearance::Mode::Dark, tr("&Dark")}};
    for (const auto& [mode, label] : modes) {
        QAction* a = appearance->addAction(label);
        a->setObjectName(QStringLiteral("appearance_") + Appearance::modeName(mode));
        a->setCheckable(true);
        a->setChecked(Appearance::instance()->mode() == mode);
        appearanceGroup->addAction(a);
        connect(a, &QAction::triggered, this, [mode = mode] { Appearance::instance()->setMode(mode); });
        connect(Appearance::instance(), &Appearance::modeChanged, a,
                [a, mode = mode](Appearance::Mode now) { a->setChecked(now == mode); });
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_connectionsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_gettingStartedAction);
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(m_openAction);
    tb->addAction(m_saveAction);
    tb->addSeparator();
    tb->addAction(m_undoAction);
    tb->addAction(m_redoAction);
    tb->addSeparator();
    themed::setIcon(pa(A::Find), QStringLiteral("edit-find"));
    tb->addAction(pa(A::Find));
}

void MainWindow::updateTitle()
{
    const DatasetDocument* doc = m_session->document();
    QString name;
    if (doc->state() == DatasetDocument::State::Empty)
        name.clear();
    else if (doc->path().isEmpty())
        name = tr("Untitled");
    else
        name = QFileInfo(doc->path()).fileName();
    setWindowTitle(name.isEmpty() ? tr("TuneDesk") : name + QStringLiteral("[*] — ") + tr("TuneDesk"));
    setWindowModified(m_session->isModified());
    m_saveAction->setEnabled(doc->state() == DatasetDocument::State::Ready);
    m_saveAsAction->setEnabled(doc->state() == DatasetDocument::State::Ready);
    m_exportAction->setEnabled(doc->state() == DatasetDocument::State::Ready && !m_dataset->isExporting());
    m_checksPane->setDatasetReady(doc->state() == DatasetDocument::State::Ready);
    m_nearDuplicatesAction->setEnabled(doc->state() == DatasetDocument::State::Ready);
    m_closeAction->setEnabled(doc->state() != DatasetDocument::State::Empty);
    m_reloadAction->setEnabled(doc->state() == DatasetDocument::State::Ready && !doc->path().isEmpty());
}

void MainWindow::updateStatus()
{
    const DatasetDocument* doc = m_session->document();
    if (doc->state() == DatasetDocument::State::Empty) {
        m_fileLabel->setText(tr("Open a JSONL dataset (Ctrl+O) or drop one here."));
        m_rowsLabel->clear();
        return;
    }
    m_fileLabel->setText(doc->path().isEmpty() ? tr("New dataset")
                                               : QDir::toNativeSeparators(doc->path()) + QStringLiteral("  ·  ") +
                                                     humanSize(doc->fileSize()));
    m_fileLabel->setToolTip(m_fileLabel->text());
    // %Ln: the count in the user's locale (145,171 rows).
    const QString rows = tr("%Ln row(s)", nullptr, int(std::min<std::int64_t>(doc->rowCount(), INT_MAX)));
    m_rowsLabel->setText(doc->isIndexing() ? tr("%1 so far…").arg(rows) : rows);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_dataset->mayClose()) {
        event->ignore();
        return;
    }
    // The checks stepped aside for another pane, they were not closed: saved as shown, so
    // they are there when the app starts on the dataset again.
    if (m_checksHidden)
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("checksDock")))
            dock->show();
    Settings* settings = Settings::instance();
    settings->set(Settings::Key::MainWindowGeometry, saveGeometry());
    settings->set(Settings::Key::MainWindowState, saveState());
    settings->set(Settings::Key::DatasetSplitterState, m_datasetPane->saveState());
    settings->sync();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile())
        m_dataset->openFile(urls.front().toLocalFile());
}

void MainWindow::notify(const QString& title, const QString& message)
{
    // A desktop notification when there is a tray; the status bar always.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
    }
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, message), 15000);
}

void MainWindow::openFile(const QString& path)
{
    m_dataset->openFile(path);
}

EvalRunDialog* MainWindow::evaluateRows(const QList<EvalModel>& models)
{
    DatasetDocument* doc = m_session->document();
    if (!doc || doc->path().isEmpty() || doc->state() != DatasetDocument::State::Ready) {
        Dialogs::information(this, tr("Evaluate"),
                             tr("Open the dataset whose rows the models should answer (held-out rows, such as a "
                                "validation file) in the Dataset pane first, then choose Evaluate again."));
        return nullptr;
    }
    EvalRunDialog::Source source;
    source.datasetPath = doc->path();
    source.rowCount = doc->rowCount();
    source.selection = m_datasetPane->tableView()->selectedPositions();
    if (DatasetTableModel* table = m_session->tableModel(); table->isFiltered()) {
        std::vector<std::int64_t> rows;
        rows.reserve(std::size_t(table->rowCount()));
        for (int i = 0; i < table->rowCount(); ++i)
            rows.push_back(table->positionAt(i));
        source.filter = std::move(rows);
    }
    source.unsavedEdits = m_session->isModified();
    m_panes->setCurrentWidget(m_eval);
    return m_eval->newRun(source, models);
}

void MainWindow::showDatasetLine(const QString& path, qint64 line)
{
    m_panes->setCurrentIndex(0); // the Dataset tab
    m_dataset->showLine(path, line);
}

void MainWindow::connectionsDialog()
{
    ConnectionsDialog dialog(m_api->profiles(), m_api->transport(), this);
    dialog.setObjectName(QStringLiteral("connectionsDialog"));
    dialog.exec();
}

void MainWindow::connectToTogether()
{
    ConnectionsDialog dialog(m_api->profiles(), m_api->transport(), this);
    dialog.setObjectName(QStringLiteral("connectionsDialog"));
    dialog.select(QStringLiteral("together"));
    dialog.focusKey();
    dialog.exec();
    // Connected (a key was given, now or before): Together is what the panes use from now on.
    m_api->profiles()->resolve(QStringLiteral("together"), this, [this](const Result<Connection>& c, const QString&) {
        if (c)
            m_api->profiles()->setActive(QStringLiteral("together"));
    });
}

void MainWindow::openSample()
{
    const Result<QString> path = SampleDataset::materialize();
    if (!path) {
        Dialogs::warning(this, tr("Open Sample Dataset"), path.error().message);
        return;
    }
    m_dataset->openFile(*path);
}

void MainWindow::updateChecksDock()
{
    auto* dock = findChild<QDockWidget*>(QStringLiteral("checksDock"));
    const bool workbench = m_panes->currentIndex() == 0 && m_panes->widget(0) == m_datasetPane;
    // isHidden, not isVisible: this also runs before the window is first shown.
    if (!workbench && !dock->isHidden()) {
        m_checksHidden = true;
        dock->hide();
    } else if (workbench && m_checksHidden) {
        m_checksHidden = false;
        dock->show();
    }
}

void MainWindow::showWelcomeOrDataset()
{
    const bool empty = m_session->document()->state() == DatasetDocument::State::Empty;
    QWidget* page = empty ? static_cast<QWidget*>(m_welcome) : m_datasetPane;
    if (m_panes->widget(0) == page)
        return;
    // The tab's page is swapped (rather than stacked) so the workbench stays the Dataset tab's
    // widget whenever a dataset is open. The swap is no change of pane for anyone listening.
    const int current = m_panes->currentIndex();
    const bool hadFocus = m_panes->widget(0)->isAncestorOf(QApplication::focusWidget());
    {
        const QSignalBlocker block(m_panes);
        m_panes->removeTab(0);
        m_panes->insertTab(0, page, tr("Dataset"));
        m_panes->setCurrentIndex(current);
    }
    updateChecksDock();
    // Focus stays in the Dataset tab when it was there (the page it was on has gone).
    if (hadFocus || (empty && current == 0 && isActiveWindow()))
        page->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showHelpDialog(QDialog* dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About TuneDesk"),
                       tr("<h3>TuneDesk %1</h3><p>A desktop studio for fine-tuning language models on hosted "
                          "platforms: curate datasets of any size, check them as the platform does, run and watch "
                          "fine-tuning jobs, and try the results.</p><p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(TD_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace td
