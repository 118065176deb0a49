#include "playground/ChatParameters.h"

#include "core/JsonRead.h"

#include <algorithm>
#include <climits>

namespace td {

QStringList ChatParameters::tunableNames()
{
    return {QStringLiteral("temperature"),
            QStringLiteral("top_p"),
            QStringLiteral("top_k"),
            QStringLiteral("min_p"),
            QStringLiteral("repetition_penalty"),
            QStringLiteral("presence_penalty"),
            QStringLiteral("frequency_penalty"),
            QStringLiteral("max_tokens"),
            QStringLiteral("seed")};
}

double ChatParameters::value(const QString& name) const
{
    if (name == QLatin1String("temperature"))
        return temperature;
    if (name == QLatin1String("top_p"))
        return topP;
    if (name == QLatin1String("top_k"))
        return topK;
    if (name == QLatin1String("min_p"))
        return minP;
    if (name == QLatin1String("repetition_penalty"))
        return repetitionPenalty;
    if (name == QLatin1String("presence_penalty"))
        return presencePenalty;
    if (name == QLatin1String("frequency_penalty"))
        return frequencyPenalty;
    if (name == QLatin1String("max_tokens"))
        return maxTokens;
    if (name == QLatin1String("seed"))
        return seed ? double(*seed) : -1;
    return 0;
}

namespace {
// A value can come from a saved conversation's "varied_value": converting a double beyond the
// target's range is undefined, so clamp first.
int toInt(double v)
{
    return int(std::clamp(v, double(INT_MIN), double(INT_MAX)));
}
} // namespace

void ChatParameters::setValue(const QString& name, double v)
{
    if (name == QLatin1String("temperature"))
        temperature = v;
    else if (name == QLatin1String("top_p"))
        topP = v;
    else if (name == QLatin1String("top_k"))
        topK = toInt(v);
    else if (name == QLatin1String("min_p"))
        minP = v;
    else if (name == QLatin1String("repetition_penalty"))
        repetitionPenalty = v;
    else if (name == QLatin1String("presence_penalty"))
        presencePenalty = v;
    else if (name == QLatin1String("frequency_penalty"))
        frequencyPenalty = v;
    else if (name == QLatin1String("max_tokens"))
        maxTokens = toInt(v);
    else if (name == QLatin1String("seed"))
        seed = v < 0 ? std::nullopt : std::optional<qint64>(qint64(std::min(v, 9.2e18)));
}

void ChatParameters::writeTo(nlohmann::ordered_json& j) const
{
    j["max_tokens"] = maxTokens;
    j["temperature"] = temperature;
    j["top_p"] = topP;
    if (topK > 0)
        j["top_k"] = topK;
    if (minP > 0)
        j["min_p"] = minP;
    if (repetitionPenalty > 0)
        j["repetition_penalty"] = repetitionPenalty;
    if (presencePenalty != 0)
        j["presence_penalty"] = presencePenalty;
    if (frequencyPenalty != 0)
        j["frequency_penalty"] = frequencyPenalty;
    if (!stop.isEmpty()) {
        nlohmann::ordered_json s = nlohmann::ordered_json::array();
        for (const QString& x : stop)
            s.push_back(x.toStdString());
        j["stop"] = s;
    }
    if (seed)
        j["seed"] = *seed;
    if (!reasoningEffort.isEmpty())
        j["reasoning_effort"] = reasoningEffort.toStdString();
    if (jsonObject)
        j["response_format"] = {{"type", "json_object"}};
}

nlohmann::ordered_json ChatParameters::toJson() const
{
    nlohmann::ordered_json j;
    writeTo(j);
    // Unset optional fields are stored too, so a preset restores them as unset.
    for (const char* k : {"top_k", "min_p", "repetition_penalty", "presence_penalty", "frequency_penalty"})
        if (!j.contains(k))
            j[k] = 0;
    if (!seed)
        j["seed"] = nullptr;
    return j;
}

ChatParameters ChatParameters::fromJson(const nlohmann::json& j)
{
    ChatParameters p;
    if (!j.is_object())
        return p;
    // Presets and saved conversations are files: a field of another type keeps the default.
    p.temperature = json::number(j, "temperature", p.temperature);
    p.topP = json::number(j, "top_p", p.topP);
    p.topK = json::smallInteger(j, "top_k", 0);
    p.minP = json::number(j, "min_p", 0);
    p.repetitionPenalty = json::number(j, "repetition_penalty", 0);
    p.presencePenalty = json::number(j, "presence_penalty", 0);
    p.frequencyPenalty = json::number(j, "frequency_penalty", 0);
    p.maxTokens = json::smallInteger(j, "max_tokens", p.maxTokens);
    if (const auto* seed = json::find(j, "seed"); seed && seed->is_number_integer())
        p.seed = json::asInteger(*seed);
    for (const auto& s : json::array(j, "stop"))
        if (const auto text = json::asString(s))
            p.stop << *text;
    p.reasoningEffort = json::string(j, "reasoning_effort");
    p.jsonObject = json::string(json::object(j, "response_format"), "type") == QLatin1String("json_object");
    return p;
}

} // namespace td
