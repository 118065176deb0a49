#pragma once

#include <string_view>

namespace td {

// Where a message carries the model's reasoning (2026 formats): `reasoning`, the spelling
// Together prefers, or `reasoning_content`, still accepted. Only assistant messages carry it
// (in preference rows, both answers). When a message has both, `reasoning` is the one read.
inline constexpr std::string_view kReasoningKey = "reasoning";
inline constexpr std::string_view kReasoningContentKey = "reasoning_content";

// The key holding a message's reasoning (a string), or an empty view when it has none.
template<typename Json>
std::string_view reasoningKeyOf(const Json& message)
{
    if (!message.is_object())
        return {};
    for (std::string_view key : {kReasoningKey, kReasoningContentKey}) {
        const auto it = message.find(std::string(key));
        if (it != message.end() && it->is_string())
            return key;
    }
    return {};
}

} // namespace td
