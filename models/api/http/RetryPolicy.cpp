#include "api/http/RetryPolicy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace td {

bool RetryPolicy::waitIsTooLong(const ApiError& error) const
{
    return error.retryAfterMs > maxServerDelayMs;
}

bool RetryPolicy::shouldRetry(const ApiError& error, bool idempotent, int retriesSoFar) const
{
    if (retriesSoFar >= maxRetries || !error.isRetryable() || waitIsTooLong(error))
        return false;
    // A 429 means the request was refused before anything was done: safe for any call.
    const bool nothingDone = error.kind == ApiError::Kind::Http && error.httpStatus == 429;
    return idempotent || nothingDone;
}

std::int64_t RetryPolicy::delayMs(const ApiError& error, int retriesSoFar,
                                  const std::function<double()>& random01) const
{
    if (error.retryAfterMs > 0 && error.retryAfterMs <= maxServerDelayMs)
        return error.retryAfterMs;
    const double backoff =
        std::min(double(baseDelayMs) * std::pow(2.0, retriesSoFar), double(maxDelayMs)) * (1.0 - 0.25 * random01());
    return std::int64_t(backoff);
}

QString retryingText(int attempt, std::int64_t delayMs, const ApiError& error)
{
    QString what;
    switch (error.kind) {
    case ApiError::Kind::Http:
        what = error.httpStatus == 429
                   ? QCoreApplication::translate("td::RetryPolicy", "Rate limited (429): %1").arg(error.message)
                   : QStringLiteral("%1 %2").arg(error.httpStatus).arg(error.message);
        break;
    default:
        what = error.message;
        break;
    }
    const bool asAsked = error.retryAfterMs > 0 && error.retryAfterMs == delayMs;
    return (asAsked ? QCoreApplication::translate("td::RetryPolicy",
                                                  "%1 — trying again in %2, as the server asks (attempt %3)")
                    : QCoreApplication::translate("td::RetryPolicy", "%1 — trying again in %2 (attempt %3)"))
        .arg(what, waitText(delayMs))
        .arg(attempt);
}

} // namespace td
