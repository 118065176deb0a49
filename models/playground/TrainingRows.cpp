#include "playground/TrainingRows.h"

#include <nlohmann/json.hpp>

namespace td {

namespace {
nlohmann::ordered_json message(const QString& role, const QString& content)
{
    return {{"role", role.toStdString()}, {"content", content.toStdString()}};
}

QString contentText(const nlohmann::json& content)
{
    if (content.is_string())
        return QString::fromStdString(content.get<std::string>());
    QStringList parts;
    if (content.is_array())
        for (const auto& part : content)
            if (part.is_object() && part.value("type", std::string()) == "text" && part.contains("text") &&
                part["text"].is_string())
                parts << QString::fromStdString(part["text"].get<std::string>());
    return parts.join(QLatin1Char('\n'));
}
} // namespace

QByteArray TrainingRows::conversationRow(const QString& system, const QList<ChatMessage>& messages, int assistantWeight)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    if (!system.trimmed().isEmpty())
        list.push_back(message(QStringLiteral("system"), system));
    for (const ChatMessage& m : messages) {
        nlohmann::ordered_json j = message(m.role, m.content);
        if (m.isAssistant())
            j["weight"] = m.incomplete ? 0 : assistantWeight;
        list.push_back(std::move(j));
    }
    return QByteArray::fromStdString(nlohmann::ordered_json{{"messages", list}}.dump());
}

QByteArray TrainingRows::preferenceRow(const QString& system, const QList<ChatMessage>& prompt,
                                       const QString& preferred, const QString& rejected)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    if (!system.trimmed().isEmpty())
        list.push_back(message(QStringLiteral("system"), system));
    for (const ChatMessage& m : prompt)
        list.push_back(message(m.role, m.content));
    const QString assistant = QStringLiteral("assistant");
    nlohmann::ordered_json row{{"input", {{"messages", list}}},
                               {"preferred_output", nlohmann::ordered_json::array({message(assistant, preferred)})},
                               {"non_preferred_output", nlohmann::ordered_json::array({message(assistant, rejected)})}};
    return QByteArray::fromStdString(row.dump());
}

Result<TrainingRows::RowConversation> TrainingRows::fromRow(QByteArrayView row, int answerIndex)
{
    const nlohmann::json j = nlohmann::json::parse(row.begin(), row.end(), nullptr, false);
    if (!j.is_object())
        return Error::make(Error::Code::Parse, tr("The row is not valid JSON."));
    RowConversation out;
    if (j.contains("prompt") && j.contains("completion")) {
        out.messages.append({QStringLiteral("user"), contentText(j["prompt"])});
        out.reference = contentText(j["completion"]);
        return out;
    }
    nlohmann::json messages;
    if (j.contains("messages") && j["messages"].is_array()) {
        messages = j["messages"];
    } else if (j.contains("input") && j["input"].is_object() && j["input"].contains("messages") &&
               j["input"]["messages"].is_array()) {
        // A preference row: the conversation is the input, the preferred answer the reference.
        messages = j["input"]["messages"];
        if (j.contains("preferred_output") && j["preferred_output"].is_array() && !j["preferred_output"].empty())
            messages.push_back(j["preferred_output"][0]);
    } else {
        return Error::make(
            Error::Code::Unsupported,
            tr("Only conversation, preference and prompt/completion rows can be tried in the playground."));
    }
    auto isAnswer = [&messages](int i) {
        return messages[i].is_object() && messages[i].value("role", std::string()) == "assistant";
    };
    int last = -1;
    if (answerIndex < 0) {
        for (int i = 0; i < int(messages.size()); ++i)
            if (isAnswer(i))
                last = i;
    } else {
        // A question chosen means the answer that follows it.
        for (int i = answerIndex; i < int(messages.size()) && last < 0; ++i)
            if (isAnswer(i))
                last = i;
    }
    if (last < 0)
        return Error::make(Error::Code::NotFound, tr("The row has no assistant message to compare with."));
    for (int i = 0; i < last; ++i) {
        const auto& m = messages[i];
        if (!m.is_object())
            continue;
        const QString role = QString::fromStdString(m.value("role", std::string()));
        const QString text = contentText(m.value("content", nlohmann::json()));
        if (role == QLatin1String("system") && out.messages.isEmpty() && out.system.isEmpty())
            out.system = text;
        else
            out.messages.append({role, text});
    }
    if (out.messages.isEmpty() || !out.messages.back().isUser())
        return Error::make(Error::Code::Unsupported, tr("The answer chosen does not follow a user message."));
    out.reference = contentText(messages[last].value("content", nlohmann::json()));
    out.answerIndex = last;
    return out;
}

} // namespace td
