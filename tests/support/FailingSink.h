#pragma once

#include "dataset/OutputSink.h"

#include <QString>

namespace td {

// A test fake for fault injection: fails a write with `err` once `limit` bytes have passed.
class FailingSink final : public OutputSink
{
public:
    FailingSink(OutputSink& next, std::uint64_t limit, int err)
        : m_next(next)
        , m_limit(limit)
        , m_err(err)
    {}
    Result<void> write(const char* data, std::size_t size) override
    {
        if (m_passed + size > m_limit) {
            const std::size_t allowed = std::size_t(m_limit - m_passed);
            if (allowed)
                (void)m_next.write(data, allowed);
            m_passed = m_limit;
            return Error::fromErrno(m_err, QStringLiteral("Cannot write"));
        }
        m_passed += size;
        return m_next.write(data, size);
    }
    Result<void> writeSpan(const char* data, std::size_t size, int, std::uint64_t) override
    {
        return write(data, size);
    }
    Result<void> finish() override { return m_next.finish(); }
    std::uint64_t bytesWritten() const override { return m_next.bytesWritten(); }

private:
    OutputSink& m_next;
    std::uint64_t m_limit;
    int m_err;
    std::uint64_t m_passed = 0;
};

} // namespace td
