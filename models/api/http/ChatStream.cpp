#include "api/http/ChatStream.h"

#include "core/JsonRead.h"

#include <QCoreApplication>

namespace td {

namespace {

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
    // A chunk is read through json:: accessors only: a field of an unexpected type ("usage":
    // {"prompt_tokens": null}, "tool_calls": [1]) is skipped, never thrown at the GUI thread.
    const nlohmann::json j = json::parse(event.data);
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
    if (const auto* usage = json::find(j, "usage"); usage && usage->is_object())
        m_usage = TokenUsage::fromJson(*usage);
    for (const auto& choice : json::array(j, "choices")) {
        if (!choice.is_object() || json::integer(choice, "index") != 0)
            continue;
        if (const auto fr = json::optString(choice, "finish_reason")) {
            m_finishReason = *fr;
            if (m_finishReason == QLatin1String("error")) {
                m_error = streamError(QCoreApplication::translate("td::ChatStream", "the model stopped with an error"));
                return;
            }
        }
        const nlohmann::json& delta = json::object(choice, "delta");
        if (const auto text = json::optString(delta, "content")) {
            m_content += *text;
            m_fresh += *text;
        }
        for (const char* key : {"reasoning", "reasoning_content"})
            m_reasoning += json::string(delta, key);
        for (const auto& call : json::array(delta, "tool_calls")) {
            if (!call.is_object())
                continue;
            const int index = json::smallInteger(call, "index");
            auto it = std::find_if(m_toolCalls.begin(), m_toolCalls.end(),
                                   [index](const ToolCallDelta& t) { return t.index == index; });
            if (it == m_toolCalls.end()) {
                m_toolCalls.push_back({index, {}, {}, {}});
                it = m_toolCalls.end() - 1;
            }
            if (const auto id = json::optString(call, "id"))
                it->id = *id;
            const nlohmann::json& fn = json::object(call, "function");
            it->name += json::string(fn, "name");
            it->arguments += json::string(fn, "arguments");
        }
    }
}

} // namespace td
