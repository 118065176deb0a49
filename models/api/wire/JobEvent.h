#pragma once

#include <QDateTime>
#include <QString>

#include <nlohmann/json.hpp>

namespace td {

// One entry of a fine-tune's event log (contract 4.8). `type` is kept as sent: upper case in
// practice, lower case in the spec, and new values appear; compare with isType().
struct JobEvent
{
    QDateTime createdAt;
    QString level; // "", info, warning, error, Info, ... or null (empty)
    QString message;
    QString type;
    qint64 step = 0;
    QString checkpointPath;
    QString modelPath;
    QString wandbUrl;

    bool isType(const char* upperCaseType) const;
    bool isError() const;
    bool isWarning() const;
    static JobEvent fromJson(const nlohmann::json& j);
    // The event as TuneDesk shows it (tunedesk-cli jobs events --json, one object a line).
    nlohmann::ordered_json toJson() const;
};

} // namespace td
