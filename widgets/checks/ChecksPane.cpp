#include "widgets/checks/ChecksPane.h"

#include "curation/PiiKind.h"

#include "itemmodels/DatasetChecks.h"
#include "itemmodels/ProblemsModel.h"
#include "widgets/common/Themed.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace td {

ChecksPane::ChecksPane(DatasetChecks* checks, QWidget* parent)
    : QWidget(parent)
    , m_checks(checks)
    , m_verdict(new QLabel(this))
    , m_checkProfile(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_context(new QSpinBox(this))
    , m_run(new QPushButton(tr("Check Now"), this))
    , m_progress(new QProgressBar(this))
    , m_view(new QTreeView(this))
    , m_fix(new QPushButton(tr("Fi&x"), this))
    , m_fixAll(new QPushButton(tr("Fix &All of This Kind"), this))
    , m_onlyProblems(new QCheckBox(tr("Only rows with problems"), this))
    , m_export(new QPushButton(tr("Export Cleaned Copy…"), this))
{
    setObjectName(QStringLiteral("checksPane"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkProfile->setObjectName(QStringLiteral("checkProfileComboBox"));
    for (CheckProfile p : {CheckProfile::Client1534, CheckProfile::Today}) {
        m_checkProfile->addItem(checkProfileName(p), int(p));
        m_checkProfile->setItemData(m_checkProfile->count() - 1, checkProfileDescription(p), Qt::ToolTipRole);
    }
    m_checkProfile->setCurrentIndex(m_checkProfile->findData(int(checks->checkProfile())));
    m_checkProfile->setToolTip(
        tr("Which of Together's checks decides the verdict.\n%1").arg(checkProfileDescription(checks->checkProfile())));
    m_profile->setObjectName(QStringLiteral("profileComboBox"));
    m_profile->addItem(tr("client 1.5.34 rules"), int(LintProfile::Client));
    m_profile->addItem(tr("2026 rules"), int(LintProfile::Tools));
    m_profile->setToolTip(tr("Which rules the problem list follows (the verdict has its own choice). Client 1.5.34 "
                             "rules: what `together files check` 1.5.34 enforces. 2026 rules: the formats Together "
                             "documents today: the tool role, tool_calls and tools (inside input for preference "
                             "rows), a sample weight on any row, no alternation rule. Reasoning and image bytes are "
                             "checked under both."));
    m_context->setObjectName(QStringLiteral("contextSpinBox"));
    m_context->setAccessibleName(tr("Context length in tokens"));
    m_context->setRange(0, 2000000);
    m_context->setSingleStep(1024);
    m_context->setSpecialValueText(tr("no length check"));
    m_context->setSuffix(tr(" tokens"));
    m_context->setToolTip(tr("Warn about rows longer than the model's context length. Tokens are estimated from "
                             "characters (4 per token) until a tokenizer exists."));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_fix->setObjectName(QStringLiteral("fixButton"));
    m_fixAll->setObjectName(QStringLiteral("fixAllButton"));
    m_onlyProblems->setObjectName(QStringLiteral("onlyProblemsCheckBox"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_view->setObjectName(QStringLiteral("problemsTreeView"));
    // Tab goes as the controls sit, left to right and down (they were made in another order).
    for (auto [from, to] : {std::pair<QWidget*, QWidget*>{m_context, m_checkProfile},
                            {m_checkProfile, m_profile},
                            {m_profile, m_run},
                            {m_run, m_view},
                            {m_view, m_fix},
                            {m_fix, m_fixAll},
                            {m_fixAll, m_onlyProblems},
                            {m_onlyProblems, m_export}})
        setTabOrder(from, to);
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(checks->problemsModel());
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::ProblemColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(ProblemsModel::RowColumn, 80);
    m_view->header()->resizeSection(ProblemsModel::WhereColumn, 200);

    // The controls on one line and the verdict, which can be long, on its own below: beside
    // them it made the dock (which spans the window) wider than a 1280-pixel screen.
    auto* top = new QHBoxLayout;
    top->addWidget(m_context);
    // Labels, not item prefixes: on Linux a screen reader names a combo box by its label.
    auto* verdictBy = new QLabel(tr("Verdic&t:"), this);
    verdictBy->setBuddy(m_checkProfile);
    auto* lintBy = new QLabel(tr("&Lint:"), this);
    lintBy->setBuddy(m_profile);
    top->addWidget(verdictBy);
    top->addWidget(m_checkProfile);
    top->addWidget(lintBy);
    top->addWidget(m_profile);
    top->addStretch(1);
    top->addWidget(m_progress);
    top->addWidget(m_run);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_fix);
    bottom->addWidget(m_fixAll);
    bottom->addWidget(m_onlyProblems);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // One button: "Check Now", or "Cancel" while a check runs.
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (m_checks->isRunning()) {
            m_checks->cancel();
            m_progress->setVisible(false);
            m_run->setText(tr("Check Now"));
            updateVerdict();
        } else {
            m_checks->run();
        }
    });
    connect(m_context, &QSpinBox::valueChanged, this, [this](int v) { m_checks->setContextLength(v); });
    connect(checks, &DatasetChecks::rowsRechecked, this, &ChecksPane::updateVerdict);
    connect(m_checkProfile, &QComboBox::currentIndexChanged, this, [this] {
        const auto p = CheckProfile(m_checkProfile->currentData().toInt());
        m_checkProfile->setToolTip(
            tr("Which of Together's checks decides the verdict.\n%1").arg(checkProfileDescription(p)));
        m_checks->setCheckProfile(p);
        updateVerdict();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this,
            [this] { m_checks->setProfile(LintProfile(m_profile->currentData().toInt())); });
    connect(checks, &DatasetChecks::started, this, [this] {
        m_run->setText(tr("Cancel"));
        m_progress->setVisible(true);
        m_progress->setRange(0, 0);
        updateVerdict();
    });
    connect(checks, &DatasetChecks::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total ? int(done * 1000 / total) : 0);
    });
    connect(checks, &DatasetChecks::verdictChanged, this, &ChecksPane::updateVerdict);
    connect(checks, &DatasetChecks::verdictOutdated, this, &ChecksPane::updateVerdict);
    connect(checks, &DatasetChecks::finished, this, [this] {
        m_run->setText(tr("Check Now"));
        m_progress->setVisible(false);
        expandSmallGroups();
        updateVerdict();
        updateButtons();
        reselectAfterFix();
        m_afterFix.reset();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        ProblemsModel* model = m_checks->problemsModel();
        if (index.data(ProblemsModel::IsMoreRole).toBool())
            model->listMore(index); // a folded group's last row lists the next problems
        else if (const auto p = model->problemAt(index))
            emit problemActivated(p->row, QString::fromStdString(p->pointer), p->spanStart, p->spanEnd);
    });
    connect(m_view, &QTreeView::clicked, m_view, &QTreeView::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecksPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& now) {
        if (now.isValid() && !m_reselecting)
            m_afterFix.reset(); // the user chose another problem
        // Up and Down in the list show each problem in its row, so Fix acts on what is seen.
        if (now.isValid() && !m_reselecting && m_view->hasFocus()) {
            if (const auto p = m_checks->problemsModel()->problemAt(now))
                emit problemChosen(p->row, QString::fromStdString(p->pointer), p->spanStart, p->spanEnd);
            else if (now.data(ProblemsModel::IsGroupRole).toBool())
                emit problemUnchosen(); // the mark of the problem before would say it is this
        }
    });
    connect(checks, &DatasetChecks::rowsRechecked, this, &ChecksPane::reselectAfterFix);
    // The list is remade after each fix and undo (edited rows are checked at once): the groups
    // open again as after a whole check (they all folded but the fixed one's).
    connect(checks->problemsModel(), &QAbstractItemModel::modelReset, this, &ChecksPane::expandSmallGroups);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChecksPane::updateButtons);
    connect(m_fix, &QPushButton::clicked, this, [this] { fixSelected(false); });
    connect(m_fixAll, &QPushButton::clicked, this, [this] { fixSelected(true); });
    connect(m_onlyProblems, &QCheckBox::toggled, this, &ChecksPane::onlyProblemRowsToggled);
    connect(m_export, &QPushButton::clicked, this, &ChecksPane::exportRequested);
    updateVerdict();
    updateButtons();
}

void ChecksPane::setOnlyProblemRows(bool on)
{
    const QSignalBlocker block(m_onlyProblems);
    m_onlyProblems->setChecked(on);
}

QString ChecksPane::verdictText() const
{
    return m_verdict->text();
}

void ChecksPane::updateVerdict()
{
    const ProblemsModel* model = m_checks->problemsModel();
    const auto clamp = [](std::int64_t n) { return int(std::min<std::int64_t>(n, INT_MAX)); };
    QString counts = tr("%n error(s)", nullptr, clamp(model->errorCount())) + QStringLiteral(", ") +
                     tr("%n warning(s)", nullptr, clamp(model->warningCount()));
    // The verdict names the check that made it, so nobody reads one profile's verdict as the other's.
    const QString profile = checkProfileName(m_checks->verdictProfile());
    if ((m_checks->isCheckPending() && !m_checks->isVerdictCurrent()) ||
        (m_checks->parity() && m_checks->verdictProfile() != m_checks->checkProfile())) {
        m_verdict->setText(tr("Checking…"));
        m_verdict->setStyleSheet(QString());
        themed::clearTextRole(m_verdict);
    } else if (m_checks->failure()) {
        m_verdict->setText(tr("✘ The dataset could not be checked: %1").arg(m_checks->failure()->message));
        m_verdict->setStyleSheet(QStringLiteral("font-weight: bold;"));
        themed::setTextRole(m_verdict, Theme::Role::ErrorText);
    } else if (!m_checks->parity()) {
        m_verdict->setText(tr("No dataset checked yet."));
        m_verdict->setStyleSheet(QString());
        themed::clearTextRole(m_verdict);
    } else if (m_checks->parity()->passed()) {
        m_verdict->setText(tr("✔ %1 would accept this file.").arg(profile) + QStringLiteral("  ") + counts);
        m_verdict->setStyleSheet(QStringLiteral("font-weight: bold;"));
        themed::setTextRole(m_verdict, Theme::Role::SuccessText);
    } else {
        const ParityReport& r = *m_checks->parity();
        QString message = QString::fromStdString(r.message());
        if (message == QLatin1String("Checks passed"))
            if (const auto* v = r.get("load_parquet"))
                message = QString::fromStdString(v->s);
        m_verdict->setText(tr("✘ %1 would reject this file: %2").arg(profile, message) + QStringLiteral("  ") + counts);
        m_verdict->setStyleSheet(QStringLiteral("font-weight: bold;"));
        themed::setTextRole(m_verdict, Theme::Role::ErrorText);
    }
}

void ChecksPane::setDatasetReady(bool ready)
{
    m_run->setEnabled(ready);
    m_export->setEnabled(ready);
}

QModelIndex ChecksPane::chosen() const
{
    // What the user chose is the selected problem or kind; the view's current index alone
    // (set when the tree takes the focus) is no choice.
    const QModelIndex cur = m_view->currentIndex();
    return cur.isValid() && m_view->selectionModel()->isSelected(cur) ? cur : QModelIndex();
}

void ChecksPane::updateButtons()
{
    const QModelIndex cur = chosen();
    const bool hasFix = cur.isValid() && cur.data(ProblemsModel::HasFixRole).toBool();
    m_fix->setEnabled(hasFix && !cur.data(ProblemsModel::IsGroupRole).toBool());
    m_fixAll->setEnabled(hasFix);
    // Personal data and secrets: the buttons say what the text becomes.
    const PiiKind pii =
        hasFix ? piiKindFromCode(cur.data(ProblemsModel::CodeRole).toString().toStdString()) : PiiKind::Count;
    const QString placeholder = pii != PiiKind::Count ? QString::fromLatin1(piiPlaceholder(pii)) : QString();
    m_fix->setText(placeholder.isEmpty() ? tr("Fi&x") : tr("Fi&x: Replace With %1").arg(placeholder));
    if (hasFix) {
        const std::size_t n = m_checks->problemsModel()->groupSize(cur);
        if (placeholder.isEmpty())
            m_fixAll->setText(tr("Fix &All of This Kind (%n)", nullptr, int(std::min<std::size_t>(n, INT_MAX))));
        else
            m_fixAll->setText(tr("Replace &All With %1 (%2)").arg(placeholder, QLocale().toString(qulonglong(n))));
    } else {
        m_fixAll->setText(tr("Fix &All of This Kind"));
    }
}

void ChecksPane::fixSelected(bool wholeGroup)
{
    const QModelIndex cur = chosen();
    if (!cur.isValid())
        return;
    const ProblemsModel* model = m_checks->problemsModel();
    std::vector<FixTarget> targets;
    if (wholeGroup || cur.data(ProblemsModel::IsGroupRole).toBool())
        targets = model->groupFixes(cur);
    else if (const auto p = model->problemAt(cur)) {
        const PiiKind kind = piiKindFromCode(p->code);
        FixTarget t{p->row, p->fix, kind != PiiKind::Count ? piiBit(kind) : kAllPiiKinds, std::nullopt};
        // One finding's Fix replaces that finding, not every one of its kind in the row.
        if (kind != PiiKind::Count && p->spanStart >= 0 && p->spanEnd > p->spanStart)
            t.onlyFinding = RowPiiFinding{p->pointer, TextRole::Other,
                                          PiiFinding{kind, std::uint32_t(p->spanStart), std::uint32_t(p->spanEnd)}};
        targets = {t};
    }
    if (targets.empty())
        return;
    // The undo step says what the fix does, as the Fix button's tooltip does (not the problem's
    // code), and on how many rows (a row may hold several problems of a kind).
    std::vector<std::int64_t> rows;
    for (const FixTarget& t : targets)
        rows.push_back(t.row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const QString what = fixDescription(targets.front().fix);
    const QString text = rows.size() == 1 ? tr("%1 (row %2)").arg(what).arg(rows.front() + 1)
                                          : tr("%1 (%n row(s))", nullptr, int(rows.size())).arg(what);
    // Where the fixed problem was, the next one is chosen, and the list keeps the keyboard: the
    // next Fix is a key away (the Fix button, disabled with nothing chosen, gave the focus away).
    const bool group = cur.data(ProblemsModel::IsGroupRole).toBool();
    const QModelIndex kind = group ? cur : cur.parent();
    m_afterFix = AfterFix{model->groupCode(kind), kind.row(), group ? -1 : cur.row()};
    m_shownAfterFix.reset();
    m_checks->applyFixes(targets, text);
    reselectAfterFix();
}

void ChecksPane::showNextProblem(int step)
{
    ProblemsModel* model = m_checks->problemsModel();
    const int groups = model->rowCount();
    if (groups == 0)
        return;
    // (group, problem) of the place to step from; on a group, from before its first problem
    // (or after its last, going back).
    auto before = [&](int g) { return step > 0 ? -1 : model->rowCount(model->index(g, 0)); };
    const QModelIndex cur = m_view->currentIndex();
    int g = step > 0 ? 0 : groups - 1;
    int c = before(g);
    if (cur.isValid() && cur.parent().isValid()) {
        g = cur.parent().row();
        c = cur.row();
    } else if (cur.isValid()) {
        g = cur.row();
        c = before(g);
    }
    for (int groupsSeen = 0; groupsSeen <= groups;) {
        const QModelIndex group = model->index(g, 0);
        c += step;
        if (c >= 0 && c < model->rowCount(group)) {
            QModelIndex next = model->index(c, 0, group);
            if (next.data(ProblemsModel::IsMoreRole).toBool()) {
                if (step < 0)
                    continue;
                model->listMore(next); // a folded group's next problems, listed on the way
                next = model->index(c, 0, group);
                if (!next.isValid() || next.data(ProblemsModel::IsMoreRole).toBool())
                    continue;
            }
            m_view->expand(group);
            m_view->setCurrentIndex(next);
            m_view->scrollTo(next);
            if (const auto p = model->problemAt(next))
                emit problemActivated(p->row, QString::fromStdString(p->pointer), p->spanStart, p->spanEnd);
            return;
        }
        g = (g + step + groups) % groups;
        c = before(g);
        ++groupsSeen;
    }
}

void ChecksPane::focusProblems()
{
    const ProblemsModel* model = m_checks->problemsModel();
    if (!chosen().isValid() && model->rowCount() > 0) {
        const QModelIndex first = model->index(0, 0);
        m_view->expand(first);
        m_view->setCurrentIndex(model->rowCount(first) > 0 ? model->index(0, 0, first) : first);
    }
    m_view->setFocus(Qt::ShortcutFocusReason);
}

void ChecksPane::expandSmallGroups()
{
    // Small groups open, big ones stay folded (a million rows of one kind is a count).
    const ProblemsModel* model = m_checks->problemsModel();
    for (int g = 0; g < model->rowCount(); ++g)
        if (model->groupSize(model->index(g, 0)) <= 200)
            m_view->expand(model->index(g, 0));
}

void ChecksPane::reselectAfterFix()
{
    const ProblemsModel* model = m_checks->problemsModel();
    if (!m_afterFix || model->rowCount() == 0)
        return;
    const auto& [code, groupRow, childRow] = *m_afterFix;
    QModelIndex g = model->index(std::min(groupRow, model->rowCount() - 1), 0);
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->groupCode(model->index(i, 0)) == code)
            g = model->index(i, 0);
    QModelIndex next = g;
    if (childRow >= 0 && model->rowCount(g) > 0) {
        m_view->expand(g);
        next = model->index(std::min(childRow, model->rowCount(g) - 1), 0, g);
    }
    m_reselecting = true;
    m_view->setCurrentIndex(next);
    m_reselecting = false;
    m_view->scrollTo(next);
    m_view->setFocus(Qt::OtherFocusReason);
    // The problem now chosen is shown in its row, as Up and Down show one: the next Fix acts on
    // what is seen (the row fixed stayed shown while the list had chosen another row's problem).
    if (const auto p = model->problemAt(next)) {
        auto shown =
            std::tuple{qint64(p->row), QString::fromStdString(p->pointer), qint64(p->spanStart), qint64(p->spanEnd)};
        if (shown != m_shownAfterFix) {
            m_shownAfterFix = shown;
            emit problemChosen(p->row, std::get<1>(shown), p->spanStart, p->spanEnd);
        }
    }
}

} // namespace td
