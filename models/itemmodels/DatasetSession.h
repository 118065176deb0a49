#pragma once

#include "core/Error.h"
#include "dataset/EditJournal.h"
#include "dataset/RowJson.h"
#include "dataset/RowSearch.h"
#include "itemmodels/RowReplacement.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QUndoStack;

namespace td {

class DatasetDocument;
class DatasetTableModel;
class SummaryProvider;

// One open dataset with everything that edits and shows it: the document, its undo stack,
// the summaries and the table model. Every edit goes through here as an undo command; long
// work (search, bulk rules) runs on workers and lands as one command or one result.
class DatasetSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetSession)

public:
    explicit DatasetSession(QObject* parent = nullptr);
    ~DatasetSession() override;

    DatasetDocument* document() const { return m_doc; }
    QUndoStack* undoStack() const { return m_undo; }
    SummaryProvider* summaries() const { return m_summaries; }
    DatasetTableModel* tableModel() const { return m_table; }

    void open(const QString& path);
    void newDataset();
    void close();
    bool isModified() const;
    // Applies edits recovered from a crash as one undo step ("Recover 3 Edits"), so Undo takes
    // them back; nothing is applied when they do not fit the file.
    Result<void> recover(const EditJournal::Recovered& recovered);
    // After a reload that reapplied edits, they are not on the undo stack, yet unsaved.
    void setRecovered();

    // ---- Edits (each one undo step).
    // Replaces one row. A non-empty mergeKey merges consecutive edits with the same key.
    void editRow(std::int64_t pos, const QByteArray& bytes, const QString& mergeKey = {}, const QString& text = {});
    void insertRows(std::int64_t pos, const QList<QByteArray>& rows, const QString& text = {});
    void removeRows(const std::vector<std::int64_t>& positions);
    void duplicateRows(const std::vector<std::int64_t>& positions);
    void moveRow(std::int64_t from, std::int64_t to);
    // Each row at its position replaced by its rows, all as one undo step named `text`.
    void replaceRows(QList<RowReplacement> replacements, const QString& text);
    // Applies a weight rule to the given rows (all rows when empty) on a worker; lands as
    // one undo step. bulkFinished() reports how many rows changed.
    void applyWeightRule(WeightRule rule, const std::vector<std::int64_t>& positions);

    // ---- Search on a worker over the whole file.
    void startSearch(const SearchQuery& query);
    void cancelWork();
    bool isBusy() const { return m_busy; }

signals:
    void modifiedChanged(bool modified);
    void searchFinished(const std::vector<std::int64_t>& rows);
    void searchFailed(const td::Error& error);
    void bulkFinished(qint64 changedRows);
    void workProgress(qint64 done, qint64 total, const QString& what);
    void searchProgress(qint64 done, qint64 total);

private:
    void setBusy(bool busy);
    // Runs `work` on a worker with a snapshot and its cancel flag; any job still running is
    // cancelled first (and waited for on destruction). Its result comes back to `finish` here
    // (QFuture::then with this object as context), its progress to `progress` here; neither
    // is called for a job a newer one replaced, nor after this object is gone.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    template<typename R>
    void startWork(std::function<R(const DocumentSnapshot&, const std::atomic_bool*, const Progress&)> work,
                   Progress progress, std::function<void(R)> finish);
    void updateModified();

    DatasetDocument* m_doc;
    QUndoStack* m_undo;
    SummaryProvider* m_summaries;
    DatasetTableModel* m_table;
    bool m_recovered = false;
    bool m_lastModified = false;
    bool m_busy = false;
    quint64 m_workGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Every worker still going (a cancelled one finishes on its own and posts back here).
    QList<QFuture<void>> m_work;
};

QString weightRuleName(WeightRule rule);

} // namespace td

Q_DECLARE_METATYPE(std::vector<std::int64_t>)
