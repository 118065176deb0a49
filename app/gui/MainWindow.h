#pragma once

#include "core/Error.h"

#include <QMainWindow>

class QLabel;
class QSystemTrayIcon;
class QProgressBar;
class QTabWidget;

namespace td {

class ApiContext;
class JobsPane;
class PlaygroundPane;
class EndpointsPane;
class ChecksPane;
class SecretStore;
class DatasetChecks;
class DatasetController;
class DatasetPane;
class DatasetSession;
class RecentFilesMenu;

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
    // Shows a line of a dataset (opening it first when another one is open).
    void showDatasetLine(const QString& path, qint64 line);
    QTabWidget* panes() const { return m_panes; }
    ~MainWindow() override;

    DatasetSession* session() const { return m_session; }
    DatasetPane* datasetPane() const { return m_datasetPane; }
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
    void connectionsDialog();
    void notify(const QString& title, const QString& message);
    QAction* addNamedAction(const char* name, const QString& text, const QKeySequence& key, const QString& icon = {});

    ApiContext* m_api;
    DatasetSession* m_session;
    JobsPane* m_jobsPane = nullptr;
    PlaygroundPane* m_playground = nullptr;
    EndpointsPane* m_endpoints = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_checksHidden = false; // hidden by leaving the Dataset pane, shown on return
    DatasetPane* m_datasetPane;
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
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_connectionsAction = nullptr;
};

} // namespace td
