#include "api/wire/ModelUploadJob.h"

#include "api/wire/JsonFields.h"

namespace td {

bool ModelUploadJob::isDone() const
{
    return status.compare(QLatin1String("complete"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("failed"), Qt::CaseInsensitive) == 0;
}

std::optional<ModelUploadJob> ModelUploadJob::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    // POST models nests the job under "data"; older answers have it flat; GET jobs/{id} is flat.
    const nlohmann::json& d = j.contains("data") && j["data"].is_object() ? j["data"] : j;
    ModelUploadJob m;
    m.jobId = wire::str(d, "job_id");
    if (m.jobId.isEmpty())
        return std::nullopt;
    m.modelName = wire::str(d, "model_name");
    m.modelId = wire::str(d, "model_id");
    m.status = wire::str(d, "status");
    if (auto a = d.find("args"); m.modelName.isEmpty() && a != d.end() && a->is_object())
        m.modelName = wire::str(*a, "modelName");
    if (auto u = d.find("status_updates"); u != d.end() && u->is_array() && !u->empty())
        m.lastMessage = wire::str(u->back(), "message");
    else
        m.lastMessage = wire::str(j, "message");
    return m;
}

} // namespace td
