#pragma once

#include "api/http/ApiError.h"
#include "api/http/SseParser.h"
#include "api/wire/TokenUsage.h"

#include <QString>

#include <optional>
#include <vector>

namespace td {

struct ToolCallDelta
{
    int index = 0;
    QString id;
    QString name;
    QString arguments; // fragments appended as they arrive
};

// Turns the bytes of a streamed chat completion into its text: content and reasoning deltas,
// tool call fragments, the finish reason and the usage of the last chunk. A stream is only
// complete with "data: [DONE]"; an error object or finish_reason "error" is a failure.
class ChatStream
{
public:
    ChatStream();

    // Feeds bytes; returns the text that arrived with them (for the transcript).
    QString feed(QByteArrayView bytes);
    // The connection closed. Returns the error if the stream did not end properly.
    std::optional<ApiError> finish();

    const QString& content() const { return m_content; }
    const QString& reasoning() const { return m_reasoning; }
    const std::vector<ToolCallDelta>& toolCalls() const { return m_toolCalls; }
    const QString& finishReason() const { return m_finishReason; }
    const std::optional<TokenUsage>& usage() const { return m_usage; }
    const std::optional<ApiError>& error() const { return m_error; }
    bool isDone() const { return m_done; }
    int chunks() const { return m_chunks; }

private:
    void onEvent(const SseEvent& event);

    SseParser m_parser;
    QString m_content;
    QString m_reasoning;
    QString m_fresh;
    std::vector<ToolCallDelta> m_toolCalls;
    QString m_finishReason;
    std::optional<TokenUsage> m_usage;
    std::optional<ApiError> m_error;
    bool m_done = false;
    int m_chunks = 0;
};

} // namespace td
