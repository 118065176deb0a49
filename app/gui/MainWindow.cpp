#include "MainWindow.h"

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
    connect(m_playground, &PlaygroundPane::rowsForDataset, this, &MainWindow::addRows);
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
            save();
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
    connect(m_checksPane, &ChecksPane::exportRequested, this, &MainWindow::exportDialog);

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

    DatasetDocument* doc = m_session->document();
    connect(doc, &DatasetDocument::opened, this, &MainWindow::onOpened);
    connect(doc, &DatasetDocument::indexingFinished, this, &MainWindow::onIndexed);
    connect(doc, &DatasetDocument::loadFailed, this, &MainWindow::onLoadFailed);
    connect(doc, &DatasetDocument::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(doc, &DatasetDocument::saveFailed, this, &MainWindow::onSaveFailed);
    connect(doc, &DatasetDocument::journalError, this, [this](const Error& e) {
        statusBar()->showMessage(tr("Unsaved edits cannot be journaled (%1); save soon.").arg(e.message), 10000);
    });
    connect(doc, &DatasetDocument::loadProgress, this, [this](qint64 done, qint64 total, const QString& phase) {
        m_progress->setVisible(done < total);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total ? int(done * 1000 / total) : 0);
        m_progress->setFormat(phase + QStringLiteral(" %p%"));
        updateStatus();
    });
    connect(doc, &DatasetDocument::saveProgress, this, [this](qint64 done, qint64 total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total ? int(done * 1000 / total) : 0);
        m_progress->setFormat(tr("Saving %p%"));
    });
    connect(doc, &DatasetDocument::saved, this, [this](const QString& path) {
        m_progress->setVisible(false);
        m_recent->add(path);
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
        updateTitle();
        updateStatus();
        if (m_closeAfterSave)
            close();
    });
    connect(doc, &DatasetDocument::changed, this, [this](const DocumentChange& c) {
        if (c.kind != DocumentChange::Kind::RowsChanged)
            updateStatus();
    });
    connect(m_session, &DatasetSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &DatasetSession::workProgress, this, [this](qint64 done, qint64 total, const QString& what) {
        statusBar()->showMessage(tr("%1: %2 of %3 rows").arg(what, QLocale().toString(done), QLocale().toString(total)),
                                 2000);
    });
    connect(m_datasetPane, &DatasetPane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);

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
    m_export.waitForFinished();
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

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDataset);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeDataset);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
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
    m_exportAction->setEnabled(doc->state() == DatasetDocument::State::Ready && !m_exporting);
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

void MainWindow::openDialog()
{
    const QString dir = Settings::instance()->get(Settings::Key::LastOpenDir).toString();
    const QString path = Dialogs::openFileName(this, tr("Open Dataset"), dir,
                                               tr("JSONL datasets (*.jsonl *.jsonl.zst *.zst);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString& path)
{
    if (!maybeSave())
        return;
    Settings::instance()->set(Settings::Key::LastOpenDir, QFileInfo(path).absolutePath());
    m_session->open(path);
    updateTitle();
    updateStatus();
}

void MainWindow::newDataset()
{
    if (!maybeSave())
        return;
    m_session->newDataset();
    updateTitle();
    updateStatus();
}

void MainWindow::addRows(const QList<QByteArray>& rows, const QString& description)
{
    DatasetDocument* doc = m_session->document();
    if (doc->state() == DatasetDocument::State::Empty) {
        m_session->newDataset();
        updateTitle();
    }
    if (doc->state() != DatasetDocument::State::Ready) {
        Dialogs::warning(this, description,
                         tr("The dataset is not ready for edits (still loading, or it failed to open). Try again "
                            "once it is open."));
        return;
    }
    const std::int64_t at = doc->rowCount();
    m_session->insertRows(at, rows, description);
    m_panes->setCurrentWidget(m_datasetPane);
    m_datasetPane->selectPosition(at);
    statusBar()->showMessage(
        tr("Added %n row(s) at the end of the dataset; Undo removes them.", nullptr, int(rows.size())), 6000);
    updateStatus();
}

void MainWindow::closeDataset()
{
    if (!maybeSave())
        return;
    m_session->close();
    updateTitle();
    updateStatus();
}

void MainWindow::onOpened()
{
    if (!m_session->document()->path().isEmpty())
        m_recent->add(m_session->document()->path());
    updateTitle();
    updateStatus();
}

void MainWindow::onIndexed()
{
    m_progress->setVisible(false);
    if (m_pendingLine > 0) {
        m_datasetPane->selectPosition(m_pendingLine - 1);
        m_pendingLine = 0;
    }
    updateTitle();
    updateStatus();
    DatasetDocument* doc = m_session->document();
    if (const auto rec = doc->pendingRecovery()) {
        const auto answer = Dialogs::question(
            this, tr("Recover Unsaved Edits"),
            tr("TuneDesk was closed without saving %n edit(s) to %1. Restore them?", nullptr, int(rec->ops.size()))
                .arg(QFileInfo(doc->path()).fileName()),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            if (auto r = doc->applyRecovery(*rec); r)
                m_session->setRecovered();
            else
                Dialogs::warning(this, tr("Recover Unsaved Edits"), r.error().message);
        } else {
            doc->discardRecovery();
        }
    }
    if (m_datasetPane->currentPosition() < 0 && doc->rowCount() > 0)
        m_datasetPane->selectPosition(0);
}

void MainWindow::onLoadFailed(const Error& error)
{
    m_progress->setVisible(false);
    Dialogs::warning(this, tr("Cannot Open Dataset"), error.message);
    m_session->close();
    updateTitle();
    updateStatus();
}

void MainWindow::onChangedOnDisk()
{
    if (m_askingAboutDisk)
        return;
    m_askingAboutDisk = true;
    DatasetDocument* doc = m_session->document();
    const QString name = QFileInfo(doc->path()).fileName();
    QMessageBox::StandardButton answer;
    if (doc->isModifiedInPlace()) {
        answer = Dialogs::question(
            this, tr("File Changed on Disk"),
            tr("Another program rewrote %1 while it was open. The rows shown may no longer "
               "be what you opened, so TuneDesk cannot save over it. Reload it now?%2")
                .arg(name, m_session->isModified() ? tr("\n\nYour unsaved edits will be lost.") : QString()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    } else {
        answer = Dialogs::question(this, tr("File Changed on Disk"),
                                   m_session->isModified()
                                       ? tr("%1 was changed by another program. Reload it and lose your unsaved "
                                            "edits, or keep your version (saving will then ask before "
                                            "overwriting)?")
                                             .arg(name)
                                       : tr("%1 was changed by another program. Reload it?").arg(name),
                                   QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    }
    m_askingAboutDisk = false;
    if (answer == QMessageBox::Yes)
        m_session->open(doc->path());
}

bool MainWindow::save()
{
    const DatasetDocument* doc = m_session->document();
    if (doc->path().isEmpty())
        return saveAs();
    startSave(doc->path(), false);
    return true;
}

bool MainWindow::saveAs()
{
    const DatasetDocument* doc = m_session->document();
    const QString dir =
        doc->path().isEmpty() ? Settings::instance()->get(Settings::Key::LastOpenDir).toString() : doc->path();
    QString path = Dialogs::saveFileName(this, tr("Save Dataset As"), dir,
                                         tr("JSONL (*.jsonl);;JSONL compressed with zstd (*.jsonl.zst)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".jsonl")) && !path.endsWith(QLatin1String(".zst")))
        path += QStringLiteral(".jsonl");
    startSave(path, true);
    return true;
}

void MainWindow::startSave(const QString& path, bool force)
{
    m_pendingSavePath = path;
    m_datasetPane->setFocus(); // commits the raw editor's pending text through focus change
    m_session->document()->save(path, force);
}

void MainWindow::onSaveFailed(const Error& error)
{
    m_progress->setVisible(false);
    m_closeAfterSave = false;
    if (error.code == Error::Code::Changed && !m_session->document()->isModifiedInPlace()) {
        const auto answer = Dialogs::question(this, tr("File Changed on Disk"),
                                              tr("%1\n\nOverwrite it with your version?").arg(error.message),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_session->document()->save(m_pendingSavePath, true);
        return;
    }
    Dialogs::warning(this, tr("Cannot Save"), error.message);
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    const auto answer =
        Dialogs::question(this, tr("Unsaved Changes"), tr("The dataset has unsaved changes. Save them first?"),
                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    // Saving runs on a worker; the caller retries once it is done.
    m_closeAfterSave = false;
    save();
    return false;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session->isModified()) {
        const auto answer = Dialogs::question(
            this, tr("Unsaved Changes"), tr("The dataset has unsaved changes. Save them before quitting?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            m_closeAfterSave = true;
            if (!save())
                m_closeAfterSave = false;
            event->ignore();
            return;
        }
    }
    Settings* settings = Settings::instance();
    settings->set(Settings::Key::MainWindowGeometry, saveGeometry());
    settings->set(Settings::Key::MainWindowState, saveState());
    settings->set(Settings::Key::DatasetSplitterState, m_datasetPane->saveState());
    settings->sync();
    m_session->close(); // deliberate: the journal goes with the discarded edits
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
        openFile(urls.front().toLocalFile());
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

void MainWindow::showDatasetLine(const QString& path, qint64 line)
{
    m_panes->setCurrentWidget(m_datasetPane);
    DatasetDocument* doc = m_session->document();
    if (doc && QFileInfo(doc->path()) == QFileInfo(path) && !doc->isIndexing()) {
        m_datasetPane->selectPosition(line - 1); // rows are the file's lines, blank ones included
        return;
    }
    if (!maybeSave())
        return;
    m_pendingLine = line;
    openFile(path);
}

void MainWindow::connectionsDialog()
{
    ConnectionsDialog dialog(m_api->profiles(), m_api->transport(), this);
    dialog.setObjectName(QStringLiteral("connectionsDialog"));
    dialog.exec();
}

void MainWindow::exportDialog()
{
    const DatasetDocument* doc = m_session->document();
    if (doc->state() != DatasetDocument::State::Ready)
        return;
    QString suggested = doc->path().isEmpty() ? QStringLiteral("dataset.clean.jsonl") : doc->path();
    for (const QString& ext : {QStringLiteral(".jsonl.zst"), QStringLiteral(".jsonl")})
        if (suggested.endsWith(ext)) {
            suggested = suggested.chopped(ext.size()) + QStringLiteral(".clean.jsonl");
            break;
        }
    const auto selection = m_datasetPane->tableView()->selectedPositions();
    ExportDialog dialog(suggested, selection.size() > 1, m_session->tableModel()->isFiltered(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportOptions options = dialog.options();
    options.inputPath = doc->path(); // never overwritten, also not by the split's validation file
    options.lint.profile = m_checks->profile();
    if (dialog.rows() == ExportDialog::Rows::Selection) {
        options.rows = selection;
    } else if (dialog.rows() == ExportDialog::Rows::SearchResult) {
        const auto* model = m_session->tableModel();
        for (int r = 0; r < model->rowCount(); ++r)
            options.rows.push_back(model->positionAt(r));
    }
    runExport(options);
}

void MainWindow::runExport(const ExportOptions& options)
{
    if (m_exporting || options.output.isEmpty())
        return;
    m_exporting = true;
    updateTitle();
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(options.output)));
    const DocumentSnapshot snap = m_session->document()->snapshot();
    auto* watcher = new QObject(this);
    m_export = QtConcurrent::run([this, snap, options, watcher]() {
        auto result = exportDataset(snap, options);
        QMetaObject::invokeMethod(
            watcher,
            [this, result, watcher] {
                watcher->deleteLater();
                m_exporting = false;
                updateTitle();
                if (!result) {
                    Dialogs::warning(this, tr("Cannot Export"), result.error().message);
                    return;
                }
                const ExportSummary& s = *result;
                auto verdict = [](const std::optional<ParityReport>& r) {
                    if (!r)
                        return tr("not checked (Together's checker reads only .jsonl)");
                    return r->passed()
                               ? tr("Together's checker would accept it")
                               : tr("Together's checker would reject it: %1").arg(QString::fromStdString(r->message()));
                };
                QString text = tr("Wrote %1 rows: %2 fixed, %3 dropped of %4.")
                                   .arg(s.rowsWritten)
                                   .arg(s.rowsFixed)
                                   .arg(s.rowsDropped)
                                   .arg(s.rowsConsidered);
                text += QStringLiteral("\n\n%1: %2 rows, %3")
                            .arg(QDir::toNativeSeparators(s.trainPath))
                            .arg(s.trainRows)
                            .arg(verdict(s.trainCheck));
                if (!s.validationPath.isEmpty())
                    text += QStringLiteral("\n%1: %2 rows, %3")
                                .arg(QDir::toNativeSeparators(s.validationPath))
                                .arg(s.validationRows)
                                .arg(verdict(s.validationCheck));
                statusBar()->showMessage(tr("Exported %1 rows").arg(s.rowsWritten), 5000);
                Dialogs::information(this, tr("Export Finished"), text);
            },
            Qt::QueuedConnection);
    });
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
