#include "playground/ChatMessage.h"

#include <nlohmann/json.hpp>

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
    return j;
}

std::optional<ChatMessage> ChatMessage::fromJson(const nlohmann::json& j)
{
    if (!j.is_object() || !j.contains("role") || !j["role"].is_string())
        return std::nullopt;
    auto text = [&j](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    auto integer = [&j](const char* key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_number() ? it->get<qint64>() : qint64(-1);
    };
    ChatMessage m;
    m.role = text("role");
    m.content = text("content");
    m.incomplete = j.value("incomplete", false);
    m.error = text("error");
    m.firstTokenMs = integer("first_token_ms");
    m.promptTokens = integer("prompt_tokens");
    m.completionTokens = integer("completion_tokens");
    if (const auto it = j.find("tokens_per_second"); it != j.end() && it->is_number())
        m.tokensPerSecond = it->get<double>();
    return m;
}

} // namespace td
