#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace td {

// A saved state of a fine-tune (contract 4.9): intermediate ones are downloaded as
// "job:step", final ones as the job itself (merged model or adapter for LoRA).
struct Checkpoint
{
    qint64 step = 0;
    QDateTime createdAt;
    QString path;
    QString type;     // "Intermediate", "Final", "Final Merged", "Final Adapter", ...
    QString artifact; // "model" | "adapter" (newest servers) or empty

    bool isIntermediate() const { return type.contains(QLatin1String("intermediate"), Qt::CaseInsensitive); }
    bool isAdapter() const;
    static Checkpoint fromJson(const nlohmann::json& j);
};

} // namespace td
