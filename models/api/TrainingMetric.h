#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// One logged point of GET fine-tunes/{id}/metrics: a step and its values by name
// ("train/loss", "eval/loss", "train/learning_rate", ...).
struct TrainingMetric
{
    qint64 step = -1;
    QHash<QString, double> values;

    static QList<TrainingMetric> listFromJson(const nlohmann::json& j);
};

} // namespace td
