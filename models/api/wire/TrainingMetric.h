#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// One logged point of GET fine-tunes/{id}/metrics: a step and its values by name
// ("train/loss", "train/grad_norm", "train/learning_rate", "train/epoch", "eval/loss", DPO's
// reward and KL keys, ...). Together logs train and eval points as separate rows of the same
// step; each row carries its time as "timestamp" in nanoseconds since the epoch.
struct TrainingMetric
{
    qint64 step = -1;
    QDateTime loggedAt; // invalid when the row has no time
    QHash<QString, double> values;

    bool has(const QString& key) const { return values.contains(key); }
    static QList<TrainingMetric> listFromJson(const nlohmann::json& j);
    // A "timestamp" in nanoseconds (documented), or microseconds, milliseconds or seconds
    // since the epoch (told apart by size), or an ISO 8601 string.
    static QDateTime timeFrom(const nlohmann::json& v);
};

} // namespace td
