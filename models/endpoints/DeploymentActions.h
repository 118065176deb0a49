#pragma once

#include "api/client/DmiClient.h"
#include "core/Error.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace td {

// Changes to dedicated endpoints v2 with their rules and their order, for the GUI, the CLI
// and the deploy plan alike. Each operation reads the resource first and sends its etag; a
// 409 (someone changed it meanwhile) is read again and tried once more, then explained.
// Replica bounds are checked (DmiRules) before anything is sent. One operation at a time:
// it reports progress() as it goes and ends with exactly one finished() or failed().
class DeploymentActions : public QObject
{
    Q_OBJECT

public:
    DeploymentActions(DmiClient client, QString projectId, QObject* parent = nullptr);

    // How often a state is read while waiting for it (the app: seconds; tests: milliseconds).
    void setPollInterval(int ms) { m_pollMs = ms; }
    bool isBusy() const { return m_busy; }
    const DmiClient& client() const { return m_client; }
    const QString& projectId() const { return m_project; }

    // The traffic split entry of one deployment (0 takes it out of rotation; kept as an
    // entry with weight 0, the form the docs say is safe).
    void setWeight(const QString& endpointId, const QString& deploymentId, double weight);
    // New bounds. 0/0 stops; raising both from 0 restarts (only from STOPPED); min 0 with max
    // above 0 is refused before sending.
    void setAutoscaling(const QString& endpointId, const QString& deploymentId, int minReplicas, int maxReplicas);
    // 0/0, then (with `wait`) until STOPPED: nothing is billed once it is.
    void stop(const QString& endpointId, const QString& deploymentId, bool wait);
    void start(const QString& endpointId, const QString& deploymentId, int minReplicas, int maxReplicas);
    // The documented order, as one sequence: every deployment scaled to 0/0 and waited for
    // until STOPPED, its weight set to 0, the deployment deleted; then the endpoint.
    void removeEndpoint(const QString& endpointId);
    // Reads the deployment until `until` holds (or it FAILED, which fails the wait).
    void waitFor(const QString& endpointId, const QString& deploymentId, std::function<bool(const Deployment&)> until,
                 const QString& what);
    void cancel();

signals:
    void progress(const QString& text);
    void deploymentChanged(const td::Deployment& deployment);
    void endpointChanged(const td::DmiEndpoint& endpoint);
    void finished(const QString& summary);
    void failed(const td::Error& error);

private:
    using Next = std::function<void()>;
    bool begin();
    void fail(const Error& e);
    void failApi(const QString& what, const ApiError& e);
    void succeed(const QString& summary);
    // The steps, each continuing with `next` when done.
    void patchWeight(const QString& ep, const QString& dep, double weight, bool retried, Next next);
    void patchScaling(const QString& ep, const QString& dep, int minR, int maxR, bool retried, Next next);
    void poll(const QString& ep, const QString& dep, std::function<bool(const Deployment&)> until, const QString& what,
              Next next);
    void removeDeployments(const QString& ep, QList<Deployment> rest, Next next);

    DmiClient m_client;
    QString m_project;
    int m_pollMs = 5000;
    bool m_busy = false;
    quint64 m_generation = 0; // a cancelled operation's late answers are ignored
};

} // namespace td
