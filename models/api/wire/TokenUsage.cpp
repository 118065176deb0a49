#include "api/wire/TokenUsage.h"

#include "core/JsonRead.h"

namespace td {

TokenUsage TokenUsage::fromJson(const nlohmann::json& usage)
{
    TokenUsage u;
    u.promptTokens = json::integer(usage, "prompt_tokens");
    u.completionTokens = json::integer(usage, "completion_tokens");
    u.totalTokens = json::integer(usage, "total_tokens");
    // The nested form is OpenAI's and the one the changelog names first; a top-level
    // cached_tokens is the other spelling seen. A server sending both means the same number.
    const nlohmann::json* details = json::find(usage, "prompt_tokens_details");
    std::optional<qint64> cached = details ? json::optInteger(*details, "cached_tokens") : std::nullopt;
    if (!cached)
        cached = json::optInteger(usage, "cached_tokens");
    u.cachedTokens = cached && *cached >= 0 ? *cached : -1;
    const nlohmann::json* completion = json::find(usage, "completion_tokens_details");
    const std::optional<qint64> reasoning =
        completion ? json::optInteger(*completion, "reasoning_tokens") : std::nullopt;
    u.reasoningTokens = reasoning && *reasoning >= 0 ? *reasoning : -1;
    return u;
}

} // namespace td
