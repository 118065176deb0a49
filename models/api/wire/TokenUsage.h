#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>

namespace td {

// The `usage` object of a chat answer or of a stream's last chunk. Since 2026 Together may
// nest details the OpenAI way (`prompt_tokens_details.cached_tokens`,
// `completion_tokens_details.reasoning_tokens`) or put `cached_tokens` at the top level; both
// are read here, for whole answers and streams alike. -1: the server did not say.
struct TokenUsage
{
    std::int64_t promptTokens = 0;
    std::int64_t completionTokens = 0;
    std::int64_t totalTokens = 0;
    std::int64_t cachedTokens = -1;    // prompt tokens served from the prompt cache
    std::int64_t reasoningTokens = -1; // completion tokens spent on reasoning

    // Reads a `usage` object; fields of another type read as absent (0 or -1), never throw.
    static TokenUsage fromJson(const nlohmann::json& usage);
};

} // namespace td
