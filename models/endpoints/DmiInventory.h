#pragma once

#include "api/client/DmiClient.h"
#include "endpoints/SpendLedger.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace td {

// One v2 deployment as the app and the CLI show it: its facts, its traffic weight, what its
// ready replicas cost an hour and what it has cost while TuneDesk watched it.
struct DmiDeploymentView
{
    Deployment deployment;
    double weight = 0;
    std::optional<InstanceType> instance; // from its hardware; unknown price: nullopt
    double spentDollars = 0;              // since this app first saw it (kept after a stop)

    std::optional<double> dollarsPerHour() const; // ready replicas × price per replica-hour
};

struct DmiEndpointView
{
    DmiEndpoint endpoint;
    QList<DmiDeploymentView> deployments;

    std::optional<double> dollarsPerHour() const; // nullopt when a running one's price is unknown
};

// The project's dedicated endpoints v2 with their deployments and prices, read in one go
// (whoami once, every page of endpoints, each endpoint's deployments, the instance types once).
// Shared by the Endpoints pane and `tunedesk-cli endpoints list`. Spending is added up between
// loads from the ready replicas seen (billing is per minute per ready replica), so a stopped
// deployment keeps what it cost.
class DmiInventory : public QObject
{
    Q_OBJECT

public:
    explicit DmiInventory(DmiClient client, QObject* parent = nullptr);

    const DmiClient& client() const { return m_client; }
    void load();
    bool isLoading() const { return m_loading; }
    // Where spent-so-far is kept: the app's file-backed ledger; without one, this inventory's own.
    void setLedger(SpendLedger* ledger) { m_ledger = ledger ? ledger : &m_ownLedger; }
    const WhoAmI& project() const { return m_project; }
    const QList<DmiEndpointView>& endpoints() const { return m_endpoints; }
    const QList<InstanceType>& instanceTypes() const { return m_types; }
    // By id (ep_...), full name ("slug/name") or the name alone.
    const DmiEndpointView* find(const QString& endpoint) const;
    // A deployment of `endpoint` by id or name (full or last part); empty `which`: the only one,
    // else the newest.
    static const DmiDeploymentView* deploymentOf(const DmiEndpointView& endpoint, const QString& which);
    bool anyChanging() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The inventory as `tunedesk-cli endpoints list --json` prints it.
    nlohmann::ordered_json toJson() const;

signals:
    void loaded();
    void failed(const td::ApiError& error);

private:
    void loadEndpoints(const QString& after, QList<DmiEndpoint> sofar, quint64 gen);
    void loadDeployments(QList<DmiEndpoint> rest, QList<DmiEndpointView> done, quint64 gen);
    void finish(QList<DmiEndpointView> views, quint64 gen);
    void again(); // runs the load asked for while the last was on its way

    DmiClient m_client;
    WhoAmI m_project;
    QList<InstanceType> m_types;
    QList<DmiEndpointView> m_endpoints;
    SpendLedger m_ownLedger;
    SpendLedger* m_ledger = &m_ownLedger; // what deployments cost as seen (kept after a stop)
    bool m_loading = false;
    bool m_again = false; // a load was asked for while one was on its way
    quint64 m_generation = 0;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace td
