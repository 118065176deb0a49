#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace td {

// tokenizer_config.json as Hugging Face ships it beside tokenizer.json: the chat template as
// written (rendered by the Jinja engine, not here) and the special tokens it refers to.
struct TokenizerConfig
{
    bool present = false;                      // false when there was no tokenizer_config.json
    QString chatTemplate;                      // the default template ("default" when there are several)
    QMap<QString, QString> namedChatTemplates; // all of them, by name, when the file lists several
    QString bosToken;                          // the token's text; empty when null or absent
    QString eosToken;
    QString padToken;
    QString unkToken;
    std::optional<bool> addBosToken;
    std::optional<bool> addEosToken;
    std::optional<qint64> modelMaxLength; // absent when the file gives none or a placeholder (1e30)
    QString tokenizerClass;
    QByteArray rawJson; // the whole file, for anything else a template needs

    // Parses the file's bytes; `chatTemplateJinja` is a chat_template.jinja beside it, when any
    // (newer repositories keep the template there).
    static Result<TokenizerConfig> parse(const QByteArray& json, const QString& chatTemplateJinja = {});
};

} // namespace td
