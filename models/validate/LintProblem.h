#pragma once

#include <QString>

#include <cstdint>
#include <string>

namespace td {

enum class Severity : std::uint8_t { Error, Warning, Info };

// A fix that is safe to apply without asking what the user meant.
enum class FixKind : std::uint8_t {
    None,
    WeightToInteger,    // weight true/false/1.0/0.0 -> 1/0
    DropExtraKeys,      // remove top-level keys the format does not allow
    MergeSameRole,      // merge consecutive messages of the same role
    StripBom,           // remove a UTF-8 byte order mark at the start of the row
    DeleteRow,          // delete a blank or unusable row
    NormalizeLineEnds,  // write LF instead of CRLF (a whole-file setting)
    DropUnknownKeys,    // remove top-level keys the 2026 formats do not know (keeps a sample weight and tools)
    SampleWeightToZero, // a negative sample weight becomes 0 (the row then trains nothing)
    MoveToolsIntoInput, // a preference row's top-level tools move into its input
    ImageTypeFromBytes, // an image data URL names the type its bytes have
    RedactPersonalData, // personal data and secrets become typed placeholders ("<EMAIL>")
    DropTrailingText,   // remove the text after a row's JSON object
};

// One problem in one row, spelled out: where it is (row, line, byte offset, JSON pointer), what
// it is (a stable code and a severity), what to tell a person, and a fix when one is safe.
// Results keep problems compactly in a LintProblemStore and make these when they are shown.
struct LintProblem
{
    std::int64_t row = 0;         // 0-based row position
    std::int64_t line = 0;        // 1-based line in the file as opened (-1 for rows added since)
    std::int64_t byteOffset = -1; // of the row's start in the file as opened (-1 if unknown)
    std::string pointer;          // RFC 6901 JSON pointer inside the row ("" = the whole row)
    std::string code;             // stable, e.g. "weight-not-integer"
    Severity severity = Severity::Error;
    QString message;
    FixKind fix = FixKind::None;
    // Personal data and secrets: the finding's bytes in the decoded text at `pointer`
    // ([spanStart, spanEnd), UTF-8), so it can be shown exactly; -1 for other problems.
    std::int64_t spanStart = -1;
    std::int64_t spanEnd = -1;
};

QString severityName(Severity s);
const char* fixCode(FixKind f);
QString fixDescription(FixKind f);

} // namespace td
