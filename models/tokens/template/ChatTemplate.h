#pragma once

#include "core/Result.h"

#include <nlohmann/json.hpp>

#include <ctime>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace td {

namespace jinja {
struct Stmt;
struct Limits;
} // namespace jinja

// What Hugging Face's apply_chat_template passes to a chat template.
struct ChatTemplateContext
{
    nlohmann::ordered_json messages = nlohmann::ordered_json::array();
    // The tool schemas; absent is passed as None (not undefined), like transformers does.
    std::optional<nlohmann::ordered_json> tools;
    bool addGenerationPrompt = false;
    // Special tokens as strings; a token the tokenizer lacks stays undefined in the template.
    std::optional<std::string> bosToken;
    std::optional<std::string> eosToken;
    // Extra keyword arguments (enable_thinking, reasoning_effort, ...): an object or null.
    nlohmann::ordered_json extra;
};

// A compiled Hugging Face chat template (the Jinja in tokenizer_config.json's chat_template).
// Renders exactly what transformers' apply_chat_template(tokenize=False) renders: Python Jinja
// with trim_blocks and lstrip_blocks, its tojson, raise_exception and strftime_now. A malformed
// template, one using unsupported Jinja, or one refusing a conversation gives an Error, never a
// crash; rendering is bounded in output size, loop iterations and macro recursion.
class ChatTemplate
{
public:
    struct Options
    {
        std::size_t maxOutputBytes = 64u << 20;
        std::int64_t maxSteps = 20'000'000;
        int maxCallDepth = 64;
        std::optional<std::time_t> now; // strftime_now's clock; the system clock when unset
    };

    static Result<ChatTemplate> compile(std::string_view source);

    Result<std::string> render(const ChatTemplateContext& context) const;
    Result<std::string> render(const ChatTemplateContext& context, const Options& options) const;

    // Renders the conversation's first `counts[i]` messages for each i (ChatRenderer's spans):
    // the messages are converted once and one interpreter serves every rendering.
    std::vector<Result<std::string>> renderPrefixes(const ChatTemplateContext& context,
                                                    const std::vector<std::size_t>& counts,
                                                    const Options& options) const;

private:
    std::shared_ptr<const std::vector<std::unique_ptr<jinja::Stmt>>> m_body;
};

} // namespace td
