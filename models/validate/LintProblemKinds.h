#pragma once

#include "curation/PiiKind.h"
#include "validate/LintProblem.h"

#include <QString>

#include <cstdint>
#include <span>
#include <string_view>

namespace td {

// Every kind of lint finding, one per message text. A stored problem keeps only its kind
// (one byte); the code, severity, fix and the message's wording come from this table when
// the problem is shown, so a million problems of one kind cost no strings.
enum class ProblemKind : std::uint8_t {
    // Line-level (lintOne)
    BlankLine,
    Bom,
    InvalidUtf8,
    InvalidJsonPython, // no arguments
    InvalidJsonAt,     // byte, parser's words
    InvalidJsonOther,  // parser's words
    TrailingText,      // the start of the text after the object
    DuplicateKey,      // key
    LoneSurrogate,
    NonFinite,
    // Row rules (RowLinter)
    NotObject,     // type name
    ExtraColumn,   // key, format id (a number, labelled when shown)
    UnknownFormat, // keys
    EmptyAssistant,
    InvalidContent, // type name
    ContentPartNotObject,
    ContentPartNoType,
    TextPartInvalid, // repr
    ImageNotInUserMessage,
    ImageUrlNotObject,
    ImageUrlNoUrl,
    ImageNotBase64,
    ImageTooLarge,       // bytes
    TooManyImagesInPart, // count
    ImageWithWeight,
    ContentPartTypeInvalid, // repr
    WeightInvalid,          // repr
    WeightBoolean,          // repr, 0|1
    WeightNotIntegerFloat,  // repr
    WeightNotIntegerOther,  // repr
    MessagesNotList,        // type name
    MessagesEmpty,
    MessageNotObject, // type name
    MissingRole,
    RoleNotString, // repr
    InvalidRole,   // role, roles
    SameRoleTwice, // role
    AssistantNeedsContent,
    MissingContent,
    ToolCallsNotAssistant,
    MixedMultimodal,
    TooManyImagesInConversation, // count
    MultimodalWithoutImage,
    NoAssistant,
    AllWeightsZero,
    ToolsNotList,
    ToolNoType,
    ToolNoFunction,
    ToolNoName,
    ToolCallsNotList,
    ToolCallNoType,
    ToolCallNoFunction,
    ToolCallNoName,
    ToolCallUnknownTool, // name
    ToolCallArgumentsNotString,
    ToolCallArgumentsInvalid,
    ToolCallArgumentsNotObject,
    InputNotObject,
    InputNoMessages,
    InputEndsWithAssistant,
    OutputNotOneMessage, // key
    OutputNotAssistant,
    AnswerMissingContent,
    // 2026 formats (Together's docs; the server's own rules are not published)
    ExtraColumn2026,       // key, format id: as ExtraColumn, where a sample weight (and tools) are allowed
    ToolsOutsideInput,     // a preference row's tools at the top level
    SampleWeightNegative,  // repr
    SampleWeightInvalid,   // repr
    SampleWeightZero,      //
    ReasoningNotString,    // key, type name
    ReasoningNotAssistant, // key, role
    ReasoningTwice,        //
    ReasoningOneAnswer,    // the answer without it
    ImageBase64Invalid,    //
    ImageNotAnImage,       // the first bytes, in hex
    ImageTypeMismatch,     // declared type, actual type
    // Dataset-level (lintSnapshot): their figures are packed into one number, no side table.
    MixedFormat,  // row format | dataset format << 8 | rows in the dataset format << 16
    DuplicateRow, // the first row with the same bytes (0-based)
    Crlf,
    TooLong, // characters (the context length is the run's)
    // Personal data and secrets (curation/PiiScanner), in the order of PiiKind: start, end
    // (bytes of the text at the problem's pointer).
    PiiEmail,
    PiiPhone,
    PiiIpV4,
    PiiIpV6,
    PiiCreditCard,
    PiiIban,
    SecretPrivateKey,
    SecretAwsKey,
    SecretOpenAiKey,
    SecretTogetherKey,
    SecretGitHubToken,
    SecretHuggingFaceToken,
    SecretSlackToken,
    SecretJwt,
    SecretHighEntropy,
    Count
};

struct ProblemKindInfo
{
    const char* code; // stable, e.g. "weight-not-integer"
    const char* text; // the message, untranslated (context "td::Lint"), %1… for the arguments
    Severity severity;
    FixKind fix;
};

const ProblemKindInfo& kindInfo(ProblemKind kind);

// The lint kind of a personal-data finding, and back (ProblemKind::Count: not one).
constexpr ProblemKind problemKindOf(PiiKind k)
{
    return ProblemKind(unsigned(ProblemKind::PiiEmail) + unsigned(k));
}
constexpr bool isPiiProblem(ProblemKind k)
{
    return k >= ProblemKind::PiiEmail && k <= ProblemKind::SecretHighEntropy;
}

// Kinds whose figures live in the problem's number instead of the side table.
constexpr bool isNumericKind(ProblemKind k)
{
    return k == ProblemKind::MixedFormat || k == ProblemKind::DuplicateRow || k == ProblemKind::TooLong;
}

// The message a person reads. `args` are the kind's stored arguments (UTF-8), `number` the
// packed figures of a numeric kind, `contextLength` the run's option (for TooLong).
QString problemMessage(ProblemKind kind, std::span<const std::string_view> args, std::uint64_t number,
                       std::int64_t contextLength);

// The translated name of a detected format (0 text, 1 conversation, 2 instruction, 3 preference).
QString formatLabel(int format);

} // namespace td
