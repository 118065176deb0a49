#include "dataset/DatasetWriter.h"

#include "core/Logging.h"
#include "dataset/OutputSink.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::DatasetWriter", "Cancelled"));
}

} // namespace

Result<WriteOutcome> writeRows(const DocumentSnapshot& snap, OutputSink& sink, const std::vector<std::int64_t>& rows,
                               const ProgressFn& progress, const std::atomic_bool* cancel)
{
    WriteOutcome out;
    const std::int64_t count = rows.empty() ? snap.rowCount() : std::int64_t(rows.size());
    const std::uint64_t total = snap.totalBytesEstimate();

    // Runs of untouched rows that are contiguous in the original file are written with one
    // call straight from the mapping: a save after a small edit is a plain copy.
    const char* spanBegin = nullptr;
    const char* spanEnd = nullptr;
    bool spanEndsWithNewline = true;
    auto flushSpan = [&]() -> Result<void> {
        if (spanBegin == spanEnd)
            return {};
        auto r = sink.writeSpan(spanBegin, std::size_t(spanEnd - spanBegin), snap.file->fd(),
                                std::uint64_t(spanBegin - snap.file->data()));
        out.bytes += std::uint64_t(spanEnd - spanBegin);
        spanBegin = spanEnd = nullptr;
        return r;
    };
    std::uint64_t lastReport = 0;

    for (std::int64_t i = 0; i < count; ++i) {
        const std::int64_t pos = rows.empty() ? i : rows[std::size_t(i)];
        const RowId id = snap.idAt(pos);
        if (!spanEndsWithNewline) {
            // The previous row was the file's unterminated last line and is no longer last.
            if (auto r = flushSpan(); !r)
                return r.error();
            const QByteArray eol = snap.normalizeLineEnds ? QByteArrayLiteral("\n") : snap.eol;
            if (auto r = sink.write(eol.constData(), std::size_t(eol.size())); !r)
                return r.error();
            out.bytes += std::uint64_t(eol.size());
            spanEndsWithNewline = true;
        }
        if (snap.isOriginal(id) && !(snap.normalizeLineEnds && snap.originalSpan(id).endsWith("\r\n"))) {
            const QByteArrayView span = snap.originalSpan(id);
            if (spanBegin && span.data() == spanEnd) {
                spanEnd += span.size();
            } else {
                if (auto r = flushSpan(); !r)
                    return r.error();
                spanBegin = span.data();
                spanEnd = span.data() + span.size();
            }
            spanEndsWithNewline = span.endsWith('\n');
        } else {
            if (auto r = flushSpan(); !r)
                return r.error();
            const QByteArrayView bytes = snap.rowViewById(id);
            const QByteArray eol = snap.normalizeLineEnds ? QByteArrayLiteral("\n") : snap.eol;
            if (auto r = sink.write(bytes.data(), std::size_t(bytes.size())); !r)
                return r.error();
            if (auto r = sink.write(eol.constData(), std::size_t(eol.size())); !r)
                return r.error();
            out.bytes += std::uint64_t(bytes.size() + eol.size());
        }
        ++out.rows;
        if ((i & 0xFFF) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return cancelled();
            if (progress && out.bytes - lastReport > (16u << 20)) {
                lastReport = out.bytes;
                progress(out.bytes, total);
            }
        }
    }
    if (auto r = flushSpan(); !r)
        return r.error();
    // Another program shortened the file while it was open: what was read past its new end is
    // zeros, not the rows it had. Nothing written from it is kept.
    if (snap.file && snap.file->wasTruncated())
        return Error::make(Error::Code::Changed,
                           QCoreApplication::translate("td::DatasetWriter",
                                                       "The file was shortened by another program while it was "
                                                       "open; reopen it before saving or exporting."));
    if (progress)
        progress(out.bytes, std::max(total, out.bytes));
    return out;
}

Result<WriteOutcome> writeDataset(const DocumentSnapshot& snapshot, const QString& target, const WriteOptions& options,
                                  const ProgressFn& progress, const std::atomic_bool* cancel)
{
    const QFileInfo info(target);
    const QString dir = info.absolutePath();
    QByteArray tmpl =
        QFile::encodeName(dir + QStringLiteral("/.") + info.fileName() + QStringLiteral(".tdsave-XXXXXX"));
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0)
        return Error::fromErrno(errno, QCoreApplication::translate(
                                           "td::DatasetWriter", "Cannot save %1: cannot create a temporary file in %2")
                                           .arg(target, dir));
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    const QByteArray tmpPath = tmpl;
    auto fail = [&](const Error& e) -> Result<WriteOutcome> {
        ::close(fd);
        ::unlink(tmpPath.constData());
        qCWarning(lcSave) << "save failed:" << e.message;
        return e;
    };

    // Keep the target's permissions; a new file gets the usual 0666 & ~umask.
    struct stat st
    {};
    if (::stat(QFile::encodeName(target).constData(), &st) == 0) {
        ::fchmod(fd, st.st_mode & 07777);
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(fd, 0666 & ~mask);
    }

    bool compress = options.compression == WriteOptions::Compression::Zstd;
    if (options.compression == WriteOptions::Compression::Auto)
        compress = target.endsWith(QStringLiteral(".zst"), Qt::CaseInsensitive);

    FdSink fileSink(fd, target);
    std::unique_ptr<OutputSink> wrapped = options.wrapSink ? options.wrapSink(fileSink) : nullptr;
    OutputSink& base = wrapped ? *wrapped : fileSink;
    std::unique_ptr<ZstdSink> zstd = compress ? std::make_unique<ZstdSink>(base, options.zstdLevel) : nullptr;
    OutputSink& sink = zstd ? static_cast<OutputSink&>(*zstd) : base;

    auto written = writeRows(snapshot, sink, options.rows, progress, cancel);
    if (!written)
        return fail(written.error().code == Error::Code::Cancelled
                        ? written.error()
                        : Error{written.error().code,
                                QCoreApplication::translate("td::DatasetWriter",
                                                            "Cannot save %1: %2. The original file was not changed.")
                                    .arg(target, written.error().message)});
    if (auto r = sink.finish(); !r)
        return fail(
            Error{r.error().code, QCoreApplication::translate("td::DatasetWriter",
                                                              "Cannot save %1: %2. The original file was not changed.")
                                      .arg(target, r.error().message)});
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpPath.constData());
        return Error::fromErrno(err, QCoreApplication::translate("td::DatasetWriter", "Cannot save %1").arg(target));
    }
    if (::rename(tmpPath.constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        ::unlink(tmpPath.constData());
        return Error::fromErrno(err, QCoreApplication::translate("td::DatasetWriter", "Cannot replace %1").arg(target));
    }
    // Make the rename itself durable.
    const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return written;
}

} // namespace td
