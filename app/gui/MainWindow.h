#pragma once

#include "core/Error.h"

#include <QMainWindow>

class QDialog;
class QLabel;
class QSystemTrayIcon;
class QProgressBar;
class QTabWidget;

namespace td {

class ApiContext;
class JobsPane;
class PlaygroundPane;
class EndpointsPane;
class EvalPane;
class EvalRunDialog;
struct EvalModel;
class ChecksPane;
class SecretStore;
class DatasetChecks;
class DatasetController;
class DatasetPane;
class DatasetSession;
class RecentFilesMenu;
class WelcomePage;

// The shell: composes the panes, owns the menus, toolbar and status bar, and asks the user
// the questions that only a window can ask (unsaved changes, recovery, a file changed on disk).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `secrets`: where API keys live (the system keychain when null); the window owns it.
    explicit MainWindow(QWidget* parent = nullptr, SecretStore* secrets = nullptr);
    ApiContext* api() const { return m_api; }
    JobsPane* jobsPane() const { return m_jobsPane; }
    PlaygroundPane* playgroundPane() const { return m_playground; }
    EndpointsPane* endpointsPane() const { return m_endpoints; }
    EvalPane* evalPane() const { return m_eval; }
    // Edit › Evaluate Rows…: the New Evaluation dialog on the open dataset's rows (its
    // selection and filter offered), these models filled in; null (and a message) when no
    // saved dataset is open.
    EvalRunDialog* evaluateRows(const QList<EvalModel>& models);
    // Shows a line of a dataset (opening it first when another one is open).
    void showDatasetLine(const QString& path, qint64 line);
    QTabWidget* panes() const { return m_panes; }
    ~MainWindow() override;

    DatasetSession* session() const { return m_session; }
    DatasetPane* datasetPane() const { return m_datasetPane; }
    // Shown in the Dataset tab while no dataset is open.
    WelcomePage* welcomePage() const { return m_welcome; }
    DatasetChecks* checks() const { return m_checks; }
    ChecksPane* checksPane() const { return m_checksPane; }
    DatasetController* dataset() const { return m_dataset; }
    // Opens a dataset (asking about unsaved edits first): the command line's file.
    void openFile(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateTitle();
    void updateStatus();
    void about();
    void showHelpDialog(QDialog* dialog);
    void connectionsDialog();
    // Connections with Together chosen and its key field ready; Together becomes the active
    // connection when it then has a key.
    void connectToTogether();
    void openSample();
    // The welcome page while no dataset is open, else the workbench.
    void showWelcomeOrDataset();
    // The Checks dock shows with the workbench only (hidden elsewhere, and back with it).
    void updateChecksDock();
    void notify(const QString& title, const QString& message);
    QAction* addNamedAction(const char* name, const QString& text, const QKeySequence& key, const QString& icon = {});

    ApiContext* m_api;
    DatasetSession* m_session;
    JobsPane* m_jobsPane = nullptr;
    PlaygroundPane* m_playground = nullptr;
    EndpointsPane* m_endpoints = nullptr;
    EvalPane* m_eval = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_checksHidden = false; // hidden by leaving the Dataset pane, shown on return
    DatasetPane* m_datasetPane;
    WelcomePage* m_welcome; // the Dataset tab's page while no dataset is open
    DatasetChecks* m_checks;
    ChecksPane* m_checksPane;
    DatasetController* m_dataset;
    QTabWidget* m_panes;
    RecentFilesMenu* m_recent;
    QLabel* m_fileLabel;
    QLabel* m_rowsLabel;
    QProgressBar* m_progress;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_nearDuplicatesAction = nullptr;
    QAction* m_evaluateAction = nullptr;
    QAction* m_connectionsAction = nullptr;
    QAction* m_gettingStartedAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
};

} // namespace td
