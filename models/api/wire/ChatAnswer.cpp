#include "api/wire/ChatAnswer.h"

#include "api/wire/JsonFields.h"
#include "api/wire/TokenUsage.h"

namespace td {

std::optional<ChatAnswer> ChatAnswer::fromJson(const nlohmann::json& j)
{
    if (!j.is_object())
        return std::nullopt;
    auto choices = j.find("choices");
    if (choices == j.end() || !choices->is_array())
        return std::nullopt;
    ChatAnswer a;
    a.id = wire::str(j, "id");
    a.model = wire::str(j, "model");
    if (!choices->empty()) {
        const auto& c = choices->front();
        if (auto m = c.find("message"); m != c.end() && m->is_object())
            a.content = wire::str(*m, "content");
        else
            a.content = wire::str(c, "text");
        a.finishReason = wire::str(c, "finish_reason");
    }
    if (auto u = j.find("usage"); u != j.end() && u->is_object()) {
        a.promptTokens = wire::integer(*u, "prompt_tokens", -1);
        a.completionTokens = wire::integer(*u, "completion_tokens", -1);
        const TokenUsage usage = TokenUsage::fromJson(*u);
        a.cachedTokens = usage.cachedTokens;
        a.reasoningTokens = usage.reasoningTokens;
    }
    return a;
}

} // namespace td
