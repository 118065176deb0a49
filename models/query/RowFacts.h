#pragma once

#include "dataset/DocumentSnapshot.h"
#include "dataset/RowSummary.h"

#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace td {

// Roles a row's messages use, as bits (RowFacts::roles).
enum RoleBit : std::uint8_t {
    RoleSystem = 1,
    RoleUser = 2,
    RoleAssistant = 4,
    RoleTool = 8,
    RoleOther = 16,
};

// How a row uses per-message weights.
enum class WeightPattern : std::uint8_t {
    None,  // no message has a weight
    Ones,  // every message has weight 1
    Zeros, // every message has weight 0
    Last,  // 1 on the last assistant message only, 0 on the others that have one
    Mixed, // any other mix of 0, 1 and none
    Bad,   // a weight that is not 0 or 1
    Count
};

// The writing system of letters, by Unicode block (no language guessing: the script of a
// dataset's letters already tells a Cyrillic or CJK share that should not be there).
enum class Script : std::uint8_t {
    None, // no letters
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Han,
    Kana, // Hiragana and Katakana
    Hangul,
    Thai,
    Other,
    Count
};

// What one row is, in a few bytes: computed for every row in one pass on workers; filter
// expressions and the statistics read nothing else. A fact another analysis computes (near-
// duplicate cluster, PII counts) is one more field here and one line in FilterExpression's
// fact table.
struct RowFacts
{
    RowFormat format = RowFormat::Invalid;
    ParseStatus status = ParseStatus::Ok;
    std::uint8_t roles = 0; // RoleBit
    WeightPattern weights = WeightPattern::None;
    Script script = Script::None; // the script of most letters
    std::uint16_t scripts = 0;    // bit per Script holding at least a tenth of the letters
    bool toolUse = false;         // a tool message, tool_calls / function_call, or a tools list
    bool invalid = false;         // Together's rules (lint, client profile) find an error in the row
    bool hasSampleWeight = false; // the row has a top-level "weight"
    bool duplicate = false;       // the same bytes as an earlier row (whole-file pass only)
    std::int32_t messages = 0;
    std::int32_t turns = 0;       // user messages answered by an assistant message
    std::int64_t characters = 0;  // as RowSummary counts them
    double sampleWeight = 1.0;    // the row's "weight" (Together's default 1 without one)
    std::uint64_t systemHash = 0; // of the first system message's text; 0: no system prompt
};

// The facts of one row (`row` is its position, for the lint).
RowFacts computeRowFacts(QByteArrayView row, std::int64_t pos = 0, bool readableAfterEnd = false);

// The facts of every row of a snapshot, in row order, computed on scanWorkers() threads, and
// which rows repeat an earlier one byte for byte (as the lint's duplicate-row; blank lines
// are not duplicates). Returns an empty vector when cancelled.
std::vector<RowFacts> computeFacts(const DocumentSnapshot& snapshot,
                                   const std::function<void(std::int64_t done, std::int64_t total)>& progress = {},
                                   const std::atomic_bool* cancel = nullptr);

// Stable hash of a system prompt's text (FNV-1a 64; never 0), shown as 16 hex digits.
std::uint64_t systemPromptHash(std::string_view text);
QString hashText(std::uint64_t hash);
// The text of a row's first system message (what RowFacts::systemHash hashes), or empty.
QString systemPromptOf(QByteArrayView row);

// Untranslated names used in expressions and JSON.
const char* weightPatternKey(WeightPattern p);
const char* scriptKey(Script s);
const char* roleKey(RoleBit r);
// Names for people.
QString weightPatternName(WeightPattern p);
QString scriptName(Script s);

// The script of a code point that is a letter, or Script::None for anything else.
Script scriptOf(char32_t c);

} // namespace td
