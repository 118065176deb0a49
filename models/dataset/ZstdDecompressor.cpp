#include "dataset/ZstdDecompressor.h"

#include "dataset/OutputSink.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <zstd.h>

namespace td {

bool looksLikeZstd(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray magic = f.read(4);
    return magic == QByteArray("\x28\xB5\x2F\xFD", 4);
}

Result<std::uint64_t> decompressZstdFile(const QString& source, int destFd,
                                         const std::function<void(std::uint64_t, std::uint64_t)>& progress,
                                         const std::atomic_bool* cancel)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate("td::Zstd", "Cannot open %1: %2").arg(source, in.errorString()));
    const std::uint64_t total = std::uint64_t(in.size());
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    const std::size_t inSize = ZSTD_DStreamInSize() * 8;
    const std::size_t outSize = ZSTD_DStreamOutSize() * 8;
    std::unique_ptr<char[]> inBuf(new char[inSize]);
    std::unique_ptr<char[]> outBuf(new char[outSize]);
    FdSink sink(destFd, QCoreApplication::translate("td::Zstd", "the decompressed copy"), false);

    std::uint64_t readTotal = 0;
    std::uint64_t lastReport = 0;
    std::size_t lastRc = 0;
    bool sawData = false;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::Zstd", "Cancelled"));
        const qint64 n = in.read(inBuf.get(), qint64(inSize));
        if (n < 0)
            return Error::make(Error::Code::Io, in.errorString());
        if (n == 0)
            break;
        sawData = true;
        readTotal += std::uint64_t(n);
        ZSTD_inBuffer zin{inBuf.get(), std::size_t(n), 0};
        while (zin.pos < zin.size) {
            ZSTD_outBuffer zout{outBuf.get(), outSize, 0};
            lastRc = ZSTD_decompressStream(ctx.get(), &zout, &zin);
            if (ZSTD_isError(lastRc))
                return Error::make(Error::Code::Corrupt,
                                   QCoreApplication::translate("td::Zstd", "%1 is not a valid zstd file: %2")
                                       .arg(source, QString::fromUtf8(ZSTD_getErrorName(lastRc))));
            if (zout.pos)
                if (auto r = sink.write(outBuf.get(), zout.pos); !r)
                    return r.error();
        }
        if (progress && readTotal - lastReport >= (4u << 20)) {
            lastReport = readTotal;
            progress(readTotal, total);
        }
    }
    if (!sawData || lastRc != 0)
        return Error::make(
            Error::Code::Corrupt,
            QCoreApplication::translate("td::Zstd", "%1 ends in the middle of a zstd frame (truncated?)").arg(source));
    if (auto r = sink.finish(); !r)
        return r.error();
    if (progress)
        progress(total, total);
    return sink.bytesWritten();
}

} // namespace td
