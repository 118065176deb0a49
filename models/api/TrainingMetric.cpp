#include "api/TrainingMetric.h"

#include "core/JsonRead.h"

namespace td {

QList<TrainingMetric> TrainingMetric::listFromJson(const nlohmann::json& j)
{
    QList<TrainingMetric> out;
    const nlohmann::json* list = nullptr;
    if (j.is_object())
        for (const char* key : {"metrics", "data"})
            if (auto it = j.find(key); it != j.end() && it->is_array())
                list = &*it;
    if (!list)
        return out;
    for (const auto& m : *list) {
        if (!m.is_object())
            continue;
        TrainingMetric t;
        for (auto it = m.begin(); it != m.end(); ++it) {
            if (!it->is_number())
                continue;
            const QString key = QString::fromStdString(it.key());
            if (key.endsWith(QLatin1String("global_step")) || key == QLatin1String("step"))
                t.step = json::asInteger(*it).value_or(0); // clamped: no float overflows the conversion
            else
                t.values.insert(key, it->get<double>());
        }
        out.append(t);
    }
    return out;
}

} // namespace td
