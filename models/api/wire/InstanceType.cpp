#include "api/wire/InstanceType.h"

#include "api/wire/JsonFields.h"

namespace td {

namespace {

QString normalized(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace

bool InstanceType::hardwareMatches(const QString& wantedType, int wantedCount, const QString& type, int count,
                                   const QString& name, const QString& id)
{
    const QString wanted = normalized(wantedType);
    if (wanted.isEmpty() || wantedCount <= 0)
        return false;
    if (count == wantedCount && normalized(type) == wanted)
        return true;
    const QString byName = QString::number(wantedCount) + QLatin1Char('x') + wanted;
    return normalized(name) == byName || normalized(id) == byName;
}

bool InstanceType::matches(const QString& type, int count) const
{
    return hardwareMatches(type, count, gpuType, gpuCount, name, id);
}

std::optional<InstanceType> InstanceType::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    InstanceType t;
    t.id = wire::str(j, "id");
    t.name = wire::str(j, "name");
    if (t.id.isEmpty() && t.name.isEmpty())
        return std::nullopt;
    t.description = wire::str(j, "description");
    t.gpuType = wire::str(j, "gpuType");
    t.gpuCount = wire::smallInteger(j, "gpuCount");
    t.gpuMemoryGib = wire::smallInteger(j, "gpuMemoryGib");
    t.priceCentsPerHour = wire::number(j, "priceCentsPerHour");
    for (const auto& r : json::array(j, "regions")) {
        Region region;
        region.name = wire::str(r, "name");
        const auto& headroom = json::object(r, "headroom");
        region.headroomRelation = wire::str(headroom, "relation");
        if (json::find(headroom, "value"))
            region.headroom = wire::integer(headroom, "value");
        t.regions.append(region);
    }
    return t;
}

std::optional<InstanceType> InstanceType::find(const QList<InstanceType>& all, const QString& gpuType, int gpuCount)
{
    for (const InstanceType& t : all)
        if (t.matches(gpuType, gpuCount))
            return t;
    return std::nullopt;
}

} // namespace td
