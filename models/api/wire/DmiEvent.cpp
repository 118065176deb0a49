#include "api/wire/DmiEvent.h"

#include "api/wire/DmiFields.h"
#include "api/wire/JsonFields.h"

namespace td {

bool DmiEvent::isError() const
{
    return wire::enumIs(level, "LEVEL_", "ERROR");
}

bool DmiEvent::isWarning() const
{
    return wire::enumIs(level, "LEVEL_", "WARN");
}

QString DmiEvent::text() const
{
    if (!message.isEmpty())
        return message;
    return reason.isEmpty() ? type : reason;
}

DmiEvent DmiEvent::fromJson(const nlohmann::json& j)
{
    DmiEvent e;
    e.id = wire::str(j, "id");
    e.createdAt = wire::time(j, "createdAt");
    e.endpointId = wire::str(j, "endpointId");
    e.deploymentId = wire::str(j, "deploymentId");
    e.level = wire::str(j, "level");
    e.type = wire::str(j, "type");
    e.source = wire::str(j, "source");
    e.sourceKind = wire::str(j, "sourceKind");
    e.message = wire::str(j, "message");
    e.reason = wire::str(j, "reason");
    e.oldReplicas = wire::smallInteger(j, "oldReplicas", -1);
    e.newReplicas = wire::smallInteger(j, "newReplicas", -1);
    return e;
}

} // namespace td
