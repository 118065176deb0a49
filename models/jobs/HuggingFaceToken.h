#pragma once

#include <QString>

namespace td {

// Where the Hugging Face token of a fine-tune (hf_api_token: private models to start from,
// repositories to push to) is kept: in the OS keychain through the SecretStore, under this
// key, like API keys; never in settings, recipes or logs. The New Fine-Tune dialog offers the
// kept token and keeps the one a launch used; tunedesk-cli takes $HF_TOKEN, else this one.
struct HuggingFaceToken
{
    static QString key() { return QStringLiteral("huggingface/api-token"); }
};

} // namespace td
