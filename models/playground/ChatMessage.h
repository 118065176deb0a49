#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// One message of a playground conversation, with what its answer cost when the model wrote
// it. A failed or stopped answer keeps its partial text, marked incomplete, with the reason.
struct ChatMessage
{
    QString role; // system, user, assistant
    QString content;
    bool incomplete = false;
    QString error;            // why an answer ended early
    qint64 firstTokenMs = -1; // assistant answers only
    double tokensPerSecond = 0;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 cachedTokens = -1; // of promptTokens, served from the prompt cache (-1: not said)
    QString notice;           // while streaming: e.g. rate limited, trying again in 3 s (not saved)

    bool isAssistant() const { return role == QLatin1String("assistant"); }
    bool isUser() const { return role == QLatin1String("user"); }
    // How an answer that ended early is described: "No answer: …" when nothing arrived (a 429 or
    // an error before the first token), "Incomplete: …" when it was cut off; empty when whole.
    QString endedEarlyText() const;

    nlohmann::ordered_json toJson() const;
    static std::optional<ChatMessage> fromJson(const nlohmann::json& j);
};

} // namespace td
