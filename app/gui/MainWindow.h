#pragma once

#include <functional>

#include "core/Error.h"

#include <QFuture>
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
class DatasetPane;
class DatasetSession;
struct ExportOptions;
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
    // Writes a cleaned copy on a worker and reports the summary (the Export dialog's OK).
    void runExport(const ExportOptions& options);

    void openFile(const QString& path);
    bool save();
    bool saveAs();
    // Runs `action` once unsaved changes are dealt with: at once when there are none or the
    // user discards them, after the save finished when they choose Save, and never when they
    // cancel or the save fails.
    void afterUnsavedChanges(std::function<void()> action);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateTitle();
    void updateStatus();
    void onOpened();
    void onIndexed();
    void onLoadFailed(const td::Error& error);
    void onChangedOnDisk();
    void onSaveFailed(const td::Error& error);
    void startSave(const QString& path, bool force);
    void newDataset();
    void closeDataset();
    // Appends rows made elsewhere (the playground) as one undo step, and shows them.
    void addRows(const QList<QByteArray>& rows, const QString& description);
    void openDialog();
    void about();
    void exportDialog();
    void connectionsDialog();
    void notify(const QString& title, const QString& message);
    QAction* addNamedAction(const char* name, const QString& text, const QKeySequence& key, const QString& icon = {});

    ApiContext* m_api;
    DatasetSession* m_session;
    JobsPane* m_jobsPane = nullptr;
    PlaygroundPane* m_playground = nullptr;
    EndpointsPane* m_endpoints = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    qint64 m_pendingLine = 0;    // a line to show once the file being opened is indexed
    bool m_checksHidden = false; // hidden by leaving the Dataset pane, shown on return
    DatasetPane* m_datasetPane;
    DatasetChecks* m_checks;
    ChecksPane* m_checksPane;
    QTabWidget* m_panes;
    RecentFilesMenu* m_recent;
    QLabel* m_fileLabel;
    QLabel* m_rowsLabel;
    QProgressBar* m_progress;
    QString m_pendingSavePath;
    std::function<void()> m_afterSave; // what the user asked for before the save they chose
    bool m_askingAboutDisk = false;

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
    bool m_exporting = false;
    QFuture<void> m_export; // waited for on destruction: it reports back to this window
};

} // namespace td
