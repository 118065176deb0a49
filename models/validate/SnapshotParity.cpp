#include "validate/SnapshotParity.h"

#include "core/ParallelRanges.h"
#include "dataset/DatasetWriter.h"
#include "dataset/OutputSink.h"
#include "validate/ParityFastPath.h"

#include <simdjson.h>

#include <sys/mman.h>
#include <unistd.h>

namespace td {

namespace {

// Counts what the writer would write: the size of the saved file, without its bytes.
class CountingSink final : public OutputSink
{
public:
    Result<void> write(const char*, std::size_t size) override
    {
        m_written += size;
        return {};
    }
    Result<void> finish() override { return {}; }
    std::uint64_t bytesWritten() const override { return m_written; }

private:
    std::uint64_t m_written = 0;
};

} // namespace

std::uint64_t savedSize(const DocumentSnapshot& snapshot)
{
    CountingSink counter;
    (void)writeRows(snapshot, counter, {}, {}, nullptr); // a counting sink cannot fail
    return counter.bytesWritten();
}

ParityReport checkSavedBytes(const DocumentSnapshot& snapshot, std::uint64_t size, const std::atomic_bool* cancel,
                             const std::function<ParityReport(const char*, std::size_t)>& check)
{
    ParityReport failed;
    failed.set("is_check_passed", ParityReport::Value::boolean(false));
    const int fd = ::memfd_create("tunedesk-check", MFD_CLOEXEC);
    if (fd < 0) {
        failed.set("message", ParityReport::Value::string("Cannot check the edited rows: no memory for a copy."));
        return failed;
    }
    FdSink sink(fd, QStringLiteral("memory"), false);
    auto written = writeRows(snapshot, sink, {}, {}, cancel);
    if (written)
        written = sink.finish() ? written : Result<WriteOutcome>(Error::make(Error::Code::Io, {}));
    ParityReport r;
    if (!written || size == 0) {
        r = size == 0 ? check("", 0) : failed;
    } else {
        void* map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
        if (map == MAP_FAILED) {
            r = failed;
        } else {
            r = check(static_cast<const char*>(map), size);
            ::munmap(map, size);
        }
    }
    ::close(fd);
    return r;
}

std::int8_t parityFactOf(QByteArrayView row, simdjson::dom::parser& parser)
{
    // A CR splits a line for Python (universal newlines) but not a row; invalid UTF-8 is
    // reported with a position that depends on the bytes before it.
    if (row.contains('\r'))
        return ParityRowFacts::kNeedsBytes;
    if (auto f = parity::fastPass(parser, row.data(), std::size_t(row.size())))
        return std::int8_t(*f);
    if (!simdjson::validate_utf8(row.data(), std::size_t(row.size())))
        return ParityRowFacts::kNeedsBytes;
    return ParityRowFacts::kNotProven;
}

const std::vector<std::int8_t>& ParityRowFacts::forFile(const DocumentSnapshot& snapshot,
                                                        const std::atomic_bool* cancel)
{
    const std::int64_t lines = snapshot.starts ? std::int64_t(snapshot.starts->size()) - 1 : 0;
    if (m_file != snapshot.file.get() || std::int64_t(m_facts.size()) != lines) {
        m_file = snapshot.file.get();
        m_facts.assign(std::size_t(std::max<std::int64_t>(lines, 0)), kUnknown);
    }
    // Every original row, in parallel; later calls find them done.
    forEachRange(lines, scanWorkers(), [&](unsigned, std::int64_t begin, std::int64_t end) {
        simdjson::dom::parser parser;
        for (std::int64_t id = begin; id < end; ++id) {
            if ((id & 0x3FF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
                return;
            std::int8_t& f = m_facts[std::size_t(id)];
            if (f == kUnknown)
                f = parityFactOf(stripLineEnd(snapshot.originalSpan(RowId(id))), parser);
        }
    });
    return m_facts;
}

Result<ParityReport> checkSnapshotParity(const DocumentSnapshot& snapshot, const QString& name, ParityRowFacts& facts,
                                         const ParityOptions& options)
{
    const std::uint64_t size = savedSize(snapshot);

    return parityOfFileData(
        name, std::int64_t(size),
        [&]() -> ParityReport {
            std::lock_guard lock(facts.m_mutex);
            const std::vector<std::int8_t>& known = facts.forFile(snapshot, options.cancel);
            simdjson::dom::parser parser;
            ParityLineScanner scanner(options);
            bool decided = false;
            const std::int64_t rows = snapshot.rowCount();
            for (std::int64_t i = 0; i < rows; ++i) {
                const RowId id = snapshot.idAt(i);
                std::int8_t fact = ParityRowFacts::kUnknown;
                if (snapshot.isOriginal(id) && id < known.size())
                    fact = known[std::size_t(id)];
                if (fact == ParityRowFacts::kUnknown)
                    fact = parityFactOf(snapshot.rowView(i), parser);
                if (fact == ParityRowFacts::kNeedsBytes)
                    return checkSavedBytes(snapshot, size, options.cancel, [&](const char* data, std::size_t n) {
                        return checkJsonlParity(data, n, options);
                    });
                // After a failure only the UTF-8 of the rest matters (a bad byte anywhere wins).
                if (!decided) {
                    const QByteArrayView row = snapshot.rowView(i);
                    decided = !scanner.addLine(std::string_view(row.data(), std::size_t(row.size())), fact);
                }
                if ((i & 0x3FF) == 0 && options.cancel && options.cancel->load(std::memory_order_relaxed))
                    break;
            }
            if (options.progress)
                options.progress(size, size);
            return scanner.report();
        },
        options);
}

} // namespace td
