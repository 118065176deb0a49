#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

enum class EndpointState { Pending, Starting, Started, Stopping, Stopped, Error, Unknown };
EndpointState endpointStateFromString(const QString& s); // FAILED counts as Error
bool isChanging(EndpointState s);                        // pending, starting, stopping

// A dedicated endpoint (contract 6.1); list items lack hardware, autoscaling and display name.
struct Endpoint
{
    QString id;   // endpoint-...: for management calls
    QString name; // the model name to chat with
    QString displayName;
    QString model;
    QString hardware;
    QString type; // dedicated | serverless
    QString owner;
    QString stateText;
    EndpointState state = EndpointState::Unknown;
    int minReplicas = 0;
    int maxReplicas = 0;
    QDateTime createdAt;

    static std::optional<Endpoint> fromJson(const nlohmann::json& j);
};

} // namespace td

Q_DECLARE_METATYPE(td::Endpoint)
