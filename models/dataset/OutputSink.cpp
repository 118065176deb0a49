#include "dataset/OutputSink.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <zstd.h>

namespace td {

namespace {
constexpr std::size_t kBufferSize = 1 << 20;
// A durable file's pages are sent to the disk every this many bytes as they are written, so the
// fsync at the end waits for the last stretch only, not for the whole file.
constexpr std::uint64_t kWritebackEvery = std::uint64_t(16) << 20;
} // namespace

FdSink::FdSink(int fd, QString displayName, bool syncOnFinish)
    : m_fd(fd)
    , m_name(std::move(displayName))
    , m_sync(syncOnFinish)
    , m_buffer(new char[kBufferSize])
{}

Result<void> FdSink::writeAll(const char* data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error::fromErrno(errno, QCoreApplication::translate("td::FdSink", "Cannot write %1").arg(m_name));
        }
        data += n;
        size -= std::size_t(n);
        startWriteback(std::uint64_t(n));
    }
    return {};
}

void FdSink::startWriteback(std::uint64_t justWritten)
{
#ifdef __linux__
    m_unsent += justWritten;
    if (!m_sync || m_unsent < kWritebackEvery)
        return;
    // Asynchronous (no wait): the kernel starts writing the stretch out while we go on. An
    // error here is not the file's (a later fsync reports those), so it is not checked.
    const off_t at = ::lseek(m_fd, 0, SEEK_CUR);
    if (at >= 0 && std::uint64_t(at) >= m_unsent)
        ::sync_file_range(m_fd, at - off_t(m_unsent), off_t(m_unsent), SYNC_FILE_RANGE_WRITE);
    m_unsent = 0;
#else
    (void)justWritten;
#endif
}

Result<void> FdSink::flushBuffer()
{
    if (m_used == 0)
        return {};
    auto r = writeAll(m_buffer.get(), m_used);
    m_used = 0;
    return r;
}

Result<void> FdSink::write(const char* data, std::size_t size)
{
    m_written += size;
    if (m_used + size <= kBufferSize) {
        std::memcpy(m_buffer.get() + m_used, data, size);
        m_used += size;
        return {};
    }
    if (auto r = flushBuffer(); !r)
        return r;
    if (size >= kBufferSize / 2)
        return writeAll(data, size);
    std::memcpy(m_buffer.get(), data, size);
    m_used = size;
    return {};
}

Result<void> FdSink::writeSpan(const char* data, std::size_t size, int srcFd, std::uint64_t srcOffset)
{
    constexpr std::size_t kMinKernelCopy = 256 * 1024;
    if (!m_kernelCopy || srcFd < 0 || size < kMinKernelCopy)
        return write(data, size);
    if (auto r = flushBuffer(); !r)
        return r;
    loff_t in = loff_t(srcOffset);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::copy_file_range(srcFd, &in, m_fd, nullptr, size - done, 0);
        if (n > 0) {
            done += std::size_t(n);
            startWriteback(std::uint64_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == ENOSPC || errno == EDQUOT || errno == EIO))
            return Error::fromErrno(errno, QCoreApplication::translate("td::FdSink", "Cannot write %1").arg(m_name));
        // Not supported here (another filesystem, an old kernel): write the rest ourselves.
        m_kernelCopy = false;
        break;
    }
    m_written += done;
    if (done < size)
        return write(data + done, size - done);
    return {};
}

Result<void> FdSink::finish()
{
    if (auto r = flushBuffer(); !r)
        return r;
    if (m_sync && ::fsync(m_fd) != 0)
        return Error::fromErrno(errno,
                                QCoreApplication::translate("td::FdSink", "Cannot flush %1 to disk").arg(m_name));
    return {};
}

struct ZstdSink::Impl
{
    ZSTD_CCtx* ctx = nullptr;
    std::unique_ptr<char[]> out;
    std::size_t outSize = ZSTD_CStreamOutSize();
};

ZstdSink::ZstdSink(OutputSink& next, int level)
    : d(new Impl)
    , m_next(next)
{
    d->ctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(d->ctx, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(d->ctx, ZSTD_c_checksumFlag, 1);
    d->out.reset(new char[d->outSize]);
}

ZstdSink::~ZstdSink()
{
    ZSTD_freeCCtx(d->ctx);
}

Result<void> ZstdSink::write(const char* data, std::size_t size)
{
    m_in += size;
    ZSTD_inBuffer in{data, size, 0};
    while (in.pos < in.size) {
        ZSTD_outBuffer out{d->out.get(), d->outSize, 0};
        const std::size_t rc = ZSTD_compressStream2(d->ctx, &out, &in, ZSTD_e_continue);
        if (ZSTD_isError(rc))
            return Error::make(Error::Code::Internal, QString::fromUtf8(ZSTD_getErrorName(rc)));
        if (out.pos)
            if (auto r = m_next.write(d->out.get(), out.pos); !r)
                return r;
    }
    return {};
}

Result<void> ZstdSink::finish()
{
    ZSTD_inBuffer in{nullptr, 0, 0};
    std::size_t remaining = 0;
    do {
        ZSTD_outBuffer out{d->out.get(), d->outSize, 0};
        remaining = ZSTD_compressStream2(d->ctx, &out, &in, ZSTD_e_end);
        if (ZSTD_isError(remaining))
            return Error::make(Error::Code::Internal, QString::fromUtf8(ZSTD_getErrorName(remaining)));
        if (out.pos)
            if (auto r = m_next.write(d->out.get(), out.pos); !r)
                return r;
    } while (remaining != 0);
    return m_next.finish();
}

} // namespace td
