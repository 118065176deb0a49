#include "validate/LintProblemKinds.h"

#include <QCoreApplication>

#include <array>

namespace td {

namespace {

using K = ProblemKind;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;
constexpr Severity I = Severity::Info;

// In the order of ProblemKind; QT_TRANSLATE_NOOP lets lupdate find the texts here.
constexpr std::array<ProblemKindInfo, std::size_t(K::Count)> kKinds = {{
    {"blank-line", QT_TRANSLATE_NOOP("td::Lint", "Blank line: Together's checker rejects the file because of it."), E,
     FixKind::DeleteRow},
    {"bom", QT_TRANSLATE_NOOP("td::Lint", "The line starts with a UTF-8 byte order mark, which makes it invalid JSON."),
     E, FixKind::StripBom},
    {"invalid-utf8", QT_TRANSLATE_NOOP("td::Lint", "The line is not valid UTF-8."), E, FixKind::DeleteRow},
    {"invalid-json", QT_TRANSLATE_NOOP("td::Lint", "Not valid JSON for Python's parser."), E, FixKind::DeleteRow},
    {"invalid-json", QT_TRANSLATE_NOOP("td::Lint", "Not valid JSON at byte %1: %2"), E, FixKind::DeleteRow},
    {"invalid-json", QT_TRANSLATE_NOOP("td::Lint", "Not valid JSON: %1"), E, FixKind::DeleteRow},
    {"trailing-text",
     QT_TRANSLATE_NOOP("td::Lint",
                       "A JSON object followed by other text (\"%1\"): Together's checker rejects the line."),
     E, FixKind::DropTrailingText},
    {"duplicate-key",
     QT_TRANSLATE_NOOP("td::Lint", "The key \"%1\" appears twice in one object; "
                                   "Together keeps the last value, other tools the first."),
     W, FixKind::None},
    {"lone-surrogate",
     QT_TRANSLATE_NOOP("td::Lint",
                       "A \\u escape encodes half of a character (a lone surrogate); most tokenizers reject it."),
     W, FixKind::None},
    {"non-finite-number",
     QT_TRANSLATE_NOOP("td::Lint", "NaN or Infinity is not standard JSON; strict parsers reject the line."), W,
     FixKind::None},
    {"not-object", QT_TRANSLATE_NOOP("td::Lint", "The line is JSON but not an object (found %1)."), E,
     FixKind::DeleteRow},
    {"extra-column", QT_TRANSLATE_NOOP("td::Lint", "Extra top-level key \"%1\": a %2 row may only have %3."), E,
     FixKind::DropExtraKeys},
    {"unknown-format",
     QT_TRANSLATE_NOOP("td::Lint",
                       "No dataset format fits this row's keys %1. Use messages; prompt and completion; text; or "
                       "input, preferred_output and non_preferred_output."),
     E, FixKind::None},
    {"empty-assistant",
     QT_TRANSLATE_NOOP("td::Lint", "The assistant's answer is empty: the model would learn to say nothing."), W,
     FixKind::None},
    {"invalid-content", QT_TRANSLATE_NOOP("td::Lint", "Content must be a string or a list of content parts, not %1."),
     E, FixKind::None},
    {"content-part-not-object", QT_TRANSLATE_NOOP("td::Lint", "A content part must be an object."), E, FixKind::None},
    {"content-part-no-type",
     QT_TRANSLATE_NOOP("td::Lint", "A content part needs a \"type\" (\"text\" or \"image_url\")."), E, FixKind::None},
    {"text-part-invalid", QT_TRANSLATE_NOOP("td::Lint", "A text part needs \"text\" as a string, got %1."), E,
     FixKind::None},
    {"image-not-in-user-message", QT_TRANSLATE_NOOP("td::Lint", "Only user messages can contain images."), E,
     FixKind::None},
    {"image-url-invalid", QT_TRANSLATE_NOOP("td::Lint", "An image part needs \"image_url\" as an object."), E,
     FixKind::None},
    {"image-url-invalid", QT_TRANSLATE_NOOP("td::Lint", "An image part needs a non-empty \"url\" string."), E,
     FixKind::None},
    {"image-not-base64",
     QT_TRANSLATE_NOOP("td::Lint", "Images must be embedded as data:image/jpeg, png or webp;base64,… URLs, not links."),
     E, FixKind::None},
    {"image-too-large", QT_TRANSLATE_NOOP("td::Lint", "The image is about %1 bytes; the limit is 10 MB."), E,
     FixKind::None},
    {"too-many-images", QT_TRANSLATE_NOOP("td::Lint", "A message may hold at most 10 images; this one has %1."), E,
     FixKind::None},
    {"image-with-weight", QT_TRANSLATE_NOOP("td::Lint", "Messages with images cannot have a non-zero weight."), E,
     FixKind::None},
    {"content-part-type-invalid",
     QT_TRANSLATE_NOOP("td::Lint", "A content part's type must be \"text\" or \"image_url\", got %1."), E,
     FixKind::None},
    {"weight-invalid", QT_TRANSLATE_NOOP("td::Lint", "A weight must be 0 or 1, got %1."), E, FixKind::None},
    {"weight-boolean",
     QT_TRANSLATE_NOOP("td::Lint", "The weight is %1; Together reads it as %2, other trainers may not. Write 0 or 1."),
     W, FixKind::WeightToInteger},
    {"weight-not-integer", QT_TRANSLATE_NOOP("td::Lint", "The weight %1 must be written as an integer."), E,
     FixKind::WeightToInteger},
    {"weight-not-integer", QT_TRANSLATE_NOOP("td::Lint", "A weight must be the integer 0 or 1, got %1."), E,
     FixKind::None},
    {"messages-not-list", QT_TRANSLATE_NOOP("td::Lint", "\"messages\" must be a list, not %1."), E, FixKind::None},
    {"messages-empty", QT_TRANSLATE_NOOP("td::Lint", "\"messages\" is empty."), E, FixKind::DeleteRow},
    {"message-not-object", QT_TRANSLATE_NOOP("td::Lint", "A message must be an object, not %1."), E, FixKind::None},
    {"missing-role", QT_TRANSLATE_NOOP("td::Lint", "The message has no \"role\"."), E, FixKind::None},
    {"role-not-string", QT_TRANSLATE_NOOP("td::Lint", "The role must be a string, not %1."), E, FixKind::None},
    {"invalid-role", QT_TRANSLATE_NOOP("td::Lint", "Unknown role \"%1\"; possible roles: %2."), E, FixKind::None},
    {"same-role-twice",
     QT_TRANSLATE_NOOP("td::Lint", "Two %1 messages in a row; roles must alternate between user and assistant."), E,
     FixKind::MergeSameRole},
    {"missing-content", QT_TRANSLATE_NOOP("td::Lint", "An assistant message needs \"content\" or \"tool_calls\"."), E,
     FixKind::None},
    {"missing-content", QT_TRANSLATE_NOOP("td::Lint", "The message has no \"content\"."), E, FixKind::None},
    {"tool-calls-not-assistant", QT_TRANSLATE_NOOP("td::Lint", "Only assistant messages can have tool calls."), E,
     FixKind::None},
    {"mixed-multimodal",
     QT_TRANSLATE_NOOP("td::Lint", "Messages of one conversation must be all text or all multimodal."), E,
     FixKind::None},
    {"too-many-images", QT_TRANSLATE_NOOP("td::Lint", "A conversation may hold at most 10 images; this one has %1."), E,
     FixKind::None},
    {"multimodal-without-image",
     QT_TRANSLATE_NOOP("td::Lint", "A multimodal conversation must contain at least one image."), E, FixKind::None},
    {"no-assistant", QT_TRANSLATE_NOOP("td::Lint", "There is no assistant message, so there is nothing to learn."), E,
     FixKind::None},
    {"all-weights-zero",
     QT_TRANSLATE_NOOP("td::Lint", "Every message has weight 0: nothing in this row would be trained on."), W,
     FixKind::None},
    {"tools-invalid", QT_TRANSLATE_NOOP("td::Lint", "\"tools\" must be a non-empty list when present."), E,
     FixKind::None},
    {"tools-invalid", QT_TRANSLATE_NOOP("td::Lint", "Each tool needs \"type\": \"function\"."), E, FixKind::None},
    {"tools-invalid", QT_TRANSLATE_NOOP("td::Lint", "Each tool needs a \"function\" object."), E, FixKind::None},
    {"tools-invalid", QT_TRANSLATE_NOOP("td::Lint", "Each tool function needs a \"name\" string."), E, FixKind::None},
    {"tool-call-invalid", QT_TRANSLATE_NOOP("td::Lint", "\"tool_calls\" must be a list."), E, FixKind::None},
    {"tool-call-invalid", QT_TRANSLATE_NOOP("td::Lint", "Each tool call must have a \"type\"."), E, FixKind::None},
    {"tool-call-invalid", QT_TRANSLATE_NOOP("td::Lint", "A function tool call needs a \"function\" object."), E,
     FixKind::None},
    {"tool-call-invalid", QT_TRANSLATE_NOOP("td::Lint", "The tool call's function needs a \"name\" string."), E,
     FixKind::None},
    {"tool-call-unknown-tool",
     QT_TRANSLATE_NOOP("td::Lint", "The tool call names \"%1\", which is not in this row's tools."), E, FixKind::None},
    {"tool-call-arguments",
     QT_TRANSLATE_NOOP("td::Lint", "\"arguments\" must be a JSON object serialized as a string."), E, FixKind::None},
    {"tool-call-arguments", QT_TRANSLATE_NOOP("td::Lint", "\"arguments\" is not valid JSON."), E, FixKind::None},
    {"tool-call-arguments", QT_TRANSLATE_NOOP("td::Lint", "\"arguments\" must decode to a JSON object."), E,
     FixKind::None},
    {"input-not-object", QT_TRANSLATE_NOOP("td::Lint", "\"input\" must be an object with \"messages\"."), E,
     FixKind::None},
    {"input-no-messages", QT_TRANSLATE_NOOP("td::Lint", "\"input\" has no \"messages\"."), E, FixKind::None},
    {"input-ends-with-assistant",
     QT_TRANSLATE_NOOP("td::Lint", "The input conversation must not end with an assistant message."), E, FixKind::None},
    {"output-not-one-message", QT_TRANSLATE_NOOP("td::Lint", "\"%1\" must be a list of exactly one message."), E,
     FixKind::None},
    {"output-not-assistant", QT_TRANSLATE_NOOP("td::Lint", "The answer must be a message with the assistant role."), E,
     FixKind::None},
    {"missing-content", QT_TRANSLATE_NOOP("td::Lint", "The answer has no \"content\"."), E, FixKind::None},
    {"extra-column", QT_TRANSLATE_NOOP("td::Lint", "Extra top-level key \"%1\": a %2 row may only have %3."), E,
     FixKind::DropUnknownKeys},
    {"tools-outside-input",
     QT_TRANSLATE_NOOP("td::Lint", "In a preference row \"tools\" belongs inside \"input\", next to its messages."), E,
     FixKind::MoveToolsIntoInput},
    {"sample-weight-negative",
     QT_TRANSLATE_NOOP("td::Lint", "The sample weight %1 is negative; it multiplies the row's loss and must be 0 or "
                                   "more."),
     E, FixKind::SampleWeightToZero},
    {"sample-weight-invalid",
     QT_TRANSLATE_NOOP("td::Lint", "The sample weight (the row's \"weight\") must be a number of 0 or more, got %1."),
     E, FixKind::None},
    {"sample-weight-zero",
     QT_TRANSLATE_NOOP("td::Lint", "The sample weight is 0: nothing in this row would be trained on."), W,
     FixKind::None},
    {"reasoning-not-string", QT_TRANSLATE_NOOP("td::Lint", "\"%1\" must be a string, not %2."), E, FixKind::None},
    {"reasoning-not-assistant",
     QT_TRANSLATE_NOOP("td::Lint", "Only assistant messages carry reasoning; \"%1\" on a %2 message is not trained "
                                   "on."),
     W, FixKind::None},
    {"reasoning-twice",
     QT_TRANSLATE_NOOP("td::Lint", "The message has both \"reasoning\" and \"reasoning_content\"; keep one "
                                   "(\"reasoning\" is the one Together prefers)."),
     W, FixKind::None},
    {"reasoning-one-answer",
     QT_TRANSLATE_NOOP("td::Lint", "Only one answer of the pair has reasoning; give \"%1\" reasoning too, so the "
                                   "pair differs in what it says, not in whether it reasons."),
     W, FixKind::None},
    {"image-not-base64", QT_TRANSLATE_NOOP("td::Lint", "The image data after \"base64,\" is not valid base64."), E,
     FixKind::None},
    {"image-not-an-image",
     QT_TRANSLATE_NOOP("td::Lint", "The image's bytes are not a PNG, JPEG or WEBP image (they start with %1)."), E,
     FixKind::None},
    {"image-type-mismatch", QT_TRANSLATE_NOOP("td::Lint", "The data URL says image/%1, but the bytes are a %2 image."),
     W, FixKind::ImageTypeFromBytes},
    {"mixed-format",
     QT_TRANSLATE_NOOP("td::Lint", "This row is in %1 format, but most rows (%2) are in "
                                   "%3 format; every row must have the same format."),
     E, FixKind::None},
    {"duplicate-row", QT_TRANSLATE_NOOP("td::Lint", "Exact duplicate of row %1."), W, FixKind::None},
    {"crlf", QT_TRANSLATE_NOOP("td::Lint", "The line ends with CRLF (Windows line end)."), I,
     FixKind::NormalizeLineEnds},
    {"too-long",
     QT_TRANSLATE_NOOP("td::Lint", "About %1 tokens (estimated from %2 characters), more than the model's context "
                                   "of %3."),
     W, FixKind::None},
    {"pii-email",
     QT_TRANSLATE_NOOP("td::Lint",
                       "An e-mail address (bytes %1–%2 of this text): personal data a model can learn and repeat."),
     W, FixKind::RedactPersonalData},
    {"pii-phone",
     QT_TRANSLATE_NOOP("td::Lint",
                       "A phone number (bytes %1–%2 of this text): personal data a model can learn and repeat."),
     W, FixKind::RedactPersonalData},
    {"pii-ipv4",
     QT_TRANSLATE_NOOP("td::Lint",
                       "An IPv4 address (bytes %1–%2 of this text): it can identify a person or a machine."),
     W, FixKind::RedactPersonalData},
    {"pii-ipv6",
     QT_TRANSLATE_NOOP("td::Lint",
                       "An IPv6 address (bytes %1–%2 of this text): it can identify a person or a machine."),
     W, FixKind::RedactPersonalData},
    {"pii-credit-card",
     QT_TRANSLATE_NOOP("td::Lint", "A credit card number that passes the Luhn check (bytes %1–%2 of this text)."), W,
     FixKind::RedactPersonalData},
    {"pii-iban",
     QT_TRANSLATE_NOOP("td::Lint",
                       "An IBAN with a valid check sum (bytes %1–%2 of this text): a person's bank account."),
     W, FixKind::RedactPersonalData},
    {"secret-private-key",
     QT_TRANSLATE_NOOP(
         "td::Lint",
         "A private key block (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-aws-key",
     QT_TRANSLATE_NOOP(
         "td::Lint", "An AWS access key (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-openai-key",
     QT_TRANSLATE_NOOP(
         "td::Lint", "An OpenAI API key (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-together-key",
     QT_TRANSLATE_NOOP(
         "td::Lint", "A Together API key (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-github-token",
     QT_TRANSLATE_NOOP("td::Lint",
                       "A GitHub token (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-huggingface-token",
     QT_TRANSLATE_NOOP(
         "td::Lint",
         "A Hugging Face token (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-slack-token",
     QT_TRANSLATE_NOOP("td::Lint",
                       "A Slack token (bytes %1–%2 of this text): a credential must never be trained into a model."),
     W, FixKind::RedactPersonalData},
    {"secret-jwt",
     QT_TRANSLATE_NOOP("td::Lint",
                       "A JSON web token (bytes %1–%2 of this text): it can grant access; never train on it."),
     W, FixKind::RedactPersonalData},
    {"secret-high-entropy",
     QT_TRANSLATE_NOOP(
         "td::Lint",
         "A random-looking value after key=, token= or password= (bytes %1–%2 of this text): probably a secret."),
     W, FixKind::RedactPersonalData},
}};

QString utf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString allowedKeys(int f)
{
    switch (f) {
    case 0:
        return QStringLiteral("\"text\"");
    case 1:
        return QStringLiteral("\"messages\"");
    case 2:
        return QStringLiteral("\"prompt\" and \"completion\"");
    default:
        return QStringLiteral("\"input\", \"preferred_output\" and \"non_preferred_output\"");
    }
}

// What the 2026 formats allow at the top level: the format's keys, a sample weight, and tools
// beside a conversation's messages.
QString allowedKeys2026(int f)
{
    const QString weight = QCoreApplication::translate("td::Lint", "a sample \"weight\"");
    if (f == 1)
        return QStringLiteral("\"messages\", \"tools\" ") + QCoreApplication::translate("td::Lint", "and") +
               QLatin1Char(' ') + weight;
    return allowedKeys(f) + QStringLiteral(", ") + weight;
}

} // namespace

const ProblemKindInfo& kindInfo(ProblemKind kind)
{
    return kKinds[std::min(std::size_t(kind), kKinds.size() - 1)];
}

QString formatLabel(int f)
{
    switch (f) {
    case 0:
        return QCoreApplication::translate("td::Lint", "text");
    case 1:
        return QCoreApplication::translate("td::Lint", "conversation");
    case 2:
        return QCoreApplication::translate("td::Lint", "instruction");
    case 3:
        return QCoreApplication::translate("td::Lint", "preference");
    default:
        return QCoreApplication::translate("td::Lint", "unknown");
    }
}

QString problemMessage(ProblemKind kind, std::span<const std::string_view> args, std::uint64_t number,
                       std::int64_t contextLength)
{
    const QString text = QCoreApplication::translate("td::Lint", kindInfo(kind).text);
    auto arg = [&](std::size_t i) { return i < args.size() ? utf8(args[i]) : QString(); };
    switch (kind) {
    case K::MixedFormat:
        return text.arg(formatLabel(int(number & 0xFF)), QString::number(number >> 16),
                        formatLabel(int((number >> 8) & 0xFF)));
    case K::DuplicateRow:
        return text.arg(QString::number(number + 1));
    case K::TooLong:
        return text.arg(QString::number(number / 4), QString::number(number), QString::number(contextLength));
    case K::ExtraColumn: {
        const int f = arg(1).toInt();
        return text.arg(arg(0), formatLabel(f), allowedKeys(f));
    }
    case K::ExtraColumn2026: {
        const int f = arg(1).toInt();
        return text.arg(arg(0), formatLabel(f), allowedKeys2026(f));
    }
    default:
        break;
    }
    switch (args.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(arg(0));
    case 2:
        return text.arg(arg(0), arg(1));
    default:
        return text.arg(arg(0), arg(1), arg(2));
    }
}

} // namespace td
