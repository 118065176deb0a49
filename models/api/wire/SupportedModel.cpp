#include "api/wire/SupportedModel.h"
#include "api/wire/HardwareName.h"

#include "api/wire/DmiFields.h"
#include "api/wire/JsonFields.h"

namespace td {

QString DeploymentProfile::hardwareText() const
{
    QString text = readableHardware(gpuCount, gpuType);
    if (!quantization.isEmpty())
        text += QLatin1Char(' ') + quantization;
    return text;
}

DeploymentProfile DeploymentProfile::fromJson(const nlohmann::json& j)
{
    DeploymentProfile p;
    p.profileId = wire::str(j, "profileId");
    p.config = wire::str(j, "config");
    p.model = wire::str(j, "model");
    p.modelName = wire::str(j, "modelName");
    p.certifiedConfigRevisionId = wire::str(j, "certifiedConfigRevisionId");
    p.certifiedModelRevisionId = wire::str(j, "certifiedModelRevisionId");
    p.gpuType = wire::str(j, "gpuType");
    p.gpuCount = wire::smallInteger(j, "gpuCount");
    p.parallelism = wire::str(j, "parallelism");
    p.quantization = wire::str(j, "quantization");
    p.tensorParallelSize = wire::smallInteger(j, "tensorParallelSize");
    const auto& bench = json::object(j, "performanceBenchmarks");
    p.decodingSpeedTps = wire::optNumber(bench, "decodingSpeedTps");
    p.timeToFirstTokenMs = wire::optNumber(bench, "timeToFirstTokenMs");
    p.maxContextLength = wire::integer(bench, "maxContextLength");
    return p;
}

bool SupportedModel::hasProduct(const char* product) const
{
    for (const QString& p : products)
        if (wire::enumIs(p, "PRODUCT_", product))
            return true;
    return false;
}

bool SupportedModel::isDeprecated() const
{
    return wire::enumIs(status, "SUPPORTED_MODEL_STATUS_", "DEPRECATED");
}

std::optional<SupportedModel> SupportedModel::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    SupportedModel m;
    m.id = wire::str(j, "id");
    m.name = wire::str(j, "name");
    if (m.id.isEmpty() && m.name.isEmpty())
        return std::nullopt;
    m.displayName = wire::str(j, "displayName");
    m.displayType = wire::str(j, "displayType");
    m.publisher = wire::str(j, "publisher");
    m.description = wire::str(j, "description");
    m.baseModel = wire::str(j, "baseModel");
    m.baseModelId = wire::str(j, "baseModelId");
    m.products = wire::strings(j, "products");
    m.status = wire::str(j, "status");
    m.capabilities = wire::strings(j, "capabilities");
    m.features = wire::strings(j, "features");
    m.contextLength = wire::integer(j, "contextLength");
    m.serverlessEndpoint = wire::str(j, "serverlessEndpoint");
    for (const auto& p : json::array(j, "deploymentProfiles"))
        if (p.is_object())
            m.deploymentProfiles.append(DeploymentProfile::fromJson(p));
    m.createdAt = wire::time(j, "createdAt");
    m.updatedAt = wire::time(j, "updatedAt");
    return m;
}

} // namespace td
