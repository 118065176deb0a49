#pragma once

#include "api/http/HttpTransport.h"

#include <memory>

namespace td {

// libcurl's multi interface on one network thread (curl_multi_poll, woken by
// curl_multi_wakeup when there is new work), so the GUI thread never waits on the network.
// Cancellation and progress go through curl's transfer-info callback.
class CurlTransport final : public HttpTransport
{
public:
    CurlTransport();
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    std::unique_ptr<HttpJob> start(const HttpRequest& request) override;

    struct Impl;

private:
    std::shared_ptr<Impl> d;
};

} // namespace td
