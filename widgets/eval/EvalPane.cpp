#include "widgets/eval/EvalPane.h"

#include "api/connection/ApiContext.h"
#include "api/connection/ConnectionProfiles.h"
#include "core/Settings.h"
#include "eval/EvalExport.h"
#include "eval/EvalJudge.h"
#include "eval/EvalRunner.h"
#include "eval/EvalSummary.h"
#include "eval/EvalSummaryWorker.h"
#include "playground/TrainingRows.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/EmptyState.h"
#include "widgets/eval/EvalConnections.h"
#include "widgets/eval/EvalGridModel.h"
#include "widgets/eval/EvalGridView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace td {

namespace {

QString stateName(const QString& state)
{
    if (state == QLatin1String("running"))
        return EvalPane::tr("running");
    if (state == QLatin1String("paused"))
        return EvalPane::tr("paused");
    if (state == QLatin1String("cancelled"))
        return EvalPane::tr("cancelled");
    if (state == QLatin1String("finished"))
        return EvalPane::tr("finished");
    return EvalPane::tr("not started");
}

} // namespace

EvalPane::EvalPane(ApiContext* api, QWidget* parent, const QString& evalRoot)
    : QWidget(parent)
    , m_api(api)
    , m_store(evalRoot.isEmpty() ? EvalStore::defaultRoot() : evalRoot)
    , m_model(new EvalGridModel(this))
    , m_grid(new EvalGridView(this))
{
    setObjectName(QStringLiteral("evalPane"));
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    auto* runsLabel = new QLabel(tr("R&un:"), this);
    m_runs = new QComboBox(this);
    m_runs->setObjectName(QStringLiteral("evalRuns"));
    m_runs->setAccessibleName(tr("Evaluation runs"));
    m_runs->setMinimumContentsLength(40);
    runsLabel->setBuddy(m_runs);
    m_new = new QPushButton(tr("&New Evaluation…"), this);
    m_new->setObjectName(QStringLiteral("evalNew"));
    m_new->setToolTip(tr("Evaluate rows of the open dataset (also Edit › Evaluate Rows…, and Evaluate against "
                         "Its Base on a finished job's page)"));
    m_start = new QPushButton(tr("&Run"), this);
    m_start->setObjectName(QStringLiteral("evalStartRun"));
    m_start->setToolTip(tr("Ask what is still missing (after a pause, a cancel or a restart)"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("evalPause"));
    m_cancel = new QPushButton(tr("&Cancel Run"), this);
    m_cancel->setObjectName(QStringLiteral("evalCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("evalProgress"));
    m_progress->setAccessibleName(tr("Answers received"));
    bar->addWidget(runsLabel);
    bar->addWidget(m_runs, 1);
    bar->addWidget(m_new);
    bar->addWidget(m_start);
    bar->addWidget(m_pause);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    layout->addLayout(bar);

    m_stats = new QLabel(this);
    m_stats->setObjectName(QStringLiteral("evalStats"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);

    m_grid->setModel(m_model);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("evalSplit"));
    split->addWidget(m_grid);
    auto* lower = new QSplitter(Qt::Horizontal, split);
    m_detail = new QTextBrowser(lower);
    m_detail->setObjectName(QStringLiteral("evalDetail"));
    m_detail->setAccessibleName(tr("The current row in full"));
    auto* summaryBox = new QWidget(lower);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QPlainTextEdit(summaryBox);
    m_summary->setObjectName(QStringLiteral("evalSummary"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setReadOnly(true);
    summaryLayout->addWidget(m_summary, 1);
    auto* judgeRow = new QHBoxLayout;
    m_judgeModel = new QLineEdit(summaryBox);
    m_judgeModel->setObjectName(QStringLiteral("evalJudgeModel"));
    m_judgeModel->setAccessibleName(tr("Judge model"));
    m_judgeModel->setPlaceholderText(tr("Judge model, e.g. meta-llama/Llama-3.3-70B-Instruct-Turbo"));
    m_judgeButton = new QPushButton(tr("&Judge"), summaryBox);
    m_judgeButton->setObjectName(QStringLiteral("evalJudge"));
    m_judgeButton->setToolTip(tr("Ask the judge model about every pair with the fine-tune, in both orders"));
    auto* promptButton = new QPushButton(tr("Judge Pro&mpt…"), summaryBox);
    promptButton->setObjectName(QStringLiteral("evalJudgePrompt"));
    promptButton->setToolTip(tr("What the judge is asked for each pair of answers (kept for every run)"));
    connect(promptButton, &QPushButton::clicked, this, &EvalPane::editJudgePrompt);
    m_viaTogether = new QCheckBox(tr("&Through Together's Evaluations API"), summaryBox);
    m_viaTogether->setObjectName(QStringLiteral("evalJudgeViaTogether"));
    m_viaTogether->setToolTip(tr("Together runs the judge (type \"compare\", both orders) on an uploaded file of the "
                                 "answers, instead of TuneDesk asking the judge model one pair at a time"));
    judgeRow->addWidget(m_judgeModel, 1);
    judgeRow->addWidget(m_viaTogether);
    judgeRow->addWidget(promptButton);
    judgeRow->addWidget(m_judgeButton);
    summaryLayout->addLayout(judgeRow);
    auto* actionsRow = new QHBoxLayout;
    m_lostFirst = new QCheckBox(tr("Rows the fine-tune &lost first"), summaryBox);
    m_lostFirst->setObjectName(QStringLiteral("evalLostFirst"));
    m_addToDataset = new QToolButton(summaryBox);
    m_addToDataset->setObjectName(QStringLiteral("evalAddToDataset"));
    m_addToDataset->setText(tr("&Add to Dataset"));
    m_addToDataset->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_addToDataset);
    const QList<std::pair<Rows, QString>> adds = {
        {Rows::GoodAsTraining, tr("Answers Marked Good as Training Rows")},
        {Rows::GoodBadAsPreference, tr("Good against Bad Answers as Preference Rows")},
        {Rows::PicksAsPreference, tr("Your Picks as Preference Rows")},
        {Rows::JudgeLostAsTraining, tr("Rows the Fine-Tune Lost (Judge) as Training Rows")}};
    for (const auto& [which, text] : adds)
        menu->addAction(text, this, [this, which = which] { addToDataset(which); });
    m_addToDataset->setMenu(menu);
    m_export = new QToolButton(summaryBox);
    m_export->setObjectName(QStringLiteral("evalExport"));
    m_export->setText(tr("E&xport"));
    m_export->setToolTip(tr("Write the whole run (every answer, its scores and cost, every verdict) to a file"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Whole Run as CSV (Spreadsheets)…"), this,
                          [this] { exportRun(EvalExport::RunFormat::Csv); });
    exportMenu->addAction(tr("Whole Run as JSONL…"), this, [this] { exportRun(EvalExport::RunFormat::Jsonl); });
    m_export->setMenu(exportMenu);
    actionsRow->addWidget(m_lostFirst);
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_export);
    actionsRow->addWidget(m_addToDataset);
    summaryLayout->addLayout(actionsRow);
    lower->addWidget(m_detail);
    lower->addWidget(summaryBox);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // Until a run is open: what an evaluation is and how to make one, instead of an empty grid.
    m_body = new QStackedWidget(this);
    m_empty = new EmptyState(m_body);
    m_empty->setObjectName(QStringLiteral("evalEmptyState"));
    connect(m_empty->addButton(tr("Evaluate Rows of the &Open Dataset…")), &QPushButton::clicked, this,
            &EvalPane::newRunRequested);
    m_body->addWidget(m_empty);
    m_body->addWidget(split);
    layout->addWidget(m_body, 1);

    // The summary is worked out from every answer: on a worker, once a second while the grid
    // fills.
    m_summaryWorker = new EvalSummaryWorker([this]() -> const EvalRunData& { return m_model->runData(); }, this);
    connect(m_summaryWorker, &EvalSummaryWorker::ready, m_summary, &QPlainTextEdit::setPlainText);
    m_statsTimer = new QTimer(this);
    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(250);
    connect(m_statsTimer, &QTimer::timeout, this, &EvalPane::updateStats);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("evalStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Keys: 1–4 pick the better answer, 0 a tie, G / B mark the answer under the cursor good "
                         "or bad, Enter opens the row in the playground."));
    layout->addWidget(m_status);

    connect(m_runs, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_filling && i >= 0)
            openRun(m_runs->itemData(i).toString());
    });
    connect(m_new, &QPushButton::clicked, this, &EvalPane::newRunRequested);
    connect(m_start, &QPushButton::clicked, this, &EvalPane::startRun);
    connect(m_pause, &QPushButton::clicked, this, &EvalPane::pause);
    connect(m_cancel, &QPushButton::clicked, this, &EvalPane::cancel);
    connect(m_judgeButton, &QPushButton::clicked, this, [this] { judge(m_judgeModel->text().trimmed()); });
    connect(m_lostFirst, &QCheckBox::toggled, this, &EvalPane::setLostFirst);
    connect(m_grid, &EvalGridView::picked, this, &EvalPane::onPicked);
    connect(m_grid, &EvalGridView::marked, this, &EvalPane::onMarked);
    connect(m_grid, &EvalGridView::openRequested, this, &EvalPane::onOpen);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, &EvalPane::showDetail);
    // The row shown in full follows its answers as they stream in and end (at most ten times a
    // second: rendering it on every token would stall the grid).
    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(100);
    connect(m_detailTimer, &QTimer::timeout, this, &EvalPane::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = m_grid->currentIndex().row();
        if (current >= from.row() && current <= to.row() && !m_detailTimer->isActive())
            m_detailTimer->start();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_grid->currentIndex().isValid())
            m_grid->setCurrentIndex(m_model->index(0, EvalGridModel::FirstModelColumn));
    });
    refreshRuns();
    updateButtons();
}

EvalPane::~EvalPane() = default;

QString EvalPane::runEntry(const EvalDefinition& d, const QString& state)
{
    return tr("%1 — %2 models, %3 (%4)")
        .arg(d.name.isEmpty() ? d.id : d.name)
        .arg(d.models.size())
        .arg(stateName(state), d.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void EvalPane::refreshRunEntry()
{
    // Only the open run's state changed: the other runs are not read again from disk.
    const int i = m_runs->findData(m_id);
    if (i < 0) {
        refreshRuns();
        return;
    }
    m_runs->setItemText(i, runEntry(m_model->runData().definition, m_store.state(m_id)));
}

void EvalPane::refreshRuns()
{
    m_filling = true;
    m_runs->clear();
    int current = -1;
    for (const EvalStore::Listed& l : m_store.list()) {
        const EvalDefinition& d = l.definition;
        m_runs->addItem(runEntry(d, l.state), d.id);
        if (d.id == m_id)
            current = m_runs->count() - 1;
    }
    m_runs->setCurrentIndex(current);
    m_filling = false;
    if (m_id.isEmpty()) {
        if (m_runs->count() == 0)
            m_empty->setText(tr("No evaluations yet"),
                             tr("An evaluation asks two to four models (say, a fine-tune and its base) the prompts of "
                                "held-out rows and sets their answers side by side, to pick from, judge and turn into "
                                "training rows. Open the rows in the Dataset pane (a validation file), then choose New "
                                "Evaluation; a finished job's page offers Evaluate against Its Base."));
        else
            m_empty->setText(tr("No evaluation open"),
                             tr("Choose a run in the list above, or start a new one for the rows open in the Dataset "
                                "pane."));
    }
    m_body->setCurrentIndex(m_id.isEmpty() ? 0 : 1);
    // Without a run the bar would read as an empty field.
    m_progress->setVisible(!m_id.isEmpty());
    emit runsChanged();
}

EvalRunDialog* EvalPane::newRun(const EvalRunDialog::Source& source, const QList<EvalModel>& models)
{
    // One run at a time: a second one made now could not start, and would sit in the list as
    // "not started" with nothing saying why.
    if (m_runner && m_runner->isRunning()) {
        setStatus(tr("A run is in progress: pause or cancel it before starting a new evaluation."));
        Dialogs::warning(this, tr("New Evaluation"),
                         tr("An evaluation is running. Pause or cancel it (the buttons above the grid) before "
                            "starting a new one."));
        return nullptr;
    }
    auto* dialog = new EvalRunDialog(m_api, source, models, this, m_store.root());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (openRun(dialog->createdId()))
            startRun();
    });
    dialog->open();
    return dialog;
}

bool EvalPane::openRun(const QString& id)
{
    if (m_runner && m_runner->isRunning() && id != m_id) {
        setStatus(tr("Pause or cancel the run in progress before opening another one."));
        refreshRuns();
        return false;
    }
    auto data = m_store.open(id);
    if (!data) {
        setStatus(data.error().message);
        return false;
    }
    if (id != m_id) {
        delete m_runner;
        delete m_judge;
        m_status->setMinimumHeight(0);
        m_stats->setMinimumHeight(0);
    }
    m_id = id;
    m_model->setRunData(*data);
    m_summaryWorker->reset(m_model->runData());
    m_grid->fitColumns(true);
    m_lostFirst->setChecked(false);
    m_progress->setRange(0, std::max(1, data->askableRows() * int(data->definition.models.size())));
    m_progress->setValue(data->answered() + data->failedAnswers());
    refreshRuns();
    refreshSummary();
    updateStats();
    updateButtons();
    setStatus(tr("%1: %2 of %3 answers, %4 failed (%5).")
                  .arg(data->definition.name)
                  .arg(data->answered())
                  .arg(m_progress->maximum())
                  .arg(data->failedAnswers())
                  .arg(stateName(data->state)));
    return true;
}

void EvalPane::startRun()
{
    if (m_id.isEmpty() || (m_runner && m_runner->isRunning()))
        return;
    const EvalDefinition d = m_model->runData().definition;
    QStringList profiles;
    for (const EvalModel& m : d.models)
        profiles << m.profileId;
    setStatus(tr("Connecting…"));
    const QString id = m_id;
    resolveEvalConnections(m_api->profiles(), profiles, this, [this, id](const Result<QHash<QString, Connection>>& c) {
        if (id != m_id)
            return;
        if (!c) {
            setStatus(c.error().message);
            return;
        }
        delete m_runner;
        auto* runner = new EvalRunner(
            m_api->transport(), m_store, id, [map = *c](const EvalModel& m) { return map.value(m.profileId); }, this);
        runner->setBatchPollInterval(m_batchPollMs);
        m_runner = runner;
        m_batchNotes.clear();
        // A model asked through the Batch API: where its batch is, beside the progress.
        connect(runner, &EvalRunner::batchStage, this, [this, runner](int model, const QString& what) {
            m_batchNotes[model] = tr("%1: %2").arg(runner->data().definition.models.value(model).model, what);
            updateStats();
        });
        connect(runner, &EvalRunner::batchFailed, this, [this, runner](int model, const QString& message) {
            m_batchNotes[model] = tr("%1: %2 Run submits a new batch for its rows.")
                                      .arg(runner->data().definition.models.value(model).model, message);
            updateStats();
        });
        connect(runner, &EvalRunner::partial, m_model, &EvalGridModel::setPartial);
        connect(runner, &EvalRunner::resultAdded, this, [this, runner](qint64 row, int model) {
            if (const EvalResult* r = runner->data().result(row, model)) {
                m_model->setResult(*r);
                m_summaryWorker->answerAdded(row, model);
            }
            if (!m_statsTimer->isActive())
                m_statsTimer->start();
        });
        // Progress is shown with the figures, a few times a second: a label's new text lays
        // the pane out again, too much work for every answer of a fast run.
        connect(runner, &EvalRunner::progress, this, [this](int answered, int failed, int total) {
            m_counts = {answered, failed, total};
            if (!m_statsTimer->isActive())
                m_statsTimer->start();
        });
        connect(runner, &EvalRunner::finished, this, [this] {
            m_progress->setValue(m_progress->maximum());
            refreshRunEntry();
            refreshSummaryInBackground();
            updateStats();
            updateButtons();
            QString done = tr("Done: %1 answers, %2 failed. Review with 1–4 and 0, or ask a judge.")
                               .arg(m_runner->answered())
                               .arg(m_runner->failed());
            for (const QString& note : std::as_const(m_batchNotes))
                done += QStringLiteral(" · ") + note;
            setStatus(done);
        });
        connect(runner, &EvalRunner::journalFailed, this, [this](const QString& message) {
            setStatus(tr("The run stopped: %1").arg(message));
            updateButtons();
        });
        if (auto s = runner->start(m_model->runData()); !s) {
            setStatus(s.error().message);
            return;
        }
        refreshRunEntry();
        updateButtons();
        // The answers come in where the keys work on them (1-4, 0, G/B, arrows).
        if (isVisible())
            m_grid->setFocus(Qt::OtherFocusReason);
    });
}

void EvalPane::pause()
{
    if (!m_runner || !m_runner->isRunning())
        return;
    if (m_runner->isPaused()) {
        m_runner->resume();
        setStatus(tr("Resumed."));
    } else {
        m_runner->pause();
        setStatus(tr("Paused: the answers on their way still come in; nothing new is asked."));
    }
    refreshRunEntry();
    updateButtons();
}

void EvalPane::cancel()
{
    if (!m_runner || !m_runner->isRunning())
        return;
    m_runner->cancel();
    refreshRunEntry();
    refreshSummary();
    updateButtons();
    bool batched = false;
    for (int m = 0; m < m_model->modelCount(); ++m)
        batched |= m_runner->viaBatch(m);
    setStatus(batched ? tr("Cancelled. A batch already submitted goes on at Together; Run collects its answers and "
                           "asks what is missing.")
                      : tr("Cancelled. Run asks what is missing, whenever you like."));
}

void EvalPane::setJudgeThroughTogether(bool on)
{
    m_viaTogether->setChecked(on);
}

void EvalPane::judge(const QString& judgeModel)
{
    if (m_id.isEmpty() || judgeModel.isEmpty() || m_judge || m_togetherJudge || m_judgeConnecting) {
        if (judgeModel.isEmpty())
            setStatus(tr("Name a judge model first."));
        return;
    }
    const QString id = m_id;
    setStatus(tr("Connecting to the judge…"));
    m_judgeConnecting = true; // a second click while the key is read starts nothing
    updateButtons();
    // The judge asks over the active connection (Together, or the demo's emulator).
    const QString profile = m_api->profiles()->activeId();
    resolveEvalConnections(m_api->profiles(), {profile}, this,
                           [this, id, judgeModel, profile](const Result<QHash<QString, Connection>>& c) {
                               m_judgeConnecting = false;
                               updateButtons();
                               if (id != m_id)
                                   return;
                               if (!c) {
                                   setStatus(c.error().message);
                                   return;
                               }
                               if (m_viaTogether->isChecked()) {
                                   judgeThroughTogether(judgeModel, profile, c->value(profile));
                                   return;
                               }
                               EvalModel judgeAs;
                               judgeAs.profileId = profile;
                               judgeAs.model = judgeModel;
                               // The judge asks over Together; the pairs' answers are the run's already.
                               auto* j = new EvalJudge(
                                   m_api->transport(), m_store, id, judgeAs,
                                   [map = *c, profile](const EvalModel&) { return map.value(profile); }, this);
                               j->setPairs(EvalJudge::defaultPairs(m_model->runData().definition));
                               j->setPrompt(judgePrompt());
                               m_judge = j;
                               connect(j, &EvalJudge::progress, this, [this](int done, int total) {
                                   setStatus(tr("Judging: %1 of %2 comparisons").arg(done).arg(total));
                               });
                               connect(j, &EvalJudge::finished, this, [this, j] {
                                   setStatus(tr("Judged: %1 comparisons, %2 failed (counted in the summary).")
                                                 .arg(j->done())
                                                 .arg(j->failures()));
                                   j->deleteLater();
                                   m_judge = nullptr; // Judge is offered again now
                                   reloadVerdicts();
                                   updateButtons();
                               });
                               connect(j, &EvalJudge::journalFailed, this, [this](const QString& m) { setStatus(m); });
                               if (auto s = j->start(); !s) {
                                   setStatus(s.error().message);
                                   j->deleteLater();
                               }
                               updateButtons();
                           });
}

void EvalPane::judgeThroughTogether(const QString& judgeModel, const QString& profile, const Connection& connection)
{
    const auto p = m_api->profiles()->profile(profile);
    if (!p || p->kind != ConnectionProfile::Kind::Together) {
        setStatus(tr("Together's Evaluations API needs a Together connection; the active one, %1, is not.")
                      .arg(p ? p->name : profile));
        return;
    }
    auto* t = new TogetherJudge(m_api->transport(), connection, m_store, m_id,
                                EvalJudge::defaultPairs(m_model->runData().definition), judgeModel, this);
    t->setPrompt(judgePrompt());
    t->setPollInterval(m_judgePollMs);
    m_togetherJudge = t;
    connect(t, &TogetherJudge::stage, this, [this](int a, int b, const QString& what) {
        setStatus(tr("Together's judge, models %1 and %2: %3").arg(a + 1).arg(b + 1).arg(what));
    });
    connect(t, &TogetherJudge::finished, this, [this, t] {
        QStringList parts;
        for (const TogetherJudge::PairResult& r : t->results())
            parts << tr("models %1 and %2: %3 wins for %1, %4 for %2, %5 ties, %6 judge failures")
                         .arg(r.a + 1)
                         .arg(r.b + 1)
                         .arg(r.aWins)
                         .arg(r.bWins)
                         .arg(r.ties)
                         .arg(r.judgeFailures);
        QString text = tr("Together judged: %1.").arg(parts.join(QStringLiteral("; ")));
        for (const QString& f : t->failures())
            text += QLatin1Char(' ') + f;
        t->deleteLater();
        m_togetherJudge = nullptr; // Judge is offered again now, not when the object is gone
        reloadVerdicts();
        updateButtons();
        setStatus(text);
    });
    setStatus(tr("Asking Together's Evaluations API…"));
    t->start();
    updateButtons();
}

QString EvalPane::judgePrompt()
{
    const QString saved = Settings::instance()->get(Settings::Key::JudgePrompt).toString();
    return saved.isEmpty() ? EvalJudge::defaultPrompt() : saved;
}

QDialog* EvalPane::editJudgePrompt()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("judgePromptDialog"));
    dialog->setWindowTitle(tr("Judge Prompt"));
    auto* layout = new QVBoxLayout(dialog);
    auto* help = new QLabel(tr("Asked once per pair of answers and again with the answers swapped. {conversation}, "
                               "{reference} (the dataset's answer), {answer_a} and {answer_b} are filled in; the "
                               "judge replies [[A]], [[B]] or [[C]] for a tie."),
                            dialog);
    help->setWordWrap(true);
    auto* edit = new QPlainTextEdit(judgePrompt(), dialog);
    edit->setObjectName(QStringLiteral("judgePromptEdit"));
    edit->setAccessibleName(tr("Judge prompt"));
    help->setBuddy(edit);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("judgePromptError"));
    error->setWordWrap(true);
    error->hide();
    connect(edit, &QPlainTextEdit::textChanged, error, &QLabel::hide); // an error is about the text as it was
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton* reset = buttons->addButton(tr("&Reset to Default"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, edit, [edit] { edit->setPlainText(EvalJudge::defaultPrompt()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, edit, error] {
        const QString prompt = edit->toPlainText();
        if (auto ok = EvalJudge::checkPrompt(prompt); !ok) {
            error->setText(ok.error().message);
            error->show();
            return;
        }
        Settings::instance()->set(Settings::Key::JudgePrompt,
                                  prompt == EvalJudge::defaultPrompt() ? QString() : prompt);
        dialog->accept();
    });
    layout->addWidget(help);
    layout->addWidget(edit, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->open();
    return dialog;
}

void EvalPane::reloadVerdicts()
{
    if (auto data = m_store.open(m_id))
        m_model->setVerdicts(data->verdicts);
    refreshSummary();
}

void EvalPane::onPicked(int gridRow, int model)
{
    const qint64 row = m_model->datasetRow(gridRow);
    const int models = m_model->modelCount();
    if (row < 0 || model >= models)
        return;
    // One human verdict for each pair the pick decides: the picked model wins against every
    // other; a tie ties every pair.
    QList<EvalVerdict> verdicts = m_model->runData().verdicts;
    for (int a = 0; a < models; ++a)
        for (int b = a + 1; b < models; ++b) {
            if (model >= 0 && model != a && model != b)
                continue;
            if (auto w = EvalExport::recordHuman(m_store.verdictsPath(m_id), row, a, b, model); !w) {
                setStatus(w.error().message);
                return;
            }
            EvalVerdict v;
            v.row = row;
            v.a = a;
            v.b = b;
            v.judge = QStringLiteral("human");
            v.pick = model == a   ? EvalVerdict::Pick::First
                     : model == b ? EvalVerdict::Pick::Second
                                  : EvalVerdict::Pick::Tie;
            verdicts.append(v);
        }
    m_model->setVerdicts(verdicts);
    refreshSummary();
    setStatus(model < 0
                  ? tr("Row %1: a tie.").arg(row + 1)
                  : tr("Row %1: %2 is better.").arg(row + 1).arg(m_model->runData().definition.models[model].model));
    // On to the next row, in the same column.
    if (gridRow + 1 < m_model->rowCount())
        m_grid->setCurrentIndex(m_model->index(gridRow + 1, m_grid->currentIndex().column()));
}

void EvalPane::onMarked(int gridRow, int column, bool good)
{
    const qint64 row = m_model->datasetRow(gridRow);
    const int model = m_model->modelOfColumn(column);
    if (row < 0 || model < 0) {
        setStatus(tr("Move to an answer (a model's column) to mark it good or bad."));
        return;
    }
    const EvalResult* r = m_model->runData().result(row, model);
    if (!r || !r->ok) {
        setStatus(tr("Only an answer can be marked; this one has not come (or failed)."));
        return;
    }
    const auto it = m_model->runData().marks.constFind(EvalRunData::key(row, model));
    // The same mark again takes it back.
    const std::optional<bool> mark =
        it != m_model->runData().marks.cend() && *it == good ? std::nullopt : std::optional<bool>(good);
    if (auto w = EvalExport::recordMark(m_store.marksPath(m_id), row, model, mark); !w) {
        setStatus(w.error().message);
        return;
    }
    m_model->setMark(row, model, mark);
    setStatus(!mark  ? tr("Row %1: the mark is taken back.").arg(row + 1)
              : good ? tr("Row %1: marked good.").arg(row + 1)
                     : tr("Row %1: marked bad.").arg(row + 1));
}

void EvalPane::onOpen(int gridRow)
{
    const EvalRunData& data = m_model->runData();
    const qint64 rowNumber = m_model->datasetRow(gridRow);
    const EvalRow* row = nullptr;
    for (const EvalRow& r : data.rows)
        if (r.row == rowNumber)
            row = &r;
    if (!row || !row->askable()) {
        setStatus(tr("This row was not asked; there is nothing to try."));
        return;
    }
    // The conversation as the run asked it, with the dataset's answer last: the playground
    // cuts it there again and shows that answer beside the models'.
    QList<ChatMessage> messages = row->messages;
    ChatMessage reference;
    reference.role = QStringLiteral("assistant");
    reference.content = row->reference;
    messages.append(reference);
    emit playgroundRequested(data.definition.models, data.definition.parameters,
                             TrainingRows::conversationRow(row->system, messages),
                             tr("row %1 of evaluation %2").arg(rowNumber + 1).arg(data.definition.name));
}

void EvalPane::showDetail()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int r = current.row();
    QString html;
    auto block = [&](const QString& title, const QString& text, const QString& tip = {}) {
        html += QStringLiteral("<h4>%1</h4>").arg(title.toHtmlEscaped());
        if (!tip.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(tip.section(QLatin1Char('\n'), 0, 0).toHtmlEscaped());
        html += QStringLiteral("<pre style='white-space: pre-wrap'>%1</pre>").arg(text.toHtmlEscaped());
    };
    block(tr("Prompt (row %1)").arg(m_model->datasetRow(r) + 1),
          m_model->index(r, EvalGridModel::PromptColumn).data(EvalGridModel::FullTextRole).toString());
    block(tr("Dataset's answer"),
          m_model->index(r, EvalGridModel::ReferenceColumn).data(EvalGridModel::FullTextRole).toString());
    for (int m = 0; m < m_model->modelCount(); ++m) {
        const QModelIndex i = m_model->index(r, EvalGridModel::FirstModelColumn + m);
        block(m_model->headerData(i.column(), Qt::Horizontal, Qt::ToolTipRole).toString(),
              i.data(EvalGridModel::FullTextRole).toString(), i.data(Qt::ToolTipRole).toString());
    }
    m_detail->setHtml(html);
}

void EvalPane::refreshSummaryInBackground()
{
    if (m_id.isEmpty() || m_lostFirst->isChecked()) { // the lost rows are re-sorted with it
        refreshSummary();
        return;
    }
    m_summaryWorker->refresh();
}

void EvalPane::refreshSummary()
{
    m_summaryWorker->discardRunning(); // a worker's summary is older than this one
    if (m_id.isEmpty()) {
        m_summary->clear();
        return;
    }
    // The summary's own text lists the rows the fine-tune lost, per pair and judge.
    const QString text = EvalSummary::of(m_model->runData()).text();
    m_summary->setPlainText(text);
    if (m_lostFirst->isChecked())
        setLostFirst(true);
}

void EvalPane::setLostFirst(bool on)
{
    if (m_lostFirst->isChecked() != on) {
        m_lostFirst->setChecked(on); // comes back here through toggled
        return;
    }
    QList<qint64> lost;
    if (on) {
        const EvalSummary s = EvalSummary::of(m_model->runData());
        const int candidate = m_model->runData().definition.candidateIndex();
        // A person's verdicts first, then any judge's.
        for (int pass = 0; pass < 2; ++pass)
            for (const EvalSummary::Pair& p : s.pairs)
                if ((p.judge == QLatin1String("human")) == (pass == 0) && (p.a == candidate || p.b == candidate))
                    for (qint64 r : p.lostRows)
                        if (!lost.contains(r))
                            lost.append(r);
    }
    const qint64 current = m_model->datasetRow(m_grid->currentIndex().row());
    const int column = std::max(int(EvalGridModel::FirstModelColumn), m_grid->currentIndex().column());
    m_model->setLeadingRows(lost);
    const int r = m_model->gridRowOf(current);
    m_grid->setCurrentIndex(m_model->index(on && !lost.isEmpty() ? 0 : std::max(0, r), column));
    setStatus(on ? tr("%n row(s) the fine-tune lost come first.", nullptr, int(lost.size())) : QString());
}

void EvalPane::updateStats()
{
    if (m_runner && m_runner->isRunning()) {
        const auto [answered, failed, total] = m_counts;
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(answered + failed);
        QString status = tr("%1 of %2 answers, %3 failed").arg(answered).arg(total).arg(failed);
        for (const QString& note : std::as_const(m_batchNotes))
            status += QStringLiteral(" · ") + note;
        setStatus(status);
        // The summary follows the run too, once a second (it reads every answer).
        if (!m_summaryClock.isValid() || m_summaryClock.elapsed() >= 1000) {
            m_summaryClock.start();
            refreshSummaryInBackground();
        }
    }
    const EvalRunData& data = m_model->runData();
    QStringList parts;
    for (int m = 0; m < data.definition.models.size(); ++m) {
        qint64 prompt = 0, completion = 0, timedTokens = 0;
        double ttft = 0, genSeconds = 0;
        int answered = 0, timed = 0;
        for (const EvalRow& row : data.rows) {
            const EvalResult* r = data.result(row.row, m);
            if (!r || !r->ok)
                continue;
            ++answered;
            prompt += std::max<qint64>(0, r->promptTokens);
            completion += std::max<qint64>(0, r->completionTokens);
            if (r->tokensPerSecond() >= 0) {
                ++timed;
                ttft += double(r->firstTokenMs);
                genSeconds += double(r->ms - r->firstTokenMs) / 1000.0;
                timedTokens += r->completionTokens;
            }
        }
        QString line =
            tr("%1: %Ln answer(s), %2 + %3 tokens", nullptr, answered).arg(m + 1).arg(prompt).arg(completion);
        // The timings are named before the first answer has them (a dash): with a line a model,
        // the figures keep their height as the run fills and the grid below does not move.
        const QString dash = QStringLiteral("—");
        line += tr(", first token %1 ms, %2 tokens/s")
                    .arg(timed > 0 ? QString::number(qRound(ttft / timed)) : dash)
                    .arg(timed > 0 ? QLocale().toString(genSeconds > 0 ? double(timedTokens) / genSeconds : 0.0, 'f', 1)
                                   : dash);
        parts << line;
    }
    m_stats->setText(parts.join(QLatin1Char('\n')));
    holdHeight(m_stats);
}

void EvalPane::updateButtons()
{
    const bool open = !m_id.isEmpty();
    const bool running = m_runner && m_runner->isRunning();
    // The state on disk: the grid's copy is the one read when the run was opened.
    // A finished run may still miss answers (a batch that failed): Run asks for them.
    const EvalRunData& data = m_model->runData();
    const bool missing = open && data.answered() < data.askableRows() * int(data.definition.models.size());
    m_new->setEnabled(!running);
    m_new->setToolTip(running ? tr("Pause or cancel the run in progress first")
                              : tr("Evaluate rows of the open dataset (also Edit › Evaluate Rows…, and Evaluate "
                                   "against Its Base on a finished job's page)"));
    m_start->setEnabled(open && !running && (missing || m_store.state(m_id) != QLatin1String("finished")));
    m_pause->setEnabled(running);
    m_pause->setText(running && m_runner->isPaused() ? tr("Res&ume") : tr("&Pause"));
    m_cancel->setEnabled(running);
    m_judgeButton->setEnabled(open && !m_judge && !m_togetherJudge && !m_judgeConnecting);
    m_addToDataset->setEnabled(open);
    m_export->setEnabled(open);
}

bool EvalPane::exportRun(EvalExport::RunFormat format, QString path)
{
    if (m_id.isEmpty())
        return false;
    if (path.isEmpty()) {
        const bool csv = format == EvalExport::RunFormat::Csv;
        const QString suggested =
            QDir::home().filePath(m_id + (csv ? QStringLiteral(".csv") : QStringLiteral(".jsonl")));
        path = Dialogs::saveFileName(this, tr("Export Evaluation"), suggested,
                                     csv ? tr("CSV files (*.csv)") : tr("JSON Lines (*.jsonl)"));
        if (path.isEmpty())
            return false;
    }
    if (auto written = EvalExport::writeRun(m_model->runData(), format, path); !written) {
        Dialogs::warning(this, tr("Export Evaluation"), written.error().message);
        return false;
    }
    setStatus(tr("Wrote the run to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool EvalPane::addToDataset(Rows which)
{
    const EvalRunData& data = m_model->runData();
    QList<QByteArray> rows;
    QString description;
    const auto pairs = [&] {
        QList<QPair<int, int>> out;
        for (int a = 0; a < data.definition.models.size(); ++a)
            for (int b = a + 1; b < data.definition.models.size(); ++b)
                out.append({a, b});
        return out;
    }();
    switch (which) {
    case Rows::GoodAsTraining:
        rows = EvalExport::markedTrainingRows(data);
        description = tr("Add Good Answers from Evaluation");
        break;
    case Rows::GoodBadAsPreference:
        rows = EvalExport::markedPreferenceRows(data);
        description = tr("Add Preference Rows from Marked Answers");
        break;
    case Rows::PicksAsPreference:
        for (const auto& [a, b] : pairs)
            rows += EvalExport::preferenceRows(data, a, b, QStringLiteral("human"));
        description = tr("Add Preference Rows from Your Picks");
        break;
    case Rows::JudgeLostAsTraining: {
        QSet<QString> judges;
        for (const EvalVerdict& v : data.verdicts)
            if (v.judge != QLatin1String("human"))
                judges.insert(v.judge);
        for (const QString& judge : judges)
            for (const auto& [a, b] : pairs)
                rows += EvalExport::trainingRows(data, a, b, judge, true);
        description = tr("Add Rows the Fine-Tune Lost as Training Rows");
        break;
    }
    }
    if (rows.isEmpty()) {
        setStatus(which == Rows::GoodAsTraining        ? tr("No answer is marked good yet (G on an answer).")
                  : which == Rows::GoodBadAsPreference ? tr("No row has both a good and a bad answer yet (G and B).")
                  : which == Rows::PicksAsPreference   ? tr("No row is picked yet (1–4 on a row).")
                                                       : tr("No judge found the fine-tune worse on any row."));
        return false;
    }
    emit rowsForDataset(rows, description);
    setStatus(tr("%n row(s) added to the dataset (one Undo removes them).", nullptr, int(rows.size())));
    return true;
}

QString EvalPane::summaryText() const
{
    return m_summary->toPlainText();
}

QString EvalPane::statsText() const
{
    return m_stats->text();
}

QString EvalPane::statusText() const
{
    return m_status->text();
}

QString EvalPane::emptyStateText() const
{
    return m_body->currentWidget() == m_empty ? m_empty->text() : QString();
}

void EvalPane::setStatus(const QString& text)
{
    m_status->setText(text);
    holdHeight(m_status);
}

void EvalPane::holdHeight(QLabel* label)
{
    if (label->width() <= 0)
        return;
    const int height = label->heightForWidth(label->width());
    if (height > label->minimumHeight())
        label->setMinimumHeight(height);
}

} // namespace td
