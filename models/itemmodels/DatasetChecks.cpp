#include "itemmodels/DatasetChecks.h"

#include "core/Worker.h"
#include "curation/PiiRedaction.h"
#include "dataset/DatasetDocument.h"
#include "itemmodels/BulkReplaceCommand.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/ProblemsModel.h"
#include "itemmodels/RemoveRowsCommand.h"
#include "itemmodels/SetLineEndsCommand.h"
#include "validate/CheckProfile.h"
#include "validate/QuickFix.h"
#include "validate/SnapshotParity.h"

#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <variant>

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
        } else if (c.kind != DocumentChange::Kind::RowsAppended) {
            // Together's verdict was about the rows before this change: until the run after
            // it, it is no verdict on the file (an undo that brought back an error showed
            // "would accept" beside "1 error" for the pause).
            if (m_verdictCurrent) {
                m_verdictCurrent = false;
                emit verdictOutdated();
            }
            // Edited rows are checked at once, on their own; the whole file (duplicates,
            // formats, Together's verdict) follows after a pause in typing.
            if (c.kind == DocumentChange::Kind::RowsChanged && c.count <= 64)
                recheckRows(c.first, c.count);
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

namespace {
// Findings about the whole file a row's own check cannot redo: they stay until the full run.
bool isDatasetLevel(ProblemKind k)
{
    return k == ProblemKind::MixedFormat || k == ProblemKind::DuplicateRow || k == ProblemKind::Crlf ||
           k == ProblemKind::TooLong;
}
} // namespace

void DatasetChecks::recheckRows(std::int64_t first, std::int64_t count)
{
    DatasetDocument* doc = m_session->document();
    // A copy shares the stored problems; only the blocks holding these rows are rewritten.
    LintProblemStore problems = m_problems->problems();
    LintProblemStore fresh;
    LintOptions options;
    options.profile = m_profile;
    const std::int64_t last = first + count;
    for (std::int64_t row = first; row < last && row < doc->rowCount(); ++row)
        lintRowInto(doc->rowView(row), row, options, fresh);
    problems.setLocator(doc->snapshot());
    problems.replaceRows(first, last, &isDatasetLevel, fresh);
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

void DatasetChecks::setCheckProfile(CheckProfile profile)
{
    if (profile == m_checkProfile)
        return;
    m_checkProfile = profile;
    saveCheckProfile(profile);
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

bool DatasetChecks::isCheckPending() const
{
    return m_running || m_rerun->isActive();
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
    const CheckProfile checkProfile = m_checkProfile;
    // What the worker ends with: the lint's problems or an error; null when cancelled.
    using Outcome = std::shared_ptr<std::variant<Error, LintResult>>;
    QPointer<DatasetChecks> self(this);
    auto work = [self, snap, path, options, parityOptions, gen, cancel, checkProfile,
                 facts = m_parityFacts]() -> Outcome {
        (void)cancel; // held for options.cancel
        // Together's verdict first: it is about what would be uploaded (the rows as they are
        // now, under the name the saved file would have), checked in memory, and after an
        // edit only the edited rows are parsed again. It is shown at once (posted here) while
        // the lint goes on. No result is shown from a file that changed while it was read: an
        // error instead.
        QString name = path.isEmpty() ? QStringLiteral("dataset.jsonl") : path;
        if (name.endsWith(QLatin1String(".zst")))
            name.chop(4);
        Result<ParityReport> verdict = checkSnapshot(checkProfile, snap, name, *facts, parityOptions);
        if (cancel->load())
            return nullptr;
        if (!verdict)
            return std::make_shared<std::variant<Error, LintResult>>(verdict.error());
        auto parity = std::make_shared<ParityReport>(std::move(*verdict));
        QMetaObject::invokeMethod(
            self.data(),
            [self, parity, gen, checkProfile] {
                if (!self || gen != self->m_generation)
                    return;
                self->m_failure.reset();
                self->m_parity = *parity;
                self->m_verdictProfile = checkProfile;
                self->m_verdictCurrent = true;
                emit self->verdictChanged();
            },
            Qt::QueuedConnection);
        LintResult lint = lintSnapshot(snap, options);
        if (lint.cancelled)
            return nullptr;
        if (auto unchanged = snap.checkUnchanged(); !unchanged)
            return std::make_shared<std::variant<Error, LintResult>>(unchanged.error());
        return std::make_shared<std::variant<Error, LintResult>>(std::move(lint));
    };
    m_work.append(QFuture<void>(runInBackground(this, std::move(work), [this, gen](const Outcome& outcome) {
        if (!outcome || gen != m_generation)
            return;
        m_running = false;
        if (auto* e = std::get_if<Error>(outcome.get())) {
            m_failure = *e;
            m_parity.reset();
            m_problems->setProblems({});
        } else {
            m_problems->setProblems(std::move(std::get<LintResult>(*outcome).problems));
        }
        emit finished();
    })));
}

std::vector<std::int64_t> DatasetChecks::rowsWithProblems(bool errorsOnly) const
{
    std::vector<std::int64_t> rows;
    m_problems->problems().forEach(0, [&](std::size_t, std::int64_t row, ProblemKind k) {
        if (!errorsOnly || kindInfo(k).severity == Severity::Error)
            if (rows.empty() || rows.back() != row)
                rows.push_back(row);
        return true;
    });
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

int DatasetChecks::applyFixes(const std::vector<FixTarget>& targets, const QString& undoText)
{
    DatasetDocument* doc = m_session->document();
    static_assert(unsigned(FixKind::RedactPersonalData) < 16, "a row's fixes are a bit mask of 16");
    // Targets come from the store in row order (sorted here otherwise); a row's fixes are a bit
    // mask applied in FixKind order, so a million rows to fix cost their numbers, not a tree.
    std::vector<FixTarget> sorted;
    const std::vector<FixTarget>* list = &targets;
    const auto byRow = [](const FixTarget& a, const FixTarget& b) { return a.row < b.row; };
    if (!std::is_sorted(targets.begin(), targets.end(), byRow)) {
        sorted = targets;
        std::stable_sort(sorted.begin(), sorted.end(), byRow);
        list = &sorted;
    }
    std::vector<BulkReplaceCommand::Change> changes;
    std::vector<std::int64_t> deletions;
    bool lineEnds = false;
    for (std::size_t i = 0; i < list->size();) {
        const std::int64_t row = (*list)[i].row;
        unsigned kinds = 0;
        std::uint32_t personalData = 0;
        int redactions = 0;
        std::optional<RowPiiFinding> only; // one finding alone, when that is all the row's redaction asks
        for (; i < list->size() && (*list)[i].row == row; ++i)
            if ((*list)[i].fix != FixKind::None) {
                kinds |= 1u << unsigned((*list)[i].fix);
                if ((*list)[i].fix == FixKind::RedactPersonalData) {
                    personalData |= (*list)[i].personalData;
                    only = ++redactions == 1 ? (*list)[i].onlyFinding : std::nullopt;
                }
            }
        if (kinds == 0 || row < 0 || row >= doc->rowCount())
            continue;
        const auto has = [kinds](FixKind k) { return (kinds & (1u << unsigned(k))) != 0; };
        lineEnds = lineEnds || has(FixKind::NormalizeLineEnds);
        if (has(FixKind::DeleteRow)) {
            deletions.push_back(row);
            continue;
        }
        QByteArray bytes = doc->row(row);
        bool changed = false;
        for (unsigned k = 0; k < 16; ++k) {
            if (!has(FixKind(k)))
                continue;
            if (FixKind(k) == FixKind::RedactPersonalData) {
                // Only the kinds asked for (applyFix would replace every kind in the row).
                QByteArray redacted = redactRow(bytes, RedactTarget{personalData, only});
                if (!redacted.isEmpty()) {
                    bytes = std::move(redacted);
                    changed = true;
                }
                continue;
            }
            const FixOutcome o = applyFix(bytes, FixKind(k));
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
