#pragma once

#include "core/Error.h"
#include "core/FileIdentity.h"
#include "core/Result.h"
#include "dataset/DocumentChange.h"
#include "dataset/DocumentSnapshot.h"
#include "dataset/EditJournal.h"
#include "dataset/ZstdDecompressor.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QFileSystemWatcher;

namespace td {

// A JSONL (or .jsonl.zst) dataset of any size: a read-only mapping of the file, a line index
// built by a worker while the first rows are already shown, and an overlay of edits over it.
// The mapping is never written; rows nobody edited are never re-serialized.
class DatasetDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetDocument)

public:
    enum class State { Empty, Loading, Indexing, Ready, Failed };
    Q_ENUM(State)

    explicit DatasetDocument(QObject* parent = nullptr);
    ~DatasetDocument() override;

    // Opens asynchronously: opened() when the first rows can be shown, rowsAppended while
    // the index grows, indexingFinished() at the end, or loadFailed().
    void open(const QString& path);
    void close();
    // Limits for decompressing a .jsonl.zst into the temporary folder (tests lower them).
    void setDecompressLimits(const ZstdLimits& limits) { m_decompressLimits = limits; }
    // Most memory the line index may take (8 bytes a line); a file with more lines fails to
    // open with a clear error. A quarter of the computer's memory by default, and never more
    // than the file's size (or 64 MiB for smaller files).
    void setIndexMemoryLimit(std::uint64_t bytes) { m_indexMemoryLimit = bytes; }
    // Waits (blocking) until indexing is done; for tests and the CLI only.
    bool waitForIndexed(int timeoutMs = 60000);
    // Starts with no file: an empty, new dataset that Save As writes.
    void newEmpty();

    State state() const { return m_state; }
    QString path() const { return m_path; }
    bool isCompressed() const { return m_compressed; }
    bool isIndexing() const { return m_state == State::Indexing || m_state == State::Loading; }
    std::int64_t rowCount() const;
    std::uint64_t fileSize() const { return m_file ? m_file->size() : 0; }
    QByteArray eol() const { return m_eol; }
    qint64 indexMilliseconds() const { return m_indexMs; }

    RowId rowId(std::int64_t pos) const;
    // -1 when the id is not in the document (e.g. a removed row).
    std::int64_t positionOf(RowId id) const;
    // The row's bytes without its line end. Original rows are not copied: the view is valid
    // until the next edit or close.
    QByteArrayView rowView(std::int64_t pos) const;
    QByteArray row(std::int64_t pos) const { return rowView(pos).toByteArray(); }
    // Changed since the file was opened or last saved (the table marks such rows).
    bool isRowEdited(std::int64_t pos) const;
    bool hasEdits() const { return m_edited; }
    DocumentSnapshot snapshot() const;

    // ---- Edits. Undo commands call these; each is journaled and announced by changed().
    // Sets a row's content. Bytes equal to the row's original line restore the original
    // (so undoing an edit makes the row byte-identical again). Returns the previous content.
    QByteArray replaceRow(std::int64_t pos, const QByteArray& content);
    // The edited content of a row, or nullopt when the row is untouched (original bytes).
    std::optional<QByteArray> editedContent(std::int64_t pos) const;
    // Puts an original row back to its bytes in the file (undo of an edit).
    void restoreOriginal(std::int64_t pos);
    QList<RowId> insertRows(std::int64_t pos, const QList<QByteArray>& rows);
    // Puts back rows removed earlier (by id, their content is still known).
    void insertRowIds(std::int64_t pos, const QList<RowId>& ids);
    QList<RowId> removeRows(std::int64_t pos, std::int64_t count);
    void moveRow(std::int64_t from, std::int64_t to);
    // Saving writes every row with "\n" (CRLF rows too) while this is on.
    void setNormalizeLineEnds(bool on);
    bool normalizeLineEnds() const { return m_normalizeLineEnds; }

    // ---- Saving.
    // Writes every row to `path` on a worker (see writeDataset): saved() or saveFailed().
    // Without `force`, refuses with Error::Code::Changed when the file on disk changed
    // since it was opened or last saved, so the caller can ask the user first.
    void save(const QString& path, bool force = false);
    bool isSaving() const { return m_saving; }
    void cancelSave();
    // Whether the file on disk is still the one we opened or last saved.
    bool isUnchangedOnDisk() const;
    // Another program rewrote the opened file in place (same inode). The mapping then shows
    // the new bytes, so the untouched rows are no longer what was opened: the only safe
    // course is to reload. (A file replaced by rename keeps our mapping intact.)
    bool isModifiedInPlace() const { return m_modifiedInPlace; }
    // The edits are gone (reverted): the journal is dropped.
    void markClean();

    // ---- Crash recovery.
    std::optional<EditJournal::Recovered> pendingRecovery() const;
    // Whether every op of `recovered` fits this file (checked before any is applied).
    Result<void> checkRecovery(const EditJournal::Recovered& recovered) const;
    Result<void> applyRecovery(const EditJournal::Recovered& recovered);
    void discardRecovery();
    // The unsaved edits as journaled since the last save (empty when there are none), to be
    // applied again to the file once it is reloaded.
    QList<JournalOp> unsavedEdits() const;
    // Applies edits to the rows as they are now, by row position, each one that fits (an
    // edit of a row past the end does not); how many were applied and how many were not.
    struct Reapplied
    {
        int applied = 0;
        int skipped = 0;
    };
    Reapplied reapplyEdits(const QList<JournalOp>& ops);

signals:
    void opened();
    void loadFailed(const td::Error& error);
    void loadProgress(qint64 done, qint64 total, const QString& phase);
    void indexingFinished();
    void changed(const td::DocumentChange& change);
    void editedChanged(bool edited);
    void changedOnDisk();
    void saveProgress(qint64 done, qint64 total);
    void saved(const QString& path);
    void saveFailed(const td::Error& error);
    void journalError(const td::Error& error);

private:
    void onMapped(std::shared_ptr<const MappedFile> file, quint64 generation);
    void onLinesFound(std::vector<std::uint64_t> starts, bool last, quint64 generation);
    void onFailed(const td::Error& error, quint64 generation);
    void onFileChanged();
    void stopWorker();
    LineStarts& mutableStarts();
    RowOrder& mutableOrder();
    RowContents& mutableContents();
    QByteArrayView originalRow(RowId id) const;
    void journal(JournalOp op);
    void setEdited(bool edited);
    void watch(const QString& path);
    void markSaved(const QString& path);

    QString m_path;
    bool m_compressed = false;
    State m_state = State::Empty;
    std::shared_ptr<const MappedFile> m_file;
    std::shared_ptr<LineStarts> m_starts;
    std::shared_ptr<RowOrder> m_order;
    std::shared_ptr<RowContents> m_contents;
    // The overlay as it was saved: after a save the mapping still holds the opened file, so the
    // overlay keeps describing saved rows; a row is unsaved only where it differs from this.
    std::shared_ptr<const RowContents> m_savedContents;
    RowId m_nextNewId = kFirstNewRowId;
    QByteArray m_eol = QByteArrayLiteral("\n");
    bool m_edited = false;
    bool m_modifiedInPlace = false;
    bool m_normalizeLineEnds = false;
    ZstdLimits m_decompressLimits;
    std::uint64_t m_indexMemoryLimit;
    FileIdentity m_identity;
    std::unique_ptr<EditJournal> m_journal;
    QFileSystemWatcher* m_watcher = nullptr;

    bool m_saving = false;
    QFuture<void> m_saveWorker;
    std::shared_ptr<std::atomic_bool> m_saveCancel;
    QFuture<void> m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    qint64 m_indexStart = 0;
    qint64 m_indexMs = 0;
};

} // namespace td
