#pragma once

#include "api/wire/Checkpoint.h"
#include "api/wire/FineTuneJob.h"
#include "api/wire/TrainingMetric.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace td {

class ElidedLabel;
class LossChart;
class MetricChart;

// One fine-tune: status and progress, price, the event log (live, coloured by level,
// copyable), the loss chart, the checkpoints with download, cancel; and the state of a
// download in progress.
class JobPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JobPage(QWidget* parent = nullptr);

    void setJob(const FineTuneJob* job); // null: nothing selected
    void setMetrics(const QList<TrainingMetric>& metrics);
    void setCheckpoints(const QList<Checkpoint>& checkpoints);
    // A download's progress (total -1: unknown), its end, or an empty text to hide it.
    void showTransfer(const QString& text, qint64 done = -1, qint64 total = -1);
    // How the finished model can be served and what it costs (ServingVerdict's text); empty hides it.
    void setServing(const QString& text);
    QString servingText() const;

    LossChart* lossChart() const { return m_chart; }
    MetricChart* gradNormChart() const { return m_gradNorm; }
    MetricChart* learningRateChart() const { return m_learningRate; }
    QPushButton* tokenizedDownloadButton() const { return m_downloadTokenized; }
    QPlainTextEdit* eventLog() const { return m_events; }
    QTreeWidget* checkpointList() const { return m_checkpoints; }
    QTabWidget* tabs() const { return m_tabs; }
    ElidedLabel* titleLabel() const { return m_title; }
    ElidedLabel* idLabel() const { return m_idLabel; }
    QString timelineText() const;
    QString earlyStopText() const; // what early stopping did ("" when it did not stop the job)
    QString transferText() const;
    // Elapsed time, time left and throughput (JobProgress), "—" for what is not known.
    QString monitoringText() const;
    QString detailsText() const; // status, base model, epochs, tokens, price, created (rich text)

signals:
    void cancelRequested(const QString& jobId);
    // step 0: the final model; adapter: the LoRA adapter rather than the merged model.
    void downloadRequested(const QString& jobId, qint64 step, bool adapter);
    void stopTransferRequested();
    void tokenizedDownloadRequested(const QString& jobId); // the data as Together tokenized it
    void cloneRequested(const QString& jobId);
    void playgroundRequested(const QString& model);
    // Compare the finished model with its base on held-out rows (the Evaluate dialog).
    void evaluateRequested(const QString& baseModel, const QString& fineTune);
    void deployRequested(const QString& jobId); // deploy it on a dedicated endpoint v2

private:
    void updateButtons();
    void updateMonitoring();
    void fillCheckpoints();

    QString m_jobId;

    FineTuneJob m_lastJob; // the job shown, to draw it again in other colours
    bool m_lora = false;
    JobStatus m_status = JobStatus::Unknown;
    qsizetype m_eventsShown = 0;
    ElidedLabel* m_title;   // the output name on one line, its middle elided when narrow
    ElidedLabel* m_idLabel; // the job id, never split across lines
    QLabel* m_details;
    QLabel* m_timeline;
    QLabel* m_monitoring; // elapsed, left, steps/min and tokens/s
    QTimer m_clock;       // the elapsed time of a job underway counts on
    std::optional<FineTuneJob> m_job;
    QList<TrainingMetric> m_metrics;
    QList<Checkpoint> m_checkpointData;
    QLabel* m_earlyStop; // best step, best eval loss and refund of a job that stopped early
    QLabel* m_serving;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_download;
    QPushButton* m_clone;
    QPushButton* m_playground;
    QPushButton* m_evaluate;
    QPushButton* m_deployV2;
    QString m_outputName;
    QString m_baseModel;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_events;
    LossChart* m_chart;
    MetricChart* m_gradNorm;
    MetricChart* m_learningRate;
    QPushButton* m_downloadTokenized;
    QTreeWidget* m_checkpoints;
    QPushButton* m_downloadCheckpoint;
    QLabel* m_transfer;
    QProgressBar* m_transferBar;
    QPushButton* m_stopTransfer;
};

} // namespace td
