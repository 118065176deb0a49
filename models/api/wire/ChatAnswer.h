#pragma once

#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <optional>

namespace td {

// A whole (not streamed) answer of chat/completions or completions (contract 7.2, 7.4).
struct ChatAnswer
{
    QString id;
    QString model;
    QString content;      // message.content, or text for completions
    QString finishReason; // stop, eos, length, tool_calls, ... as sent
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 cachedTokens = -1;    // prompt tokens served from Together's prompt cache (when said)
    qint64 reasoningTokens = -1; // completion tokens spent on reasoning (when said)

    static std::optional<ChatAnswer> fromJson(const nlohmann::json& j);
};

} // namespace td
