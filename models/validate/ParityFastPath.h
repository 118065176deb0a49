#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace simdjson::dom {
class parser;
}

namespace td::parity {

// The dataset formats in check_file's detection order.
enum class Format { General, Conversation, Instruction, PreferenceOpenAI };

// A fast, conservative pre-check of one line with simdjson: returns the line's format when
// the line certainly passes every check_file rule (for fine-tuning), and nullopt when it
// might not, in which case the exact Python-semantics check decides and words the message.
// Anything unusual (duplicate keys, numbers simdjson cannot hold, lone surrogates,
// multimodal content, any rule failure) is "might not".
// What the linter's warnings need of a line that passed, gathered on the way.
struct FastFacts
{
    std::int64_t characters = 0;   // code points of all text
    bool emptyAssistant = false;   // an assistant message whose text is empty or blank
    bool anyTrained = true;        // some message would be trained on (weights and defaults)
    bool booleanWeight = false;    // a weight written as true/false (Together accepts it)
    bool otherMessageKeys = false; // a message with keys beside role, content and weight (e.g. reasoning)
};

std::optional<Format> fastPass(simdjson::dom::parser& parser, const char* line, std::size_t size,
                               FastFacts* facts = nullptr);

} // namespace td::parity
