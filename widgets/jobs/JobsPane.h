#pragma once

#include "api/client/ModelCatalog.h"
#include "jobs/ServingVerdict.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace td {

class ApiContext;
class EmptyState;
class ModelDownload;
class TokenizedDownload;
class JobMonitor;
class JobPage;
class JobsFilterModel;
class LossCompareDialog;
class ServingCheck;
struct ServingVerdict;
struct FineTuneJob;
struct FineTuneRequest;

// The Jobs pane: the account's fine-tunes with live status, and the selected one's page
// (events, loss, checkpoints, download, cancel). Uses the active connection (the status bar's
// choice: Together, or the demo); without jobs or a connection it says what to do next.
class JobsPane final : public QWidget
{
    Q_OBJECT

public:
    JobsPane(ApiContext* api, QWidget* parent = nullptr);
    ~JobsPane() override;

    JobMonitor* monitor() const { return m_monitor; }
    JobPage* page() const { return m_page; }
    const ModelCatalog& catalog() const { return m_catalog; }
    QTableView* table() const { return m_table; }
    JobsFilterModel* filter() const { return m_filter; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QPushButton* compareButton() const { return m_compareLoss; }
    LossCompareDialog* lossCompareDialog() const; // the one open, if any
    QStringList selectedJobIds() const;
    QString banner() const;
    QString emptyStateText() const; // empty when jobs are shown
    // Connects (again) with the active connection and refreshes.
    void reconnect();
    void selectJob(const QString& id);
    // The New Fine-Tune dialog for `datasetPath`, starting from `base` settings when given.
    void newJob(const QString& datasetPath, const FineTuneRequest* base = nullptr);
    // The tokenizer the Dataset pane counts with: New Fine-Tune's pre-flight counts exactly with it.
    void setTokenizerDir(const QString& dir) { m_tokenizerDir = dir; }

signals:
    void connectionsRequested();
    void newJobRequested(); // the window answers with newJob() and the open dataset
    void jobFinished(const QString& title, const QString& message);
    void datasetLineRequested(const QString& path, qint64 line);
    void playgroundRequested(const QString& model); // a fine-tune to chat with
    void evaluateRequested(const QString& baseModel, const QString& fineTune);
    void deployRequested(const QString& jobId); // a fine-tune to deploy on v2

private:
    void showSelected();
    void compareLoss();
    void updateBanner();
    void showServing(const FineTuneJob* job);
    // The jobs, or what to do when there are none (or no connection).
    void showEmptyState(const QString& title, const QString& body);
    QString activeName() const;
    void refreshCatalog();
    void cancelJob(const QString& id);
    void download(const QString& id, qint64 step, bool adapter);
    void downloadTokenized(const QString& id);
    // What a download of job `jobId` says, shown on that job's page only.
    void showTransfer(const QString& jobId, const QString& text, qint64 done = -1, qint64 total = -1);

    ApiContext* m_api;
    JobMonitor* m_monitor;
    JobsFilterModel* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_status;
    QPushButton* m_compareLoss;
    QPointer<LossCompareDialog> m_lossCompare;
    JobPage* m_page;
    QLabel* m_banner;
    QPushButton* m_connect;
    QPushButton* m_refresh;
    QPushButton* m_new;
    QPushButton* m_files;
    QStackedWidget* m_body; // the jobs, or the empty state
    EmptyState* m_empty;
    QPushButton* m_emptyNew;  // New Fine-Tune…, in the empty state
    QPushButton* m_emptyDemo; // Try the Demo Connection, when not connected
    QPointer<ModelDownload> m_download;
    QPointer<TokenizedDownload> m_tokenized;
    struct Transfer
    {
        QString jobId;
        QString text;
        qint64 done = -1;
        qint64 total = -1;
    } m_transfer;                                     // the last download's state
    ModelCatalog m_catalog = ModelCatalog::bundled(); // with the server's answers laid over it
    QString m_tokenizerDir;
    QString m_pendingSelection;               // a job just launched, selected once the list has it
    QHash<QString, ServingVerdict> m_serving; // finished jobs: how each can be served, asked once
    QPointer<ServingCheck> m_servingCheck;    // asking for m_servingJob
    QString m_servingJob;
};

} // namespace td
