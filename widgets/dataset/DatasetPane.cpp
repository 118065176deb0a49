#include "widgets/dataset/DatasetPane.h"

#include "widgets/common/Dialogs.h"

#include "dataset/DatasetDocument.h"
#include "dataset/RowSummary.h"
#include "dataset/SummaryProvider.h"
#include "itemmodels/DatasetSession.h"
#include "itemmodels/DatasetTableModel.h"
#include "widgets/dataset/DatasetTableView.h"
#include "widgets/dataset/FindBar.h"
#include "widgets/dataset/RawJsonEditor.h"
#include "widgets/dataset/RowEditor.h"

#include <QAction>
#include <QDataStream>
#include <QFileInfo>
#include <QHeaderView>
#include <QIODevice>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace td {

DatasetPane::DatasetPane(DatasetSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_find(new FindBar(this))
    , m_table(new DatasetTableView(this))
    , m_rowEditor(new RowEditor(this))
    , m_raw(new RawJsonEditor(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_detailSplit(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("datasetPane"));
    // Ctrl+1 (and coming back to the pane the first time) lands in the table, not in the first
    // field of the bars above it.
    setProperty("tdFirstFocus", QStringLiteral("datasetTableView"));
    m_table->setModel(session->tableModel());
    m_table->setSummaryProvider(session->summaries());
    // The Format column holds its longest word whole in any language ("ungültiges JS…" was cut).
    int formatWidth = 100;
    for (int f = 0; f <= int(RowFormat::Invalid); ++f)
        formatWidth = std::max(formatWidth, m_table->fontMetrics().horizontalAdvance(formatName(RowFormat(f))) + 16);
    for (int s = 0; s < kParseStatusCount; ++s)
        formatWidth = std::max(formatWidth, m_table->fontMetrics().horizontalAdvance(statusName(ParseStatus(s))) + 16);
    m_table->horizontalHeader()->resizeSection(DatasetTableModel::FormatColumn, std::min(formatWidth, 180));
    m_table->horizontalHeader()->resizeSection(DatasetTableModel::RolesColumn, 110);
    m_table->horizontalHeader()->resizeSection(DatasetTableModel::MessagesColumn, 48);
    m_table->horizontalHeader()->resizeSection(DatasetTableModel::WeightsColumn, 70);
    m_table->horizontalHeader()->resizeSection(DatasetTableModel::CharactersColumn, 70);

    m_detailSplit->setObjectName(QStringLiteral("detailSplitter"));
    m_detailSplit->addWidget(m_rowEditor);
    m_detailSplit->addWidget(m_raw);
    m_detailSplit->setStretchFactor(0, 3);
    m_detailSplit->setStretchFactor(1, 2);
    m_detailSplit->setSizes({460, 240});
    m_split->setObjectName(QStringLiteral("datasetSplitter"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_detailSplit);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({700, 560});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_find);
    layout->addWidget(m_split, 1);

    createActions();

    auto edit = [this](qint64 pos, const QByteArray& bytes, const QString& key, const QString& text) {
        m_session->editRow(pos, bytes, key, text);
    };
    connect(m_rowEditor, &RowEditor::editRequested, this, edit);
    connect(m_raw, &RawJsonEditor::editRequested, this, edit);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const std::int64_t pos = currentPosition(); pos >= 0)
            m_chosenRow = pos;
        m_raw->flush();
        syncEditors();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DatasetPane::updateActions);
    // Any change may move or rewrite the selected row: re-read it (editors skip identical bytes).
    connect(m_session->document(), &DatasetDocument::changed, this, [this](const DocumentChange& c) {
        m_chosenRow = positionAfter(c, m_chosenRow);
        // A reopened or reloaded file drops the table's filter: the search's matches and its
        // "3 of 10" went with it, so the find bar says so (its text stays, to search again).
        if (c.kind == DocumentChange::Kind::Reset) {
            m_rowEditor->setSearch(nullptr);
            m_find->showCleared();
        }
        syncEditors();
    });
    connect(m_session->tableModel(), &QAbstractItemModel::modelReset, this, &DatasetPane::syncEditors);

    connect(m_find, &FindBar::searchRequested, this, [this](const SearchQuery& query) {
        m_searchQuery = query;
        m_rerunKeepsRow.reset();
        m_session->startSearch(query);
    });
    // After Undo or Redo the search runs again: the filter's positions follow the edits, but a
    // row put back that matches was not among them until the next Enter. An edit pushed anew
    // changes the stack's count; Undo and Redo only move its index.
    // The stack is the session's child: it empties as the session is destroyed, when the
    // session is no longer one (the guard).
    QUndoStack* undoStack = m_session->undoStack();
    connect(undoStack, &QUndoStack::indexChanged, this,
            [this, stack = undoStack, session = QPointer<DatasetSession>(m_session)](int index) {
                if (!session)
                    return;
                const bool undoOrRedo = stack->count() == m_undoCount && index != m_undoIndex;
                m_undoCount = stack->count();
                m_undoIndex = index;
                const DatasetTableModel* table = m_session->tableModel();
                if (!undoOrRedo || !table->isFiltered() || table->filterOwner() != m_find ||
                    m_searchQuery.text.isEmpty())
                    return;
                m_rerunKeepsRow = m_chosenRow;
                m_session->startSearch(m_searchQuery);
            });
    connect(m_find, &FindBar::clearRequested, this, [this] {
        const std::int64_t pos = currentPosition();
        m_rowEditor->setSearch(nullptr);
        m_session->cancelWork();
        m_session->tableModel()->clearFilter();
        m_find->showCleared();
        selectPosition(pos);
    });
    // Another filter replaced the search's matches (or Show All cleared them): the search's
    // result and its marks go.
    connect(m_session->tableModel(), &DatasetTableModel::filterChanged, this, [this](const QObject* owner) {
        if (owner != m_find) {
            m_find->showCleared();
            m_rowEditor->setSearch(nullptr);
            // The row being read stays chosen when the new filter keeps it (the table's reset
            // left the editors empty, "Select a row", beside a list that still held it).
            if (currentPosition() < 0 && m_chosenRow >= 0 && m_session->tableModel()->rowOf(m_chosenRow) >= 0)
                selectPosition(m_chosenRow);
        }
    });
    connect(m_find, &FindBar::nextRequested, this, [this] { stepMatch(+1); });
    connect(m_find, &FindBar::previousRequested, this, [this] { stepMatch(-1); });
    connect(m_session, &DatasetSession::searchFinished, this, [this](const std::vector<std::int64_t>& rows) {
        const qint64 total = m_session->document()->rowCount();
        m_session->tableModel()->setFilter(rows, m_find);
        m_find->showResult(qint64(rows.size()), total);
        // The matches are marked in the conversation, and the first one is scrolled to (run
        // again after Undo: the row that was chosen stays, if it still matches).
        m_rowEditor->setSearch(std::make_shared<RowMatcher>(m_searchQuery));
        const std::optional<std::int64_t> keep = std::exchange(m_rerunKeepsRow, std::nullopt);
        if (keep && *keep >= 0 && m_session->tableModel()->rowOf(*keep) >= 0) {
            selectPosition(*keep);
            return;
        }
        if (!rows.empty()) {
            chooseRow(0);
            m_rowEditor->revealMatch();
        }
    });
    connect(m_session, &DatasetSession::searchFailed, this, [this](const Error& e) {
        m_rerunKeepsRow.reset();
        m_find->showError(e.message);
    });
    connect(m_session, &DatasetSession::searchProgress, m_find, &FindBar::showProgress);
    connect(m_session, &DatasetSession::bulkFinished, this,
            [this](qint64 n) { emit statusMessage(tr("%n row(s) changed", nullptr, int(n)), 5000); });
    updateActions();
}

QString DatasetPane::showAllHint()
{
    return tr(" (Show All Rows: %1)")
        .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A).toString(QKeySequence::NativeText));
}

void DatasetPane::addBarAboveTable(QWidget* bar)
{
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->indexOf(m_split), bar);
}

void DatasetPane::createActions()
{
    struct Spec
    {
        Action id;
        const char* name;
        QString text;
        QKeySequence key;
        QString tip;
    };
    const Spec specs[] = {
        {Action::Find, "actionFind", tr("&Find…"), QKeySequence::Find, tr("Search every row")},
        {Action::FindNext, "actionFindNext", tr("Find &Next"), QKeySequence::FindNext, tr("Next matching row")},
        {Action::FindPrevious, "actionFindPrevious", tr("Find Pre&vious"), QKeySequence::FindPrevious,
         tr("Previous matching row")},
        {Action::ShowAll, "actionShowAll", tr("Show &All Rows"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         tr("Clear the search filter")},
        {Action::NextRow, "actionNextRow", tr("Ne&xt Row"), QKeySequence(Qt::ALT | Qt::Key_Down), {}},
        {Action::PreviousRow, "actionPreviousRow", tr("&Previous Row"), QKeySequence(Qt::ALT | Qt::Key_Up), {}},
        {Action::GoToRow, "actionGoToRow", tr("&Go to Row…"), QKeySequence(Qt::CTRL | Qt::Key_G), {}},
        {Action::ToggleWeight, "actionToggleWeight", tr("&Toggle Message Weight"), QKeySequence(Qt::CTRL | Qt::Key_T),
         tr("Switch the focused message between trained (1) and masked (0)")},
        {Action::InsertRow, "actionInsertRow", tr("&Insert Row"), QKeySequence(Qt::CTRL | Qt::Key_Return),
         tr("Insert a new row after the selected one")},
        {Action::DuplicateRows, "actionDuplicateRows", tr("D&uplicate Rows"), QKeySequence(Qt::CTRL | Qt::Key_D), {}},
        {Action::DeleteRows, "actionDeleteRows", tr("&Delete Rows"), QKeySequence(Qt::CTRL | Qt::Key_Delete), {}},
        {Action::MoveUp, "actionMoveRowUp", tr("Move Row &Up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), {}},
        {Action::MoveDown,
         "actionMoveRowDown",
         tr("Move Row Do&wn"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down),
         {}},
        {Action::WeightLastAssistant,
         "actionWeightLastAssistant",
         weightRuleName(WeightRule::LastAssistantOnly),
         {},
         tr("On the selected rows")},
        {Action::WeightAllAssistant,
         "actionWeightAllAssistant",
         weightRuleName(WeightRule::AllAssistant),
         {},
         tr("On the selected rows")},
        {Action::WeightRemoveAll,
         "actionWeightRemoveAll",
         weightRuleName(WeightRule::RemoveAll),
         {},
         tr("On the selected rows")},
        {Action::WeightRulesAll, "actionWeightRulesAll", tr("Apply to the Whole File"), {}, {}},
        {Action::TryInPlayground, "actionTryInPlayground", tr("Try in &Playground"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         tr("Ask a model for the focused answer of this row (or its last) and compare with the dataset's")},
    };
    for (const Spec& s : specs) {
        auto* a = new QAction(s.text, this);
        a->setObjectName(QString::fromLatin1(s.name));
        if (!s.key.isEmpty())
            a->setShortcut(s.key);
        // The dataset's keys work where the dataset is (this pane, and the checks beside it:
        // MainWindow adds them there), so the playground's Ctrl+Return is not ambiguous with
        // Insert Row while a dataset is open (neither fired).
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!s.tip.isEmpty())
            a->setStatusTip(s.tip);
        m_actions[int(s.id)] = a;
        addAction(a);
    }
    // "Whole file" is a menu of the three rules.
    auto* wholeFile = new QMenu(this);
    wholeFile->addAction(weightRuleName(WeightRule::LastAssistantOnly), this,
                         [this] { applyWeightRule(int(WeightRule::LastAssistantOnly), true); });
    wholeFile->addAction(weightRuleName(WeightRule::AllAssistant), this,
                         [this] { applyWeightRule(int(WeightRule::AllAssistant), true); });
    wholeFile->addAction(weightRuleName(WeightRule::RemoveAll), this,
                         [this] { applyWeightRule(int(WeightRule::RemoveAll), true); });
    action(Action::WeightRulesAll)->setMenu(wholeFile);

    connect(action(Action::Find), &QAction::triggered, m_find, &FindBar::focusSearch);
    connect(action(Action::FindNext), &QAction::triggered, this, [this] { stepMatch(+1); });
    connect(action(Action::FindPrevious), &QAction::triggered, this, [this] { stepMatch(-1); });
    connect(action(Action::ShowAll), &QAction::triggered, m_find, &FindBar::clearRequested);
    connect(action(Action::NextRow), &QAction::triggered, this, [this] { stepRow(+1); });
    connect(action(Action::PreviousRow), &QAction::triggered, this, [this] { stepRow(-1); });
    connect(action(Action::GoToRow), &QAction::triggered, this, [this] {
        const std::int64_t n = m_session->document()->rowCount();
        if (n == 0)
            return;
        if (const auto row = Dialogs::integer(this, tr("Go to Row"), tr("Row (1 to %1):").arg(QLocale().toString(n)),
                                              int(std::max<std::int64_t>(currentPosition() + 1, 1)), 1,
                                              int(std::min<std::int64_t>(n, INT_MAX))))
            goToRow(*row);
    });
    connect(action(Action::ToggleWeight), &QAction::triggered, this, [this] {
        if (!m_rowEditor->toggleFocusedWeight())
            emit statusMessage(tr("Click into a message first, then toggle its weight"), 4000);
    });
    connect(action(Action::InsertRow), &QAction::triggered, this, &DatasetPane::insertRow);
    connect(action(Action::TryInPlayground), &QAction::triggered, this, [this] {
        const std::int64_t pos = currentPosition();
        if (pos < 0)
            return;
        const int focused = m_rowEditor->position() == pos ? m_rowEditor->focusedMessage() : -1;
        const QString file = m_session->document()->path().isEmpty()
                                 ? tr("untitled")
                                 : QFileInfo(m_session->document()->path()).fileName();
        emit tryInPlaygroundRequested(m_session->document()->rowView(pos).toByteArray(), focused,
                                      tr("%1, row %2").arg(file).arg(pos + 1));
    });
    connect(action(Action::DuplicateRows), &QAction::triggered, this,
            [this] { m_session->duplicateRows(m_table->selectedPositions()); });
    connect(action(Action::DeleteRows), &QAction::triggered, this, [this] {
        const auto rows = m_table->selectedPositions();
        const int row = m_table->currentIndex().row();
        m_session->removeRows(rows);
        if (m_session->tableModel()->rowCount() > 0)
            chooseRow(std::min(row, m_session->tableModel()->rowCount() - 1));
    });
    connect(action(Action::MoveUp), &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(action(Action::MoveDown), &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(action(Action::WeightLastAssistant), &QAction::triggered, this,
            [this] { applyWeightRule(int(WeightRule::LastAssistantOnly), false); });
    connect(action(Action::WeightAllAssistant), &QAction::triggered, this,
            [this] { applyWeightRule(int(WeightRule::AllAssistant), false); });
    connect(action(Action::WeightRemoveAll), &QAction::triggered, this,
            [this] { applyWeightRule(int(WeightRule::RemoveAll), false); });

    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (Action a : {Action::InsertRow, Action::DuplicateRows, Action::DeleteRows, Action::MoveUp, Action::MoveDown,
                     Action::TryInPlayground})
        m_table->addAction(action(a));
}

std::int64_t DatasetPane::currentPosition() const
{
    const QModelIndex cur = m_table->currentIndex();
    return cur.isValid() ? m_session->tableModel()->positionAt(cur.row()) : -1;
}

void DatasetPane::selectPosition(std::int64_t pos)
{
    const int row = m_session->tableModel()->rowOf(pos);
    if (row < 0)
        return;
    chooseRow(row);
    m_table->scrollTo(m_session->tableModel()->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void DatasetPane::goToRow(std::int64_t oneBasedRow)
{
    if (m_session->tableModel()->isFiltered() && m_session->tableModel()->rowOf(oneBasedRow - 1) < 0) {
        m_find->clearRequested();
    }
    selectPosition(oneBasedRow - 1);
}

void DatasetPane::showProblem(std::int64_t pos, const QString& pointer, qint64 spanStart, qint64 spanEnd,
                              bool takeFocus)
{
    if (pos < 0 || pos >= m_session->document()->rowCount())
        return;
    if (m_session->tableModel()->rowOf(pos) < 0) {
        m_session->tableModel()->clearFilter();
        m_find->showCleared();
    }
    selectPosition(pos);
    m_rowEditor->revealPointer(pointer, spanStart, spanEnd, takeFocus);
    m_raw->markPointer(pointer);
}

void DatasetPane::clearProblem()
{
    m_rowEditor->clearProblemMark();
    m_raw->clearPointerMark();
}

void DatasetPane::syncEditors()
{
    const std::int64_t pos = currentPosition();
    DatasetDocument* doc = m_session->document();
    if (pos < 0 || pos >= doc->rowCount()) {
        m_rowEditor->clear();
        m_raw->clear();
        return;
    }
    const QByteArrayView bytes = doc->rowView(pos);
    m_rowEditor->showRow(pos, bytes);
    m_raw->showRow(pos, bytes);
}

void DatasetPane::updateActions()
{
    const bool hasRow = currentPosition() >= 0;
    const bool structural =
        !m_session->document()->isIndexing() && m_session->document()->state() == DatasetDocument::State::Ready;
    action(Action::DuplicateRows)->setEnabled(hasRow && structural);
    action(Action::DeleteRows)->setEnabled(hasRow && structural);
    action(Action::MoveUp)->setEnabled(hasRow && structural && !m_session->tableModel()->isFiltered());
    action(Action::MoveDown)->setEnabled(hasRow && structural && !m_session->tableModel()->isFiltered());
    action(Action::InsertRow)->setEnabled(structural);
    for (Action a : {Action::WeightLastAssistant, Action::WeightAllAssistant, Action::WeightRemoveAll})
        action(a)->setEnabled(hasRow && structural);
    action(Action::WeightRulesAll)->setEnabled(structural);
    action(Action::TryInPlayground)->setEnabled(hasRow);
}

void DatasetPane::chooseRow(int row)
{
    // Not QTableView::selectRow: it takes the keys held into account, so Shift+F3 or Shift+F8
    // (a key held while the row is chosen) extended the selection, and Delete then removed
    // rows the user was not looking at.
    const QModelIndex index = m_session->tableModel()->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void DatasetPane::stepRow(int delta)
{
    const int rows = m_session->tableModel()->rowCount();
    if (rows == 0)
        return;
    const int cur = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = std::clamp(cur + delta, 0, rows - 1);
    chooseRow(next);
}

void DatasetPane::stepMatch(int delta)
{
    if (!m_session->tableModel()->isFiltered()) {
        // No filter yet: run the search first.
        if (!m_find->query().text.isEmpty()) {
            m_searchQuery = m_find->query();
            m_session->startSearch(m_searchQuery);
        }
        return;
    }
    const int rows = m_session->tableModel()->rowCount();
    if (rows == 0)
        return;
    const int cur = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    chooseRow(((cur + delta) % rows + rows) % rows); // wraps around
    m_rowEditor->revealMatch();
}

void DatasetPane::applyWeightRule(int rule, bool wholeFile)
{
    const auto rows = wholeFile ? std::vector<std::int64_t>{} : m_table->selectedPositions();
    if (!wholeFile && rows.empty())
        return;
    m_session->applyWeightRule(WeightRule(rule), rows);
}

void DatasetPane::insertRow()
{
    const std::int64_t cur = currentPosition();
    const std::int64_t at = cur < 0 ? m_session->document()->rowCount() : cur + 1;
    // The new row takes the shape of the selected one, so it fits the file.
    QByteArray row = "{\"messages\":[{\"role\":\"user\",\"content\":\"\"},{\"role\":\"assistant\",\"content\":\"\"}]}";
    if (cur >= 0) {
        const QByteArrayView sel = m_session->document()->rowView(cur);
        if (sel.contains(QByteArrayView("\"prompt\"")) && sel.contains(QByteArrayView("\"completion\"")))
            row = "{\"prompt\":\"\",\"completion\":\"\"}";
        else if (sel.contains(QByteArrayView("\"preferred_output\"")))
            row = "{\"input\":{\"messages\":[{\"role\":\"user\",\"content\":\"\"}]},\"preferred_output\":[{\"role\":"
                  "\"assistant\",\"content\":\"\"}],\"non_preferred_output\":[{\"role\":\"assistant\",\"content\":\"\"}"
                  "]}";
        else if (sel.startsWith(QByteArrayView("{\"text\"")))
            row = "{\"text\":\"\"}";
    }
    m_session->insertRows(at, {row});
    if (m_session->tableModel()->isFiltered())
        m_find->clearRequested();
    selectPosition(at);
}

void DatasetPane::moveSelected(int delta)
{
    const std::int64_t cur = currentPosition();
    const std::int64_t to = cur + delta;
    if (cur < 0 || to < 0 || to >= m_session->document()->rowCount())
        return;
    m_session->moveRow(cur, to);
    selectPosition(to);
}

QByteArray DatasetPane::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << m_split->saveState() << m_detailSplit->saveState() << m_table->horizontalHeader()->saveState()
      << m_raw->isPretty();
    return out;
}

void DatasetPane::restoreState(const QByteArray& state)
{
    if (state.isEmpty())
        return;
    QDataStream s(state);
    QByteArray a, b, c;
    bool pretty = true;
    s >> a >> b >> c >> pretty;
    if (s.status() != QDataStream::Ok)
        return;
    m_split->restoreState(a);
    m_detailSplit->restoreState(b);
    m_table->horizontalHeader()->restoreState(c);
    m_raw->setPretty(pretty);
}

} // namespace td
