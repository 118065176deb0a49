#include "dataset/RowSummary.h"
#include "dataset/TrailingText.h"

#include <cstring>

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>

namespace td {
namespace {

constexpr int kPreviewChars = 160;

char roleLetter(std::string_view role)
{
    if (role == "system")
        return 'S';
    if (role == "user")
        return 'U';
    if (role == "assistant")
        return 'A';
    if (role == "tool")
        return 'T';
    return '?';
}

QString oneLine(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<std::size_t>(text.size(), kPreviewChars * 4)));
    if (s.size() > kPreviewChars)
        s.truncate(kPreviewChars);
    for (QChar& c : s)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return s.simplified();
}

// Text of a message content: a string, or the text parts of a multimodal list.
std::int64_t contentChars(simdjson::dom::element content, std::string_view* firstText)
{
    std::string_view s;
    if (content.get_string().get(s) == simdjson::SUCCESS) {
        if (firstText && firstText->empty())
            *firstText = s;
        return countCodePoints(s.data(), s.size());
    }
    std::int64_t n = 0;
    simdjson::dom::array parts;
    if (content.get_array().get(parts) == simdjson::SUCCESS) {
        for (auto part : parts) {
            std::string_view text;
            if (part["text"].get_string().get(text) == simdjson::SUCCESS) {
                if (firstText && firstText->empty())
                    *firstText = text;
                n += countCodePoints(text.data(), text.size());
            }
        }
    }
    return n;
}

// An assistant message's reasoning (2026: "reasoning", else "reasoning_content"), which the
// model sees and is trained on with the answer.
std::int64_t reasoningChars(simdjson::dom::object message)
{
    for (const char* key : {"reasoning", "reasoning_content"}) {
        std::string_view r;
        if (message[key].get_string().get(r) == simdjson::SUCCESS)
            return countCodePoints(r.data(), r.size());
    }
    return 0;
}

void summarizeMessages(simdjson::dom::array messages, RowSummary& s, std::string_view& preview)
{
    for (auto msg : messages) {
        ++s.messageCount;
        simdjson::dom::object obj;
        if (msg.get_object().get(obj) != simdjson::SUCCESS) {
            s.roles += '?';
            s.weights += '?';
            continue;
        }
        std::string_view role;
        const bool hasRole = obj["role"].get_string().get(role) == simdjson::SUCCESS;
        s.roles += hasRole ? roleLetter(role) : '?';
        simdjson::dom::element weight;
        if (obj["weight"].get(weight) != simdjson::SUCCESS) {
            s.weights += '-';
        } else {
            int64_t w = -1;
            if (weight.get_int64().get(w) == simdjson::SUCCESS && (w == 0 || w == 1))
                s.weights += char('0' + w);
            else
                s.weights += '?';
        }
        simdjson::dom::element content;
        if (obj["content"].get(content) == simdjson::SUCCESS) {
            std::string_view* want = (hasRole && role == "user" && preview.empty()) ? &preview : nullptr;
            s.characters += contentChars(content, want);
        }
        if (hasRole && role == "assistant")
            s.characters += reasoningChars(obj);
    }
}

} // namespace

static_assert(SummaryOptions::kReadAhead == simdjson::SIMDJSON_PADDING);

std::int64_t countCodePoints(const char* data, std::size_t size)
{
    // Every byte but a continuation byte (10xxxxxx) starts a code point. Eight bytes at a
    // time: a continuation byte has bit 7 set and bit 6 clear, which (w & ~(w << 1)) keeps in
    // bit 7 of each byte; those bits are summed per byte lane for up to 255 words, then across
    // the lanes. (The byte loop was a third of `tunedesk-cli stats`; popcount without a
    // -march that has it is a library call, slower still.)
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
    constexpr std::uint64_t kLow16 = 0x00FF00FF00FF00FFULL;
    std::int64_t continuation = 0;
    std::size_t i = 0;
    while (i + 8 <= size) {
        std::uint64_t lanes = 0; // per byte: continuation bytes seen in this block (<= 255)
        for (int words = 0; words < 255 && i + 8 <= size; ++words, i += 8) {
            std::uint64_t w;
            std::memcpy(&w, data + i, 8);
            lanes += (w & ~(w << 1) & kHigh) >> 7;
        }
        const std::uint64_t pairs = (lanes & kLow16) + ((lanes >> 8) & kLow16); // 16-bit lanes <= 510
        continuation += std::int64_t((pairs * 0x0001000100010001ULL) >> 48);
    }
    for (; i < size; ++i)
        continuation += (static_cast<unsigned char>(data[i]) & 0xC0) == 0x80;
    return std::int64_t(size) - continuation;
}

RowSummary summarizeRow(QByteArrayView row, const SummaryOptions& options)
{
    RowSummary s;
    s.bytes = row.size();
    if (row.size() >= 3 && row.startsWith(QByteArrayView("\xEF\xBB\xBF", 3))) {
        s.hasBom = true;
        row = row.sliced(3);
    }
    bool blank = true;
    for (char c : row)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            blank = false;
            break;
        }
    if (blank) {
        s.status = ParseStatus::Blank;
        s.format = RowFormat::Invalid;
        s.error = QCoreApplication::translate("td::RowSummary", "Blank line");
        return s;
    }

    // One parser per thread: summaries are computed on workers and reuse the parser's buffers.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element doc;
    const auto err = parser.parse(row.data(), std::size_t(row.size()), !options.readableAfterEnd).get(doc);
    if (err) {
        s.format = RowFormat::Invalid;
        s.status = err == simdjson::UTF8_ERROR ? ParseStatus::InvalidUtf8 : ParseStatus::InvalidJson;
        // A valid object with text after it is its own problem (with its own fix): "invalid JSON"
        // sent the user looking for a syntax error in the object.
        if (s.status == ParseStatus::InvalidJson)
            if (const auto cut = trailingTextStart(row)) {
                simdjson::dom::element head;
                if (parser.parse(row.data(), std::size_t(*cut), true).get(head) == simdjson::SUCCESS &&
                    head.is_object()) {
                    s.status = ParseStatus::TrailingText;
                    s.error =
                        QCoreApplication::translate("td::RowSummary", "A JSON object followed by other text: %1")
                            .arg(QString::fromUtf8(
                                     row.sliced(*cut).first(std::min<qsizetype>(row.size() - *cut, 40)).toByteArray())
                                     .simplified());
                    s.preview =
                        QString::fromUtf8(row.data(), std::min<qsizetype>(row.size(), kPreviewChars)).simplified();
                    return s;
                }
            }
        s.error = s.status == ParseStatus::InvalidUtf8
                      ? QCoreApplication::translate("td::RowSummary", "The line is not valid UTF-8")
                      : QCoreApplication::translate("td::RowSummary", "Not valid JSON: %1")
                            .arg(QString::fromUtf8(simdjson::error_message(err)));
        s.preview = QString::fromUtf8(row.data(), std::min<qsizetype>(row.size(), kPreviewChars)).simplified();
        return s;
    }
    simdjson::dom::object obj;
    if (doc.get_object().get(obj) != simdjson::SUCCESS) {
        s.status = ParseStatus::NotObject;
        s.format = RowFormat::Invalid;
        s.error = QCoreApplication::translate("td::RowSummary", "The line is JSON but not an object");
        s.preview = QString::fromUtf8(row.data(), std::min<qsizetype>(row.size(), kPreviewChars)).simplified();
        return s;
    }

    std::string_view preview;
    simdjson::dom::element v;
    if (obj["messages"].get(v) == simdjson::SUCCESS) {
        s.format = RowFormat::Conversation;
        simdjson::dom::array messages;
        if (v.get_array().get(messages) == simdjson::SUCCESS)
            summarizeMessages(messages, s, preview);
    } else if (obj["input"].get(v) == simdjson::SUCCESS && obj["preferred_output"].error() == simdjson::SUCCESS &&
               obj["non_preferred_output"].error() == simdjson::SUCCESS) {
        s.format = RowFormat::Preference;
        simdjson::dom::array messages;
        if (v["messages"].get_array().get(messages) == simdjson::SUCCESS)
            summarizeMessages(messages, s, preview);
        for (const char* key : {"preferred_output", "non_preferred_output"}) {
            simdjson::dom::array out;
            if (obj[key].get_array().get(out) == simdjson::SUCCESS)
                for (auto m : out) {
                    simdjson::dom::element c;
                    if (m["content"].get(c) == simdjson::SUCCESS)
                        s.characters += contentChars(c, nullptr);
                    simdjson::dom::object answer;
                    if (m.get_object().get(answer) == simdjson::SUCCESS)
                        s.characters += reasoningChars(answer);
                }
        }
    } else if (obj["prompt"].get(v) == simdjson::SUCCESS && obj["completion"].error() == simdjson::SUCCESS) {
        s.format = RowFormat::Instruction;
        s.characters += contentChars(v, &preview);
        s.characters += contentChars(obj["completion"].value_unsafe(), nullptr);
    } else if (obj["text"].get(v) == simdjson::SUCCESS) {
        s.format = RowFormat::Text;
        s.characters += contentChars(v, &preview);
    } else {
        s.format = RowFormat::Unknown;
    }
    if (options.preview)
        s.preview = oneLine(preview);
    return s;
}

QString formatName(RowFormat format)
{
    switch (format) {
    case RowFormat::Conversation:
        return QCoreApplication::translate("td::RowSummary", "conversation");
    case RowFormat::Instruction:
        return QCoreApplication::translate("td::RowSummary", "instruction");
    case RowFormat::Text:
        return QCoreApplication::translate("td::RowSummary", "text");
    case RowFormat::Preference:
        return QCoreApplication::translate("td::RowSummary", "preference");
    case RowFormat::Unknown:
        return QCoreApplication::translate("td::RowSummary", "unknown");
    case RowFormat::Invalid:
        return QCoreApplication::translate("td::RowSummary", "invalid");
    }
    return {};
}

const char* formatKey(RowFormat format)
{
    static const char* const keys[] = {"conversation", "instruction", "text", "preference", "unknown", "invalid"};
    return keys[std::size_t(format)];
}

const char* statusKey(ParseStatus status)
{
    static const char* const keys[] = {"ok", "blank", "invalid_utf8", "invalid_json", "not_object", "trailing_text"};
    static_assert(std::size(keys) == kParseStatusCount);
    return keys[std::size_t(status)];
}

QString statusName(ParseStatus status)
{
    switch (status) {
    case ParseStatus::Ok:
        return QCoreApplication::translate("td::RowSummary", "ok");
    case ParseStatus::Blank:
        return QCoreApplication::translate("td::RowSummary", "blank line");
    case ParseStatus::InvalidUtf8:
        return QCoreApplication::translate("td::RowSummary", "invalid UTF-8");
    case ParseStatus::InvalidJson:
        return QCoreApplication::translate("td::RowSummary", "invalid JSON");
    case ParseStatus::NotObject:
        return QCoreApplication::translate("td::RowSummary", "not an object");
    case ParseStatus::TrailingText:
        return QCoreApplication::translate("td::RowSummary", "text after JSON");
    }
    return {};
}

QString describeRoles(const std::string& roles)
{
    QString out;
    std::size_t i = 0;
    if (!roles.empty() && roles[0] == 'S') {
        out += QLatin1Char('S');
        i = 1;
    }
    // Collapse the common alternating tail into "(U A)×n".
    std::size_t pairs = 0;
    std::size_t j = i;
    while (j + 1 < roles.size() && roles[j] == 'U' && roles[j + 1] == 'A') {
        ++pairs;
        j += 2;
    }
    if (pairs >= 3 && j == roles.size()) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        return out + QStringLiteral("(U A)×%1").arg(pairs);
    }
    for (; i < roles.size(); ++i) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QLatin1Char(roles[i]);
    }
    return out;
}

QString describeWeights(const std::string& weights)
{
    if (weights.find_first_not_of('-') == std::string::npos)
        return QCoreApplication::translate("td::RowSummary", "none");
    // A long conversation's digits would be cut to "000000…" in the column: counted instead.
    constexpr std::size_t kMaxDigits = 12;
    if (weights.size() > kMaxDigits) {
        const auto trained = std::count(weights.begin(), weights.end(), '1');
        const auto masked = std::count(weights.begin(), weights.end(), '0');
        return QCoreApplication::translate("td::RowSummary", "%1 trained, %2 masked of %3")
            .arg(trained)
            .arg(masked)
            .arg(weights.size());
    }
    // A middle dot for "no weight" reads better between digits than a dash.
    QString out = QString::fromLatin1(weights.data(), qsizetype(weights.size()));
    out.replace(QLatin1Char('-'), QChar(0x00B7));
    return out;
}

} // namespace td
