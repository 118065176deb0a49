#pragma once

#include "api/http/ApiRequest.h"
#include "eval/EvalExport.h"
#include "eval/EvalJudge.h"
#include "eval/EvalRunner.h"
#include "eval/EvalStore.h"
#include "eval/TogetherJudge.h"
#include "playground/ChatParameters.h"
#include "widgets/eval/EvalRunDialog.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <tuple>

class QCheckBox;
class QDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace td {

class ApiContext;
class EmptyState;
class EvalGridModel;
class EvalGridView;
class EvalSummaryWorker;

// Evaluations: the runs (listed, newest first; reopening one shows it as it was), the
// results grid filling as answers stream in, per-model time to first token, tokens per second
// and usage, progress with pause and cancel, a judge model, the summary (win / tie / loss
// with 95 % intervals per pair, the rows the fine-tune lost first on request), and the way
// back into the dataset: answers marked good or bad, or the picks, as training or preference
// rows (one undo step in the open dataset). All of it runs on models/eval.
class EvalPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EvalPane(ApiContext* api, QWidget* parent = nullptr, const QString& evalRoot = {});
    ~EvalPane() override;

    // Opens the New Evaluation dialog for these rows and models; a run it creates is started.
    EvalRunDialog* newRun(const EvalRunDialog::Source& source, const QList<EvalModel>& models);
    bool openRun(const QString& id);
    // Starts (or continues) the open run: asks only what is missing.
    void startRun();
    void pause();
    void cancel();
    // Asks `judgeModel` about every pair with the fine-tune: itself over the active connection,
    // or, with the Evaluations API box ticked, through Together's Evaluations API.
    void judge(const QString& judgeModel);
    void setJudgeThroughTogether(bool on);
    void setJudgePollInterval(int ms) { m_judgePollMs = ms; }
    void refreshRuns();
    // The open run's entry in the list, after its state changed.
    void refreshRunEntry();
    // The judge's prompt: the user's (Settings), else EvalJudge's default.
    static QString judgePrompt();
    // Judge Prompt…: edits it (checked: both answers must be in it); the dialog is open on return.
    QDialog* editJudgePrompt();

    QString runId() const { return m_id; }
    EvalStore store() const { return m_store; }
    EvalRunner* runner() const { return m_runner; }
    EvalGridModel* gridModel() const { return m_model; }
    EvalGridView* grid() const { return m_grid; }
    QComboBox* runList() const { return m_runs; }
    QString summaryText() const;
    QString statsText() const;
    QString statusText() const;
    QString emptyStateText() const; // empty when a run is shown
    void setLostFirst(bool on);
    // How often a model's batch is asked about (Together's batches take minutes to hours).
    void setBatchPollInterval(int ms) { m_batchPollMs = ms; }
    // The rows for the dataset, as the Add to Dataset menu makes them.
    enum class Rows { GoodAsTraining, GoodBadAsPreference, PicksAsPreference, JudgeLostAsTraining };
    bool addToDataset(Rows which);
    // Writes the open run to `path` (asks for one when empty); false when nothing was written.
    bool exportRun(EvalExport::RunFormat format, QString path = {});

signals:
    void rowsForDataset(const QList<QByteArray>& rows, const QString& description);
    // Enter on a row: the playground with the run's models and parameters, the row's
    // conversation cut where the run cut it and its dataset answer beside.
    void playgroundRequested(const QList<td::EvalModel>& models, const td::ChatParameters& parameters,
                             const QByteArray& row, const QString& source);
    void runsChanged();
    // New Evaluation…: the window knows the open dataset's rows.
    void newRunRequested();

private:
    // A run's line in the list: its name, models, state and when it was made.
    static QString runEntry(const EvalDefinition& d, const QString& state);
    void onPicked(int gridRow, int model);
    void onMarked(int gridRow, int column, bool good);
    void onOpen(int gridRow);
    void showDetail();
    void refreshSummary();
    // While answers stream in: the same, worked out on a worker (it scores every answer, 20-30 ms
    // for 6,000 on the GUI thread), shown when it is ready unless a newer summary was shown first.
    void refreshSummaryInBackground();
    void updateStats();
    void updateButtons();
    void setStatus(const QString& text);
    // A label whose text changes as answers stream keeps the tallest height it reached (until
    // another run is opened), so text that wraps to two lines and back does not move the grid
    // below it (each move repaints the whole pane: 13-14 ms in bench_eval_gui --trace).
    static void holdHeight(QLabel* label);
    void reloadVerdicts();
    void judgeThroughTogether(const QString& judgeModel, const QString& profile, const Connection& connection);

    ApiContext* m_api;
    EvalStore m_store;
    QString m_id;
    QPointer<EvalRunner> m_runner;
    QPointer<EvalJudge> m_judge;
    QPointer<TogetherJudge> m_togetherJudge;
    int m_judgePollMs = 5000;
    bool m_judgeConnecting = false;
    QCheckBox* m_viaTogether = nullptr;
    EvalGridModel* m_model;
    EvalGridView* m_grid;
    QComboBox* m_runs;
    QPushButton* m_new;
    QPushButton* m_start;
    QPushButton* m_pause;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_stats;
    QStackedWidget* m_body = nullptr;
    EmptyState* m_empty = nullptr;
    QTextBrowser* m_detail;
    QTimer* m_detailTimer = nullptr;
    QElapsedTimer m_summaryClock;
    QPlainTextEdit* m_summary;
    EvalSummaryWorker* m_summaryWorker = nullptr;
    QCheckBox* m_lostFirst;
    QLineEdit* m_judgeModel;
    QPushButton* m_judgeButton;
    QToolButton* m_addToDataset;
    QToolButton* m_export;
    QTimer* m_statsTimer;
    std::tuple<int, int, int> m_counts{0, 0, 0}; // answered, failed, total of the run in progress
    QMap<int, QString> m_batchNotes;             // model -> where its batch is
    int m_batchPollMs = 10000;
    bool m_filling = false; // the run list is being refilled: no run is opened by it
};

} // namespace td
