#include "api/connection/ModelAddress.h"

#include "api/connection/DmiUrls.h"

namespace td {

ModelAddress ModelAddress::parse(const QString& argument)
{
    static const QLatin1String prefix("v2:");
    if (argument.startsWith(prefix))
        return {argument.mid(prefix.size()), true};
    return {argument, false};
}

Connection ModelAddress::route(const Connection& profileConnection) const
{
    Connection c = profileConnection;
    if (dedicatedV2)
        c.baseUrl = DmiUrls::inference(profileConnection);
    return c;
}

} // namespace td
