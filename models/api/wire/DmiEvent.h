#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// One event of a v2 endpoint (GET .../endpoints/{ep}/events, newest first).
struct DmiEvent
{
    QString id;
    QDateTime createdAt;
    QString endpointId, deploymentId;
    QString level; // LEVEL_DEBUG | LEVEL_INFO | LEVEL_WARN | LEVEL_ERROR
    QString type, source, sourceKind;
    QString message, reason;
    int oldReplicas = -1, newReplicas = -1; // -1: not part of the event

    bool isError() const;
    bool isWarning() const;
    // The message, else the reason, else the type: never empty for a listed event.
    QString text() const;
    static DmiEvent fromJson(const nlohmann::json& j);
};

} // namespace td
