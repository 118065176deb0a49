#pragma once

#include "api/http/ApiRequest.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace td {

class ConnectionProfiles;

// Resolves the connection profiles a run's models use (asynchronously: keys come from the
// keychain), then calls `done` once with every connection, or with the first profile's error.
// The engine's ConnectionFor is then a plain lookup.
void resolveEvalConnections(ConnectionProfiles* profiles, const QStringList& profileIds, QObject* context,
                            std::function<void(const Result<QHash<QString, Connection>>&)> done);

} // namespace td
