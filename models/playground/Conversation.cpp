#include "playground/Conversation.h"

#include <nlohmann/json.hpp>

namespace td {

namespace {
QString str(const nlohmann::json& j, const char* key)
{
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

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
                md += QStringLiteral("> %1\n\n").arg(tr("Incomplete: %1").arg(m.error));
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
    if (!j.is_object() || !j.contains("columns") || !j["columns"].is_array())
        return std::nullopt;
    Conversation c;
    c.title = str(j, "title");
    c.created = QDateTime::fromString(str(j, "created"), Qt::ISODateWithMs);
    c.updated = QDateTime::fromString(str(j, "updated"), Qt::ISODateWithMs);
    c.system = str(j, "system");
    if (j.contains("parameters"))
        c.parameters = ChatParameters::fromJson(j["parameters"]);
    for (const auto& col : j["columns"]) {
        if (!col.is_object())
            continue;
        Column column;
        column.profileId = str(col, "profile");
        column.model = str(col, "model");
        column.variedParameter = str(col, "varied_parameter");
        if (const auto it = col.find("varied_value"); it != col.end() && it->is_number())
            column.variedValue = it->get<double>();
        if (const auto it = col.find("messages"); it != col.end() && it->is_array())
            for (const auto& m : *it)
                if (auto msg = ChatMessage::fromJson(m))
                    column.messages.append(*msg);
        c.columns.append(std::move(column));
    }
    if (const auto it = j.find("reference"); it != j.end() && it->is_object()) {
        c.reference = str(*it, "content");
        c.referenceSource = str(*it, "source");
    }
    return c;
}

} // namespace td
