#include "playground/ChatSession.h"

#include "api/ChatCompletion.h"

#include <nlohmann/json.hpp>

namespace td {

ChatSession::ChatSession(HttpTransport* transport, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
{}

QByteArray ChatSession::requestBody() const
{
    nlohmann::ordered_json j;
    j["model"] = m_model.toStdString();
    nlohmann::ordered_json messages = nlohmann::ordered_json::array();
    if (!m_system.trimmed().isEmpty())
        messages.push_back({{"role", "system"}, {"content", m_system.toStdString()}});
    for (const Message& m : m_messages)
        if (!(m.role == QLatin1String("assistant") && m.content.isEmpty()))
            messages.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    j["messages"] = messages;
    const Parameters& p = m_parameters;
    j["max_tokens"] = p.maxTokens;
    j["temperature"] = p.temperature;
    j["top_p"] = p.topP;
    if (p.topK > 0)
        j["top_k"] = p.topK;
    if (p.repetitionPenalty > 0)
        j["repetition_penalty"] = p.repetitionPenalty;
    if (!p.stop.isEmpty()) {
        nlohmann::ordered_json stop = nlohmann::ordered_json::array();
        for (const QString& s : p.stop)
            stop.push_back(s.toStdString());
        j["stop"] = stop;
    }
    if (p.seed)
        j["seed"] = *p.seed;
    return QByteArray::fromStdString(j.dump());
}

void ChatSession::send(const QString& text)
{
    if (isStreaming() || text.trimmed().isEmpty())
        return;
    m_messages.append({QStringLiteral("user"), text});
    start();
}

void ChatSession::start()
{
    const QByteArray body = requestBody();
    m_messages.append({QStringLiteral("assistant"), QString()});
    m_stream = new ChatCompletion(m_transport, m_connection, body, this);
    m_clock.start();
    connect(m_stream, &ChatCompletion::delta, this, [this](const QString& text) {
        m_messages.back().content += text;
        emit changed();
    });
    connect(m_stream, &ChatCompletion::finished, this, [this](const std::optional<ApiError>& error) {
        ChatCompletion* s = m_stream;
        m_stream = nullptr;
        Message& answer = m_messages.back();
        answer.firstTokenMs = s->firstTokenMs();
        if (const auto& usage = s->stream().usage()) {
            answer.promptTokens = usage->promptTokens;
            answer.completionTokens = usage->completionTokens;
        }
        const qint64 generating = m_clock.elapsed() - std::max<qint64>(0, answer.firstTokenMs);
        if (answer.completionTokens > 0 && generating > 0)
            answer.tokensPerSecond = double(answer.completionTokens) * 1000.0 / double(generating);
        if (error) {
            answer.incomplete = true;
            answer.error = error->kind == ApiError::Kind::Cancelled ? tr("Stopped.") : error->explanation();
        }
        s->deleteLater();
        emit changed();
        emit finished();
    });
    emit changed();
    m_stream->start();
}

void ChatSession::stop()
{
    if (m_stream)
        m_stream->stop();
}

void ChatSession::clear()
{
    stop();
    m_messages.clear();
    emit changed();
}

} // namespace td
