#pragma once

#include "api/http/ApiError.h"

#include <cstdint>
#include <functional>

namespace td {

// When to try a failed call again and how long to wait first. Reads are retried on network
// errors, 408, 429 and 5xx. A call with side effects (create a fine-tune or an endpoint,
// cancel, delete) is retried only on 429, which means the server did nothing; any other
// failure of it could have happened after the work was done, and a retry could bill twice.
// The server's retry-after (or retry-after-ms) is honoured exactly up to maxServerDelayMs;
// beyond that the call gives up (ApiError::waitCapMs says so, with when to try again).
// Without one: exponential backoff with jitter, capped.
struct RetryPolicy
{
    int maxRetries = 5;
    std::int64_t baseDelayMs = 500;
    std::int64_t maxDelayMs = 8000;
    std::int64_t maxServerDelayMs = 60000;

    bool shouldRetry(const ApiError& error, bool idempotent, int retriesSoFar) const;
    // True when the only reason not to retry is a retry-after longer than the cap.
    bool waitIsTooLong(const ApiError& error) const;
    // `random01` is injected so tests are deterministic.
    std::int64_t delayMs(const ApiError& error, int retriesSoFar, const std::function<double()>& random01) const;
};

// What to tell a person while a call waits to try again: what went wrong and the wait that
// is actually used (never the server's hint when another wait was chosen).
QString retryingText(int attempt, std::int64_t delayMs, const ApiError& error);

} // namespace td
