#include "api/wire/Checkpoint.h"

#include "api/wire/JsonFields.h"

namespace td {

bool Checkpoint::isAdapter() const
{
    return artifact == QLatin1String("adapter") || type.contains(QLatin1String("adapter"), Qt::CaseInsensitive);
}

Checkpoint Checkpoint::fromJson(const nlohmann::json& j)
{
    Checkpoint c;
    c.step = wire::integer(j, "step");
    c.createdAt = wire::time(j, "created_at");
    c.path = wire::str(j, "path");
    c.type = wire::str(j, "checkpoint_type");
    c.artifact = wire::str(j, "checkpoint");
    return c;
}

} // namespace td
