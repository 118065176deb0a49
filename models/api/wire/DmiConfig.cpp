#include "api/wire/DmiConfig.h"

#include "api/wire/DmiFields.h"
#include "api/wire/JsonFields.h"

namespace td {

namespace {

// Selector values are strings; a number ("accelerator_count": 2) is read as its text.
QString textOf(const nlohmann::json& j, const char* key)
{
    if (const auto* v = json::find(j, key); v && v->is_number_integer())
        return QString::number(wire::integer(j, key));
    return wire::str(j, key);
}

} // namespace

QString DmiConfig::selector(const QString& key) const
{
    for (const auto& [k, v] : selectors)
        if (k == key)
            return v;
    return {};
}

bool DmiConfig::isCertified() const
{
    for (const QString& t : certificationTypes)
        if (wire::enumIs(t, "CERTIFICATION_TYPE_", "CERTIFIED"))
            return true;
    return false;
}

std::optional<DmiConfig> DmiConfig::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || wire::str(j, "id").isEmpty())
        return std::nullopt;
    DmiConfig c;
    c.id = wire::str(j, "id");
    c.projectId = wire::str(j, "projectId");
    c.referenceModel = wire::str(j, "referenceModel");
    c.referenceModelId = wire::str(j, "referenceModelId");
    for (const auto& s : json::array(j, "selectors")) {
        const QString key = wire::str(s, "key");
        if (!key.isEmpty())
            c.selectors.append({key, textOf(s, "value")});
    }
    for (const auto& cert : json::array(j, "certifications"))
        c.certificationTypes << wire::str(cert, "certificationType");
    c.draftModel = wire::str(j, "draftModel");
    return c;
}

} // namespace td
