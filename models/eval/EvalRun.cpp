#include "eval/EvalRun.h"

#include "api/connection/ModelAddress.h"
#include "core/JsonRead.h"

#include <QRandomGenerator>
#include <QSet>

#include <nlohmann/json.hpp>

namespace td {

Connection EvalModel::route(const Connection& profileConnection) const
{
    return ModelAddress{model, dedicatedV2}.route(profileConnection);
}

Result<void> EvalDefinition::validate() const
{
    if (datasetPath.isEmpty())
        return Error::make(Error::Code::Parse, tr("Choose the dataset whose rows the models answer."));
    if (models.size() < kMinModels || models.size() > kMaxModels)
        return Error::make(Error::Code::Parse, tr("An evaluation compares %1 to %2 models; %3 were chosen.")
                                                   .arg(kMinModels)
                                                   .arg(kMaxModels)
                                                   .arg(models.size()));
    QSet<QString> seen;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const EvalModel& m = models[i];
        if (m.model.trimmed().isEmpty())
            return Error::make(Error::Code::Parse,
                               tr("Model %1 has no name: choose one from its list or type it.").arg(i + 1));
        const QString key = m.profileId + QLatin1Char('\n') + m.model;
        if (seen.contains(key))
            return Error::make(Error::Code::Parse,
                               tr("%1 is chosen twice; choose another model to compare with.").arg(m.model));
        seen.insert(key);
        if (m.maxConcurrency < 1)
            return Error::make(Error::Code::Parse, tr("A model's concurrency must be at least 1."));
        if (m.viaBatch && m.dedicatedV2)
            return Error::make(
                Error::Code::Parse,
                tr("%1 is a v2 deployment: the Batch API does not serve it; ask it directly.").arg(m.model));
    }
    if (!parameters.seed)
        return Error::make(Error::Code::Parse,
                           tr("Set a seed: every model is asked with the same one, so that answers can be repeated."));
    if (rows.mode == EvalRowChoice::Mode::Sample && rows.sampleCount < 1)
        return Error::make(Error::Code::Parse, tr("Say how many rows to sample (at least 1)."));
    if (rows.mode == EvalRowChoice::Mode::List && rows.rows.isEmpty())
        return Error::make(Error::Code::Parse, tr("The list of rows is empty."));
    if (candidate >= models.size())
        return Error::make(Error::Code::Parse, tr("The fine-tune to judge is not one of the models."));
    return {};
}

nlohmann::ordered_json EvalDefinition::toJson() const
{
    nlohmann::ordered_json j;
    j["id"] = id.toStdString();
    j["name"] = name.toStdString();
    j["dataset"] = datasetPath.toStdString();
    nlohmann::ordered_json r;
    switch (rows.mode) {
    case EvalRowChoice::Mode::All:
        r["mode"] = "all";
        break;
    case EvalRowChoice::Mode::List:
        r["mode"] = "list";
        r["rows"] = nlohmann::ordered_json::array();
        for (qint64 n : rows.rows)
            r["rows"].push_back(n);
        break;
    case EvalRowChoice::Mode::Sample:
        r["mode"] = "sample";
        r["count"] = rows.sampleCount;
        r["seed"] = rows.sampleSeed;
        break;
    }
    j["rows"] = r;
    j["models"] = nlohmann::ordered_json::array();
    for (const EvalModel& m : models) {
        nlohmann::ordered_json em = {{"profile", m.profileId.toStdString()},
                                     {"model", m.model.toStdString()},
                                     {"dedicated_v2", m.dedicatedV2},
                                     {"max_concurrency", m.maxConcurrency}};
        if (m.viaBatch)
            em["via_batch"] = true;
        j["models"].push_back(em);
    }
    j["parameters"] = parameters.toJson();
    j["answer_index"] = answerIndex;
    j["candidate"] = candidate;
    j["created"] = created.toUTC().toString(Qt::ISODateWithMs).toStdString();
    return j;
}

Result<EvalDefinition> EvalDefinition::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return Error::make(Error::Code::Corrupt, tr("The run's definition is not a JSON object."));
    EvalDefinition d;
    d.id = json::string(j, "id");
    d.name = json::string(j, "name");
    d.datasetPath = json::string(j, "dataset");
    const auto& r = json::object(j, "rows");
    const QString mode = json::string(r, "mode", QStringLiteral("all"));
    if (mode == QLatin1String("list")) {
        d.rows.mode = EvalRowChoice::Mode::List;
        for (const auto& n : json::array(r, "rows"))
            if (const auto v = json::asInteger(n))
                d.rows.rows.append(*v);
    } else if (mode == QLatin1String("sample")) {
        d.rows.mode = EvalRowChoice::Mode::Sample;
        d.rows.sampleCount = json::smallInteger(r, "count");
        d.rows.sampleSeed = quint64(json::integer(r, "seed"));
    }
    for (const auto& m : json::array(j, "models")) {
        EvalModel em;
        em.profileId = json::string(m, "profile", em.profileId);
        em.model = json::string(m, "model");
        em.dedicatedV2 = json::boolean(m, "dedicated_v2");
        em.maxConcurrency = json::smallInteger(m, "max_concurrency", em.maxConcurrency);
        em.viaBatch = json::boolean(m, "via_batch");
        d.models.append(em);
    }
    d.parameters = ChatParameters::fromJson(json::object(j, "parameters"));
    d.answerIndex = json::smallInteger(j, "answer_index", -1);
    d.candidate = json::smallInteger(j, "candidate", -1);
    d.created = QDateTime::fromString(json::string(j, "created"), Qt::ISODateWithMs);
    return d;
}

QString EvalDefinition::newId()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->generate() % 0xFFFFFF, 16).rightJustified(6, QLatin1Char('0'));
}

} // namespace td
