#include "api/ChatStream.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace td {

namespace {

QString qstr(const nlohmann::json& j)
{
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

ApiError streamError(QString message)
{
    ApiError e;
    e.kind = ApiError::Kind::Stream;
    e.message = std::move(message);
    return e;
}

} // namespace

ChatStream::ChatStream()
    : m_parser([this](const SseEvent& e) { onEvent(e); })
{}

QString ChatStream::feed(QByteArrayView bytes)
{
    m_fresh.clear();
    if (!m_done && !m_error)
        m_parser.feed(bytes);
    return m_fresh;
}

std::optional<ApiError> ChatStream::finish()
{
    if (!m_done && !m_error)
        m_parser.finish();
    if (m_error)
        return m_error;
    if (!m_done) {
        m_error = streamError(
            QCoreApplication::translate("td::ChatStream", "the connection closed before the end of the answer"));
        return m_error;
    }
    return std::nullopt;
}

void ChatStream::onEvent(const SseEvent& event)
{
    if (m_done || m_error)
        return;
    // Named events (e.g. "event: ping") are not chunks.
    if (!event.event.isEmpty() && event.event != "message")
        return;
    if (event.data.trimmed().toUpper().startsWith("[DONE]")) {
        m_done = true;
        return;
    }
    const nlohmann::json j = nlohmann::json::parse(event.data.begin(), event.data.end(), nullptr, false);
    if (!j.is_object()) {
        m_error = streamError(QCoreApplication::translate("td::ChatStream", "a chunk that is not JSON: %1")
                                  .arg(QString::fromUtf8(event.data.left(200))));
        return;
    }
    ++m_chunks;
    if (auto err = j.find("error"); err != j.end() && !err->is_null() && !(err->is_boolean() && !err->get<bool>())) {
        const std::string body = nlohmann::json{{"error", *err}}.dump();
        ApiError e = parseErrorBody(200, QByteArray::fromStdString(body));
        e.kind = ApiError::Kind::Stream;
        m_error = e;
        return;
    }
    if (auto usage = j.find("usage"); usage != j.end() && usage->is_object()) {
        TokenUsage u;
        u.promptTokens = usage->value("prompt_tokens", std::int64_t(0));
        u.completionTokens = usage->value("completion_tokens", std::int64_t(0));
        u.totalTokens = usage->value("total_tokens", std::int64_t(0));
        m_usage = u;
    }
    auto choices = j.find("choices");
    if (choices == j.end() || !choices->is_array())
        return;
    for (const auto& choice : *choices) {
        if (!choice.is_object() || choice.value("index", 0) != 0)
            continue;
        if (auto fr = choice.find("finish_reason"); fr != choice.end() && fr->is_string()) {
            m_finishReason = qstr(*fr);
            if (m_finishReason == QLatin1String("error")) {
                m_error = streamError(QCoreApplication::translate("td::ChatStream", "the model stopped with an error"));
                return;
            }
        }
        auto delta = choice.find("delta");
        if (delta == choice.end() || !delta->is_object())
            continue;
        if (auto c = delta->find("content"); c != delta->end() && c->is_string()) {
            const QString text = qstr(*c);
            m_content += text;
            m_fresh += text;
        }
        for (const char* key : {"reasoning", "reasoning_content"})
            if (auto r = delta->find(key); r != delta->end() && r->is_string())
                m_reasoning += qstr(*r);
        if (auto calls = delta->find("tool_calls"); calls != delta->end() && calls->is_array()) {
            for (const auto& call : *calls) {
                const int index = call.value("index", 0);
                auto it = std::find_if(m_toolCalls.begin(), m_toolCalls.end(),
                                       [index](const ToolCallDelta& t) { return t.index == index; });
                if (it == m_toolCalls.end()) {
                    m_toolCalls.push_back({index, {}, {}, {}});
                    it = m_toolCalls.end() - 1;
                }
                if (auto id = call.find("id"); id != call.end() && id->is_string())
                    it->id = qstr(*id);
                if (auto fn = call.find("function"); fn != call.end() && fn->is_object()) {
                    if (auto name = fn->find("name"); name != fn->end() && name->is_string())
                        it->name += qstr(*name);
                    if (auto args = fn->find("arguments"); args != fn->end() && args->is_string())
                        it->arguments += qstr(*args);
                }
            }
        }
    }
}

} // namespace td
