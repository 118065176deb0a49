#pragma once

#include "api/client/DmiClient.h"
#include "jobs/DedicatedCatalogue.h"

namespace td {

// DedicatedCatalogue over Together's v2 control plane through DmiClient: every page of
// GET /supported-models?search=<base>, the entry named exactly like the base, then
// GET /public/inference-instance-types when it has profiles to price.
class V2DedicatedCatalogue final : public DedicatedCatalogue
{
public:
    V2DedicatedCatalogue(HttpTransport* transport, const Connection& connection);
    void ask(const ServingFacts& facts, QObject* context, std::function<void(ServingFacts)> done) override;

    // The facts the supported-models list and the instance types give for `facts.baseModel`.
    static void addSupported(const QList<SupportedModel>& models, ServingFacts& facts);
    static QList<ServingFacts::Instance> instanceFacts(const QList<InstanceType>& types);

private:
    DmiClient m_dmi;
};

} // namespace td
