#pragma once

#include "api/ModelCatalog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace td {

class ApiContext;
class ModelDownload;
class JobMonitor;
class JobPage;
struct FineTuneJob;
struct FineTuneRequest;

// The Jobs pane: the account's fine-tunes with live status, and the selected one's page
// (events, loss, checkpoints, download, cancel). Uses the Together connection profile; says
// how to connect when it has no key.
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
    QString banner() const;
    // Connects (again) with the current Together profile and refreshes.
    void reconnect();
    void selectJob(const QString& id);
    // The New Fine-Tune dialog for `datasetPath`, starting from `base` settings when given.
    void newJob(const QString& datasetPath, const FineTuneRequest* base = nullptr);

signals:
    void connectionsRequested();
    void newJobRequested(); // the window answers with newJob() and the open dataset
    void jobFinished(const QString& title, const QString& message);
    void datasetLineRequested(const QString& path, qint64 line);
    void playgroundRequested(const QString& model); // a fine-tune to chat with
    void endpointRequested(const QString& model);   // a fine-tune to deploy

private:
    void showSelected();
    void refreshCatalog();
    void cancelJob(const QString& id);
    void download(const QString& id, qint64 step, bool adapter);

    ApiContext* m_api;
    JobMonitor* m_monitor;
    QTableView* m_table;
    JobPage* m_page;
    QLabel* m_banner;
    QPushButton* m_connect;
    QPushButton* m_refresh;
    QPushButton* m_new;
    QPushButton* m_files;
    QPointer<ModelDownload> m_download;
    ModelCatalog m_catalog = ModelCatalog::bundled(); // with the server's answers laid over it
    QString m_pendingSelection;                       // a job just launched, selected once the list has it
};

} // namespace td
