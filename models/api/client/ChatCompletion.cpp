#include "api/client/ChatCompletion.h"

#include <nlohmann/json.hpp>

namespace td {

namespace {
QByteArray withStream(const QByteArray& json)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(json.begin(), json.end(), nullptr, false);
    if (!j.is_object())
        return json;
    j["stream"] = true;
    return QByteArray::fromStdString(j.dump());
}
} // namespace

ChatCompletion::ChatCompletion(HttpTransport* transport, const Connection& connection, const QByteArray& requestJson,
                               QObject* parent)
    : QObject(parent)
{
    HttpRequest r =
        ApiRequest::jsonRequest(connection, "POST", QStringLiteral("chat/completions"), withStream(requestJson));
    r.streamBody = true;
    r.headers.replace(0, qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
    // Generating may take long, but tokens keep coming: a server silent for the connection's
    // stall timeout (no byte for 60 s by default, r.stallTimeoutMs) is given up on well before
    // this overall limit.
    r.timeoutMs = 30 * 60 * 1000;
    // A chat request has no side effect to fear: retried on 429/5xx until the first byte.
    m_request = new ApiRequest(transport, connection, r, true, this);
    connect(m_request, &ApiRequest::bodyData, this, [this](const QByteArray& bytes) {
        const QString text = m_stream.feed(bytes);
        if (!text.isEmpty()) {
            if (m_firstTokenMs < 0)
                m_firstTokenMs = m_clock.elapsed();
            emit delta(text);
        }
    });
    connect(m_request, &ApiRequest::retrying, this, &ChatCompletion::retrying);
    connect(m_request, &ApiRequest::finished, this, [this](const ApiRequest::Outcome& outcome) {
        if (const auto* e = std::get_if<ApiError>(&outcome)) {
            ApiError error = *e;
            // The connection died after the answer had started: the stream was cut.
            if (error.kind == ApiError::Kind::Network && m_stream.chunks() > 0) {
                error.kind = ApiError::Kind::Stream;
                error.message = tr("the connection dropped before the end of the answer (%1)").arg(error.message);
            }
            emit finished(error);
            return;
        }
        emit finished(m_stream.finish());
    });
}

void ChatCompletion::start()
{
    m_clock.start();
    m_request->start();
}

void ChatCompletion::stop()
{
    m_request->abort();
}

} // namespace td
