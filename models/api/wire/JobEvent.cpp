#include "api/wire/JobEvent.h"

#include "api/wire/JsonFields.h"

namespace td {

bool JobEvent::isType(const char* upperCaseType) const
{
    return type.compare(QLatin1String(upperCaseType), Qt::CaseInsensitive) == 0;
}

bool JobEvent::isError() const
{
    return level.contains(QLatin1String("error"), Qt::CaseInsensitive) || isType("JOB_ERROR") ||
           isType("JOB_USER_ERROR");
}

bool JobEvent::isWarning() const
{
    return level.contains(QLatin1String("warning"), Qt::CaseInsensitive) || isType("WARNING") ||
           isType("BILLING_LIMIT");
}

JobEvent JobEvent::fromJson(const nlohmann::json& j)
{
    JobEvent e;
    e.createdAt = wire::time(j, "created_at");
    e.level = wire::str(j, "level");
    e.message = wire::str(j, "message");
    e.type = wire::str(j, "type");
    e.step = wire::integer(j, "step");
    e.checkpointPath = wire::str(j, "checkpoint_path");
    e.modelPath = wire::str(j, "model_path");
    e.wandbUrl = wire::str(j, "wandb_url");
    return e;
}

namespace {
std::string isoTime(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString() : std::string();
}
} // namespace

nlohmann::ordered_json JobEvent::toJson() const
{
    nlohmann::ordered_json j;
    j["created_at"] = isoTime(createdAt);
    j["type"] = type.toStdString();
    j["level"] = level.toStdString();
    j["message"] = message.toStdString();
    if (step > 0)
        j["step"] = step;
    if (!checkpointPath.isEmpty())
        j["checkpoint_path"] = checkpointPath.toStdString();
    if (!modelPath.isEmpty())
        j["model_path"] = modelPath.toStdString();
    if (!wandbUrl.isEmpty())
        j["wandb_url"] = wandbUrl.toStdString();
    return j;
}

} // namespace td
