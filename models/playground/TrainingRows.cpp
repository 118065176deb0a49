#include "playground/TrainingRows.h"

#include "core/JsonRead.h"

namespace td {

namespace {
nlohmann::ordered_json message(const QString& role, const QString& content)
{
    return {{"role", role.toStdString()}, {"content", content.toStdString()}};
}

// A row comes from a file anyone may have written: every field is read through json::,
// so a value of another type ("role": 5) reads as absent instead of throwing.
QString contentText(const nlohmann::json* content)
{
    if (!content)
        return {};
    if (const auto text = json::asString(*content))
        return *text;
    QStringList parts;
    if (content->is_array())
        for (const auto& part : *content)
            if (json::string(part, "type") == QLatin1String("text"))
                if (const auto text = json::optString(part, "text"))
                    parts << *text;
    return parts.join(QLatin1Char('\n'));
}

QString role(const nlohmann::json& message)
{
    return json::string(message, "role");
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
    const nlohmann::json j = json::parse(row);
    if (!j.is_object())
        return Error::make(Error::Code::Parse, tr("The row is not valid JSON."));
    RowConversation out;
    if (j.contains("prompt") && j.contains("completion")) {
        out.messages.append({QStringLiteral("user"), contentText(json::find(j, "prompt"))});
        out.reference = contentText(json::find(j, "completion"));
        return out;
    }
    nlohmann::json messages;
    if (const auto* list = json::find(j, "messages"); list && list->is_array()) {
        messages = *list;
    } else if (const auto* input = json::find(json::object(j, "input"), "messages"); input && input->is_array()) {
        // A preference row: the conversation is the input, the preferred answer the reference.
        messages = *input;
        if (const nlohmann::json& preferred = json::array(j, "preferred_output"); !preferred.empty())
            messages.push_back(preferred.front());
    } else {
        return Error::make(
            Error::Code::Unsupported,
            tr("Only conversation, preference and prompt/completion rows can be tried in the playground."));
    }
    auto isAnswer = [&messages](int i) { return role(messages[std::size_t(i)]) == QLatin1String("assistant"); };
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
        const auto& m = messages[std::size_t(i)];
        if (!m.is_object())
            continue;
        const QString r = role(m);
        const QString text = contentText(json::find(m, "content"));
        if (r == QLatin1String("system") && out.messages.isEmpty() && out.system.isEmpty())
            out.system = text;
        else
            out.messages.append({r, text});
    }
    if (out.messages.isEmpty() || !out.messages.back().isUser())
        return Error::make(Error::Code::Unsupported, tr("The answer chosen does not follow a user message."));
    out.reference = contentText(json::find(messages[std::size_t(last)], "content"));
    out.answerIndex = last;
    return out;
}

} // namespace td
