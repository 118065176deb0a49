#pragma once

#include "core/Result.h"
#include "dataset/MessageWeight.h"
#include "dataset/RowSummary.h"
#include "tokens/template/ChatTemplate.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace td {

// A byte range of a rendered text that belongs to one message (or one part of a non-chat row).
struct RenderedSpan
{
    std::size_t begin = 0; // bytes into RenderedRow::text
    std::size_t end = 0;
    int message = -1; // the message's index in the row (preference rows: input messages, then the answer)
    std::string role; // the message's role; "prompt", "completion" or "text" for those formats
    bool trained = false;
};

// The text a model trains on for one row, cut into spans that cover it without gaps.
struct RenderedRow
{
    std::string text;
    std::vector<RenderedSpan> spans;
    // The chat template renders a message differently when it is the last one (Qwen 3's
    // reasoning), so span boundaries were realigned (see ChatRenderer.cpp) rather than read off.
    bool approximateSpans = false;
};

// One dataset row rendered. Preference rows have two sequences that share the prompt.
struct RenderedExample
{
    RowFormat format = RowFormat::Invalid;
    RenderedRow row;                     // preference rows: the preferred answer's sequence
    std::optional<RenderedRow> rejected; // preference rows: the non-preferred answer's sequence
    std::size_t sharedPrefix = 0;        // preference rows: bytes both sequences start with
};

struct ChatRenderSettings
{
    bool trainOnInputs = false; // the job's train_on_inputs (Auto counts as false, like the estimate)
    std::optional<std::string> bosToken;
    std::optional<std::string> eosToken;
    nlohmann::ordered_json extraContext; // extra template kwargs (enable_thinking...), an object or null
    ChatTemplate::Options options;
};

// Renders dataset rows of every format Together trains on into training text with the spans of
// each message and whether Together trains on it (isMessageTrained, the one rule).
//   - Conversation: the chat template over `messages` (and the row's `tools`), no generation prompt.
//   - Instruction: prompt then completion, concatenated as they are (no template).
//   - Text: the text as it is, all of it one span.
//   - Preference: the chat template over input.messages plus each answer; the input is never
//     trained (DPO's loss is on the answers), each answer as the rule says for an assistant.
// render() is const and keeps no state between calls: rows can be rendered on several threads.
class ChatRenderer
{
public:
    ChatRenderer(ChatTemplate chatTemplate, ChatRenderSettings settings);

    Result<RenderedExample> render(const nlohmann::ordered_json& row) const;
    Result<RenderedExample> renderLine(std::string_view jsonLine) const;

private:
    Result<RenderedRow> renderConversation(const nlohmann::ordered_json& messages, const nlohmann::ordered_json* tools,
                                           const std::vector<bool>& trained) const;
    Result<std::string> renderMessages(const nlohmann::ordered_json& messages,
                                       const nlohmann::ordered_json* tools) const;

    ChatTemplate m_template;
    ChatRenderSettings m_settings;
};

} // namespace td
