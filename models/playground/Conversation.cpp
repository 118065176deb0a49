#include "playground/Conversation.h"

#include "core/JsonRead.h"

namespace td {

bool Conversation::isEmpty() const
{
    for (const Column& c : columns)
        if (!c.messages.isEmpty())
            return false;
    return true;
}

QString Conversation::suggestedTitle() const
{
    for (const Column& c : columns)
        for (const ChatMessage& m : c.messages)
            if (m.isUser()) {
                QString t = m.content.simplified();
                if (t.size() > 60)
                    t = t.left(59) + QChar(0x2026);
                return t;
            }
    return tr("New chat");
}

QString Conversation::toMarkdown() const
{
    QString md = QStringLiteral("# %1\n\n").arg(title.isEmpty() ? suggestedTitle() : title);
    if (!system.trimmed().isEmpty())
        md += QStringLiteral("**%1**\n\n%2\n\n").arg(tr("System"), system);
    for (const Column& c : columns) {
        if (columns.size() > 1 || !c.model.isEmpty())
            md += QStringLiteral("## %1\n\n").arg(c.model);
        if (!c.variedParameter.isEmpty())
            md += QStringLiteral("*%1 = %2*\n\n").arg(c.variedParameter).arg(c.variedValue);
        for (const ChatMessage& m : c.messages) {
            md += QStringLiteral("**%1**\n\n%2\n\n").arg(m.isAssistant() ? tr("Assistant") : tr("User"), m.content);
            if (m.incomplete)
                md += QStringLiteral("> %1\n\n").arg(m.endedEarlyText());
        }
    }
    if (!reference.isEmpty())
        md += QStringLiteral("## %1\n\n%2\n\n").arg(tr("Dataset answer (%1)").arg(referenceSource), reference);
    return md;
}

nlohmann::ordered_json Conversation::toJson() const
{
    // Title and dates first: the sidebar lists conversations from the start of each file.
    nlohmann::ordered_json j{{"title", title.toStdString()},
                             {"created", created.toUTC().toString(Qt::ISODateWithMs).toStdString()},
                             {"updated", updated.toUTC().toString(Qt::ISODateWithMs).toStdString()},
                             {"system", system.toStdString()},
                             {"parameters", parameters.toJson()}};
    nlohmann::ordered_json cols = nlohmann::ordered_json::array();
    for (const Column& c : columns) {
        nlohmann::ordered_json col{{"profile", c.profileId.toStdString()}, {"model", c.model.toStdString()}};
        if (!c.variedParameter.isEmpty()) {
            col["varied_parameter"] = c.variedParameter.toStdString();
            col["varied_value"] = c.variedValue;
        }
        nlohmann::ordered_json messages = nlohmann::ordered_json::array();
        for (const ChatMessage& m : c.messages)
            messages.push_back(m.toJson());
        col["messages"] = std::move(messages);
        cols.push_back(std::move(col));
    }
    j["columns"] = std::move(cols);
    if (!reference.isEmpty())
        j["reference"] = {{"content", reference.toStdString()}, {"source", referenceSource.toStdString()}};
    return j;
}

std::optional<Conversation> Conversation::fromJson(const nlohmann::json& j)
{
    // A saved file can be damaged or hand-edited: every field is read through json::, so a
    // value of another type reads as unset instead of throwing.
    const auto* columns = json::find(j, "columns");
    if (!columns || !columns->is_array())
        return std::nullopt;
    Conversation c;
    c.title = json::string(j, "title");
    c.created = QDateTime::fromString(json::string(j, "created"), Qt::ISODateWithMs);
    c.updated = QDateTime::fromString(json::string(j, "updated"), Qt::ISODateWithMs);
    c.system = json::string(j, "system");
    if (const auto* parameters = json::find(j, "parameters"))
        c.parameters = ChatParameters::fromJson(*parameters);
    for (const auto& col : *columns) {
        if (!col.is_object())
            continue;
        Column column;
        column.profileId = json::string(col, "profile");
        column.model = json::string(col, "model");
        column.variedParameter = json::string(col, "varied_parameter");
        column.variedValue = json::number(col, "varied_value", column.variedValue);
        for (const auto& m : json::array(col, "messages"))
            if (auto msg = ChatMessage::fromJson(m))
                column.messages.append(*msg);
        c.columns.append(std::move(column));
    }
    const nlohmann::json& reference = json::object(j, "reference");
    c.reference = json::string(reference, "content");
    c.referenceSource = json::string(reference, "source");
    return c;
}

} // namespace td
