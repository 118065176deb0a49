#pragma once

#include "core/Result.h"

#include <QString>

namespace td {

// Where tokenizers for Together's model names are kept: a folder per model under the app's
// data folder (tokenizers/ORG--NAME, holding tokenizer.json and tokenizer_config.json, and
// revision.json when HfTokenizerDownload filled it from the Hugging Face Hub); the CLI's
// --model and the app look here.
class TokenizerCache
{
public:
    static QString root();
    // The folder for a model name ("meta-llama/Meta-Llama-3.1-8B-Instruct-Reference").
    static QString folderFor(const QString& model);
    // The folder when it holds a tokenizer.json; otherwise an error that says how to get one.
    static Result<QString> find(const QString& model);
};

} // namespace td
