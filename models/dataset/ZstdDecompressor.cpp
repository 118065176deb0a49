#include "dataset/ZstdDecompressor.h"

#include "dataset/OutputSink.h"
#include "dataset/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <sys/statvfs.h>
#include <unistd.h>
#include <zstd.h>
#include <zstd_errors.h>

namespace td {

namespace {

constexpr QByteArrayView kZstdMagic("\x28\xB5\x2F\xFD", 4);
// How often (in output bytes) the disk's free space is measured again and progress reported.
constexpr std::uint64_t kCheckEvery = 16u << 20;
// Frames asking for a bigger window than this (zstd's own default limit, 128 MiB) are
// refused, which bounds the decoder's memory.
constexpr int kWindowLogMax = 27;
// ZSTD_FRAMEHEADERSIZE_MAX, which zstd.h only declares for static linking.
constexpr qint64 kFrameHeaderMax = 18;

std::optional<std::uint64_t> fsFree(int fd)
{
    struct statvfs st
    {};
    if (::fstatvfs(fd, &st) != 0)
        return std::nullopt;
    return std::uint64_t(st.f_bavail) * std::uint64_t(st.f_frsize);
}

QString size(std::uint64_t bytes)
{
    return QLocale().formattedDataSize(qint64(std::min<std::uint64_t>(bytes, std::uint64_t(INT64_MAX))));
}

Error diskFull(const QString& source, const ZstdLimits& limits, std::uint64_t needed, std::uint64_t free)
{
    return Error::make(
        Error::Code::DiskFull,
        QCoreApplication::translate("td::Zstd", "%1 expands to more than %2, but %3 has only %4 free (%5 are kept "
                                                "free). Free up space there, or decompress the file on a larger "
                                                "disk with `zstd -d` and open the .jsonl.")
            .arg(source, size(needed),
                 limits.destination.isEmpty() ? QCoreApplication::translate("td::Zstd", "the temporary folder")
                                              : limits.destination,
                 size(free), size(limits.reserveBytes)));
}

Error tooBig(const QString& source, std::uint64_t limit)
{
    return Error::make(Error::Code::Unsupported,
                       QCoreApplication::translate("td::Zstd", "%1 expands to more than %2, the most TuneDesk opens.")
                           .arg(source, size(limit)));
}

} // namespace

bool looksLikeZstd(const QString& path)
{
    // Never opens a FIFO or a device: that would block (and this runs on the GUI thread).
    if (!requireRegularFile(path))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(4) == kZstdMagic;
}

std::optional<std::uint64_t> zstdContentSize(const QString& path)
{
    if (!requireRegularFile(path))
        return std::nullopt;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = f.read(kFrameHeaderMax);
    const unsigned long long n = ZSTD_getFrameContentSize(head.constData(), std::size_t(head.size()));
    if (n == ZSTD_CONTENTSIZE_UNKNOWN || n == ZSTD_CONTENTSIZE_ERROR)
        return std::nullopt;
    return std::uint64_t(n);
}

Result<std::uint64_t> decompressZstdFile(const QString& source, int destFd,
                                         const std::function<void(const ZstdProgress&)>& progress,
                                         const std::atomic_bool* cancel, const ZstdLimits& limits)
{
    if (auto regular = requireRegularFile(source); !regular)
        return regular.error();
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("td::Zstd", "Cannot open %1: %2").arg(source, in.errorString()));
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto cancelError = [] {
        return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::Zstd", "Cancelled"));
    };

    ZstdProgress state;
    state.compressedTotal = std::uint64_t(in.size());
    state.expectedSize = zstdContentSize(source).value_or(0);

    // Before writing anything: will the stated size fit?
    const auto freeSpace = limits.freeSpace ? limits.freeSpace : fsFree;
    const std::optional<std::uint64_t> freeAtStart = freeSpace(destFd);
    // What may be written: the free space at the start less the reserve (our own writes use it up).
    std::uint64_t budget = UINT64_MAX;
    if (freeAtStart)
        budget = *freeAtStart > limits.reserveBytes ? *freeAtStart - limits.reserveBytes : 0;
    if (state.expectedSize) {
        if (limits.maxOutputBytes && state.expectedSize > limits.maxOutputBytes)
            return tooBig(source, limits.maxOutputBytes);
        if (state.expectedSize > budget)
            return diskFull(source, limits, state.expectedSize, freeAtStart.value_or(0));
    }

    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    if (!ctx)
        return Error::make(Error::Code::Internal, QCoreApplication::translate("td::Zstd", "Out of memory"));
    ZSTD_DCtx_setParameter(ctx.get(), ZSTD_d_windowLogMax, kWindowLogMax);
    // Fixed buffers: however much one input block expands, it is written out a buffer at a time.
    const std::size_t inSize = ZSTD_DStreamInSize();
    const std::size_t outSize = ZSTD_DStreamOutSize() * 8;
    std::unique_ptr<char[]> inBuf(new char[inSize]);
    std::unique_ptr<char[]> outBuf(new char[outSize]);
    FdSink sink(destFd, QCoreApplication::translate("td::Zstd", "the decompressed copy"), false);

    std::uint64_t nextCheck = kCheckEvery;
    std::size_t lastRc = 0;
    bool sawData = false;
    // True while the decoder may still hold output (the last call filled the buffer).
    bool pending = false;
    bool eof = false;
    ZSTD_inBuffer zin{inBuf.get(), 0, 0};
    while (!eof || pending || zin.pos < zin.size) {
        if (cancelled())
            return cancelError();
        if (zin.pos == zin.size && !pending) {
            const qint64 n = in.read(inBuf.get(), qint64(inSize));
            if (n < 0)
                return Error::make(Error::Code::Io, in.errorString());
            if (n == 0) {
                eof = true;
                continue;
            }
            sawData = true;
            state.compressedRead += std::uint64_t(n);
            zin = ZSTD_inBuffer{inBuf.get(), std::size_t(n), 0};
        }
        ZSTD_outBuffer zout{outBuf.get(), outSize, 0};
        lastRc = ZSTD_decompressStream(ctx.get(), &zout, &zin);
        if (ZSTD_isError(lastRc)) {
            if (ZSTD_getErrorCode(lastRc) == ZSTD_error_frameParameter_windowTooLarge)
                return Error::make(Error::Code::Unsupported,
                                   QCoreApplication::translate("td::Zstd",
                                                               "%1 was compressed with a window larger than 128 MiB "
                                                               "(zstd --long); decompress it with `zstd -d` first.")
                                       .arg(source));
            return Error::make(Error::Code::Corrupt,
                               QCoreApplication::translate("td::Zstd", "%1 is not a valid zstd file: %2")
                                   .arg(source, QString::fromUtf8(ZSTD_getErrorName(lastRc))));
        }
        // A full buffer may leave output in the decoder, unless the frame just ended (0): then
        // calling again without input would start on a next frame that is not there.
        pending = zout.pos == zout.size && lastRc != 0;
        if (zout.pos == 0)
            continue;
        const std::uint64_t written = sink.bytesWritten() + zout.pos;
        if (limits.maxOutputBytes && written > limits.maxOutputBytes)
            return tooBig(source, limits.maxOutputBytes);
        if (written > budget)
            return diskFull(source, limits, written, freeAtStart.value_or(0));
        if (auto r = sink.write(outBuf.get(), zout.pos); !r)
            return r.error();
        state.written = written;
        if (written >= nextCheck) {
            nextCheck = written + kCheckEvery;
            // Other programs use the disk too: measured again now and then.
            if (const auto now = freeSpace(destFd); now && *now < limits.reserveBytes)
                return diskFull(source, limits, written, *now);
            if (progress)
                progress(state);
        }
    }
    if (!sawData || lastRc != 0)
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("td::Zstd", "%1 ends in the middle of a zstd frame (truncated?)").arg(source));
    if (auto r = sink.finish(); !r)
        return r.error();
    state.written = sink.bytesWritten();
    if (progress)
        progress(state);
    return sink.bytesWritten();
}

namespace {

// A file in `folder` that has no name: O_TMPFILE where the filesystem supports it, else a
// named file unlinked at once (the window in between is two system calls).
Result<int> anonymousFile(const QString& folder)
{
    const QByteArray dir = QFile::encodeName(folder);
    int fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0)
        return fd;
    QByteArray tmpl = QFile::encodeName(folder + QStringLiteral("/tunedesk-XXXXXX.jsonl"));
    fd = ::mkostemps(tmpl.data(), 6, O_CLOEXEC);
    if (fd < 0)
        return Error::fromErrno(
            errno, QCoreApplication::translate("td::Zstd", "Cannot create a temporary file in %1").arg(folder));
    ::unlink(tmpl.constData());
    return fd;
}

} // namespace

Result<std::shared_ptr<const MappedFile>>
decompressToTemporary(const QString& source, ZstdLimits limits,
                      const std::function<void(const ZstdProgress&)>& progress, const std::atomic_bool* cancel,
                      const QString& tempFolder)
{
    const QString folder = tempFolder.isEmpty() ? QDir::tempPath() : tempFolder;
    auto fd = anonymousFile(folder);
    if (!fd)
        return fd.error();
    if (limits.destination.isEmpty())
        limits.destination = QCoreApplication::translate("td::Zstd", "the temporary folder %1").arg(folder);
    auto written = decompressZstdFile(source, *fd, progress, cancel, limits);
    if (!written) {
        ::close(*fd); // frees the space at once: the file has no name
        return written.error();
    }
    return MappedFile::adopt(*fd, QCoreApplication::translate("td::Zstd", "%1 (decompressed)").arg(source));
}

} // namespace td
