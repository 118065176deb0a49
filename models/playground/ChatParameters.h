#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// The sampling parameters of a chat request that a user tunes (contract 7.1). Optional ones
// are left out of the request when unset, so the server's own defaults apply.
struct ChatParameters
{
    double temperature = 0.7;
    double topP = 1.0;
    int topK = 0;                 // 0: not sent
    double minP = 0;              // 0: not sent
    double repetitionPenalty = 0; // 0: not sent
    double presencePenalty = 0;   // 0: not sent
    double frequencyPenalty = 0;  // 0: not sent
    int maxTokens = 512;
    QStringList stop;
    std::optional<qint64> seed;
    QString reasoningEffort; // low | medium | high, empty: not sent
    bool jsonObject = false; // response_format {"type": "json_object"}

    // One parameter by its wire name, for comparing columns that vary a single one.
    static QStringList tunableNames();
    double value(const QString& name) const;
    void setValue(const QString& name, double v);

    // The fields this adds to a request body.
    void writeTo(nlohmann::ordered_json& body) const;
    // Presets and saved conversations: every field, by wire name.
    nlohmann::ordered_json toJson() const;
    static ChatParameters fromJson(const nlohmann::json& j);

    bool operator==(const ChatParameters&) const = default;
};

} // namespace td
