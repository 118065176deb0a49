#include "widgets/eval/EvalConnections.h"

#include "api/connection/ConnectionProfiles.h"

#include <memory>

namespace td {

void resolveEvalConnections(ConnectionProfiles* profiles, const QStringList& profileIds, QObject* context,
                            std::function<void(const Result<QHash<QString, Connection>>&)> done)
{
    struct State
    {
        QHash<QString, Connection> connections;
        int pending = 0;
        bool failed = false;
    };
    QStringList ids = profileIds;
    ids.removeDuplicates();
    if (ids.isEmpty()) {
        done(QHash<QString, Connection>{});
        return;
    }
    auto state = std::make_shared<State>();
    state->pending = int(ids.size());
    for (const QString& id : ids)
        profiles->resolve(id, context, [state, id, done](const Result<Connection>& c, const QString&) {
            if (state->failed)
                return;
            if (!c) {
                state->failed = true;
                done(c.error());
                return;
            }
            state->connections.insert(id, *c);
            if (--state->pending == 0)
                done(state->connections);
        });
}

} // namespace td
