#pragma once

#include "api/client/TogetherClient.h"

#include <QTest>

#include <optional>

namespace td::test {

// One typed API call, waited for: `start(context, done)` begins it (a TogetherClient or
// DmiClient method), and its answer comes back, or a network error after 20 s without one.
template<typename T, typename Start>
ApiResult<T> call(Start start)
{
    std::optional<ApiResult<T>> result;
    QObject context;
    start(&context, [&result](const ApiResult<T>& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = QStringLiteral("test: no answer");
        return e;
    }
    return *result;
}

// The answer of a call that must succeed; an error ends the test with its explanation.
template<typename T>
const T& ok(const ApiResult<T>& r)
{
    if (const auto* e = std::get_if<ApiError>(&r))
        qFatal("unexpected error: %s", qPrintable(e->explanation()));
    return std::get<T>(r);
}

} // namespace td::test
