#pragma once

#include "query/DatasetSplit.h"

#include "core/Error.h"
#include "dataset/EditJournal.h"

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace td {

class DatasetChecks;
class DatasetPane;
class DatasetSession;
struct ExportOptions;

// The open dataset's life as a file, for one window: open, new and close (asking about
// unsaved edits first), save and save as (then doing what was asked before the save),
// recovering journaled edits, a file changed on disk, exports on a worker, and rows added
// from other panes. It asks its questions through Dialogs; the window shows what it reports.
class DatasetController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetController)

public:
    DatasetController(DatasetSession* session, DatasetPane* pane, DatasetChecks* checks, QWidget* window);
    ~DatasetController() override;

    void openDialog();
    void openFile(const QString& path);
    void newDataset();
    void closeDataset();
    bool save();
    bool saveAs();
    // Reads the file again from disk. With unsaved edits it asks whether to keep them (applied
    // again to the reloaded rows by row number; what does not fit is said) or discard them.
    void reload();
    // Runs `action` once unsaved changes are dealt with: at once when there are none or the
    // user discards them, after the save finished when they choose Save, and never when they
    // cancel or the save fails.
    void afterUnsavedChanges(std::function<void()> action);
    // The window is closing: true when it may close now. When the user chose to save first,
    // the window is closed again once the save has finished.
    bool mayClose();
    // Shows line `line` (1-based) of `path`, opening it first when another file is open.
    void showLine(const QString& path, qint64 line);
    // Appends rows made elsewhere (the playground) as one undo step, and selects them.
    // Adds rows at the end as one undo step; false when nothing was added (not ready, or the
    // user declined rows of another format).
    bool addRows(const QList<QByteArray>& rows, const QString& description);

    void exportDialog();
    // Writes a cleaned copy on a worker and reports the summary (the Export dialog's OK).
    // `shape`: strata and groups of the split, worked out on the worker before the export.
    void runExport(const ExportOptions& options, const SplitShape& shape = {});
    bool isExporting() const { return m_exporting; }

signals:
    // The file, its state or what can be done with it changed: title, actions, status.
    void stateChanged();
    void statusMessage(const QString& text, int timeoutMs);
    // Work on the file in progress (per mille; negative: none).
    void progress(int permille, const QString& format);
    // A file was opened or saved (for the recent files).
    void fileUsed(const QString& path);

private:
    void onOpened();
    void onIndexed();
    void onLoadFailed(const Error& error);
    void onChangedOnDisk();
    void onSaveFailed(const Error& error);
    void startSave(const QString& path, bool force);

    DatasetSession* m_session;
    DatasetPane* m_pane;
    DatasetChecks* m_checks;
    QWidget* m_window;        // the parent of questions and dialogs
    qint64 m_pendingLine = 0; // a line to show once the file being opened is indexed
    QString m_pendingSavePath;
    std::function<void()> m_afterSave; // what the user asked for before the save they chose
    bool m_askingAboutDisk = false;
    std::optional<QList<JournalOp>> m_reapply; // edits to apply again once the reloaded file is read
    QString m_savedFromRewritten;              // saved under another name from a file rewritten in place: reopened
    bool m_exporting = false;
    QFuture<void> m_export; // waited for on destruction: it reports back to this object
};

} // namespace td
