#pragma once

#include "core/Result.h"
#include "tokens/TokenizerConfig.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace td {

struct TokenizerJson;

// A token and the bytes of the input it came from ([begin, end), for highlighting and hover).
struct TokenSpan
{
    std::uint32_t id = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// A Hugging Face tokenizer (tokenizer.json, with tokenizer_config.json beside it) run offline.
// encode() gives the ids Hugging Face's `tokenizers` gives for the same text with
// add_special_tokens=false: text as a chat template renders it, where added and special tokens
// written literally ("<|im_start|>") are matched as their ids. Copies share the loaded data; all
// const methods may be called from several threads at once (each thread keeps its own cache).
class Tokenizer
{
public:
    // A folder holding tokenizer.json (and tokenizer_config.json, chat_template.jinja when
    // present), or the tokenizer.json file itself.
    static Result<Tokenizer> load(const QString& dirOrFile);
    // From the files' bytes; `source` names where they came from in describe().
    static Result<Tokenizer> fromJson(std::string_view tokenizerJson, const QByteArray& configJson = {},
                                      const QString& source = {});

    std::vector<std::uint32_t> encode(std::string_view utf8) const;
    std::vector<TokenSpan> encodeWithOffsets(std::string_view utf8) const;
    // The same, appending to `ids` (and `spans` when given); an error only when the regex engine
    // gave up on a pathological input, so a count is never silently wrong.
    Result<void> encodeInto(std::string_view utf8, std::vector<std::uint32_t>& ids,
                            std::vector<TokenSpan>* spans = nullptr) const;

    // Counts the tokens of `utf8` without keeping them. `progress` (may be empty) is called with
    // the bytes done about every megabyte; a set `cancel` stops it with a Cancelled error.
    using Progress = std::function<void(std::uint64_t bytesDone, std::uint64_t bytesTotal)>;
    Result<std::uint64_t> count(std::string_view utf8, const std::atomic_bool* cancel = nullptr,
                                const Progress& progress = {}) const;

    // The text a token stands for (raw bytes: a byte-level token may be part of a character).
    std::string tokenText(std::uint32_t id) const;
    std::size_t vocabSize() const; // highest id + 1
    // "byte-level BPE, 128,256 tokens, from /path" and the like.
    QString describe() const;
    const TokenizerConfig& config() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace td
