#include "playground/ChatSession.h"

#include "api/http/RetryPolicy.h"

#include "api/client/ChatCompletion.h"

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
    m_parameters.writeTo(j);
    return QByteArray::fromStdString(j.dump());
}

void ChatSession::send(const QString& text)
{
    if (isStreaming() || text.trimmed().isEmpty())
        return;
    m_messages.append({QStringLiteral("user"), text});
    start();
}

bool ChatSession::generate()
{
    if (isStreaming() || m_messages.isEmpty() || m_messages.back().role != QLatin1String("user"))
        return false;
    start();
    return true;
}

bool ChatSession::regenerate()
{
    if (isStreaming())
        return false;
    if (!m_messages.isEmpty() && m_messages.back().role == QLatin1String("assistant"))
        m_messages.removeLast();
    if (generate())
        return true;
    emit changed();
    return false;
}

bool ChatSession::resendFrom(int index, const QString& text)
{
    if (isStreaming() || index < 0 || index >= m_messages.size() || m_messages[index].role != QLatin1String("user") ||
        text.trimmed().isEmpty())
        return false;
    m_messages.resize(index + 1);
    m_messages[index].content = text;
    start();
    return true;
}

void ChatSession::editMessage(int index, const QString& text)
{
    if (index < 0 || index >= m_messages.size() || (isStreaming() && index == m_messages.size() - 1))
        return;
    Message& m = m_messages[index];
    m.content = text;
    m.incomplete = false;
    m.error.clear();
    emit changed();
}

void ChatSession::removeMessage(int index)
{
    if (index < 0 || index >= m_messages.size() || (isStreaming() && index == m_messages.size() - 1))
        return;
    m_messages.removeAt(index);
    emit changed();
}

void ChatSession::discardStream()
{
    // The answer underway belongs to the conversation being replaced: it must not land in the new one.
    if (!m_stream)
        return;
    ChatCompletion* s = m_stream;
    m_stream = nullptr;
    disconnect(s, nullptr, this, nullptr);
    s->stop();
    s->deleteLater();
    emit finished();
}

void ChatSession::setMessages(const QList<Message>& messages)
{
    discardStream();
    m_messages = messages;
    emit changed();
}

void ChatSession::start()
{
    const QByteArray body = requestBody();
    m_messages.append({QStringLiteral("assistant"), QString()});
    m_stream = new ChatCompletion(m_transport, m_connection, body, this);
    m_clock.start();
    connect(m_stream, &ChatCompletion::retrying, this, [this](int attempt, qint64 delayMs, const ApiError& error) {
        // The wait actually used, in the words the CLI uses too.
        m_messages.back().notice = retryingText(attempt, delayMs, error);
        emit changed();
    });
    connect(m_stream, &ChatCompletion::delta, this, [this](const QString& text) {
        m_messages.back().notice.clear();
        m_messages.back().content += text;
        emit changed();
    });
    connect(m_stream, &ChatCompletion::finished, this, [this](const std::optional<ApiError>& error) {
        ChatCompletion* s = m_stream;
        m_stream = nullptr;
        Message& answer = m_messages.back();
        answer.notice.clear();
        answer.firstTokenMs = s->firstTokenMs();
        if (const auto& usage = s->stream().usage()) {
            answer.promptTokens = usage->promptTokens;
            answer.completionTokens = usage->completionTokens;
            answer.cachedTokens = usage->cachedTokens;
        }
        const qint64 generating = m_clock.elapsed() - std::max<qint64>(0, answer.firstTokenMs);
        if (answer.completionTokens > 0 && generating > 0)
            answer.tokensPerSecond = double(answer.completionTokens) * 1000.0 / double(generating);
        if (error) {
            answer.incomplete = true;
            answer.error = error->kind == ApiError::Kind::Cancelled ? tr("Stopped.") : error->explanation();
        } else if (s->stream().finishReason() == QLatin1String("length")) {
            // Cut off by max_tokens: shown as incomplete and never added to a dataset as trained.
            answer.incomplete = true;
            answer.error = tr("Cut off at the answer's token limit (max_tokens).");
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
    discardStream();
    m_messages.clear();
    emit changed();
}

} // namespace td
