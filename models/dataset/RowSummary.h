#pragma once

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <string>

namespace td {

// The dataset formats Together accepts, plus what a row is when it is none of them.
enum class RowFormat : std::uint8_t {
    Conversation, // {"messages": [...]}
    Instruction,  // {"prompt": ..., "completion": ...}
    Text,         // {"text": ...}
    Preference,   // {"input": {"messages": ...}, "preferred_output": [...], "non_preferred_output": [...]}
    Unknown,      // a JSON object with none of the required keys
    Invalid,      // not a JSON object at all (see ParseStatus)
};

enum class ParseStatus : std::uint8_t {
    Ok,
    Blank,        // empty or whitespace-only line
    InvalidUtf8,  // bytes that are not UTF-8
    InvalidJson,  // not parseable JSON
    NotObject,    // valid JSON, but not an object
    TrailingText, // a valid JSON object followed by other text
};
inline constexpr int kParseStatusCount = 6;

// What the table shows of a row, computed lazily for the rows on screen.
struct RowSummary
{
    ParseStatus status = ParseStatus::Ok;
    RowFormat format = RowFormat::Invalid;
    bool hasBom = false;
    int messageCount = 0;
    std::int64_t characters = 0; // Unicode code points of all text a model would see
    std::int64_t bytes = 0;
    std::string roles;   // one letter per message: S system, U user, A assistant, T tool, ? other
    std::string weights; // one char per message: '-' none, '0', '1', '?' anything else
    QString preview;     // first user text, one line, truncated
    QString error;       // why the row does not parse, when it does not

    bool isValidJson() const { return status == ParseStatus::Ok || status == ParseStatus::NotObject; }
};

// What a whole-file scan can skip or use: the preview text only the table shows, and whether
// the 64 bytes after the row may be read (inside a mapped file: simdjson then parses in place
// instead of copying the row).
struct SummaryOptions
{
    static constexpr std::size_t kReadAhead = 64; // simdjson's SIMDJSON_PADDING
    bool preview = true;
    bool readableAfterEnd = false;
};

RowSummary summarizeRow(QByteArrayView row, const SummaryOptions& options = {});

QString formatName(RowFormat format);
// Stable, untranslated names for machine-readable output.
const char* formatKey(RowFormat format);
const char* statusKey(ParseStatus status);
QString statusName(ParseStatus status);
// "S U A U A" style, collapsing long sequences ("S (U A)×12").
QString describeRoles(const std::string& roles);
QString describeWeights(const std::string& weights);
// Number of code points in UTF-8 text (continuation bytes are not counted).
std::int64_t countCodePoints(const char* data, std::size_t size);

} // namespace td

Q_DECLARE_METATYPE(td::RowSummary)
