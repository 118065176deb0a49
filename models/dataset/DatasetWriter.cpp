#include "dataset/DatasetWriter.h"

#include "core/Logging.h"
#include "dataset/OutputSink.h"
#include "dataset/PendingFile.h"

#include <QCoreApplication>

namespace td {
namespace {

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, QCoreApplication::translate("td::DatasetWriter", "Cancelled"));
}

// "\r\n" or a lone "\r": what normalizing line ends rewrites as "\n".
bool endsWithCarriageReturn(QByteArrayView span)
{
    return span.endsWith('\r') || span.endsWith("\r\n");
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
        if (snap.isOriginal(id) && !(snap.normalizeLineEnds && endsWithCarriageReturn(snap.originalSpan(id)))) {
            const QByteArrayView span = snap.originalSpan(id);
            if (spanBegin && span.data() == spanEnd) {
                spanEnd += span.size();
            } else {
                if (auto r = flushSpan(); !r)
                    return r.error();
                spanBegin = span.data();
                spanEnd = span.data() + span.size();
            }
            // A lone CR ends a line as much as "\n" does (see LineScanner).
            spanEndsWithNewline = span.endsWith('\n') || span.endsWith('\r');
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

Result<WriteOutcome> writePending(const DocumentSnapshot& snapshot, PendingFile& file, const WriteOptions& options,
                                  const ProgressFn& progress, const std::atomic_bool* cancel)
{
    bool compress = options.compression == WriteOptions::Compression::Zstd;
    if (options.compression == WriteOptions::Compression::Auto)
        compress = file.target().endsWith(QStringLiteral(".zst"), Qt::CaseInsensitive);

    FdSink fileSink(file.fd(), file.target());
    std::unique_ptr<OutputSink> wrapped = options.wrapSink ? options.wrapSink(fileSink) : nullptr;
    OutputSink& base = wrapped ? *wrapped : fileSink;
    std::unique_ptr<ZstdSink> zstd = compress ? std::make_unique<ZstdSink>(base, options.zstdLevel) : nullptr;
    OutputSink& sink = zstd ? static_cast<OutputSink&>(*zstd) : base;

    auto written = writeRows(snapshot, sink, options.rows, progress, cancel);
    if (!written)
        return written.error();
    if (auto r = sink.finish(); !r)
        return r.error();
    return written;
}

Result<WriteOutcome> writeDataset(const DocumentSnapshot& snapshot, const QString& target, const WriteOptions& options,
                                  const ProgressFn& progress, const std::atomic_bool* cancel)
{
    auto file = PendingFile::create(target);
    if (!file)
        return file.error();
    auto written = writePending(snapshot, **file, options, progress, cancel);
    if (!written) {
        (*file)->abort();
        qCWarning(lcSave) << "save failed:" << written.error().message;
        if (written.error().isCancelled())
            return written.error();
        return Error{
            written.error().code,
            QCoreApplication::translate("td::DatasetWriter", "Cannot save %1: %2. %3")
                .arg(target, written.error().message,
                     (*file)->targetExisted()
                         ? QCoreApplication::translate("td::DatasetWriter", "The original file was not changed.")
                         : QCoreApplication::translate("td::DatasetWriter", "No file was created."))};
    }
    if (auto r = (*file)->commit(); !r)
        return r.error();
    return written;
}

} // namespace td
