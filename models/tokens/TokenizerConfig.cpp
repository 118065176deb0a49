#include "tokens/TokenizerConfig.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace td {

namespace {

// Special tokens are written either as text or as {"content": text, ...}.
QString tokenText(const nlohmann::json& v)
{
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_object()) {
        const auto it = v.find("content");
        if (it != v.end() && it->is_string())
            return QString::fromStdString(it->get<std::string>());
    }
    return {};
}

std::optional<bool> flag(const nlohmann::json& doc, const char* key)
{
    const auto it = doc.find(key);
    if (it != doc.end() && it->is_boolean())
        return it->get<bool>();
    return std::nullopt;
}

} // namespace

Result<TokenizerConfig> TokenizerConfig::parse(const QByteArray& json, const QString& chatTemplateJinja)
{
    nlohmann::json doc = nlohmann::json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        return Error::make(Error::Code::Parse,
                           QCoreApplication::translate("TokenizerConfig",
                                                       "tokenizer_config.json is not a JSON object; replace it with "
                                                       "the file from the model's repository."));
    }
    TokenizerConfig c;
    c.present = true;
    c.rawJson = json;
    if (const auto it = doc.find("chat_template"); it != doc.end()) {
        if (it->is_string()) {
            c.chatTemplate = QString::fromStdString(it->get<std::string>());
        } else if (it->is_array()) {
            for (const auto& t : *it) {
                if (!t.is_object() || !t.contains("name") || !t.contains("template") || !t["name"].is_string() ||
                    !t["template"].is_string())
                    continue;
                c.namedChatTemplates.insert(QString::fromStdString(t["name"].get<std::string>()),
                                            QString::fromStdString(t["template"].get<std::string>()));
            }
            c.chatTemplate = c.namedChatTemplates.value(QStringLiteral("default"));
        }
    }
    if (c.chatTemplate.isEmpty() && !chatTemplateJinja.isEmpty())
        c.chatTemplate = chatTemplateJinja;
    if (const auto it = doc.find("bos_token"); it != doc.end())
        c.bosToken = tokenText(*it);
    if (const auto it = doc.find("eos_token"); it != doc.end())
        c.eosToken = tokenText(*it);
    if (const auto it = doc.find("pad_token"); it != doc.end())
        c.padToken = tokenText(*it);
    if (const auto it = doc.find("unk_token"); it != doc.end())
        c.unkToken = tokenText(*it);
    c.addBosToken = flag(doc, "add_bos_token");
    c.addEosToken = flag(doc, "add_eos_token");
    if (const auto it = doc.find("model_max_length"); it != doc.end() && it->is_number()) {
        const double v = it->get<double>();
        if (v > 0 && v < 1e15) // Hugging Face writes 1e30 for "no limit"
            c.modelMaxLength = qint64(v);
    }
    if (const auto it = doc.find("tokenizer_class"); it != doc.end() && it->is_string())
        c.tokenizerClass = QString::fromStdString(it->get<std::string>());
    return c;
}

} // namespace td
