#include "endpoints/DmiRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace td::DmiRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

} // namespace

std::optional<QString> autoscalingProblem(int minReplicas, int maxReplicas)
{
    if (minReplicas < 0 || maxReplicas < 0)
        return tr("Replica counts cannot be negative.");
    if (minReplicas == 0 && maxReplicas == 0)
        return std::nullopt; // stop
    if (minReplicas == 0)
        return tr("A minimum of 0 replicas with a maximum above 0 is not supported (there is no scale to zero): "
                  "set at least 1 replica, or 0 and 0 to stop the deployment.");
    if (maxReplicas < minReplicas)
        return tr("The maximum number of replicas must be at least the minimum.");
    return std::nullopt;
}

std::optional<QString> restartProblem(DeploymentState state)
{
    switch (state) {
    case DeploymentState::Stopped:
        return std::nullopt;
    case DeploymentState::Failed:
        return tr("The deployment failed, which is final: it cannot be restarted. Delete it and deploy again.");
    case DeploymentState::Stopping:
        return tr("The deployment is still stopping; it can be started again once it is stopped.");
    default:
        return tr("The deployment is not stopped (%1): only a stopped deployment can be started.")
            .arg(deploymentStateText(state));
    }
}

double dollarsPerHour(const InstanceType& type, int replicas)
{
    return replicas > 0 ? type.dollarsPerHour() * replicas : 0.0;
}

std::optional<InstanceType> instanceFor(const QList<InstanceType>& types, const QString& hardware)
{
    if (hardware.isEmpty())
        return std::nullopt;
    for (const InstanceType& t : types)
        if (t.name.compare(hardware, Qt::CaseInsensitive) == 0 || t.id == hardware)
            return t;
    // "{count}x{type}" when the list names its types otherwise.
    static const QRegularExpression form(QStringLiteral("^(\\d+)x(.+)$"));
    const auto m = form.match(hardware);
    return m.hasMatch() ? InstanceType::find(types, m.captured(2), m.captured(1).toInt()) : std::nullopt;
}

bool isV1Retired(const ApiError& e)
{
    static const QString code = QStringLiteral("endpoints_v1_create_access_disabled");
    return e.kind == ApiError::Kind::Http &&
           (e.code == code || e.type == code || e.message.contains(code, Qt::CaseInsensitive));
}

QString v1RetiredExplanation()
{
    return tr("Together no longer creates or restarts dedicated endpoints of the first kind (v1) since July 2026 "
              "(403 endpoints_v1_create_access_disabled). Running v1 endpoints keep serving and can still be "
              "used for chat, stopped and deleted. Deploy the model on a dedicated endpoint v2 instead.");
}

QString nameFrom(const QString& modelName)
{
    QString n = modelName.section(QLatin1Char('/'), -1).toLower();
    n.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    n = n.left(40);
    while (n.startsWith(QLatin1Char('-')))
        n.remove(0, 1);
    while (n.endsWith(QLatin1Char('-')))
        n.chop(1);
    return n.isEmpty() ? QStringLiteral("model") : n;
}

} // namespace td::DmiRules
