#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace td {

class ApiContext;
class EndpointMonitor;
struct Endpoint;

// Dedicated endpoints: the list with state, hardware, replicas and cost, refreshed while any
// changes state; create, start, stop, delete (confirmed); what the started ones cost per hour
// and so far; a reminder when one has been idle long; open one in the playground.
class EndpointsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EndpointsPane(ApiContext* api, QWidget* parent = nullptr);

    EndpointMonitor* monitor() const { return m_monitor; }
    QTableView* table() const { return m_table; }
    void selectEndpoint(const QString& id);
    QString selectedId() const;
    QString costText() const;
    QString banner() const;

    void newEndpoint(const QString& model = {});
    // Resolves the Together connection again (its key or URL changed).
    void reconnect();
    void startSelected();
    void stopSelected();
    void deleteSelected();
    void openSelectedInPlayground();

signals:
    void playgroundRequested(const QString& profileId, const QString& model);
    void idleReminder(const QString& title, const QString& message);
    void connectionsRequested();
    // What the started endpoints cost, for a status bar; empty when none runs.
    void runningCostChanged(const QString& text);

private:
    void updateButtons();
    void updateCost();

    ApiContext* m_api;
    EndpointMonitor* m_monitor;
    QTableView* m_table;
    QLabel* m_banner;
    QLabel* m_cost;
    QPushButton* m_connect;
    QPushButton* m_create;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_delete;
    QPushButton* m_open;
    QPushButton* m_refresh;
};

} // namespace td
