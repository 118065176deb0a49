#include "MainWindow.h"

#include "DatasetController.h"
#include "RecentFilesMenu.h"
#include "api/ApiContext.h"
#include "core/SecretStore.h"
#include "core/Settings.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/DatasetChecks.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "playground/EndpointMonitor.h"
#include "validate/Exporter.h"
#include "widgets/ChecksPane.h"
#include "widgets/ConnectionsDialog.h"
#include "widgets/DatasetPane.h"
#include "widgets/DatasetTableView.h"
#include "widgets/Dialogs.h"
#include "widgets/EndpointsPane.h"
#include "widgets/ExportDialog.h"
#include "widgets/JobsPane.h"
#include "widgets/PlaygroundPane.h"

#include <QAction>
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
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace td {

namespace {
QString humanSize(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

MainWindow::MainWindow(QWidget* parent, SecretStore* secrets)
    : QMainWindow(parent)
    , m_api(ApiContext::createDefault(this, secrets))
    , m_session(new DatasetSession(this))
    , m_datasetPane(new DatasetPane(m_session, this))
    , m_checks(new DatasetChecks(m_session, this))
    , m_checksPane(new ChecksPane(m_checks, this))
    , m_dataset(new DatasetController(m_session, m_datasetPane, m_checks, this))
    , m_panes(new QTabWidget(this))
    , m_recent(new RecentFilesMenu(this))
    , m_fileLabel(new QLabel(this))
    , m_rowsLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.tunedesk.TuneDesk.svg")));
    setAcceptDrops(true);
    m_panes->setObjectName(QStringLiteral("panesTabWidget"));
    m_panes->setDocumentMode(true);
    m_panes->setTabBarAutoHide(true);
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
    connect(m_endpoints, &EndpointsPane::playgroundRequested, this,
            [this](const QString& profile, const QString& model) {
                m_panes->setCurrentWidget(m_playground);
                m_playground->openModel(profile, model);
            });
    connect(m_endpoints, &EndpointsPane::idleReminder, this, &MainWindow::notify);
    connect(m_jobsPane, &JobsPane::endpointRequested, this, [this](const QString& model) {
        m_panes->setCurrentWidget(m_endpoints);
        m_endpoints->newEndpoint(model);
    });
    connect(m_endpoints, &EndpointsPane::connectionsRequested, this, &MainWindow::connectionsDialog);
    connect(m_playground, &PlaygroundPane::requestSent, m_endpoints->monitor(), &EndpointMonitor::noteUsed);
    connect(m_endpoints->monitor(), &EndpointMonitor::created, m_playground, &PlaygroundPane::refreshModels);
    connect(m_jobsPane, &JobsPane::playgroundRequested, this, [this](const QString& model) {
        m_panes->setCurrentWidget(m_playground);
        m_playground->openModel(QStringLiteral("together"), model);
    });
    connect(m_playground, &PlaygroundPane::rowsForDataset, this,
            [this](const QList<QByteArray>& rows, const QString& description) {
                m_panes->setCurrentWidget(m_datasetPane);
                m_dataset->addRows(rows, description);
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
        // The open dataset, saved first: what is uploaded is what is on disk.
        DatasetDocument* doc = m_session->document();
        if (doc && m_session->isModified() && !doc->path().isEmpty()) {
            connect(
                doc, &DatasetDocument::saved, this, [this](const QString& path) { m_jobsPane->newJob(path); },
                Qt::SingleShotConnection);
            m_dataset->save();
            return;
        }
        m_jobsPane->newJob(doc && !m_session->isModified() ? doc->path() : QString());
    });
    setCentralWidget(m_panes);
    // The checks sit under the workbench, so a problem and its row are seen together.
    auto* checksDock = new QDockWidget(tr("Checks"), this);
    checksDock->setObjectName(QStringLiteral("checksDock"));
    checksDock->setWidget(m_checksPane);
    addDockWidget(Qt::BottomDockWidgetArea, checksDock);
    resizeDocks({checksDock}, {230}, Qt::Vertical);
    connect(m_checksPane, &ChecksPane::problemActivated, m_datasetPane, &DatasetPane::showProblem);
    // The checks belong to the dataset: they step aside on the other panes and come back.
    connect(m_panes, &QTabWidget::currentChanged, this, [this, checksDock](int index) {
        const bool dataset = m_panes->widget(index) == m_datasetPane;
        if (!dataset && checksDock->isVisible()) {
            m_checksHidden = true;
            checksDock->hide();
        } else if (dataset && m_checksHidden) {
            m_checksHidden = false;
            checksDock->show();
        }
    });
    connect(m_checksPane, &ChecksPane::onlyProblemRowsToggled, this, [this](bool on) {
        if (on)
            m_session->tableModel()->setFilter(m_checks->rowsWithProblems());
        else
            m_session->tableModel()->clearFilter();
    });
    connect(m_checksPane, &ChecksPane::exportRequested, m_dataset, &DatasetController::exportDialog);

    m_progress->setMaximumWidth(180);
    m_progress->setVisible(false);
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
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
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_rowsLabel);

    createActions();
    createMenus();

    connect(m_dataset, &DatasetController::stateChanged, this, [this] {
        updateTitle();
        updateStatus();
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

    Settings* settings = Settings::instance();
    if (!restoreGeometry(settings->get(Settings::Key::MainWindowGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(settings->get(Settings::Key::MainWindowState).toByteArray());
    m_datasetPane->restoreState(settings->get(Settings::Key::DatasetSplitterState).toByteArray());
    updateTitle();
    updateStatus();
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
        a->setIcon(QIcon::fromTheme(icon, QIcon(QStringLiteral(":/icons/%1.svg").arg(icon))));
    return a;
}

void MainWindow::createActions()
{
    m_newAction = addNamedAction("actionNew", tr("&New Dataset"), QKeySequence::New, QStringLiteral("document-new"));
    m_openAction = addNamedAction("actionOpen", tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"));
    m_saveAction = addNamedAction("actionSave", tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"));
    m_saveAsAction = addNamedAction("actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs);
    m_closeAction = addNamedAction("actionClose", tr("&Close"), QKeySequence::Close);
    m_quitAction = addNamedAction("actionQuit", tr("&Quit"), QKeySequence::Quit);
    m_aboutAction = addNamedAction("actionAbout", tr("&About TuneDesk"), {});
    m_exportAction = addNamedAction("actionExport", tr("&Export Cleaned Copy…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_connectionsAction = addNamedAction("actionConnections", tr("&Connections…"), QKeySequence());
    m_undoAction = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-undo"), QIcon(QStringLiteral(":/icons/edit-undo.svg"))));
    m_redoAction = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-redo"), QIcon(QStringLiteral(":/icons/edit-redo.svg"))));

    connect(m_newAction, &QAction::triggered, m_dataset, &DatasetController::newDataset);
    connect(m_openAction, &QAction::triggered, m_dataset, &DatasetController::openDialog);
    connect(m_saveAction, &QAction::triggered, m_dataset, &DatasetController::save);
    connect(m_saveAsAction, &QAction::triggered, m_dataset, &DatasetController::saveAs);
    connect(m_closeAction, &QAction::triggered, m_dataset, &DatasetController::closeDataset);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_exportAction, &QAction::triggered, m_dataset, &DatasetController::exportDialog);
    connect(m_connectionsAction, &QAction::triggered, this, &MainWindow::connectionsDialog);
}

void MainWindow::createMenus()
{
    using A = DatasetPane::Action;
    auto pa = [this](A a) { return m_datasetPane->action(a); };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addMenu(m_recent);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    for (A a : {A::InsertRow, A::DuplicateRows, A::DeleteRows, A::MoveUp, A::MoveDown})
        edit->addAction(pa(a));
    edit->addSeparator();
    edit->addAction(pa(A::TryInPlayground));
    edit->addSeparator();
    edit->addAction(pa(A::ToggleWeight));
    QMenu* weights = edit->addMenu(tr("&Weights"));
    weights->setObjectName(QStringLiteral("weightsMenu"));
    weights->addAction(pa(A::WeightLastAssistant));
    weights->addAction(pa(A::WeightAllAssistant));
    weights->addAction(pa(A::WeightRemoveAll));
    weights->addSeparator();
    weights->addAction(pa(A::WeightRulesAll));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (A a : {A::Find, A::FindNext, A::FindPrevious, A::ShowAll})
        go->addAction(pa(a));
    go->addSeparator();
    for (A a : {A::NextRow, A::PreviousRow, A::GoToRow})
        go->addAction(pa(a));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("checksDock")))
        view->addAction(dock->toggleViewAction());

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_connectionsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
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
    pa(A::Find)->setIcon(QIcon::fromTheme(QStringLiteral("edit-find"), QIcon(QStringLiteral(":/icons/edit-find.svg"))));
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
    m_closeAction->setEnabled(doc->state() != DatasetDocument::State::Empty);
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
    const QString rows = tr("%n row(s)", nullptr, int(std::min<std::int64_t>(doc->rowCount(), INT_MAX)));
    m_rowsLabel->setText(doc->isIndexing() ? tr("%1 so far…").arg(rows) : rows);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_dataset->mayClose()) {
        event->ignore();
        return;
    }
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

void MainWindow::showDatasetLine(const QString& path, qint64 line)
{
    m_panes->setCurrentWidget(m_datasetPane);
    m_dataset->showLine(path, line);
}

void MainWindow::connectionsDialog()
{
    ConnectionsDialog dialog(m_api->profiles(), m_api->transport(), this);
    dialog.setObjectName(QStringLiteral("connectionsDialog"));
    dialog.exec();
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
