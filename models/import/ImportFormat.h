#pragma once

#include "core/Result.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td {

// The shapes of chat data `import` reads. Auto asks the detector.
enum class ImportFormat {
    Auto,
    ShareGpt,         // {"conversations": [{"from": "human", "value": …}, …]}
    Alpaca,           // {"instruction": …, "input": …, "output": …}
    OpenAi,           // {"messages": [{"role": …, "content": …, "tool_calls": …}], "tools": …}
    PromptCompletion, // {"prompt": …, "completion": …}
    Text,             // one row of text per line
    HuggingFace,      // a chat-template export: a JSON array (or JSONL) of {"messages": […]}
    Csv,              // a table with a header row; columns mapped to roles
    Tsv,
};

// What a converted row is in Together's terms.
enum class TargetFormat {
    Conversational, // {"messages": […]}
    Instruction,    // {"prompt": …, "completion": …}
    General,        // {"text": …}
};

// The --from values: "sharegpt", "alpaca", "openai", "prompt-completion", "text", "hf", "csv",
// "tsv", "auto".
QString importFormatId(ImportFormat format);
std::optional<ImportFormat> importFormatFromId(const QString& id);
// What a person reads: "ShareGPT", "OpenAI chat", …
QString importFormatName(ImportFormat format);
QString targetFormatName(TargetFormat target);
// Every format but Auto, in the order menus list them.
std::vector<ImportFormat> importFormats();
// The formats whose rows are JSON values.
bool isJsonFormat(ImportFormat format);

// Where each part of a row comes from: an ordered list of slot = source pairs. For JSON formats
// the slots are the format's keys ("conversations", "from", "value" for ShareGPT) and the
// sources the keys the file uses instead; for CSV/TSV the slots are roles (system, user,
// assistant; or prompt, completion; or text) and the sources column names or 1-based column
// numbers, in message order (a slot may repeat: user=q1,assistant=a1,user=q2,assistant=a2).
struct FieldMapping
{
    std::vector<std::pair<std::string, std::string>> pairs;

    // The source of the first `slot`, or `fallback` when the mapping does not name it.
    std::string_view get(std::string_view slot, std::string_view fallback) const;
    bool has(std::string_view slot) const;
    void set(const std::string& slot, const std::string& source);
    bool empty() const { return pairs.empty(); }
    // "slot=source,slot=source" (what --map takes).
    QString toString() const;
    // Parses --map's text. An empty text is an empty mapping.
    static Result<FieldMapping> parse(const QString& text);
    bool operator==(const FieldMapping& o) const { return pairs == o.pairs; }
};

// The column of a CSV/TSV `header` a mapping's source names: by its name first, else by its
// 1-based number; header.size() when neither (the import and the dialog's column choices read
// a source the same way).
std::size_t columnOf(const std::vector<std::string>& header, std::string_view source);

} // namespace td
