#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace td {

// What went wrong with an API call, in every shape Together answers with: the HTTP status,
// the error's type and code when the body has them, a message a person can read, and how
// long to wait before trying again when the server says so.
struct ApiError
{
    enum class Kind {
        Http,      // the server answered with an error status
        Network,   // no answer: connection refused, DNS, TLS, timeout, dropped connection
        Stream,    // a stream failed after it started (error event, cut before [DONE])
        Cancelled, // the user stopped it
        Parse,     // a 2xx answer we could not understand
    };
    Kind kind = Kind::Http;
    int httpStatus = 0;
    QString type; // e.g. "invalid_request_error", "credit_limit"
    QString code; // e.g. "invalid_api_key", "model_not_available"
    QString param;
    QString message;   // the server's own words (or ours, for network errors)
    QString requestId; // the body's "id", when present
    std::int64_t retryAfterMs = -1;
    // Set when the server asked to wait longer than TuneDesk waits by itself (this cap, in ms):
    // the call was given up, and the explanation says when to try again.
    std::int64_t waitCapMs = -1;
    // The request never left this machine (no connection could be made): nothing can have
    // happened on the server. False when unsure (a dropped or timed-out answer).
    bool notSent = false;

    bool isRetryable() const;
    // The message with what the user can do about it, for showing.
    QString explanation() const;
};

// Reads an error answer: {"error": {...}}, {"error": "text"}, {"message": "..."}, or a body
// that is not JSON at all (an HTML page from a proxy, plain text).
ApiError parseErrorBody(int status, const QByteArray& body);

// retry-after-ms, or retry-after as seconds or an HTTP date (RFC 7231 7.1.1.1: IMF-fixdate,
// and the obsolete RFC 850 and asctime forms), counted from `now`; -1 when absent or unusable.
std::int64_t retryAfterFromHeaders(const QByteArray& retryAfterMs, const QByteArray& retryAfter,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc());
// An HTTP date in any of the three forms; invalid when it is none of them.
QDateTime parseHttpDate(const QByteArray& text);
// "45 s", "2 min", "1 h 5 min": a wait, for people.
QString waitText(std::int64_t ms);

} // namespace td

Q_DECLARE_METATYPE(td::ApiError)
Q_DECLARE_METATYPE(std::optional<td::ApiError>)
