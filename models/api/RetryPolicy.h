#pragma once

#include "api/ApiError.h"

#include <cstdint>
#include <functional>

namespace td {

// When to try a failed call again and how long to wait first. Only idempotent calls are
// retried (never a fine-tune or endpoint creation: that could bill twice), on network
// errors, 408, 429 and 5xx; the server's retry-after wins when it is sensible (0-60 s),
// otherwise exponential backoff with jitter, capped.
struct RetryPolicy
{
    int maxRetries = 5;
    std::int64_t baseDelayMs = 500;
    std::int64_t maxDelayMs = 8000;
    std::int64_t maxServerDelayMs = 60000;

    bool shouldRetry(const ApiError& error, bool idempotent, int retriesSoFar) const;
    // `random01` is injected so tests are deterministic.
    std::int64_t delayMs(const ApiError& error, int retriesSoFar, const std::function<double()>& random01) const;
};

} // namespace td
