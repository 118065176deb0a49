#pragma once

#include "core/Result.h"
#include "import/ImportFormat.h"
#include "import/SourceRecord.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace td {

// Turns one input row into one row of Together's JSONL, or says why it cannot. The same
// function serves the preview, the CLI and the GUI's import.
//
// ShareGPT, Alpaca, OpenAI chat and Hugging Face exports become conversational rows;
// prompt/completion stays an instruction row; plain text becomes {"text": …}; CSV/TSV becomes
// whichever the mapping names (roles: conversational; prompt/completion: instruction; text:
// general). Speaker names map to Together's roles (human/user -> user, gpt/assistant/model ->
// assistant, system/developer -> system, tool/function/observation -> tool). Legacy
// `function_call` becomes `tool_calls` with a made-up call id that the following function
// result answers; `functions` become `tools`; `name`, `tool_call_id`, `weight` and reasoning
// are kept; content parts stay a list when they hold an image, else their texts are joined.
class RowConverter
{
public:
    ~RowConverter();
    RowConverter(const RowConverter&) = delete;
    RowConverter& operator=(const RowConverter&) = delete;

    // `header`: a CSV/TSV file's first record (the column names), empty for other formats.
    // Fails when the mapping cannot work: a column that is not in the header, slots of
    // different targets mixed, a format with nothing to map.
    static Result<std::unique_ptr<RowConverter>> create(ImportFormat format, const FieldMapping& mapping,
                                                        const std::vector<std::string>& header = {});

    ImportFormat format() const;
    TargetFormat target() const;

    // Appends the converted row (no line break) to `out` and returns an empty string, or
    // leaves `out` as it was and returns the reason the row cannot be converted.
    QString convert(const SourceRecord& record, std::string& out);

private:
    RowConverter();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace td
