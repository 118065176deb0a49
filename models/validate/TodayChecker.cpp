#include "validate/TodayChecker.h"

#include "core/ParallelRanges.h"
#include "dataset/MappedFile.h"
#include "validate/ParquetFooter.h"
#include "validate/PyJson.h"
#include "validate/PyRepr.h"
#include "validate/PyUtf8.h"
#include "validate/SnapshotParity.h"

#include <QFileInfo>

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

namespace td {

namespace {

using V = ParityReport::Value;
constexpr double kMaxFileSizeGb = 50.1;
constexpr double kBytesInGb = 1073741824.0;
constexpr std::size_t kParallelFrom = 8u << 20;

std::string utf8Of(const QString& s)
{
    const QByteArray u = s.toUtf8();
    return std::string(u.constData(), std::size_t(u.size()));
}

// Path.suffix: the last dot-part, unless the name starts with its only dot or ends with a dot.
QString pySuffix(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    const qsizetype i = name.lastIndexOf(QLatin1Char('.'));
    if (i > 0 && i < name.size() - 1)
        return name.mid(i);
    return {};
}

// str.isspace() for one code point: what str.strip() removes.
bool isPySpace(char32_t c)
{
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The code point starting at `p` in valid UTF-8 and its length.
char32_t decodeAt(const unsigned char* p, std::size_t avail, std::size_t& len)
{
    const unsigned char b = p[0];
    if (b < 0x80 || avail < 2) {
        len = 1;
        return b;
    }
    if (b < 0xE0) {
        len = 2;
        return char32_t(b & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (b < 0xF0 || avail < 4) {
        len = std::min<std::size_t>(3, avail);
        return avail < 3 ? 0 : char32_t(b & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    len = 4;
    return char32_t(b & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

// str.strip() on a line of valid UTF-8.
std::string_view pyStrip(std::string_view s)
{
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t begin = 0, end = s.size();
    while (begin < end) {
        std::size_t len = 1;
        if (!isPySpace(decodeAt(u + begin, end - begin, len)))
            break;
        begin += len;
    }
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (u[start] & 0xC0) == 0x80)
            --start;
        std::size_t len = 1;
        if (!isPySpace(decodeAt(u + start, end - start, len)))
            break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// What one line is to the check.
struct LineVerdict
{
    enum class Kind { Blank, Sample, NotJson, NotObject, MissingRole } kind = Kind::Blank;
    std::int64_t message = -1; // MissingRole: the index in `messages`
};

bool isStructuralFailure(LineVerdict::Kind k)
{
    return k == LineVerdict::Kind::NotJson || k == LineVerdict::Kind::NotObject;
}

// The first element of `messages` that is an object without `role` (Python's view of the
// object: the last of repeated `messages` keys counts).
std::int64_t missingRoleIn(simdjson::dom::object row)
{
    simdjson::dom::element messages;
    bool found = false;
    for (auto field : row)
        if (field.key == "messages") {
            messages = field.value;
            found = true;
        }
    simdjson::dom::array list;
    if (!found || messages.get_array().get(list))
        return -1;
    std::int64_t i = 0;
    for (simdjson::dom::element m : list) {
        simdjson::dom::object o;
        if (!m.get_object().get(o)) {
            bool hasRole = false;
            for (auto field : o)
                hasRole = hasRole || field.key == "role";
            if (!hasRole)
                return i;
        }
        ++i;
    }
    return -1;
}

std::int64_t missingRoleIn(const py::Value& row)
{
    const py::Value* messages = row.get(U"messages");
    if (!messages || !messages->isList())
        return -1;
    for (std::size_t i = 0; i < messages->list.size(); ++i)
        if (messages->list[i].isDict() && !messages->list[i].has(U"role"))
            return std::int64_t(i);
    return -1;
}

// One line (its terminator excluded) of valid UTF-8.
LineVerdict checkLine(std::string_view raw, simdjson::dom::parser& parser)
{
    const std::string_view line = pyStrip(raw);
    if (line.empty())
        return {};
    // simdjson accepts only JSON that json.loads accepts too; what it refuses (NaN, huge
    // integers, lone surrogate escapes, real errors) is decided by the Python-exact parser.
    simdjson::dom::element e;
    if (!parser.parse(line.data(), line.size()).get(e)) {
        simdjson::dom::object o;
        if (e.get_object().get(o))
            return {LineVerdict::Kind::NotObject};
        const std::int64_t i = missingRoleIn(o);
        return i >= 0 ? LineVerdict{LineVerdict::Kind::MissingRole, i} : LineVerdict{LineVerdict::Kind::Sample};
    }
    const auto value = py::loads(line);
    if (!value)
        return {LineVerdict::Kind::NotJson};
    if (!value->isDict())
        return {LineVerdict::Kind::NotObject};
    const std::int64_t i = missingRoleIn(*value);
    return i >= 0 ? LineVerdict{LineVerdict::Kind::MissingRole, i} : LineVerdict{LineVerdict::Kind::Sample};
}

// What a run of consecutive lines holds: its line and sample counts, its first structural
// failure (the scan of the run stops there) and its first line without a role.
struct RunResult
{
    std::int64_t lines = 0;
    std::int64_t samples = 0;
    std::optional<std::pair<std::int64_t, LineVerdict>> structural;   // line index in the run
    std::optional<std::pair<std::int64_t, std::int64_t>> missingRole; // line index, message index
    bool cancelled = false;

    // Adds one line; false once the run has a structural failure.
    bool add(const LineVerdict& v)
    {
        const std::int64_t at = lines++;
        if (isStructuralFailure(v.kind)) {
            structural = {at, v};
            return false;
        }
        if (v.kind != LineVerdict::Kind::Blank)
            ++samples;
        if (v.kind == LineVerdict::Kind::MissingRole && !missingRole)
            missingRole = {at, v.message};
        return true;
    }
};

// The end of the line starting at `pos` and the start of the next one: "\n", "\r\n" and a
// lone "\r" each end a line (open(newline="") splits there too).
std::pair<std::size_t, std::size_t> lineAt(const char* data, std::size_t pos, std::size_t size)
{
    const char* nl = static_cast<const char*>(std::memchr(data + pos, '\n', size - pos));
    std::size_t end = nl ? std::size_t(nl - data) : size;
    if (const void* cr = std::memchr(data + pos, '\r', end - pos))
        end = std::size_t(static_cast<const char*>(cr) - data);
    std::size_t next = end;
    if (next < size)
        next += (data[next] == '\r' && next + 1 < size && data[next + 1] == '\n') ? 2 : 1;
    return {end, next};
}

RunResult scanBytes(const char* data, std::size_t begin, std::size_t end, const ParityOptions& options)
{
    RunResult r;
    simdjson::dom::parser parser;
    std::size_t pos = begin;
    while (pos < end) {
        const auto [lineEnd, next] = lineAt(data, pos, end);
        if (!r.add(checkLine(std::string_view(data + pos, lineEnd - pos), parser)))
            return r;
        pos = next;
        if ((r.lines & 0x3FF) == 0 && options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            return r;
        }
    }
    return r;
}

// The runs' results, in order, as the report's data part (after the UTF-8 pass succeeded).
void dataReport(const std::vector<RunResult>& runs, const std::string& file, ParityReport& r)
{
    std::int64_t before = 0, samples = 0;
    std::optional<std::pair<std::int64_t, std::int64_t>> missingRole; // line number, message
    for (const RunResult& run : runs) {
        if (run.structural) {
            const std::int64_t n = before + run.structural->first + 1;
            r.set("load_json", V::boolean(false));
            if (run.structural->second.kind == LineVerdict::Kind::NotJson) {
                r.set("message",
                      V::string("Error parsing json payload. Unexpected format on line " + std::to_string(n) + "."));
                r.set("is_check_passed", V::boolean(false));
            } else {
                r.set("is_check_passed", V::boolean(false));
                r.set("message",
                      V::string("Error parsing file. Invalid format on line " + std::to_string(n) +
                                " of the input file. Each line must be a JSON object. Dataset requirements are "
                                "described at https://docs.together.ai/docs/fine-tuning-data-preparation. Full "
                                "validation runs on the server after upload."));
                r.set("line_number", V::integer(n));
                r.set("line_type", V::boolean(false));
            }
            for (const char* key : {"text_field", "line_type", "key_value"})
                if (!r.contains(key))
                    r.set(key, V::boolean(true));
            return;
        }
        if (run.missingRole && !missingRole)
            missingRole = std::pair{before + run.missingRole->first + 1, run.missingRole->second};
        before += run.lines;
        samples += run.samples;
    }
    if (samples < 1) {
        r.set("has_min_samples", V::boolean(false));
        r.set("message", V::string("Processing " + file + " resulted in only 0 samples. Our minimum is 1 samples. "));
        r.set("is_check_passed", V::boolean(false));
    } else {
        r.set("num_samples", V::integer(samples));
        r.set("has_min_samples", V::boolean(true));
    }
    r.set("load_json", V::boolean(true));
    for (const char* key : {"text_field", "line_type", "key_value"})
        if (!r.contains(key))
            r.set(key, V::boolean(true));
    // The server's published rule, once the client's check has passed.
    if (samples >= 1 && missingRole) {
        r.set("is_check_passed", V::boolean(false));
        r.set("message", V::string("Line " + std::to_string(missingRole->first) + ": `messages[" +
                                   std::to_string(missingRole->second) + "]` must contain a `role` field"));
        r.set("line_number", V::integer(missingRole->first));
        r.set("key_value", V::boolean(false));
    }
}

bool utf8Pass(const char* data, std::size_t size, ParityReport& r)
{
    if (!simdjson::validate_utf8(data, size)) {
        if (auto e = py::utf8Error(data, size)) {
            r.set("utf8", V::boolean(false));
            r.set("message", V::string("File is not UTF-8 encoded. Error raised: " + *e + "."));
            r.set("is_check_passed", V::boolean(false));
            return false;
        }
    }
    r.set("utf8", V::boolean(true));
    return true;
}

ParityReport checkParquetToday(const QString& path, const std::string& file, const ParityOptions& options)
{
    ParityReport d;
    if (options.purpose == FilePurpose::Eval) {
        d.set("is_check_passed", V::boolean(false));
        d.set("message",
              V::string("Parquet files are not supported for eval. Only JSONL and CSV files are supported."));
        return d;
    }
    auto footer = readParquetFooter(path);
    if (!footer) {
        d.set("load_parquet", V::string("An exception has occurred when loading the Parquet file " + file +
                                        ". Please check the file for corruption. Exception trace:\n" +
                                        footer.error().message.toStdString()));
        d.set("is_check_passed", V::boolean(false));
        return d;
    }
    const auto& cols = footer->columns;
    if (std::find(cols.begin(), cols.end(), "input_ids") == cols.end()) {
        d.set("load_parquet", V::string("Parquet file " + file + " does not contain the `input_ids` column."));
        d.set("is_check_passed", V::boolean(false));
        return d;
    }
    for (const std::string& c : cols) {
        if (c != "input_ids" && c != "attention_mask" && c != "labels" && c != "position_ids") {
            d.set("load_parquet", V::string("Parquet file " + file + " contains an unexpected column " + c +
                                            ". Only columns ['input_ids', 'attention_mask', 'labels', "
                                            "'position_ids'] are supported."));
            d.set("is_check_passed", V::boolean(false));
            return d;
        }
    }
    if (footer->rows < 1) {
        d.set("has_min_samples", V::boolean(false));
        d.set("message", V::string("Processing " + file + " resulted in only " + std::to_string(footer->rows) +
                                   " samples. Our minimum is 1 samples. "));
        d.set("is_check_passed", V::boolean(false));
        return d;
    }
    d.set("num_samples", V::integer(footer->rows));
    d.set("is_check_passed", V::boolean(true));
    return d;
}

// check_file's file-level steps; `jsonlData` gives the JSONL data part.
Result<ParityReport> todayOfFileData(const QString& path, std::int64_t size,
                                     const std::function<Result<ParityReport>()>& jsonlData,
                                     const ParityOptions& options)
{
    ParityReport r;
    for (const char* key : {"is_check_passed", "message", "found", "file_size", "utf8", "line_type", "text_field",
                            "key_value", "has_min_samples", "num_samples", "load_json", "load_csv"})
        r.set(key, V::null());
    r.set("is_check_passed", V::boolean(true));
    r.set("message", V::string("Checks passed"));
    const std::string file = utf8Of(path);
    if (size < 0) {
        r.set("found", V::boolean(false));
        r.set("is_check_passed", V::boolean(false));
        r.set("message", V::string("File not found or path is not a regular file: " + file));
        return r;
    }
    r.set("found", V::boolean(true));
    if (double(size) > kMaxFileSizeGb * kBytesInGb) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.3f", double(size) / kBytesInGb);
        r.set("message", V::string("Maximum supported file size is 50.1 GB. Found file with size of " +
                                   py::floatRepr(std::strtod(buf, nullptr)) + " GB."));
        r.set("is_check_passed", V::boolean(false));
    } else if (size == 0) {
        r.set("message", V::string("File is empty"));
        r.set("file_size", V::integer(0));
        r.set("is_check_passed", V::boolean(false));
        return r;
    } else {
        r.set("file_size", V::integer(size));
    }
    const QString suffix = pySuffix(path);
    ParityReport data;
    if (suffix == QLatin1String(".jsonl")) {
        r.set("filetype", V::string("jsonl"));
        auto d = jsonlData();
        if (!d)
            return d.error();
        data = std::move(*d);
    } else if (suffix == QLatin1String(".parquet")) {
        r.set("filetype", V::string("parquet"));
        data = checkParquetToday(path, file, options);
    } else if (suffix == QLatin1String(".csv")) {
        r.set("filetype", V::string("csv"));
        data.set("is_check_passed", V::boolean(false));
        data.set("message", V::string(options.purpose == FilePurpose::Eval
                                          ? "CSV files for evaluation are not checked by this version of TuneDesk."
                                          : "CSV files are not supported for fine-tune. Only JSONL and Parquet files "
                                            "are supported."));
    } else {
        const std::string text = "Unknown extension of file " + file +
                                 ". Only files with extensions .jsonl, .parquet, and .csv are supported.";
        r.set("filetype", V::string(text));
        r.set("message", V::string(text));
        r.set("is_check_passed", V::boolean(false));
    }
    r.update(data);
    return r;
}

} // namespace

ParityReport checkJsonlToday(const char* data, std::size_t size, const std::string& file, const ParityOptions& options)
{
    ParityReport r;
    if (!utf8Pass(data, size, r))
        return r;
    // Runs split at line feeds (always a line end), checked on every core for big files.
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    const unsigned workers = size >= kParallelFrom ? scanWorkers() : 1;
    std::size_t begin = 0;
    for (unsigned i = 0; i < workers && begin < size; ++i) {
        std::size_t end = i + 1 == workers ? size : std::max(begin, size / workers * (i + 1));
        if (end < size) {
            const void* nl = std::memchr(data + end, '\n', size - end);
            end = nl ? std::size_t(static_cast<const char*>(nl) - data) + 1 : size;
        }
        ranges.emplace_back(begin, end);
        begin = end;
    }
    std::vector<RunResult> runs(ranges.size());
    forEachRange(std::int64_t(ranges.size()), unsigned(ranges.size()), [&](unsigned, std::int64_t b, std::int64_t e) {
        for (std::int64_t i = b; i < e; ++i)
            runs[std::size_t(i)] =
                scanBytes(data, ranges[std::size_t(i)].first, ranges[std::size_t(i)].second, options);
    });
    dataReport(runs, file, r);
    if (options.progress)
        options.progress(size, size);
    return r;
}

Result<ParityReport> checkFileToday(const QString& path, const ParityOptions& options)
{
    const QFileInfo info(path);
    // Path.is_file(): symlinks followed; a FIFO, device or folder is "not a regular file" (and
    // never opened, so nothing blocks).
    if (!info.isFile())
        return todayOfFileData(path, -1, {}, options);
    const std::int64_t size = info.size();
    return todayOfFileData(
        path, size,
        [&]() -> Result<ParityReport> {
            auto mapped = MappedFile::open(path);
            if (!mapped) {
                if (mapped.error().code == Error::Code::Unsupported)
                    return mapped.error();
                ParityReport r;
                r.set("is_check_passed", V::boolean(false));
                r.set("message",
                      V::string("Cannot read " + utf8Of(path) + ": " + mapped.error().message.toStdString()));
                return r;
            }
            const MappedFile& m = **mapped;
            m.adviseSequential();
            ParityReport data = checkJsonlToday(m.data(), std::min(m.size(), std::size_t(size)), utf8Of(path), options);
            if (auto unchanged = m.checkUnchanged(); !unchanged)
                return unchanged.error();
            return data;
        },
        options);
}

Result<ParityReport> checkSnapshotToday(const DocumentSnapshot& snapshot, const QString& name,
                                        const ParityOptions& options)
{
    const std::uint64_t size = savedSize(snapshot);
    const std::string file = utf8Of(name);
    return todayOfFileData(
        name, std::int64_t(size),
        [&]() -> Result<ParityReport> {
            // A row is a line unless it holds a CR (a line end to Python) or invalid UTF-8
            // (whose message depends on the bytes before it): then the saved bytes are checked.
            const std::int64_t rows = snapshot.rowCount();
            const unsigned workers = rows >= 4096 ? scanWorkers() : 1;
            std::vector<RunResult> runs(workers);
            std::vector<char> needsBytes(workers, 0);
            forEachRange(rows, workers, [&](unsigned w, std::int64_t begin, std::int64_t end) {
                simdjson::dom::parser parser;
                RunResult& run = runs[w];
                for (std::int64_t i = begin; i < end; ++i) {
                    if ((i & 0x3FF) == 0 && options.cancel && options.cancel->load(std::memory_order_relaxed)) {
                        run.cancelled = true;
                        return;
                    }
                    const QByteArrayView row = snapshot.rowView(i);
                    if (row.contains('\r') || !simdjson::validate_utf8(row.data(), std::size_t(row.size()))) {
                        needsBytes[w] = 1;
                        return;
                    }
                    // After this run's first failure only the bytes of the rest matter (a bad
                    // byte anywhere wins over any JSON error).
                    if (!run.structural)
                        run.add(checkLine(std::string_view(row.data(), std::size_t(row.size())), parser));
                }
            });
            if (std::find(needsBytes.begin(), needsBytes.end(), 1) != needsBytes.end())
                return checkSavedBytes(snapshot, size, options.cancel, [&](const char* data, std::size_t n) {
                    return checkJsonlToday(data, n, file, options);
                });
            ParityReport r;
            r.set("utf8", V::boolean(true));
            dataReport(runs, file, r);
            if (options.progress)
                options.progress(size, size);
            return r;
        },
        options);
}

} // namespace td
