#pragma once

#include "core/Result.h"
#include "tokens/Tokenizer.h"
#include "tokens/template/ChatRenderer.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace td {

// How rows are counted: the job's settings that change what is trained or cut.
struct TokenCountSettings
{
    bool trainOnInputs = false; // the job's train_on_inputs (Auto counts as false, as everywhere)
    // Together's max_seq_length for the model and method: a sequence longer than this is cut
    // to its first maxSeqLength tokens. 0: no limit known (nothing is reported as truncated).
    std::int64_t maxSeqLength = 0;
    nlohmann::ordered_json extraContext; // extra chat template kwargs (enable_thinking...), or null
};

// A trained stretch of one rendered sequence: the bytes of the rendered text (what the chat
// template printed for the message, its role header and end-of-turn marker included, as
// ChatRenderer cuts them) and the tokens that count as trained in it.
struct TrainedSpan
{
    int sequence = 0; // 0: the row (preference rows: the preferred answer's sequence), 1: the rejected one
    int message = -1; // as RenderedSpan::message
    std::string role;
    std::size_t begin = 0; // bytes into the rendered text
    std::size_t end = 0;
    std::uint32_t firstToken = 0; // tokens [firstToken, endToken) of the sequence are trained for it
    std::uint32_t endToken = 0;
};

// One token of a rendered sequence: its id, its bytes in the rendered text, and whether its loss
// counts (the rule below). Kept only for a row shown token by token.
struct TokenMark
{
    std::uint32_t id = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    bool trained = false;
};

// The counts of one rendered sequence.
struct SequenceTokens
{
    std::int64_t tokens = 0;
    std::int64_t trained = 0;
    std::int64_t trainedKept = 0; // trained tokens among the first maxSeqLength (all when it fits)
};

// One row counted with the model's own tokenizer and chat template.
struct RowTokenCount
{
    RowFormat format = RowFormat::Invalid;
    // Tokens the model reads for the row. A preference row is two sequences (the prompt with
    // each answer), both run through the model: their sum.
    std::int64_t tokens = 0;
    // Tokens whose loss counts (see RowTokenCounter for the rule); a preference row: both answers.
    std::int64_t trained = 0;
    // Trained tokens that survive truncation.
    std::int64_t trainedKept = 0;
    std::int64_t longest = 0; // the longest sequence (a preference row has two)
    std::int64_t overBy = 0;  // tokens of the longest sequence beyond max_seq_length; 0 when it fits
    bool approximateSpans = false;
    std::vector<SequenceTokens> sequences;     // one, or two for a preference row
    std::vector<TrainedSpan> spans;            // only when asked for (RowTokenCounter::count's keepSpans)
    std::vector<std::string> texts;            // the rendered sequences, only with keepSpans
    std::vector<std::vector<TokenMark>> marks; // each sequence's tokens, only with keepSpans

    bool truncated() const { return overBy > 0; }
};

// Counts one dataset row, every format Together trains on (ChatRenderer renders it; the
// tokenizer encodes the rendered text as Hugging Face's tokenizers would with
// add_special_tokens=false: the template writes BOS and the turn markers itself).
//
// Which tokens are trained: a token is trained when its bytes overlap a trained span. That is
// the rule of transformers' return_assistant_tokens_mask (the mask runs from the token holding
// a span's first character to the token holding its last), so a token that straddles the
// boundary between a masked and a trained span (" world" when "hello" is the prompt and
// " world" the completion merge into one token) counts as trained. Tokens a tokenizer gives no
// bytes (a zero-width piece of a replacement character) count with the span their position is in.
// tests/tokens/trained.test.mjs holds this to Hugging Face's offsets on Llama 3.1, Qwen 3 and
// Gemma 3. One difference from transformers' mask, on purpose: when a span's last character is
// split over several tokens (U+2028 is two byte-level tokens for Llama 3), transformers marks
// only the first of them (char_to_token names one token); every one of them is counted here.
//
// Text and instruction rows are their text as written: no BOS or EOS is added.
// count() is const: one counter serves several threads at once.
class RowTokenCounter
{
public:
    // Compiles the tokenizer's chat template. Without one the counter still counts text,
    // instruction and nothing else: a conversation or preference row gets an error saying so.
    static Result<RowTokenCounter> create(const Tokenizer& tokenizer, const TokenCountSettings& settings);

    Result<RowTokenCount> countLine(std::string_view jsonLine, bool keepSpans = false) const;
    Result<RowTokenCount> count(const nlohmann::ordered_json& row, bool keepSpans = false) const;
    // The counts of a row rendered before.
    Result<RowTokenCount> count(const RenderedExample& rendered, bool keepSpans = false) const;

    const Tokenizer& tokenizer() const { return m_tokenizer; }
    const TokenCountSettings& settings() const { return m_settings; }
    bool hasChatTemplate() const { return m_hasTemplate; }

private:
    RowTokenCounter(Tokenizer tokenizer, TokenCountSettings settings, ChatRenderer renderer, bool hasTemplate);
    Result<SequenceTokens> countSequence(const RenderedRow& row, int sequence, RowTokenCount& out,
                                         bool keepSpans) const;

    Tokenizer m_tokenizer;
    TokenCountSettings m_settings;
    ChatRenderer m_renderer; // with an empty template when the tokenizer has none
    bool m_hasTemplate = false;
};

} // namespace td
