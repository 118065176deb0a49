#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace td {

class ApiContext;
struct ApiError;
class DeployDialog;
class EmptyState;
class DmiSection;
class EndpointMonitor;
class SpendLedger;
struct Endpoint;

// Dedicated endpoints: the list with state, hardware, replicas and cost, refreshed while any
// changes state; create, start, stop, delete (confirmed); what the started ones cost per hour
// and so far; a reminder when one has been idle long; open one in the playground. Since July
// 2026 v1 endpoints can no longer be created or restarted: that 403 is explained with an offer
// to deploy the same model on v2, whose endpoints and deployments are listed below (DmiSection).
class EndpointsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointsPane(ApiContext* api, QWidget* parent = nullptr);
    ~EndpointsPane() override;

    EndpointMonitor* monitor() const { return m_monitor; }
    QTableView* table() const { return m_table; }
    void selectEndpoint(const QString& id);
    QString selectedId() const;
    QString costText() const;
    QString banner() const;
    QString emptyStateText() const; // empty when the endpoints are shown

    void newEndpoint(const QString& model = {});
    // Resolves the active connection again (another one chosen, its key or URL changed).
    void reconnect();
    void startSelected();
    void stopSelected();
    void deleteSelected();
    void openSelectedInPlayground();

    // Dedicated endpoints v2 (below the v1 list).
    DmiSection* dmi() const { return m_dmi; }
    DeployDialog* deployJob(const QString& jobId);
    DeployDialog* deployModel(const QString& modelName);

signals:
    void playgroundRequested(const QString& profileId, const QString& model);
    void idleReminder(const QString& title, const QString& message);
    void connectionsRequested();
    // What the started endpoints cost, for a status bar; empty when none runs.
    void runningCostChanged(const QString& text);
    // A v2 deployment is ready with traffic weight: chats to this name reach it.
    void dmiDeployed(const QString& endpointModelName);

private:
    // A v1 create or start refused with 403 endpoints_v1_create_access_disabled: explains, and
    // offers to deploy the same model on v2.
    bool offerV2(const ApiError& e);
    void updateButtons();
    void updateCost();
    QString activeName() const;

    ApiContext* m_api;
    EndpointMonitor* m_monitor;
    QTableView* m_table;
    QLabel* m_banner;
    QString m_notice; // an action's refusal, shown until the next action
    QLabel* m_cost;
    QPushButton* m_connect;
    QPushButton* m_create;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_delete;
    QPushButton* m_open;
    QPushButton* m_refresh;
    DmiSection* m_dmi;
    QStackedWidget* m_body; // the endpoints, or what to do without a connection
    EmptyState* m_empty;
    // Spent so far, v1 and v2, kept in the app's data folder across stops and restarts.
    std::unique_ptr<SpendLedger> m_ledger;
    QString m_v1Model; // the model of the last v1 create or start, for offerV2
};

} // namespace td
