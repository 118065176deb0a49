#pragma once

#include "core/Result.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <memory>

namespace td {

// Where the writer's bytes go. Implementations: a buffered POSIX file, a zstd compressor in
// front of another sink. Tests wrap a sink to inject failures.
class OutputSink
{
public:
    virtual ~OutputSink() = default;
    virtual Result<void> write(const char* data, std::size_t size) = 0;
    // Writes bytes that are also at `srcOffset` in the file `srcFd`: a file sink lets the
    // kernel copy them (copy_file_range, a reflink on filesystems that can); others write
    // `data`.
    virtual Result<void> writeSpan(const char* data, std::size_t size, int /*srcFd*/, std::uint64_t /*srcOffset*/)
    {
        return write(data, size);
    }
    // Flushes everything written so far to the next layer (and, for a file, to disk).
    virtual Result<void> finish() = 0;
    virtual std::uint64_t bytesWritten() const = 0;
};

// Writes to an open file descriptor through a 1 MiB buffer; large writes bypass the buffer.
// finish() flushes and fsyncs; with that on, every 16 MiB written starts going to the disk.
class FdSink final : public OutputSink
{
public:
    FdSink(int fd, QString displayName, bool syncOnFinish = true);
    Result<void> write(const char* data, std::size_t size) override;
    Result<void> writeSpan(const char* data, std::size_t size, int srcFd, std::uint64_t srcOffset) override;
    Result<void> finish() override;
    std::uint64_t bytesWritten() const override { return m_written; }

private:
    Result<void> flushBuffer();
    bool m_kernelCopy = true;
    Result<void> writeAll(const char* data, std::size_t size);
    void startWriteback(std::uint64_t justWritten);

    int m_fd;
    QString m_name;
    bool m_sync;
    std::unique_ptr<char[]> m_buffer;
    std::size_t m_used = 0;
    std::uint64_t m_written = 0;
    std::uint64_t m_unsent = 0; // written since the last writeback started
};

// Compresses with zstd into another sink.
class ZstdSink final : public OutputSink
{
public:
    explicit ZstdSink(OutputSink& next, int level = 3);
    ~ZstdSink() override;
    Result<void> write(const char* data, std::size_t size) override;
    Result<void> finish() override;
    std::uint64_t bytesWritten() const override { return m_in; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    OutputSink& m_next;
    std::uint64_t m_in = 0;
};

} // namespace td
