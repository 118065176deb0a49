#include "import/Importer.h"

#include "core/ParallelRanges.h"
#include "dataset/FilePaths.h"
#include "dataset/OutputSink.h"
#include "dataset/PendingFile.h"
#include "dataset/RegularFile.h"
#include "import/RecordReader.h"
#include "import/RowConverter.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

namespace {

// Read a quarter MiB at a time: the bytes are still in the second-level cache when they are
// split into records and copied into a batch (4 MiB reads went out to memory and back).
constexpr std::size_t kChunk = std::size_t(256) << 10;
constexpr std::size_t kDetectBytes = std::size_t(1) << 20;
constexpr std::size_t kFlushBytes = std::size_t(1) << 20;

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// An open input file, closed on destruction.
struct InputFile
{
    int fd = -1;
    std::int64_t size = 0;
    ~InputFile()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

Result<void> openInput(const QString& path, InputFile& file)
{
    if (auto r = requireRegularFile(path); !r)
        return r.error();
    file.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (file.fd < 0)
        return Error::fromErrno(errno, QDir::toNativeSeparators(path));
    if (auto r = requireRegularFile(file.fd, path); !r)
        return r.error();
    struct stat st
    {};
    if (::fstat(file.fd, &st) != 0)
        return Error::fromErrno(errno, QDir::toNativeSeparators(path));
    file.size = std::int64_t(st.st_size);
    return {};
}

// read() until `size` bytes or the end; -1 on an error (errno set).
ssize_t readFully(int fd, char* buf, std::size_t size)
{
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += std::size_t(n);
    }
    return ssize_t(got);
}

Error cancelled()
{
    return Error::make(Error::Code::Cancelled, tr("Cancelled"));
}

// Reads the whole file in chunks and passes every record to `onRecord` (false: stop).
Result<void> streamRecords(const InputFile& file, const QString& path, RecordReader::Mode mode, std::size_t maxRow,
                           const std::atomic_bool* cancel,
                           const std::function<void(std::int64_t, std::int64_t)>& progress, const RecordSink& onRecord)
{
    RecordReader reader(mode, maxRow);
    std::unique_ptr<char[]> buf(new char[kChunk + kRecordPadding]);
    std::int64_t done = 0;
    bool go = true;
    while (go) {
        if (cancel && cancel->load())
            return cancelled();
        const ssize_t n = readFully(file.fd, buf.get(), kChunk);
        if (n < 0)
            return Error::fromErrno(errno, QDir::toNativeSeparators(path));
        if (n == 0)
            break;
        done += n;
        // The padding after the bytes read is readable (not meaningful), as simdjson needs.
        go = reader.feed(buf.get(), std::size_t(n), true, onRecord);
        if (progress)
            progress(done, file.size);
    }
    if (go)
        reader.finish(onRecord);
    return {};
}

QString shortened(std::string_view s, int chars)
{
    QString t = QString::fromUtf8(s.data(), qsizetype(std::min<std::size_t>(s.size(), std::size_t(chars) * 4)));
    if (t.size() > chars)
        t = t.left(chars) + QChar(0x2026);
    return t;
}

} // namespace

Result<Detection> detectFile(const QString& path, ImportFormat format, const FieldMapping& mapping)
{
    InputFile file;
    if (auto r = openInput(path, file); !r)
        return r.error();
    std::string head(kDetectBytes, '\0');
    const ssize_t n = readFully(file.fd, head.data(), head.size());
    if (n < 0)
        return Error::fromErrno(errno, QDir::toNativeSeparators(path));
    head.resize(std::size_t(n));
    return detectFormat(head, std::int64_t(n) >= file.size, path, format, mapping);
}

Result<ImportSummary> importFile(const ImportOptions& options, ImportStage* failedAt)
{
    auto at = [failedAt](ImportStage stage) {
        if (failedAt)
            *failedAt = stage;
    };
    at(ImportStage::Output);
    const QString outName = QDir::toNativeSeparators(options.output);
    if (isSameFile(options.input, options.output) ||
        QFileInfo(options.input).absoluteFilePath() == QFileInfo(options.output).absoluteFilePath())
        return Error::make(Error::Code::Unsupported,
                           tr("Cannot import into %1: it is the file being imported. Choose another name; nothing "
                              "was written.")
                               .arg(outName));
    at(ImportStage::Input);
    auto detected = detectFile(options.input, options.format, options.mapping);
    if (!detected)
        return detected.error();
    ImportSummary summary;
    summary.detection = *detected;
    summary.outputPath = options.output;
    if (summary.detection.format == ImportFormat::Auto)
        return Error::make(Error::Code::Unsupported,
                           tr("Cannot tell the format of %1: %2 Choose the format (--from) and, if the keys differ, "
                              "the mapping (--map).")
                               .arg(QDir::toNativeSeparators(options.input), summary.detection.explanation));
    at(ImportStage::Mapping);
    auto converter =
        RowConverter::create(summary.detection.format, summary.detection.mapping, summary.detection.header);
    if (!converter)
        return converter.error();
    summary.target = (*converter)->target();

    at(ImportStage::Input);
    InputFile file;
    if (auto r = openInput(options.input, file); !r)
        return r.error();
    at(ImportStage::Output);
    auto pending = PendingFile::create(options.output);
    if (!pending)
        return pending.error();
    FdSink fileSink((*pending)->fd(), outName);
    std::unique_ptr<ZstdSink> zstd;
    if (options.output.endsWith(QLatin1String(".zst")))
        zstd = std::make_unique<ZstdSink>(fileSink);
    OutputSink& sink = zstd ? static_cast<OutputSink&>(*zstd) : fileSink;

    const bool table = summary.detection.format == ImportFormat::Csv || summary.detection.format == ImportFormat::Tsv;
    auto fail = [&](const Error& e) -> Result<ImportSummary> {
        (*pending)->abort();
        return e;
    };
    Result<void> read;
    if (!table) {
        // Lines and JSON values: the reader splits here, workers convert (one converter each).
        // One batch more in flight than there are cores: while the reader waits for the oldest
        // batch and writes it, the cores still have a batch each to convert (a small gain: 2.14
        // -> 2.09 s a GiB on 2 cores, medians of 5).
        std::vector<std::unique_ptr<RowConverter>> converters;
        converters.push_back(std::move(*converter));
        for (unsigned i = 1; i < std::min(4u, scanWorkers() + 1); ++i) {
            auto more = RowConverter::create(summary.detection.format, summary.detection.mapping, {});
            if (more)
                converters.push_back(std::move(*more));
        }
        ConversionTotals totals;
        BatchConverter batches(std::move(converters), sink, options.listedRefusals, totals);
        const RecordSink onRecord = [&](const SourceRecord& r) {
            ++summary.rowsRead;
            return batches.add(r);
        };
        read = streamRecords(file, options.input, summary.detection.readerMode(), options.maxRowBytes, options.cancel,
                             options.progress, onRecord);
        const Result<void> written = batches.finish();
        summary.rowsConverted = totals.converted;
        summary.rowsRefused = totals.refused;
        summary.refused = std::move(totals.listed);
        if (!read) {
            at(ImportStage::Input);
            return fail(read.error());
        }
        if (!written)
            return fail(written.error());
    } else {
        // CSV/TSV: the reader's work is the parsing; rows convert as they come.
        bool header = true;
        std::string out;
        out.reserve(kFlushBytes + (std::size_t(1) << 16));
        std::optional<Error> writeError;
        RowConverter& conv = **converter;
        const RecordSink onRecord = [&](const SourceRecord& r) {
            if (header && r.error.isEmpty()) { // the column names
                header = false;
                return true;
            }
            header = false;
            ++summary.rowsRead;
            const QString why = conv.convert(r, out);
            if (!why.isEmpty()) {
                ++summary.rowsRefused;
                if (summary.refused.size() < options.listedRefusals)
                    summary.refused.push_back({r.line, why});
                return true;
            }
            out.push_back('\n');
            ++summary.rowsConverted;
            if (out.size() >= kFlushBytes) {
                if (auto w = sink.write(out.data(), out.size()); !w) {
                    writeError = w.error();
                    return false;
                }
                out.clear();
            }
            return true;
        };
        read = streamRecords(file, options.input, summary.detection.readerMode(), options.maxRowBytes, options.cancel,
                             options.progress, onRecord);
        if (!read) {
            at(ImportStage::Input);
            return fail(read.error());
        }
        if (writeError)
            return fail(*writeError);
        if (!out.empty())
            if (auto w = sink.write(out.data(), out.size()); !w)
                return fail(w.error());
    }
    if (zstd)
        if (auto f = zstd->finish(); !f)
            return fail(f.error());
    if (auto f = fileSink.finish(); !f)
        return fail(f.error());
    if (options.cancel && options.cancel->load())
        return fail(cancelled());
    if (auto c = (*pending)->commit(); !c)
        return fail(c.error());
    if (options.check && options.output.endsWith(QLatin1String(".jsonl"))) {
        ParityOptions po;
        po.cancel = options.cancel;
        auto check = checkFile(*options.check, options.output, po);
        if (!check)
            return check.error();
        summary.check = std::move(*check);
    }
    return summary;
}

Result<std::vector<ImportPreviewRow>> previewImport(const QString& path, const Detection& detection, int rows)
{
    std::vector<ImportPreviewRow> preview;
    auto converter = RowConverter::create(detection.format, detection.mapping, detection.header);
    if (!converter)
        return converter.error();
    InputFile file;
    if (auto r = openInput(path, file); !r)
        return r.error();
    const bool table = detection.format == ImportFormat::Csv || detection.format == ImportFormat::Tsv;
    bool header = table;
    std::string out;
    const RecordSink onRecord = [&](const SourceRecord& r) {
        if (header && r.error.isEmpty()) {
            header = false;
            return true;
        }
        header = false;
        ImportPreviewRow p;
        p.line = r.line;
        if (r.fields) {
            std::string joined;
            for (const std::string& f : *r.fields)
                joined.append(joined.empty() ? "" : " | ").append(f);
            p.input = shortened(joined, 2000);
        } else {
            p.input = shortened(r.text, 2000);
        }
        out.clear();
        p.refusal = (*converter)->convert(r, out);
        if (p.refusal.isEmpty())
            p.output = shortened(out, 4000);
        preview.push_back(std::move(p));
        return int(preview.size()) < rows;
    };
    if (auto r = streamRecords(file, path, detection.readerMode(), std::size_t(128) << 20, nullptr, {}, onRecord); !r)
        return r.error();
    return preview;
}

QByteArray ImportSummary::toJson() const
{
    nlohmann::ordered_json j;
    j["format"] = importFormatId(detection.format).toStdString();
    j["confidence"] = detection.confidence;
    j["mapping"] = detection.mapping.toString().toStdString();
    j["target"] = targetFormatName(target).toStdString();
    j["output"] = outputPath.toStdString();
    j["rows_read"] = rowsRead;
    j["rows_converted"] = rowsConverted;
    j["rows_refused"] = rowsRefused;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const RefusedRow& r : refused)
        list.push_back({{"line", r.line}, {"reason", r.reason.toStdString()}});
    j["refused"] = std::move(list);
    j["refused_listed"] = refused.size();
    if (check)
        j["check"] = {{"passed", check->passed()}, {"message", check->message()}};
    else
        j["check"] = nullptr;
    return QByteArray::fromStdString(j.dump(2)) + '\n';
}

} // namespace td
