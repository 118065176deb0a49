#include "itemmodels/DatasetChecks.h"

#include "dataset/DatasetDocument.h"
#include "itemmodels/BulkReplaceCommand.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/ProblemsModel.h"
#include "itemmodels/RemoveRowsCommand.h"
#include "itemmodels/SetLineEndsCommand.h"
#include "validate/QuickFix.h"
#include "validate/SnapshotParity.h"

#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <set>

namespace td {

DatasetChecks::DatasetChecks(DatasetSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_problems(new ProblemsModel(this))
    , m_rerun(new QTimer(this))
{
    m_rerun->setSingleShot(true);
    m_rerun->setInterval(1200);
    connect(m_rerun, &QTimer::timeout, this, &DatasetChecks::run);
    DatasetDocument* doc = session->document();
    connect(doc, &DatasetDocument::indexingFinished, this, &DatasetChecks::run);
    connect(doc, &DatasetDocument::changed, this, [this](const DocumentChange& c) {
        if (c.kind == DocumentChange::Kind::Reset) {
            cancel();
            m_parity.reset();
            m_problems->setProblems({});
            emit finished();
        } else if (c.kind == DocumentChange::Kind::RowsChanged && c.count <= 64) {
            // Edited rows are checked at once, on their own; the whole file (duplicates,
            // formats, Together's verdict) follows after a pause in typing.
            recheckRows(c.first, c.count);
            scheduleRun();
        } else if (c.kind != DocumentChange::Kind::RowsAppended) {
            scheduleRun();
        }
    });
    connect(doc, &DatasetDocument::saved, this, &DatasetChecks::scheduleRun);
}

DatasetChecks::~DatasetChecks()
{
    cancel();
    for (QFuture<void>& f : m_work)
        f.waitForFinished();
}

void DatasetChecks::recheckRows(std::int64_t first, std::int64_t count)
{
    DatasetDocument* doc = m_session->document();
    std::vector<LintProblem> problems;
    const auto& old = m_problems->problems();
    problems.reserve(old.size());
    const std::int64_t last = first + count;
    // Dataset-level findings for these rows stay until the full run; row findings are redone.
    for (const LintProblem& p : old)
        if (p.row < first || p.row >= last || p.code == "mixed-format" || p.code == "duplicate-row" ||
            p.code == "crlf" || p.code == "too-long")
            problems.push_back(p);
    LintOptions options;
    options.profile = m_profile;
    for (std::int64_t row = first; row < last && row < doc->rowCount(); ++row) {
        for (LintProblem& p : lintRow(doc->rowView(row), row, options)) {
            const RowId id = doc->rowId(row);
            p.line = id < kFirstNewRowId ? std::int64_t(id) + 1 : -1;
            problems.push_back(std::move(p));
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const LintProblem& a, const LintProblem& b) { return a.row < b.row; });
    m_problems->setProblems(std::move(problems));
    emit rowsRechecked();
}

void DatasetChecks::setProfile(LintProfile profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    run();
}

void DatasetChecks::setContextLength(std::int64_t tokens)
{
    if (tokens == m_contextLength)
        return;
    m_contextLength = tokens;
    scheduleRun();
}

void DatasetChecks::setRerunDelay(int ms)
{
    m_rerun->setInterval(ms);
}

void DatasetChecks::scheduleRun()
{
    if (m_session->document()->state() == DatasetDocument::State::Ready)
        m_rerun->start();
}

void DatasetChecks::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_running = false;
}

void DatasetChecks::run()
{
    DatasetDocument* doc = m_session->document();
    if (doc->state() != DatasetDocument::State::Ready)
        return;
    cancel();
    m_rerun->stop();
    m_running = true;
    m_verdictCurrent = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 gen = m_generation;
    const DocumentSnapshot snap = doc->snapshot();
    const QString path = doc->path();
    LintOptions options;
    options.profile = m_profile;
    options.contextLength = m_contextLength;
    // The worker keeps its own reference: a newer run replaces m_cancel while this one ends.
    auto cancel = m_cancel;
    options.cancel = cancel.get();
    options.progress = [this, gen](std::int64_t done, std::int64_t total) {
        QMetaObject::invokeMethod(
            this,
            [this, gen, done, total] {
                if (gen == m_generation)
                    emit progress(done, total);
            },
            Qt::QueuedConnection);
    };
    emit started();
    m_work.removeIf([](const QFuture<void>& f) { return f.isFinished(); });
    ParityOptions parityOptions;
    parityOptions.cancel = cancel.get();
    m_work.append(QtConcurrent::run([this, snap, path, options, parityOptions, gen, cancel, facts = m_parityFacts]() {
        (void)cancel; // held for options.cancel
        // Together's verdict first: it is about what would be uploaded (the rows as they are
        // now, under the name the saved file would have), checked in memory, and after an
        // edit only the edited rows are parsed again. The lint follows. No result is shown
        // from a file that changed while it was read: an error instead.
        QString name = path.isEmpty() ? QStringLiteral("dataset.jsonl") : path;
        if (name.endsWith(QLatin1String(".zst")))
            name.chop(4);
        Result<ParityReport> verdict = checkSnapshotParity(snap, name, *facts, parityOptions);
        if (cancel->load())
            return;
        auto failed = [this, gen](const Error& e) {
            QMetaObject::invokeMethod(
                this,
                [this, e, gen] {
                    if (gen != m_generation)
                        return;
                    m_running = false;
                    m_failure = e;
                    m_parity.reset();
                    m_problems->setProblems({});
                    emit finished();
                },
                Qt::QueuedConnection);
        };
        if (!verdict) {
            failed(verdict.error());
            return;
        }
        auto parity = std::make_shared<ParityReport>(std::move(*verdict));
        QMetaObject::invokeMethod(
            this,
            [this, parity, gen] {
                if (gen != m_generation)
                    return;
                m_failure.reset();
                m_parity = *parity;
                m_verdictCurrent = true;
                emit verdictChanged();
            },
            Qt::QueuedConnection);
        auto lint = std::make_shared<LintResult>(lintSnapshot(snap, options));
        if (lint->cancelled)
            return;
        if (auto unchanged = snap.checkUnchanged(); !unchanged) {
            failed(unchanged.error());
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, lint, gen] {
                if (gen != m_generation)
                    return;
                m_running = false;
                m_problems->setProblems(std::move(lint->problems));
                emit finished();
            },
            Qt::QueuedConnection);
    }));
}

std::vector<std::int64_t> DatasetChecks::rowsWithProblems(bool errorsOnly) const
{
    std::vector<std::int64_t> rows;
    for (const LintProblem& p : m_problems->problems())
        if (!errorsOnly || p.severity == Severity::Error)
            if (rows.empty() || rows.back() != p.row)
                rows.push_back(p.row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int DatasetChecks::applyFixes(const std::vector<LintProblem>& problems, const QString& undoText)
{
    DatasetDocument* doc = m_session->document();
    std::map<std::int64_t, std::set<FixKind>> byRow;
    for (const LintProblem& p : problems)
        if (p.fix != FixKind::None && p.row < doc->rowCount())
            byRow[p.row].insert(p.fix);
    std::vector<BulkReplaceCommand::Change> changes;
    std::vector<std::int64_t> deletions;
    bool lineEnds = false;
    for (const auto& [row, kinds] : byRow) {
        lineEnds = lineEnds || kinds.count(FixKind::NormalizeLineEnds);
        if (kinds.count(FixKind::DeleteRow)) {
            deletions.push_back(row);
            continue;
        }
        QByteArray bytes = doc->row(row);
        bool changed = false;
        for (FixKind k : kinds) {
            const FixOutcome o = applyFix(bytes, k);
            if (o.action == FixOutcome::Action::Replace) {
                bytes = o.bytes;
                changed = true;
            }
        }
        if (changed)
            changes.push_back({row, bytes});
    }
    const bool setLineEnds = lineEnds && !doc->normalizeLineEnds();
    const int count = int(changes.size() + deletions.size()) + (setLineEnds ? 1 : 0);
    if (count == 0)
        return 0;
    QUndoStack* undo = m_session->undoStack();
    undo->beginMacro(undoText);
    if (setLineEnds)
        undo->push(new SetLineEndsCommand(doc, true, undoText));
    if (!changes.empty())
        undo->push(new BulkReplaceCommand(doc, std::move(changes), undoText));
    if (!deletions.empty())
        undo->push(new RemoveRowsCommand(doc, deletions, undoText));
    undo->endMacro();
    return count;
}

} // namespace td
