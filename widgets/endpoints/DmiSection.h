#pragma once

#include "api/http/ApiRequest.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace td {

class ApiContext;
class DeployDialog;
class DeploymentActions;
class EventsDialog;
class ScaleDialog;
class DmiDeploymentsModel;
class DmiInventory;
class SpendLedger;

// The dedicated endpoints v2 part of the Endpoints pane: every endpoint with its deployments
// (state and the server's message, replicas, hardware, weight, cost per hour and spent so far,
// kept after a stop), refreshed often while one changes; deploy, stop, start, delete in the
// documented order (all through the model's DeploymentActions), open in the playground.
class DmiSection final : public QWidget
{
    Q_OBJECT

public:
    explicit DmiSection(ApiContext* api, QWidget* parent = nullptr);

    void setConnection(const std::optional<Connection>& connection);
    // The ledger every inventory this section makes keeps spent-so-far in (not owned).
    void setLedger(SpendLedger* ledger);
    DmiDeploymentsModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    DmiInventory* inventory() const { return m_inventory; }
    QString status() const;
    void setPollIntervals(int changingMs, int steadyMs);

    // Opens the Deploy dialog for a finished fine-tune or a catalogue model.
    DeployDialog* deployJob(const QString& jobId);
    DeployDialog* deployModel(const QString& modelName);
    void refresh();
    void selectDeployment(const QString& endpointId, const QString& deploymentId);
    void stopSelected();
    void startSelected();
    // The selected deployment's replica bounds, in a ScaleDialog; applied through DeploymentActions.
    ScaleDialog* scaleSelected();
    // The selected endpoint's events.
    EventsDialog* eventsOfSelected();
    void deleteSelected();
    void openSelectedInPlayground();

signals:
    void playgroundRequested(const QString& profileId, const QString& model);
    void deployed(const QString& endpointModelName);
    void runningCostChanged(const QString& text);

private:
    DeployDialog* openDialog();
    DeploymentActions* actions();
    void updateButtons();
    void schedule();
    void loaded();

    ApiContext* m_api;
    std::optional<Connection> m_connection;
    DmiInventory* m_inventory = nullptr;
    SpendLedger* m_ledger = nullptr;
    DeploymentActions* m_actions = nullptr;
    DmiDeploymentsModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QLabel* m_cost;
    QPushButton* m_deploy;
    QPushButton* m_stop;
    QPushButton* m_start;
    QPushButton* m_scale;
    QPushButton* m_events;
    QPushButton* m_delete;
    QPushButton* m_open;
    QTimer* m_timer;
    int m_changingMs = 3000;
    int m_steadyMs = 60000;
};

} // namespace td
