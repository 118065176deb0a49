#include "itemmodels/DatasetSession.h"

#include "core/Worker.h"
#include "dataset/DatasetDocument.h"
#include "dataset/SummaryProvider.h"
#include "itemmodels/BulkReplaceCommand.h"
#include "itemmodels/DatasetTableModel.h"
#include "itemmodels/InsertRowsCommand.h"
#include "itemmodels/MoveRowCommand.h"
#include "itemmodels/RemoveRowsCommand.h"
#include "itemmodels/ReplaceRowCommand.h"
#include "itemmodels/SetLineEndsCommand.h"

#include <QPointer>
#include <QUndoStack>

#include <numeric>

namespace td {

QString weightRuleName(WeightRule rule)
{
    switch (rule) {
    case WeightRule::LastAssistantOnly:
        return DatasetSession::tr("Weight 0 on all but the last assistant message");
    case WeightRule::AllAssistant:
        return DatasetSession::tr("Weight 1 on every assistant message");
    case WeightRule::RemoveAll:
        return DatasetSession::tr("Remove all weights");
    }
    return {};
}

DatasetSession::DatasetSession(QObject* parent)
    : QObject(parent)
    , m_doc(new DatasetDocument(this))
    , m_undo(new QUndoStack(this))
    , m_summaries(new SummaryProvider(m_doc, this))
    , m_table(new DatasetTableModel(m_doc, m_summaries, this))
{
    qRegisterMetaType<std::vector<std::int64_t>>();
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Back at the saved state by undo/redo: nothing is left to recover after a crash.
        if (clean && !m_recovered)
            m_doc->markClean();
        updateModified();
    });
    connect(m_doc, &DatasetDocument::saved, this, [this] {
        m_recovered = false;
        m_undo->setClean();
        updateModified();
    });
}

DatasetSession::~DatasetSession()
{
    cancelWork();
    for (QFuture<void>& f : m_work)
        f.waitForFinished();
}

void DatasetSession::open(const QString& path)
{
    cancelWork();
    m_undo->clear();
    m_recovered = false;
    m_doc->open(path);
    updateModified();
}

void DatasetSession::newDataset()
{
    cancelWork();
    m_undo->clear();
    m_recovered = false;
    m_doc->newEmpty();
    updateModified();
}

void DatasetSession::close()
{
    cancelWork();
    m_undo->clear();
    m_recovered = false;
    m_doc->close();
    updateModified();
}

bool DatasetSession::isModified() const
{
    return m_recovered || !m_undo->isClean();
}

Result<void> DatasetSession::recover(const EditJournal::Recovered& recovered)
{
    if (auto fits = m_doc->checkRecovery(recovered); !fits)
        return fits;
    // Each command reads the row it changes when it is made, so each is made after the one
    // before it has been applied (push applies it).
    m_undo->beginMacro(tr("Recover %n Edit(s)", nullptr, EditJournal::editCount(recovered.ops)));
    for (const JournalOp& op : recovered.ops) {
        switch (op.kind) {
        case JournalOp::Kind::Replace:
            m_undo->push(new ReplaceRowCommand(m_doc, op.pos, op.rows.front(), {}, {}));
            break;
        case JournalOp::Kind::Insert:
            m_undo->push(new InsertRowsCommand(m_doc, op.pos, op.rows, {}));
            break;
        case JournalOp::Kind::Remove: {
            std::vector<std::int64_t> positions(std::size_t(op.arg));
            std::iota(positions.begin(), positions.end(), op.pos);
            m_undo->push(new RemoveRowsCommand(m_doc, std::move(positions), {}));
            break;
        }
        case JournalOp::Kind::Move:
            m_undo->push(new MoveRowCommand(m_doc, op.pos, op.arg, {}));
            break;
        case JournalOp::Kind::LineEnds:
            m_undo->push(new SetLineEndsCommand(m_doc, op.arg != 0, {}));
            break;
        }
    }
    m_undo->endMacro();
    updateModified();
    return {};
}

void DatasetSession::setRecovered()
{
    m_recovered = true;
    m_undo->resetClean();
    updateModified();
}

void DatasetSession::updateModified()
{
    const bool modified = isModified();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void DatasetSession::editRow(std::int64_t pos, const QByteArray& bytes, const QString& mergeKey, const QString& text)
{
    if (pos < 0 || pos >= m_doc->rowCount() || m_doc->rowView(pos) == bytes)
        return;
    m_undo->push(
        new ReplaceRowCommand(m_doc, pos, bytes, mergeKey, text.isEmpty() ? tr("Edit row %1").arg(pos + 1) : text));
}

void DatasetSession::insertRows(std::int64_t pos, const QList<QByteArray>& rows, const QString& text)
{
    if (rows.isEmpty())
        return;
    m_undo->push(new InsertRowsCommand(m_doc, pos, rows,
                                       text.isEmpty() ? tr("Insert %n row(s)", nullptr, int(rows.size())) : text));
}

void DatasetSession::removeRows(const std::vector<std::int64_t>& positions)
{
    if (positions.empty())
        return;
    m_undo->push(new RemoveRowsCommand(m_doc, positions, tr("Delete %n row(s)", nullptr, int(positions.size()))));
}

void DatasetSession::replaceRows(QList<RowReplacement> replacements, const QString& text)
{
    if (replacements.isEmpty())
        return;
    // From the last row up, so that each position is still the row it names.
    std::sort(replacements.begin(), replacements.end(),
              [](const RowReplacement& a, const RowReplacement& b) { return a.position > b.position; });
    m_undo->beginMacro(text);
    for (const RowReplacement& r : std::as_const(replacements)) {
        m_undo->push(new RemoveRowsCommand(m_doc, {r.position}, text));
        m_undo->push(new InsertRowsCommand(m_doc, r.position, r.rows, text));
    }
    m_undo->endMacro();
}

void DatasetSession::duplicateRows(const std::vector<std::int64_t>& positions)
{
    if (positions.empty())
        return;
    std::vector<std::int64_t> sorted = positions;
    std::sort(sorted.begin(), sorted.end());
    QList<QByteArray> rows;
    for (std::int64_t p : sorted)
        rows.append(m_doc->row(p));
    // The copies go right after the last selected row.
    m_undo->push(
        new InsertRowsCommand(m_doc, sorted.back() + 1, rows, tr("Duplicate %n row(s)", nullptr, int(rows.size()))));
}

void DatasetSession::moveRow(std::int64_t from, std::int64_t to)
{
    if (from == to || from < 0 || to < 0 || from >= m_doc->rowCount() || to >= m_doc->rowCount())
        return;
    m_undo->push(new MoveRowCommand(m_doc, from, to, tr("Move row %1").arg(from + 1)));
}

void DatasetSession::setBusy(bool busy)
{
    m_busy = busy;
}

void DatasetSession::cancelWork()
{
    ++m_workGeneration;
    if (m_cancel)
        m_cancel->store(true);
    setBusy(false);
}

template<typename R>
void DatasetSession::startWork(std::function<R(const DocumentSnapshot&, const std::atomic_bool*, const Progress&)> work,
                               Progress progress, std::function<void(R)> finish)
{
    cancelWork();
    setBusy(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 gen = m_workGeneration;
    const DocumentSnapshot snap = m_doc->snapshot();
    m_work.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    QPointer<DatasetSession> self(this);
    // Progress is posted while the work runs; a stale job's (or one outliving us) is dropped.
    Progress post = [self, gen, progress = std::move(progress)](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, gen, progress, done, total] {
                if (self && gen == self->m_workGeneration)
                    progress(done, total);
            },
            Qt::QueuedConnection);
    };
    // The worker holds its own reference to the cancel flag: a newer job replaces m_cancel.
    m_work.append(QFuture<void>(runInBackground(
        this,
        [work = std::move(work), snap, cancel = m_cancel, post = std::move(post)] {
            return work(snap, cancel.get(), post);
        },
        [this, gen, finish = std::move(finish)](R result) {
            if (gen != m_workGeneration)
                return;
            setBusy(false);
            finish(std::move(result));
        })));
}

void DatasetSession::applyWeightRule(WeightRule rule, const std::vector<std::int64_t>& positions)
{
    using Changes = std::shared_ptr<std::vector<BulkReplaceCommand::Change>>;
    startWork<Changes>(
        [positions, rule](const DocumentSnapshot& snap, const std::atomic_bool* cancel, const Progress& progress) {
            auto changes = std::make_shared<std::vector<BulkReplaceCommand::Change>>();
            const std::int64_t n = positions.empty() ? snap.rowCount() : std::int64_t(positions.size());
            for (std::int64_t i = 0; i < n; ++i) {
                if ((i & 0x3FF) == 0) {
                    if (cancel->load())
                        return Changes();
                    progress(i, n);
                }
                const std::int64_t pos = positions.empty() ? i : positions[std::size_t(i)];
                QByteArray after = td::applyWeightRule(snap.rowView(pos), rule);
                if (!after.isEmpty())
                    changes->push_back({pos, std::move(after)});
            }
            return changes;
        },
        [this](qint64 done, qint64 total) { emit workProgress(done, total, tr("Applying weights")); },
        [this, rule](Changes changes) {
            if (!changes)
                return; // cancelled
            const qint64 count = qint64(changes->size());
            if (count > 0)
                m_undo->push(new BulkReplaceCommand(m_doc, std::move(*changes),
                                                    weightRuleName(rule) + tr(" (%n row(s))", nullptr, int(count))));
            emit bulkFinished(count);
        });
}

void DatasetSession::startSearch(const SearchQuery& query)
{
    // Shared: QFuture needs a default-constructible result, which Result<T> is not.
    using Found = std::shared_ptr<Result<SearchResult>>;
    startWork<Found>(
        [query](const DocumentSnapshot& snap, const std::atomic_bool* cancel, const Progress& progress) {
            auto report = [&progress](std::int64_t done, std::int64_t total) {
                if ((done & 0xFFFF) == 0 || done == total)
                    progress(done, total);
            };
            return std::make_shared<Result<SearchResult>>(searchRows(snap, query, report, cancel));
        },
        [this](qint64 done, qint64 total) { emit searchProgress(done, total); },
        [this](const Found& found) {
            const Result<SearchResult>& result = *found;
            if (result)
                emit searchFinished(result->rows);
            else if (!result.error().isCancelled())
                emit searchFailed(result.error());
        });
}

} // namespace td
