#include "dataset/DatasetDocument.h"

#include "core/Worker.h"

#include "core/Logging.h"
#include "dataset/DatasetWriter.h"
#include "dataset/LineScanner.h"
#include "dataset/RegularFile.h"
#include "dataset/ZstdDecompressor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <unistd.h>

#include <variant>

namespace td {
namespace {

// The first rows must appear at once, so the first batch is small; later batches are
// posted at most every 40 ms to keep the GUI thread's share of indexing negligible.
constexpr std::size_t kFirstChunk = 256 * 1024;
constexpr std::size_t kChunk = 8 * 1024 * 1024;
constexpr qint64 kBatchIntervalMs = 40;

// A quarter of the computer's memory by default: beyond that the index alone would crowd
// out everything else.
std::uint64_t defaultIndexLimit()
{
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages <= 0 || pageSize <= 0)
        return std::uint64_t(4) << 30;
    return std::uint64_t(pages) * std::uint64_t(pageSize) / 4;
}

// Nor may the index outgrow the file itself (64 MiB for small files): that takes lines of
// under 8 bytes on average, i.e. mostly blank lines, which is what a zstd bomb expands to.
std::uint64_t indexLimitFor(std::uint64_t configured, std::uint64_t fileSize)
{
    return std::min(configured, std::max<std::uint64_t>(std::uint64_t(64) << 20, fileSize));
}

} // namespace

DatasetDocument::DatasetDocument(QObject* parent)
    : QObject(parent)
    , m_indexMemoryLimit(defaultIndexLimit())
{
    qRegisterMetaType<td::DocumentChange>();
    qRegisterMetaType<td::Error>();
}

DatasetDocument::~DatasetDocument()
{
    stopWorker();
    if (m_saveCancel)
        m_saveCancel->store(true);
    m_saveWorker.waitForFinished();
}

void DatasetDocument::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    m_worker.waitForFinished();
    ++m_generation;
}

void DatasetDocument::close()
{
    stopWorker();
    if (m_saving) {
        m_saveCancel->store(true);
        m_saveWorker.waitForFinished();
        m_saving = false;
    }
    // Closing means the edits were saved or deliberately dropped: no recovery is owed.
    if (m_journal)
        m_journal->discard();
    m_journal.reset();
    delete m_watcher;
    m_watcher = nullptr;
    m_file.reset();
    m_starts.reset();
    m_order.reset();
    m_contents.reset();
    m_savedContents.reset();
    m_nextNewId = kFirstNewRowId;
    m_path.clear();
    m_compressed = false;
    m_eol = QByteArrayLiteral("\n");
    m_identity = FileIdentity{};
    m_modifiedInPlace = false;
    m_normalizeLineEnds = false;
    m_state = State::Empty;
    setEdited(false);
    emit changed({DocumentChange::Kind::Reset});
}

void DatasetDocument::newEmpty()
{
    close();
    m_starts = std::make_shared<LineStarts>(1, 0);
    m_state = State::Ready;
    emit changed({DocumentChange::Kind::Reset});
    emit opened();
    emit indexingFinished();
}

void DatasetDocument::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    // A FIFO or a device is refused before anything opens it (opening a FIFO would block;
    // FileIdentity and looksLikeZstd below open the file).
    if (auto regular = requireRegularFile(m_path); !regular) {
        const quint64 gen = ++m_generation;
        m_state = State::Failed;
        QMetaObject::invokeMethod(
            this, [this, e = regular.error(), gen] { onFailed(e, gen); }, Qt::QueuedConnection);
        return;
    }
    m_compressed = info.suffix().compare(QStringLiteral("zst"), Qt::CaseInsensitive) == 0 || looksLikeZstd(m_path);
    m_identity = FileIdentity::of(m_path);
    m_state = State::Loading;
    m_journal = std::make_unique<EditJournal>(m_path);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 gen = ++m_generation;
    m_indexStart = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer clock;
    clock.start();

    const QString filePath = m_path;
    const bool compressed = m_compressed;
    auto cancel = m_cancel;
    const ZstdLimits limits = m_decompressLimits;
    const std::uint64_t indexLimit = m_indexMemoryLimit;
    // How the worker ends: the last lines it found, or an error; null when cancelled. What it
    // finds on the way (the mapping, the first rows, progress) is posted as it goes, so rows
    // show before the index is complete.
    using End = std::variant<Error, std::vector<std::uint64_t>>;
    auto work = [this, filePath, compressed, gen, cancel, clock, limits, indexLimit]() -> std::shared_ptr<End> {
        auto post = [this](auto fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); };
        auto fail = [](const Error& e) { return std::make_shared<End>(e); };

        std::shared_ptr<const MappedFile> file;
        if (compressed) {
            auto progress = [&](const ZstdProgress& p) {
                // The decompressed size when the frame states it, else how much was read.
                const bool known = p.expectedSize > 0;
                const qint64 done = qint64(known ? p.written : p.compressedRead);
                const qint64 total = qint64(known ? p.expectedSize : p.compressedTotal);
                const QString phase =
                    known ? tr("Decompressing (%1)").arg(QLocale().formattedDataSize(qint64(p.expectedSize)))
                          : tr("Decompressing (%1 so far)").arg(QLocale().formattedDataSize(qint64(p.written)));
                post([this, done, total, phase, gen] {
                    if (gen == m_generation)
                        emit loadProgress(done, total, phase);
                });
            };
            auto decompressed = decompressToTemporary(filePath, limits, progress, cancel.get());
            if (!decompressed) {
                return fail(decompressed.error());
            }
            file = *decompressed;
        } else {
            auto mapped = MappedFile::open(filePath);
            if (!mapped) {
                return fail(mapped.error());
            }
            file = *mapped;
        }
        post([this, file, gen] { onMapped(file, gen); });

        file->adviseSequential();
        const char* data = file->data();
        const std::size_t size = file->size();
        std::vector<std::uint64_t> batch;
        std::size_t pos = 0;
        qint64 lastPost = -kBatchIntervalMs;
        bool first = true;
        std::uint64_t lines = 0;
        const std::uint64_t limit = indexLimitFor(indexLimit, size);
        while (pos < size) {
            if (cancel->load(std::memory_order_relaxed))
                return nullptr;
            const std::size_t end = std::min(size, pos + (first ? kFirstChunk : kChunk));
            const std::size_t before = batch.size();
            scanLineStarts(data, pos, end, batch);
            lines += batch.size() - before;
            pos = end;
            // The index takes 8 bytes a line: a file of mostly empty lines would need 8 times
            // its size in memory. Refused before that.
            if (lines * sizeof(std::uint64_t) > limit) {
                return fail(Error::make(
                    Error::Code::Unsupported,
                    tr("%1 has too many lines to open: more than %L2 in the first %3, and indexing them "
                       "would need more than %4 of memory. A dataset's rows are not that short; is it "
                       "mostly blank lines?")
                        .arg(filePath)
                        .arg(lines)
                        .arg(QLocale().formattedDataSize(qint64(pos)), QLocale().formattedDataSize(qint64(limit)))));
            }
            if (first || clock.elapsed() - lastPost >= kBatchIntervalMs) {
                lastPost = clock.elapsed();
                first = false;
                post([this, b = std::move(batch), gen]() mutable { onLinesFound(std::move(b), false, gen); });
                batch = {};
                post([this, pos, size, gen] {
                    if (gen == m_generation)
                        emit loadProgress(qint64(pos), qint64(size), tr("Indexing"));
                });
            }
        }
        if (size > 0 && (batch.empty() ? true : batch.back() != size)) {
            // An unterminated last line is a row too. Whether the previous batches ended
            // exactly at `size` is checked on the GUI thread, which has them all.
            batch.push_back(size);
        }
        return std::make_shared<End>(std::move(batch));
    };
    m_worker = QFuture<void>(runInBackground(this, std::move(work), [this, gen](const std::shared_ptr<End>& end) {
        if (!end)
            return; // cancelled
        if (const auto* e = std::get_if<Error>(end.get()))
            onFailed(*e, gen);
        else
            onLinesFound(std::get<std::vector<std::uint64_t>>(*end), true, gen);
    }));
}

void DatasetDocument::onMapped(std::shared_ptr<const MappedFile> file, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_file = std::move(file);
    m_starts = std::make_shared<LineStarts>(1, 0);
    m_state = State::Indexing;
    watch(m_path);
    emit changed({DocumentChange::Kind::Reset});
    emit opened();
}

void DatasetDocument::onLinesFound(std::vector<std::uint64_t> starts, bool last, quint64 generation)
{
    if (generation != m_generation)
        return;
    LineStarts& s = mutableStarts();
    const std::int64_t before = rowCount();
    if (s.size() == 1 && !starts.empty() && m_file && m_file->size() > 0) {
        // Reserve for the whole file from the first batch's average line length, so growth
        // does not hold two copies of a big index at once.
        const double avg = double(starts.back()) / double(starts.size());
        const double estimate = double(m_file->size()) / std::max(avg, 1.0) * 1.1 + 16;
        const double most = double(indexLimitFor(m_indexMemoryLimit, m_file->size()) / sizeof(std::uint64_t) + 16);
        s.reserve(std::size_t(std::min(estimate, most)));
        const QByteArrayView firstLine = m_file->view(0, starts.front());
        if (firstLine.endsWith("\r\n"))
            m_eol = QByteArrayLiteral("\r\n");
        else if (firstLine.endsWith('\r'))
            m_eol = QByteArrayLiteral("\r"); // old Mac line ends: new rows keep the file's style
    }
    for (std::uint64_t off : starts)
        if (off != s.back())
            s.push_back(off);
    const std::int64_t added = std::int64_t(s.size() - 1) - (m_order ? std::int64_t(m_order->size()) : before);
    if (m_order && added > 0) {
        RowOrder& order = mutableOrder();
        for (std::size_t id = s.size() - 1 - std::size_t(added); id < s.size() - 1; ++id)
            order.push_back(id);
    }
    if (added > 0)
        emit changed({DocumentChange::Kind::RowsAppended, before, added});
    if (last) {
        m_state = State::Ready;
        m_indexMs = QDateTime::currentMSecsSinceEpoch() - m_indexStart;
        if (m_file)
            m_file->adviseRandom();
        qCDebug(lcDataset) << "indexed" << rowCount() << "rows in" << m_indexMs << "ms";
        emit indexingFinished();
    }
}

void DatasetDocument::onFailed(const Error& error, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_state = State::Failed;
    emit loadFailed(error);
}

bool DatasetDocument::waitForIndexed(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (isIndexing() && t.elapsed() < timeoutMs) {
        QCoreApplication::sendPostedEvents(this);
        if (isIndexing())
            QThread::msleep(1);
    }
    return m_state == State::Ready;
}

std::int64_t DatasetDocument::rowCount() const
{
    if (m_order)
        return std::int64_t(m_order->size());
    return m_starts ? std::int64_t(m_starts->size()) - 1 : 0;
}

RowId DatasetDocument::rowId(std::int64_t pos) const
{
    return m_order ? (*m_order)[std::size_t(pos)] : RowId(pos);
}

std::int64_t DatasetDocument::positionOf(RowId id) const
{
    if (!m_order)
        return id < RowId(rowCount()) ? std::int64_t(id) : -1;
    auto it = std::find(m_order->begin(), m_order->end(), id);
    return it == m_order->end() ? -1 : std::int64_t(it - m_order->begin());
}

QByteArrayView DatasetDocument::originalRow(RowId id) const
{
    const auto& s = *m_starts;
    return stripLineEnd(m_file->view(s[std::size_t(id)], s[std::size_t(id) + 1]));
}

QByteArrayView DatasetDocument::rowView(std::int64_t pos) const
{
    const RowId id = rowId(pos);
    if (m_contents) {
        auto it = m_contents->find(id);
        if (it != m_contents->end())
            return it->second;
    }
    return originalRow(id);
}

bool DatasetDocument::isRowEdited(std::int64_t pos) const
{
    const RowId id = rowId(pos);
    const auto find = [id](const auto& contents) -> const QByteArray* {
        if (!contents)
            return nullptr;
        const auto it = contents->find(id);
        return it == contents->end() ? nullptr : &it->second;
    };
    const QByteArray* now = find(m_contents);
    const QByteArray* saved = find(m_savedContents);
    if (!now && !saved)
        return id >= kFirstNewRowId && !m_savedContents;
    // Either side alone: the row is the opened file's on one side only (an undo after a save).
    return !now || !saved || *now != *saved;
}

DocumentSnapshot DatasetDocument::snapshot() const
{
    DocumentSnapshot s;
    s.file = m_file;
    s.starts = m_starts;
    s.order = m_order;
    s.contents = m_contents;
    s.eol = m_eol;
    s.normalizeLineEnds = m_normalizeLineEnds;
    return s;
}

LineStarts& DatasetDocument::mutableStarts()
{
    if (!m_starts)
        m_starts = std::make_shared<LineStarts>(1, 0);
    else if (m_starts.use_count() > 1)
        m_starts = std::make_shared<LineStarts>(*m_starts);
    return *m_starts;
}

RowOrder& DatasetDocument::mutableOrder()
{
    if (!m_order) {
        auto order = std::make_shared<RowOrder>(std::size_t(rowCount()));
        for (std::size_t i = 0; i < order->size(); ++i)
            (*order)[i] = i;
        m_order = std::move(order);
    } else if (m_order.use_count() > 1) {
        m_order = std::make_shared<RowOrder>(*m_order);
    }
    return *m_order;
}

RowContents& DatasetDocument::mutableContents()
{
    if (!m_contents)
        m_contents = std::make_shared<RowContents>();
    else if (m_contents.use_count() > 1)
        m_contents = std::make_shared<RowContents>(*m_contents);
    return *m_contents;
}

namespace {
// A row is one line: line breaks between JSON tokens are whitespace, so they become spaces.
QByteArray oneLine(QByteArray bytes)
{
    if (bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('\n', ' ');
        bytes.replace('\r', ' ');
    }
    return bytes;
}
} // namespace

QByteArray DatasetDocument::replaceRow(std::int64_t pos, const QByteArray& content)
{
    const RowId id = rowId(pos);
    QByteArray previous = rowView(pos).toByteArray();
    const QByteArray bytes = oneLine(content);
    RowContents& contents = mutableContents();
    if (id < kFirstNewRowId && originalRow(id) == bytes)
        contents.erase(id);
    else
        contents[id] = bytes;
    journal({JournalOp::Kind::Replace, pos, 0, {bytes}});
    emit changed({DocumentChange::Kind::RowsChanged, pos, 1});
    return previous;
}

std::optional<QByteArray> DatasetDocument::editedContent(std::int64_t pos) const
{
    const RowId id = rowId(pos);
    if (m_contents) {
        auto it = m_contents->find(id);
        if (it != m_contents->end())
            return it->second;
    }
    return std::nullopt;
}

void DatasetDocument::restoreOriginal(std::int64_t pos)
{
    const RowId id = rowId(pos);
    if (id >= kFirstNewRowId || !m_contents || !m_contents->count(id))
        return;
    mutableContents().erase(id);
    journal({JournalOp::Kind::Replace, pos, 0, {originalRow(id).toByteArray()}});
    emit changed({DocumentChange::Kind::RowsChanged, pos, 1});
}

QList<RowId> DatasetDocument::insertRows(std::int64_t pos, const QList<QByteArray>& rows)
{
    QList<RowId> ids;
    ids.reserve(rows.size());
    RowContents& contents = mutableContents();
    for (const QByteArray& r : rows) {
        const RowId id = m_nextNewId++;
        contents[id] = oneLine(r);
        ids.append(id);
    }
    insertRowIds(pos, ids);
    return ids;
}

void DatasetDocument::insertRowIds(std::int64_t pos, const QList<RowId>& ids)
{
    if (ids.isEmpty())
        return;
    RowOrder& order = mutableOrder();
    order.insert(order.begin() + pos, ids.begin(), ids.end());
    JournalOp op{JournalOp::Kind::Insert, pos, 0, {}};
    for (qsizetype i = 0; i < ids.size(); ++i)
        op.rows.append(rowView(pos + i).toByteArray());
    journal(std::move(op));
    emit changed({DocumentChange::Kind::RowsInserted, pos, std::int64_t(ids.size())});
}

QList<RowId> DatasetDocument::removeRows(std::int64_t pos, std::int64_t count)
{
    QList<RowId> ids;
    if (count <= 0)
        return ids;
    RowOrder& order = mutableOrder();
    ids.reserve(count);
    for (std::int64_t i = 0; i < count; ++i)
        ids.append(order[std::size_t(pos + i)]);
    order.erase(order.begin() + pos, order.begin() + pos + count);
    journal({JournalOp::Kind::Remove, pos, count, {}});
    emit changed({DocumentChange::Kind::RowsRemoved, pos, count});
    return ids;
}

void DatasetDocument::moveRow(std::int64_t from, std::int64_t to)
{
    if (from == to)
        return;
    RowOrder& order = mutableOrder();
    const RowId id = order[std::size_t(from)];
    order.erase(order.begin() + from);
    order.insert(order.begin() + to, id);
    journal({JournalOp::Kind::Move, from, to, {}});
    emit changed({DocumentChange::Kind::RowMoved, from, 1, to});
}

void DatasetDocument::setNormalizeLineEnds(bool on)
{
    if (on == m_normalizeLineEnds)
        return;
    m_normalizeLineEnds = on;
    journal({JournalOp::Kind::LineEnds, 0, on ? 1 : 0, {}});
    emit changed({DocumentChange::Kind::RowsChanged, 0, rowCount()});
}

void DatasetDocument::journal(JournalOp op)
{
    setEdited(true);
    if (!m_journal)
        return;
    if (!m_journal->isActive()) {
        if (auto r = m_journal->begin(m_identity); !r) {
            emit journalError(r.error());
            return;
        }
    }
    if (auto r = m_journal->append(op); !r)
        emit journalError(r.error());
}

void DatasetDocument::setEdited(bool edited)
{
    if (m_edited == edited)
        return;
    m_edited = edited;
    emit editedChanged(edited);
}

void DatasetDocument::markClean()
{
    if (m_journal)
        m_journal->discard();
    setEdited(false);
}

bool DatasetDocument::isUnchangedOnDisk() const
{
    return FileIdentity::of(m_path).sameContent(m_identity);
}

void DatasetDocument::save(const QString& path, bool force)
{
    if (m_saving) {
        emit saveFailed(Error::make(Error::Code::Io, tr("A save is already in progress")));
        return;
    }
    if (isIndexing()) {
        emit saveFailed(Error::make(Error::Code::Io, tr("The file is still being read; save when it is done")));
        return;
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    // Another file is written from the rows as shown (as an export is); only the rewritten
    // file itself is not saved over.
    if (m_modifiedInPlace && target == m_path) {
        emit saveFailed(Error::make(Error::Code::Changed,
                                    tr("%1 was rewritten by another program while it was open, so the rows shown may "
                                       "no longer be the ones opened. Reload it (File > Reload keeps your edits) "
                                       "or save under another name.")
                                        .arg(m_path)));
        return;
    }
    if (!force && target == m_path && !m_path.isEmpty() && !isUnchangedOnDisk()) {
        emit saveFailed(
            Error::make(Error::Code::Changed, tr("%1 was changed by another program since it was opened").arg(target)));
        return;
    }
    m_saving = true;
    m_saveCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_saveCancel;
    const DocumentSnapshot snap = snapshot();
    using Outcome = std::shared_ptr<Result<WriteOutcome>>;
    m_saveWorker = QFuture<void>(runInBackground(
        this,
        [this, snap, target, cancel] {
            auto progress = [this](std::uint64_t done, std::uint64_t total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit saveProgress(qint64(done), qint64(total)); },
                    Qt::QueuedConnection);
            };
            return std::make_shared<Result<WriteOutcome>>(
                writeDataset(snap, target, WriteOptions{}, progress, cancel.get()));
        },
        [this, target](const Outcome& result) {
            m_saving = false;
            if (*result) {
                markSaved(target);
                emit saved(target);
            } else {
                emit saveFailed(result->error());
            }
        }));
}

void DatasetDocument::cancelSave()
{
    if (m_saveCancel)
        m_saveCancel->store(true);
}

void DatasetDocument::markSaved(const QString& path)
{
    // The mapping keeps the file as it was opened (the old inode stays alive after the
    // rename), and the overlay still describes the rows relative to it, so nothing is
    // re-read: the file on disk simply becomes the new base for change detection and the
    // journal.
    const QString abs = QFileInfo(path).absoluteFilePath();
    if (m_journal)
        m_journal->discard();
    m_path = abs;
    m_compressed = abs.endsWith(QStringLiteral(".zst"), Qt::CaseInsensitive);
    m_identity = FileIdentity::of(abs);
    m_journal = std::make_unique<EditJournal>(abs);
    m_savedContents = m_contents; // shared: the next edit copies the overlay first
    setEdited(false);
    watch(abs);
}

void DatasetDocument::watch(const QString& path)
{
    delete m_watcher;
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(path);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DatasetDocument::onFileChanged);
}

void DatasetDocument::onFileChanged()
{
    // Editors and our own save replace files by renaming, which ends the watch: watch again.
    if (m_watcher && QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    if (m_saving || m_path.isEmpty())
        return;
    const FileIdentity now = FileIdentity::of(m_path);
    if (now.sameContent(m_identity))
        return;
    if (now.isValid() && now.inode == m_identity.inode && !m_compressed)
        m_modifiedInPlace = true;
    emit changedOnDisk();
}

std::optional<EditJournal::Recovered> DatasetDocument::pendingRecovery() const
{
    if (m_path.isEmpty())
        return std::nullopt;
    auto rec = EditJournal::read(m_path);
    if (!rec || !rec->base.sameContent(m_identity))
        return std::nullopt;
    return rec;
}

Result<void> DatasetDocument::checkRecovery(const EditJournal::Recovered& recovered) const
{
    if (isIndexing())
        return Error::make(Error::Code::Internal, tr("Cannot recover edits before the file is read"));
    // Check every op against the row count it will meet before applying any of them.
    std::int64_t n = rowCount();
    for (const JournalOp& op : recovered.ops) {
        const bool valid =
            op.pos >= 0 &&
            ((op.kind == JournalOp::Kind::Replace && op.pos < n && op.rows.size() == 1) ||
             (op.kind == JournalOp::Kind::Insert && op.pos <= n) ||
             // Not pos + arg <= n: a damaged journal's count can overflow the sum.
             (op.kind == JournalOp::Kind::Remove && op.arg >= 0 && op.pos <= n && op.arg <= n - op.pos) ||
             (op.kind == JournalOp::Kind::Move && op.pos < n && op.arg >= 0 && op.arg < n) ||
             op.kind == JournalOp::Kind::LineEnds);
        if (!valid)
            return Error::make(Error::Code::Corrupt, tr("The edit journal does not fit this file; it was not applied"));
        if (op.kind == JournalOp::Kind::Insert)
            n += op.rows.size();
        else if (op.kind == JournalOp::Kind::Remove)
            n -= op.arg;
    }
    return {};
}

Result<void> DatasetDocument::applyRecovery(const EditJournal::Recovered& recovered)
{
    if (auto fits = checkRecovery(recovered); !fits)
        return fits;
    for (const JournalOp& op : recovered.ops) {
        switch (op.kind) {
        case JournalOp::Kind::Replace:
            replaceRow(op.pos, op.rows.front());
            break;
        case JournalOp::Kind::Insert:
            insertRows(op.pos, op.rows);
            break;
        case JournalOp::Kind::Remove:
            removeRows(op.pos, op.arg);
            break;
        case JournalOp::Kind::Move:
            moveRow(op.pos, op.arg);
            break;
        case JournalOp::Kind::LineEnds:
            setNormalizeLineEnds(op.arg != 0);
            break;
        }
    }
    return {};
}

QList<JournalOp> DatasetDocument::unsavedEdits() const
{
    if (m_path.isEmpty() || !m_edited)
        return {};
    auto rec = EditJournal::read(m_path);
    return rec ? rec->ops : QList<JournalOp>{};
}

DatasetDocument::Reapplied DatasetDocument::reapplyEdits(const QList<JournalOp>& ops)
{
    Reapplied out;
    if (isIndexing())
        return {0, int(ops.size())};
    for (const JournalOp& op : ops) {
        const std::int64_t n = rowCount();
        bool fits = op.pos >= 0;
        switch (op.kind) {
        case JournalOp::Kind::Replace:
            fits = fits && op.pos < n && op.rows.size() == 1;
            if (fits)
                replaceRow(op.pos, op.rows.front());
            break;
        case JournalOp::Kind::Insert:
            fits = fits && op.pos <= n;
            if (fits)
                insertRows(op.pos, op.rows);
            break;
        case JournalOp::Kind::Remove:
            fits = fits && op.arg >= 0 && op.pos <= n && op.arg <= n - op.pos;
            if (fits)
                removeRows(op.pos, op.arg);
            break;
        case JournalOp::Kind::Move:
            fits = fits && op.pos < n && op.arg >= 0 && op.arg < n;
            if (fits)
                moveRow(op.pos, op.arg);
            break;
        case JournalOp::Kind::LineEnds:
            fits = true;
            setNormalizeLineEnds(op.arg != 0);
            break;
        }
        ++(fits ? out.applied : out.skipped);
    }
    return out;
}

void DatasetDocument::discardRecovery()
{
    if (!m_path.isEmpty())
        EditJournal::remove(m_path);
}

} // namespace td
