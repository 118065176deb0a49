#include "validate/ParityChecker.h"

#include "dataset/MappedFile.h"
#include "dataset/RegularFile.h"

#include "validate/ParityFastPath.h"
#include "validate/ParquetFooter.h"
#include "validate/PyJson.h"
#include "validate/PyRepr.h"
#include "validate/PyUtf8.h"

#include <QFile>
#include <QFileInfo>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>
#include <thread>

namespace td {

using py::Value;

namespace {

using V = ParityReport::Value;
constexpr double kMaxFileSizeGb = 50.1;
constexpr double kBytesInGb = 1073741824.0;
constexpr std::size_t kMaxImagesPerExample = 10;
constexpr std::size_t kMaxBase64ImageLength = 23 + 4 * (10 * 1024 * 1024) / 3; // 13981036

struct LineError
{
    std::string message;
    std::optional<std::int64_t> line;
    const char* source = nullptr; // report key set to false, if any
};

std::string L(std::int64_t n)
{
    return std::to_string(n);
}

LineError keyValue(std::string message, std::int64_t n)
{
    return {std::move(message), n, "key_value"};
}

struct ContentResult
{
    bool multimodal = false;
    std::size_t images = 0;
};

// _check_message_content
std::optional<LineError> checkContent(const Value& content, std::u32string_view role, std::int64_t n,
                                      ContentResult& result)
{
    result = {};
    if (content.isStr())
        return std::nullopt;
    if (!content.isList())
        return keyValue("Invalid content type on line " + L(n) +
                            " of the input file. Expected string or multimodal list of dicts, found " +
                            py::typeName(content),
                        n);
    result.multimodal = true;
    for (const Value& item : content.list) {
        if (!item.isDict())
            return keyValue("The dataset is malformed, the `content` field must be a list of dicts.", n);
        const Value* type = item.get(U"type");
        if (!type)
            return keyValue(
                "The dataset is malformed, the `content` field must be a list of dicts with a `type` field.", n);
        if (type->strEquals(U"text")) {
            const Value* text = item.get(U"text");
            if (!text || !text->isStr())
                return keyValue(
                    "The dataset is malformed, the `text` field must be present in the `content` item field "
                    "and be a string. Got '" +
                        (text ? py::repr(*text) : std::string("None")) + "' instead.",
                    n);
        } else if (type->strEquals(U"image_url")) {
            if (role != U"user")
                return keyValue("The dataset is malformed, only user messages can contain images.", n);
            const Value* imageUrl = item.get(U"image_url");
            if (!imageUrl || !imageUrl->isDict())
                return keyValue(
                    "The dataset is malformed, the `image_url` field must be present in the `content` field "
                    "and be a dictionary. Got " +
                        (imageUrl ? py::repr(*imageUrl) : std::string("None")) + " instead.",
                    n);
            const Value* url = imageUrl->get(U"url");
            if (!url || !url->isStr() || url->str.empty())
                return keyValue(
                    "The dataset is malformed, the `url` field must be present in the `image_url` field and "
                    "be a string. Got " +
                        (url ? py::repr(*url) : std::string("None")) + " instead.",
                    n);
            const std::u32string_view u = url->str;
            if (!(u.substr(0, 23) == U"data:image/jpeg;base64," || u.substr(0, 22) == U"data:image/png;base64," ||
                  u.substr(0, 23) == U"data:image/webp;base64,"))
                // The only error that sets no report flag.
                return LineError{"The dataset is malformed, the `url` field must be either a JPEG, PNG or WEBP "
                                 "base64-encoded image in 'data:image/<format>;base64,<base64_encoded_image>' format. "
                                 "Got '" +
                                     py::toUtf8(Value::Str(u.substr(0, 100))) + "...' instead.",
                                 n, nullptr};
            if (u.size() > kMaxBase64ImageLength)
                return keyValue("The dataset is malformed, the `url` field must contain base64-encoded image that is "
                                "less than 10MB, found ~" +
                                    std::to_string(u.size() * 3 / 4) + " bytes.",
                                n);
            ++result.images;
        } else {
            return keyValue("The dataset is malformed, the `type` field must be either 'text' or 'image_url'. Got " +
                                py::repr(*type) + ".",
                            n);
        }
    }
    if (result.images > kMaxImagesPerExample)
        return keyValue("The dataset is malformed, the `content` field must contain at most 10 images, found " +
                            std::to_string(result.images) + ".",
                        n);
    return std::nullopt;
}

// validate_messages
std::optional<LineError> checkMessages(const Value& messages, std::int64_t n, bool requireAssistant)
{
    const std::string at = "Invalid format on line " + L(n) + " of the input file. ";
    if (!messages.isList())
        return keyValue(at + "The `messages` column must be a list. Found " + py::typeName(messages), n);
    if (messages.list.empty())
        return keyValue(at + "The `messages` column must not be empty.", n);
    for (const Value& m : messages.list) {
        if (!m.isDict())
            return keyValue(at + "The `messages` column must be a list of dicts. Found " + py::typeName(m), n);
        if (!m.has(U"role"))
            return keyValue("Missing required column `role` in message on line " + L(n) + ".", n);
        if (!m.has(U"content"))
            return keyValue("Missing required column `content` in message on line " + L(n) + ".", n);
    }
    const Value* previousRole = nullptr;
    bool hasAssistant = false;
    std::optional<bool> multimodalConversation;
    std::size_t totalImages = 0;
    for (const Value& m : messages.list) {
        const Value* weight = m.get(U"weight");
        if (weight) {
            if (!weight->isPyInt())
                return keyValue("Weight must be an integer on line " + L(n) + ".", n);
            if (weight->zeroOrOne() < 0)
                return keyValue("Weight must be either 0 or 1 on line " + L(n) + ".", n);
        }
        const Value& role = *m.get(U"role");
        if (!role.isStr())
            return keyValue("Invalid role `" + py::str(role) + "` in conversation on line " + L(n) +
                                ". Role must be a string. Found " + py::typeName(role),
                            n);
        if (!(role.str == U"system" || role.str == U"user" || role.str == U"assistant"))
            return keyValue("Invalid role `" + py::str(role) + "` in conversation on line " + L(n) +
                                ". Possible roles: system, user, assistant",
                            n);
        if (previousRole && previousRole->str == role.str)
            return keyValue("Invalid role turns on line " + L(n) +
                                " of the input file. After the optional system message, conversation roles must "
                                "alternate between user/assistant/user/assistant.",
                            n);
        previousRole = &role;
        hasAssistant = hasAssistant || role.str == U"assistant";
        ContentResult content;
        if (auto e = checkContent(*m.get(U"content"), role.str, n, content))
            return e;
        if (content.images > 0 && weight && weight->zeroOrOne() != 0)
            return keyValue("Messages with images cannot have non-zero weights.", n);
        if (!multimodalConversation)
            multimodalConversation = content.multimodal;
        else if (*multimodalConversation != content.multimodal)
            return keyValue("Messages in the conversation must be either all in multimodal or all in text-only format.",
                            n);
        totalImages += content.images;
    }
    if (totalImages > kMaxImagesPerExample)
        return keyValue("The dataset is malformed, the `messages` must contain at most 10 images. Found " +
                            std::to_string(totalImages) + " images.",
                        n);
    if (requireAssistant && !hasAssistant)
        return keyValue(at + "At least one message with the assistant role must be present in the example.", n);
    return std::nullopt;
}

// validate_preference_openai
std::optional<LineError> checkPreference(const Value& row, std::int64_t n)
{
    const Value& input = *row.get(U"input");
    if (!input.isDict())
        return keyValue("The dataset is malformed, the `input` field must be a dictionary.", n);
    const Value* messages = input.get(U"messages");
    if (!messages)
        return keyValue("The dataset is malformed, the `input` dictionary must contain a `messages` field.", n);
    if (auto e = checkMessages(*messages, n, false))
        return e;
    if (!messages->list.empty()) {
        const Value* lastRole = messages->list.back().get(U"role");
        if (lastRole && lastRole->strEquals(U"assistant"))
            return keyValue(
                "The last message in the input conversation must not be from the assistant on line " + L(n) + ".", n);
    }
    for (const char32_t* key : {U"preferred_output", U"non_preferred_output"}) {
        const std::string k = py::toUtf8(key);
        const Value& out = *row.get(key);
        const std::string malformed = "The dataset is malformed, ";
        if (!out.isList())
            return keyValue(malformed + "the `" + k + "` field must be a list on line " + L(n) + ".", n);
        if (out.list.size() != 1)
            return keyValue(malformed + "the `" + k + "` list must contain exactly one message on line " + L(n) + ".",
                            n);
        const Value& first = out.list.front();
        if (!first.isDict())
            return keyValue(malformed + "the first element of `" + k + "` must be a dictionary on line " + L(n) + ".",
                            n);
        const Value* role = first.get(U"role");
        if (!role)
            return keyValue(
                malformed + "the first element of `" + k + "` must have a 'role' field on line " + L(n) + ".", n);
        if (!role->strEquals(U"assistant"))
            return keyValue(
                malformed + "the first element of `" + k + "` must have the 'assistant' role on line " + L(n) + ".", n);
        const Value* content = first.get(U"content");
        if (!content)
            return keyValue(
                malformed + "the first element of `" + k + "` must have a 'content' field on line " + L(n) + ".", n);
        ContentResult ignored;
        if (auto e = checkContent(*content, U"assistant", n, ignored))
            return e;
    }
    return std::nullopt;
}

using parity::Format;

const std::vector<std::u32string>& requiredColumns(Format f)
{
    static const std::vector<std::u32string> general{U"text"};
    static const std::vector<std::u32string> conversation{U"messages"};
    static const std::vector<std::u32string> instruction{U"prompt", U"completion"};
    static const std::vector<std::u32string> preference{U"input", U"preferred_output", U"non_preferred_output"};
    switch (f) {
    case Format::General:
        return general;
    case Format::Conversation:
        return conversation;
    case Format::Instruction:
        return instruction;
    case Format::PreferenceOpenAI:
        return preference;
    }
    return general;
}

const char* formatName(Format f)
{
    switch (f) {
    case Format::General:
        return "DatasetFormat.GENERAL";
    case Format::Conversation:
        return "DatasetFormat.CONVERSATION";
    case Format::Instruction:
        return "DatasetFormat.INSTRUCTION";
    case Format::PreferenceOpenAI:
        return "DatasetFormat.PREFERENCE_OPENAI";
    }
    return "";
}

// One line of the JSONL pass. `datasetFormat` is the first line's format.
std::optional<LineError> checkLine(const Value& row, std::int64_t n, FilePurpose purpose,
                                   std::optional<Format>& datasetFormat, bool& jsonError)
{
    jsonError = false;
    if (!row.isDict())
        return LineError{"Error parsing file. Invalid format on line " + L(n) +
                             " of the input file. Datasets must follow text, conversational, or instruction format. "
                             "For moreinformation, see https://docs.together.ai/docs/fine-tuning-data-preparation",
                         n, "line_type"};
    if (purpose == FilePurpose::Eval)
        return std::nullopt;
    std::optional<Format> current;
    for (Format f : {Format::General, Format::Conversation, Format::Instruction, Format::PreferenceOpenAI}) {
        const auto& required = requiredColumns(f);
        bool all = true;
        for (const auto& c : required)
            all = all && row.has(c);
        if (!all)
            continue;
        if (!current)
            current = f;
        else if (*current != f)
            return LineError{std::string("Found multiple dataset formats in the input file. Got ") +
                                 formatName(*current) + " and " + formatName(f) + " on line " + L(n) + ".",
                             n, "format"};
        for (const auto& [key, value] : row.dict) {
            bool known = false;
            for (const auto& c : required)
                known = known || c == key;
            if (!known)
                return LineError{"Found extra column \"" + py::toUtf8(key) + "\" in the line " + L(n) + ".", n,
                                 "format"};
        }
    }
    if (!current)
        return LineError{"Error parsing file. Could not detect a format for the line " + L(n) + " with the columns:\n" +
                             py::dictKeysRepr(row),
                         n, "format"};
    switch (*current) {
    case Format::PreferenceOpenAI:
        if (auto e = checkPreference(row, n))
            return e;
        break;
    case Format::Conversation:
        if (auto e = checkMessages(*row.get(U"messages"), n, purpose != FilePurpose::Eval))
            return e;
        break;
    default:
        for (const auto& column : requiredColumns(*current)) {
            ContentResult ignored;
            if (auto e = checkContent(*row.get(column), column == U"completion" ? U"assistant" : U"user", n, ignored))
                return e;
        }
        break;
    }
    if (!datasetFormat)
        datasetFormat = current;
    else if (*datasetFormat != *current)
        return LineError{std::string("All samples in the dataset must have the same dataset format. Got ") +
                             formatName(*datasetFormat) + " for the first line and " + formatName(*current) +
                             " for the line " + L(n) + ".",
                         n, "format"};
    return std::nullopt;
}

std::string pyPathText(const QString& path)
{
    const QByteArray u = path.toUtf8();
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

constexpr std::size_t kParallelFrom = 8u << 20;

struct ScanState
{
    std::optional<Format> datasetFormat;
    std::int64_t idx = -1; // index of the last line read (-1 before the first)
    std::optional<LineError> failure;
    bool jsonFailure = false;
};

// The end of the line starting at `pos` and the start of the next one. Universal newlines:
// "\n", "\r\n" and a lone "\r" each end a line.
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

// One line of the JSONL pass, in file order: a line the fast pass proved fine (`quick`) only
// sets the dataset's format; any other is parsed and checked exactly. False once the verdict
// is a failure (recorded in `st`).
bool checkOneLine(std::string_view line, std::optional<Format> quick, std::int64_t n, const ParityOptions& options,
                  ScanState& st)
{
    if (quick && (!st.datasetFormat || *st.datasetFormat == *quick)) {
        st.datasetFormat = quick;
        return true;
    }
    auto row = py::loads(line);
    if (!row) {
        st.jsonFailure = true;
        return false;
    }
    bool ignored = false;
    if (auto e = checkLine(*row, n, options.purpose, st.datasetFormat, ignored)) {
        st.failure = std::move(e);
        return false;
    }
    return true;
}

// The JSONL pass over [from, size): fast proof first, the exact Python-semantics check for
// any line that is not proven fine.
void scanSerial(const char* data, std::size_t from, std::size_t size, const ParityOptions& options, ScanState& st)
{
    std::size_t pos = from;
    std::uint64_t lastReport = 0;
    simdjson::dom::parser parser;
    const bool fast = options.purpose == FilePurpose::FineTune && !options.exactOnly;
    while (pos < size) {
        const auto [end, next] = lineAt(data, pos, size);
        ++st.idx;
        const std::int64_t n = st.idx + 1;
        const std::string_view line(data + pos, end - pos);
        std::optional<Format> quick = fast ? parity::fastPass(parser, line.data(), line.size()) : std::nullopt;
        if (!checkOneLine(line, quick, n, options, st))
            return;
        pos = next;
        if (options.progress && pos - lastReport > (16u << 20)) {
            lastReport = pos;
            options.progress(pos, size);
        }
        if (options.cancel && (st.idx & 0x3FF) == 0 && options.cancel->load(std::memory_order_relaxed))
            return;
    }
}

struct ChunkScan
{
    std::size_t begin = 0, end = 0;
    std::int64_t lines = 0;            // lines proven fine before `problem`
    std::optional<Format> firstFormat; // of the chunk's first line, when proven fine
    std::size_t problem = 0;           // first line not proven fine (== end if none)
};

// Splits the file at line starts and proves lines fine on every core at once.
std::vector<ChunkScan> prescan(const char* data, std::size_t size)
{
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<ChunkScan> chunks;
    std::size_t begin = 0;
    for (unsigned i = 0; i < workers && begin < size; ++i) {
        std::size_t end = i + 1 == workers ? size : std::max(begin, size / workers * (i + 1));
        if (end < size) {
            const void* nl = std::memchr(data + end, '\n', size - end);
            end = nl ? std::size_t(static_cast<const char*>(nl) - data) + 1 : size;
        }
        chunks.push_back({begin, end, 0, std::nullopt, end});
        begin = end;
    }
    auto work = [data](ChunkScan& c) {
        simdjson::dom::parser parser;
        std::size_t pos = c.begin;
        while (pos < c.end) {
            const auto [lineEnd, next] = lineAt(data, pos, c.end);
            const auto f = parity::fastPass(parser, data + pos, lineEnd - pos);
            if (!f || (c.firstFormat && *f != *c.firstFormat)) {
                c.problem = pos;
                return;
            }
            if (!c.firstFormat)
                c.firstFormat = f;
            ++c.lines;
            pos = next;
        }
        c.problem = c.end;
    };
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < chunks.size(); ++i)
        threads.emplace_back(work, std::ref(chunks[i]));
    if (!chunks.empty())
        work(chunks[0]);
    for (auto& t : threads)
        t.join();
    return chunks;
}

// _check_parquet, from the file's footer.
ParityReport checkParquet(const QString& path, const std::string& file, const ParityOptions& options)
{
    ParityReport d;
    if (options.purpose == FilePurpose::Eval) {
        d.set("is_check_passed", V::boolean(false));
        d.set("message", V::string("Parquet files are not supported for FilePurpose.Eval. Only JSONL and CSV files "
                                   "are supported."));
        return d;
    }
    auto footer = readParquetFooter(path);
    if (!footer) {
        // pyarrow's exception trace cannot be reproduced; the reason is given in its place.
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
        if (c != "input_ids" && c != "attention_mask" && c != "labels") {
            d.set("load_parquet", V::string("Parquet file " + file + " contains an unexpected column " + c +
                                            ". Only columns ['input_ids', 'attention_mask', 'labels'] are supported."));
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
    d.set("is_check_passed", V::boolean(true)); // also overrides the size check's verdict, as in Python
    return d;
}

void dataReport(const ScanState& st, ParityReport& r);

} // namespace

ParityReport checkJsonlParity(const char* data, std::size_t size, const ParityOptions& options)
{
    ParityReport r;
    // The whole file is decoded first; a bad byte anywhere wins over any JSON error.
    if (!simdjson::validate_utf8(data, size)) {
        if (auto e = py::utf8Error(data, size)) {
            r.set("utf8", V::boolean(false));
            r.set("message", V::string("File is not UTF-8 encoded. Error raised: " + *e + "."));
            r.set("is_check_passed", V::boolean(false));
            return r;
        }
    }
    r.set("utf8", V::boolean(true));

    ScanState st;
    // Proving lines fine is spread over the cores; the first line that cannot be proven fine
    // fast is where the exact, serial check takes over (the verdict is the first failure).
    std::size_t from = 0;
    if (options.purpose == FilePurpose::FineTune && !options.exactOnly && size >= kParallelFrom) {
        const auto pre = prescan(data, size);
        for (const ChunkScan& c : pre) {
            const bool formatFits = !c.firstFormat || !st.datasetFormat || *st.datasetFormat == *c.firstFormat;
            if (!formatFits) {
                from = c.begin; // the chunk's first line starts the exact check
                break;
            }
            if (c.lines > 0 && !st.datasetFormat)
                st.datasetFormat = c.firstFormat;
            st.idx += c.lines;
            from = c.problem;
            if (c.problem < c.end)
                break;
        }
    }
    scanSerial(data, from, size, options, st);
    dataReport(st, r);
    if (options.progress)
        options.progress(size, size);
    return r;
}

namespace {

// The data part of the report once the JSONL pass has ended (UTF-8 already settled).
void dataReport(const ScanState& st, ParityReport& r)
{
    const std::int64_t idx = st.idx;
    const bool jsonFailure = st.jsonFailure;
    const std::optional<LineError>& failure = st.failure;

    if (jsonFailure) {
        r.set("load_json", V::boolean(false));
        r.set("message",
              V::string(idx < 0 ? "Unable to decode file. File may be empty or in an unsupported format. "
                                : "Error parsing json payload. Unexpected format on line " + L(idx + 1) + "."));
        r.set("is_check_passed", V::boolean(false));
    } else if (failure) {
        r.set("load_json", V::boolean(false));
        r.set("is_check_passed", V::boolean(false));
        r.set("message", V::string(failure->message));
        if (failure->line)
            r.set("line_number", V::integer(*failure->line));
        if (failure->source)
            r.set(failure->source, V::boolean(false));
    } else {
        // A non-empty file has at least one line, so MIN_SAMPLES = 1 always holds here.
        r.set("num_samples", V::integer(idx + 1));
        r.set("has_min_samples", V::boolean(true));
        r.set("load_json", V::boolean(true));
    }
    for (const char* key : {"text_field", "line_type", "key_value"})
        if (!r.contains(key))
            r.set(key, V::boolean(true));
}

} // namespace

Result<ParityReport> checkFileParity(const QString& path, const ParityOptions& options)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile() && !info.isDir()) {
        // A FIFO would block and a device never end: refused with an error. (Python's check
        // reports them "not found", as it does a folder, which is kept for parity.)
        if (auto regular = requireRegularFile(path); !regular)
            return regular.error();
    }
    if (!info.isFile())
        return parityOfFileData(path, -1, {}, options);
    const std::int64_t size = info.size();
    return parityOfFileData(
        path, size,
        [&]() -> Result<ParityReport> {
            auto mapped = MappedFile::open(path);
            if (!mapped) {
                if (mapped.error().code == Error::Code::Unsupported)
                    return mapped.error(); // not a regular file: no verdict at all
                ParityReport r;
                r.set("is_check_passed", V::boolean(false));
                r.set("message",
                      V::string("Cannot read " + pyPathText(path) + ": " + mapped.error().message.toStdString()));
                return r;
            }
            const MappedFile& m = **mapped;
            m.adviseSequential();
            // The size checked above is the size mapped: a file that grew since is checked as it was.
            ParityReport data = checkJsonlParity(m.data(), std::min(m.size(), std::size_t(size)), options);
            // Shortened while it was read: the verdict would be about zeros, not the file.
            if (auto unchanged = m.checkUnchanged(); !unchanged)
                return unchanged.error();
            return data;
        },
        options);
}

Result<ParityReport> parityOfFileData(const QString& path, std::int64_t size,
                                      const std::function<Result<ParityReport>()>& jsonlData,
                                      const ParityOptions& options)
{
    ParityReport r;
    for (const char* key : {"is_check_passed", "message", "found", "file_size", "utf8", "line_type", "text_field",
                            "key_value", "has_min_samples", "num_samples", "load_json", "load_csv"})
        r.set(key, V::null());
    r.set("is_check_passed", V::boolean(true));
    r.set("message", V::string("Checks passed"));

    if (size < 0) {
        r.set("found", V::boolean(false));
        r.set("is_check_passed", V::boolean(false));
        return r;
    }
    r.set("found", V::boolean(true));
    if (double(size) > kMaxFileSizeGb * kBytesInGb) {
        // round(size / 2**30, 3), printed as Python prints the float.
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
    const std::string file = pyPathText(path);
    ParityReport data;
    if (suffix == QLatin1String(".jsonl")) {
        r.set("filetype", V::string("jsonl"));
        auto data_ = jsonlData();
        if (!data_)
            return data_.error();
        data = std::move(*data_);
    } else if (suffix == QLatin1String(".parquet")) {
        r.set("filetype", V::string("parquet"));
        data = checkParquet(path, file, options);
    } else if (suffix == QLatin1String(".csv")) {
        r.set("filetype", V::string("csv"));
        if (options.purpose != FilePurpose::Eval) {
            data.set("is_check_passed", V::boolean(false));
            data.set("message", V::string("CSV files are not supported for FilePurpose.FineTune. Only JSONL and "
                                          "Parquet files are supported."));
        } else {
            data.set("is_check_passed", V::boolean(false));
            data.set("message", V::string("CSV files for evaluation are not checked by this version of TuneDesk."));
        }
    } else {
        r.set("filetype", V::string("Unknown extension of file " + file +
                                    ". Only files with extensions .jsonl and .parquet are supported."));
        r.set("is_check_passed", V::boolean(false));
    }
    r.update(data);
    return r;
}

struct ParityLineScanner::Impl
{
    ParityOptions options;
    ScanState st;
    bool decided = false;
};

ParityLineScanner::ParityLineScanner(const ParityOptions& options)
    : d(std::make_unique<Impl>())
{
    d->options = options;
}

ParityLineScanner::~ParityLineScanner() = default;

bool ParityLineScanner::addLine(std::string_view line, int proven)
{
    if (d->decided)
        return false;
    ++d->st.idx;
    const bool fast = d->options.purpose == FilePurpose::FineTune && !d->options.exactOnly;
    const std::optional<Format> quick = fast && proven >= 0 ? std::optional<Format>(Format(proven)) : std::nullopt;
    d->decided = !checkOneLine(line, quick, d->st.idx + 1, d->options, d->st);
    return !d->decided;
}

ParityReport ParityLineScanner::report() const
{
    ParityReport r;
    r.set("utf8", V::boolean(true));
    dataReport(d->st, r);
    return r;
}

} // namespace td
