#include "api/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace td {

bool RetryPolicy::shouldRetry(const ApiError& error, bool idempotent, int retriesSoFar) const
{
    return idempotent && retriesSoFar < maxRetries && error.isRetryable();
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

} // namespace td
