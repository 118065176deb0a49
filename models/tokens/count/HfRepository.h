#pragma once

#include <QString>
#include <QUrl>

namespace td {

// Where a Together model's tokenizer lives on the Hugging Face Hub. Most of Together's
// fine-tunable models are named as their Hugging Face repositories; the exceptions are its own
// variants of Meta's Llama: "-Reference" and context-length variants ("-131k", "-32k") of a
// model use that model's tokenizer, and Meta renamed "Meta-Llama-3.1-*" to "Llama-3.1-*".
struct HfRepository
{
    // The repository for `togetherModel` ("meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference"
    // -> "meta-llama/Llama-3.1-8B-Instruct").
    static QString forModel(const QString& togetherModel);
    // The Hub: https://huggingface.co, or HF_ENDPOINT (the variable Hugging Face's own clients
    // read: a mirror, or a local server in tests). A token goes only where KeyDestination allows.
    static QUrl endpoint();
    // A repository name as the Hub takes it: "org/name" of letters, digits and - _ .
    static bool isValidName(const QString& repo);
};

} // namespace td
