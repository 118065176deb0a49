#include "query/RowFacts.h"

#include "core/ParallelRanges.h"
#include "validate/LintProblemStore.h"
#include "validate/Linter.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <array>
#include <cstring>
#include <string_view>
#include <unordered_map>

namespace td {

namespace {

using ScriptCounts = std::array<std::int64_t, std::size_t(Script::Count)>;

// Counts the letters of UTF-8 text per script. ASCII, most of most datasets, takes the short way.
void countScripts(std::string_view text, ScriptCounts& counts)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    // Eight ASCII bytes at a time (it was a fifth of the facts' time byte by byte): with bit 5
    // set, a byte is a letter when it is >= 'a' and <= 'z'; adding 0x1F (0x80 - 'a') sets bit 7
    // of bytes >= 'a', adding 0x05 (0x80 - 'z' - 1) that of bytes > 'z' (no carry crosses a
    // byte: every byte is < 0x80). The per-byte flags are summed in lanes, then across them.
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    std::uint64_t lanes = 0;
    int words = 0;
    auto flush = [&] {
        const std::uint64_t pairs = (lanes & 0x00FF00FF00FF00FFULL) + ((lanes >> 8) & 0x00FF00FF00FF00FFULL);
        counts[std::size_t(Script::Latin)] += std::int64_t((pairs * 0x0001000100010001ULL) >> 48);
        lanes = 0;
        words = 0;
    };
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if ((w & kHigh) == 0) {
                const std::uint64_t x = w | 0x2020202020202020ULL;
                const std::uint64_t geA = (x + 0x1F1F1F1F1F1F1F1FULL) & kHigh;
                const std::uint64_t gtZ = (x + 0x0505050505050505ULL) & kHigh;
                lanes += (geA & ~gtZ) >> 7;
                if (++words == 255)
                    flush();
                p += 8;
                continue;
            }
        }
        const unsigned char b = *p;
        if (b < 0x80) {
            counts[std::size_t(Script::Latin)] += ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
            ++p;
            continue;
        }
        char32_t c = 0;
        int len = 0;
        if ((b & 0xE0) == 0xC0) {
            c = b & 0x1F;
            len = 2;
        } else if ((b & 0xF0) == 0xE0) {
            c = b & 0x0F;
            len = 3;
        } else if ((b & 0xF8) == 0xF0) {
            c = b & 0x07;
            len = 4;
        } else { // a stray continuation byte (the text is valid UTF-8 when simdjson read it)
            ++p;
            continue;
        }
        if (end - p < len)
            break;
        for (int i = 1; i < len; ++i)
            c = (c << 6) | (p[i] & 0x3F);
        p += len;
        ++counts[std::size_t(scriptOf(c))];
    }
    flush();
}

// The text parts of a message content (a string, or a list of parts with "text").
template<typename F>
void forEachContentText(simdjson::dom::element content, F&& f)
{
    std::string_view s;
    if (content.get_string().get(s) == simdjson::SUCCESS) {
        f(s);
        return;
    }
    simdjson::dom::array parts;
    if (content.get_array().get(parts) == simdjson::SUCCESS)
        for (auto part : parts)
            if (part["text"].get_string().get(s) == simdjson::SUCCESS)
                f(s);
}

struct Walk
{
    RowFacts& facts;
    ScriptCounts scripts{};
    bool sawSystem = false;

    void text(std::string_view s) { countScripts(s, scripts); }

    void message(simdjson::dom::element m)
    {
        simdjson::dom::object obj;
        if (m.get_object().get(obj) != simdjson::SUCCESS)
            return;
        std::string_view role;
        const bool hasRole = obj["role"].get_string().get(role) == simdjson::SUCCESS;
        if (hasRole && role == "tool")
            facts.toolUse = true;
        if (obj["tool_calls"].error() == simdjson::SUCCESS || obj["function_call"].error() == simdjson::SUCCESS)
            facts.toolUse = true;
        simdjson::dom::element content;
        if (obj["content"].get(content) == simdjson::SUCCESS) {
            if (hasRole && role == "system" && !sawSystem) {
                sawSystem = true;
                std::string joined;
                forEachContentText(content, [&](std::string_view s) { joined.append(s); });
                facts.systemHash = systemPromptHash(joined);
            }
            forEachContentText(content, [this](std::string_view s) { text(s); });
        }
        for (const char* key : {"reasoning", "reasoning_content"}) {
            std::string_view r;
            if (obj[key].get_string().get(r) == simdjson::SUCCESS) {
                text(r);
                break;
            }
        }
    }

    void messages(simdjson::dom::element v)
    {
        simdjson::dom::array list;
        if (v.get_array().get(list) == simdjson::SUCCESS)
            for (auto m : list)
                message(m);
    }
};

// What RowSummary does not know: tools, the sample weight, the system prompt and the scripts.
void addParsedFacts(QByteArrayView row, bool readableAfterEnd, RowFacts& f)
{
    if (row.size() >= 3 && row.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        row = row.sliced(3);
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object obj;
    if (parser.parse(row.data(), std::size_t(row.size()), !readableAfterEnd).get_object().get(obj) != simdjson::SUCCESS)
        return;
    Walk walk{f};
    simdjson::dom::element v;
    if (obj["weight"].get(v) == simdjson::SUCCESS) {
        f.hasSampleWeight = true;
        double w = 0;
        bool b = false;
        if (v.get_double().get(w) == simdjson::SUCCESS)
            f.sampleWeight = w;
        else if (v.get_bool().get(b) == simdjson::SUCCESS)
            f.sampleWeight = b ? 1.0 : 0.0;
        else
            f.sampleWeight = std::numeric_limits<double>::quiet_NaN();
    }
    if (obj["tools"].error() == simdjson::SUCCESS)
        f.toolUse = true;
    switch (f.format) {
    case RowFormat::Conversation:
        if (obj["messages"].get(v) == simdjson::SUCCESS)
            walk.messages(v);
        break;
    case RowFormat::Preference:
        if (obj["input"].get(v) == simdjson::SUCCESS) {
            if (v["tools"].error() == simdjson::SUCCESS)
                f.toolUse = true;
            simdjson::dom::element m;
            if (v["messages"].get(m) == simdjson::SUCCESS)
                walk.messages(m);
        }
        for (const char* key : {"preferred_output", "non_preferred_output"})
            if (obj[key].get(v) == simdjson::SUCCESS)
                walk.messages(v);
        break;
    case RowFormat::Instruction:
        for (const char* key : {"prompt", "completion"})
            if (obj[key].get(v) == simdjson::SUCCESS)
                forEachContentText(v, [&walk](std::string_view s) { walk.text(s); });
        break;
    case RowFormat::Text:
        if (obj["text"].get(v) == simdjson::SUCCESS)
            forEachContentText(v, [&walk](std::string_view s) { walk.text(s); });
        break;
    default:
        break;
    }
    std::int64_t letters = 0, best = 0;
    for (std::size_t i = 1; i < walk.scripts.size(); ++i) {
        letters += walk.scripts[i];
        if (walk.scripts[i] > best) {
            best = walk.scripts[i];
            f.script = Script(i);
        }
    }
    for (std::size_t i = 1; i < walk.scripts.size(); ++i)
        if (walk.scripts[i] > 0 && walk.scripts[i] * 10 >= letters)
            f.scripts |= std::uint16_t(1u << i);
}

WeightPattern weightPattern(const std::string& weights, const std::string& roles)
{
    if (weights.find('?') != std::string::npos)
        return WeightPattern::Bad;
    const auto ones = std::count(weights.begin(), weights.end(), '1');
    const auto zeros = std::count(weights.begin(), weights.end(), '0');
    const auto n = std::int64_t(weights.size());
    if (ones + zeros == 0)
        return WeightPattern::None;
    if (ones == n)
        return WeightPattern::Ones;
    if (zeros == n)
        return WeightPattern::Zeros;
    const auto lastAssistant = roles.rfind('A');
    if (ones == 1 && lastAssistant != std::string::npos && lastAssistant < weights.size() &&
        weights[lastAssistant] == '1')
        return WeightPattern::Last;
    return WeightPattern::Mixed;
}

} // namespace

Script scriptOf(char32_t c)
{
    if (c < 0x80)
        return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::Latin : Script::None;
    if ((c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF))
        return Script::Latin;
    if (c < 0xC0)
        return c == 0xAA || c == 0xBA || c == 0xB5 ? Script::Latin : Script::None;
    if ((c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF))
        return Script::Greek;
    if (c >= 0x400 && c <= 0x52F)
        return Script::Cyrillic;
    if (c >= 0x5D0 && c <= 0x5F2)
        return Script::Hebrew;
    if ((c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3) || (c >= 0x750 && c <= 0x77F))
        return Script::Arabic;
    if (c >= 0x904 && c <= 0x939)
        return Script::Devanagari;
    if (c >= 0xE01 && c <= 0xE30)
        return Script::Thai;
    if ((c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA))
        return Script::Kana;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2FFFF))
        return Script::Han;
    if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF))
        return Script::Hangul;
    // Marks, digits, punctuation and symbols of other blocks are not letters.
    if (c <= 0xFFFF)
        return QChar::isLetter(char16_t(c)) ? Script::Other : Script::None;
    return QChar::isLetter(c) ? Script::Other : Script::None;
}

RowFacts computeRowFacts(QByteArrayView row, std::int64_t pos, bool readableAfterEnd)
{
    SummaryOptions options;
    options.preview = false;
    options.readableAfterEnd = readableAfterEnd;
    // The format, messages, roles, weights and characters are the table's (one rule each).
    const RowSummary s = summarizeRow(row, options);
    RowFacts f;
    f.format = s.format;
    f.status = s.status;
    f.messages = s.messageCount;
    f.characters = s.characters;
    bool sawUser = false;
    for (char r : s.roles) {
        switch (r) {
        case 'S':
            f.roles |= RoleSystem;
            break;
        case 'U':
            f.roles |= RoleUser;
            sawUser = true;
            break;
        case 'A':
            f.roles |= RoleAssistant;
            if (sawUser)
                ++f.turns;
            sawUser = false;
            break;
        case 'T':
            f.roles |= RoleTool;
            break;
        default:
            f.roles |= RoleOther;
        }
    }
    f.weights = weightPattern(s.weights, s.roles);
    if (s.status == ParseStatus::Ok)
        addParsedFacts(row, readableAfterEnd, f);
    // The compact store: no message is spelled out for a yes/no (reused per thread).
    thread_local LintProblemStore problems;
    problems.clear();
    lintRowInto(row, pos, LintOptions{}, problems);
    for (std::size_t i = 0; i < problems.size() && !f.invalid; ++i)
        f.invalid = problems.severity(i) == Severity::Error;
    return f;
}

std::vector<RowFacts> computeFacts(const DocumentSnapshot& snapshot,
                                   const std::function<void(std::int64_t, std::int64_t)>& progress,
                                   const std::atomic_bool* cancel)
{
    const std::int64_t n = snapshot.rowCount();
    std::vector<RowFacts> facts(std::size_t(std::max<std::int64_t>(n, 0)));
    const char* mapBegin = snapshot.file ? snapshot.file->data() : nullptr;
    const char* mapEnd = snapshot.file ? snapshot.file->data() + snapshot.file->size() : nullptr;
    std::vector<std::size_t> hashes(facts.size());
    std::atomic<std::int64_t> done{0};
    std::atomic_bool stopped{false};
    forEachRange(n, scanWorkers(), [&](unsigned w, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            if ((i - begin) % 4096 == 4095) {
                if (cancel && cancel->load(std::memory_order_relaxed)) {
                    stopped = true;
                    return;
                }
                const std::int64_t sum = done.fetch_add(4096) + 4096;
                if (w == 0 && progress) // reported from one thread: the callback need not be thread-safe
                    progress(sum, n);
            }
            const QByteArrayView row = snapshot.rowView(i);
            // Rows inside the mapping (not its last bytes) are parsed in place.
            const bool inPlace =
                mapEnd && row.data() >= mapBegin && row.data() + row.size() + SummaryOptions::kReadAhead <= mapEnd;
            facts[std::size_t(i)] = computeRowFacts(row, i, inPlace);
            hashes[std::size_t(i)] =
                std::hash<std::string_view>{}(std::string_view(row.data(), std::size_t(row.size())));
        }
    });
    if (stopped || (cancel && cancel->load()))
        return {};
    // Exact duplicates, in row order: the first row with a hash is remembered; a later row
    // with the same hash and the same bytes repeats it (a different row sharing a 64-bit hash
    // is not called a duplicate).
    std::unordered_map<std::size_t, std::int64_t> first;
    first.reserve(facts.size());
    for (std::int64_t i = 0; i < n; ++i) {
        if (facts[std::size_t(i)].status == ParseStatus::Blank)
            continue;
        auto [it, added] = first.try_emplace(hashes[std::size_t(i)], i);
        facts[std::size_t(i)].duplicate = !added && snapshot.rowView(it->second) == snapshot.rowView(i);
    }
    if (progress)
        progress(n, n);
    return facts;
}

std::uint64_t systemPromptHash(std::string_view text)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h ? h : 1;
}

QString systemPromptOf(QByteArrayView row)
{
    if (row.size() >= 3 && row.startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        row = row.sliced(3);
    thread_local simdjson::dom::parser parser;
    simdjson::dom::object obj;
    if (parser.parse(row.data(), std::size_t(row.size()), true).get_object().get(obj) != simdjson::SUCCESS)
        return {};
    simdjson::dom::array messages;
    if (obj["messages"].get_array().get(messages) != simdjson::SUCCESS &&
        obj["input"]["messages"].get_array().get(messages) != simdjson::SUCCESS)
        return {};
    for (auto m : messages) {
        std::string_view role;
        simdjson::dom::element content;
        if (m["role"].get_string().get(role) != simdjson::SUCCESS || role != "system" ||
            m["content"].get(content) != simdjson::SUCCESS)
            continue;
        std::string joined;
        forEachContentText(content, [&](std::string_view s) { joined.append(s); });
        return QString::fromUtf8(joined.data(), qsizetype(joined.size()));
    }
    return {};
}

QString hashText(std::uint64_t hash)
{
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

const char* weightPatternKey(WeightPattern p)
{
    static const char* const keys[] = {"none", "ones", "zeros", "last", "mixed", "bad"};
    return keys[std::size_t(p)];
}

const char* scriptKey(Script s)
{
    static const char* const keys[] = {"none",       "latin", "cyrillic", "greek",  "arabic", "hebrew",
                                       "devanagari", "han",   "kana",     "hangul", "thai",   "other"};
    return keys[std::size_t(s)];
}

const char* roleKey(RoleBit r)
{
    switch (r) {
    case RoleSystem:
        return "system";
    case RoleUser:
        return "user";
    case RoleAssistant:
        return "assistant";
    case RoleTool:
        return "tool";
    case RoleOther:
        return "other";
    }
    return "";
}

QString weightPatternName(WeightPattern p)
{
    switch (p) {
    case WeightPattern::None:
        return QCoreApplication::translate("td::RowFacts", "no weights");
    case WeightPattern::Ones:
        return QCoreApplication::translate("td::RowFacts", "all 1");
    case WeightPattern::Zeros:
        return QCoreApplication::translate("td::RowFacts", "all 0");
    case WeightPattern::Last:
        return QCoreApplication::translate("td::RowFacts", "last answer only");
    case WeightPattern::Mixed:
        return QCoreApplication::translate("td::RowFacts", "mixed");
    case WeightPattern::Bad:
        return QCoreApplication::translate("td::RowFacts", "not 0 or 1");
    case WeightPattern::Count:
        break;
    }
    return {};
}

QString scriptName(Script s)
{
    switch (s) {
    case Script::None:
        return QCoreApplication::translate("td::RowFacts", "no letters");
    case Script::Latin:
        return QCoreApplication::translate("td::RowFacts", "Latin");
    case Script::Cyrillic:
        return QCoreApplication::translate("td::RowFacts", "Cyrillic");
    case Script::Greek:
        return QCoreApplication::translate("td::RowFacts", "Greek");
    case Script::Arabic:
        return QCoreApplication::translate("td::RowFacts", "Arabic");
    case Script::Hebrew:
        return QCoreApplication::translate("td::RowFacts", "Hebrew");
    case Script::Devanagari:
        return QCoreApplication::translate("td::RowFacts", "Devanagari");
    case Script::Han:
        return QCoreApplication::translate("td::RowFacts", "Han (Chinese characters)");
    case Script::Kana:
        return QCoreApplication::translate("td::RowFacts", "Kana (Japanese)");
    case Script::Hangul:
        return QCoreApplication::translate("td::RowFacts", "Hangul (Korean)");
    case Script::Thai:
        return QCoreApplication::translate("td::RowFacts", "Thai");
    case Script::Other:
        return QCoreApplication::translate("td::RowFacts", "other scripts");
    case Script::Count:
        break;
    }
    return {};
}

} // namespace td
