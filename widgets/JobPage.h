#pragma once

#include "api/Checkpoint.h"
#include "api/FineTuneJob.h"
#include "api/TrainingMetric.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace td {

class LossChart;

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

    LossChart* lossChart() const { return m_chart; }
    QPlainTextEdit* eventLog() const { return m_events; }
    QTreeWidget* checkpointList() const { return m_checkpoints; }
    QTabWidget* tabs() const { return m_tabs; }
    QString timelineText() const;
    QString transferText() const;

signals:
    void cancelRequested(const QString& jobId);
    // step 0: the final model; adapter: the LoRA adapter rather than the merged model.
    void downloadRequested(const QString& jobId, qint64 step, bool adapter);
    void stopTransferRequested();
    void cloneRequested(const QString& jobId);
    void playgroundRequested(const QString& model);
    void endpointRequested(const QString& model); // deploy it on a dedicated endpoint

private:
    void updateButtons();

    QString m_jobId;
    bool m_lora = false;
    JobStatus m_status = JobStatus::Unknown;
    qsizetype m_eventsShown = 0;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_timeline;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_download;
    QPushButton* m_clone;
    QPushButton* m_playground;
    QPushButton* m_deploy;
    QString m_outputName;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_events;
    LossChart* m_chart;
    QTreeWidget* m_checkpoints;
    QPushButton* m_downloadCheckpoint;
    QLabel* m_transfer;
    QProgressBar* m_transferBar;
    QPushButton* m_stopTransfer;
};

} // namespace td
