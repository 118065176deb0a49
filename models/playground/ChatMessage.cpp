#include "playground/ChatMessage.h"

#include "core/JsonRead.h"

#include <QCoreApplication>

namespace td {

nlohmann::ordered_json ChatMessage::toJson() const
{
    nlohmann::ordered_json j{{"role", role.toStdString()}, {"content", content.toStdString()}};
    if (incomplete) {
        j["incomplete"] = true;
        j["error"] = error.toStdString();
    }
    if (firstTokenMs >= 0)
        j["first_token_ms"] = firstTokenMs;
    if (tokensPerSecond > 0)
        j["tokens_per_second"] = tokensPerSecond;
    if (promptTokens >= 0)
        j["prompt_tokens"] = promptTokens;
    if (completionTokens >= 0)
        j["completion_tokens"] = completionTokens;
    if (cachedTokens >= 0)
        j["cached_tokens"] = cachedTokens;
    return j;
}

std::optional<ChatMessage> ChatMessage::fromJson(const nlohmann::json& j)
{
    // Saved conversations can be damaged or hand-edited: a field of another type reads as unset.
    const auto role = json::optString(j, "role");
    if (!role)
        return std::nullopt;
    ChatMessage m;
    m.role = *role;
    m.content = json::string(j, "content");
    m.incomplete = json::boolean(j, "incomplete");
    m.error = json::string(j, "error");
    m.firstTokenMs = json::integer(j, "first_token_ms", -1);
    m.promptTokens = json::integer(j, "prompt_tokens", -1);
    m.completionTokens = json::integer(j, "completion_tokens", -1);
    m.cachedTokens = json::integer(j, "cached_tokens", -1);
    if (const auto tps = json::optNumber(j, "tokens_per_second"))
        m.tokensPerSecond = *tps;
    return m;
}

QString ChatMessage::endedEarlyText() const
{
    if (!incomplete)
        return {};
    if (content.isEmpty())
        return error.isEmpty() ? QCoreApplication::translate("td::ChatMessage", "No answer.")
                               : QCoreApplication::translate("td::ChatMessage", "No answer: %1").arg(error);
    return error.isEmpty() ? QCoreApplication::translate("td::ChatMessage", "The answer is incomplete.")
                           : QCoreApplication::translate("td::ChatMessage", "Incomplete: %1").arg(error);
}

} // namespace td
