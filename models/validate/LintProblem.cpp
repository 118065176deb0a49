#include "validate/LintProblem.h"

#include <QCoreApplication>

namespace td {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("td::Lint", "error");
    case Severity::Warning:
        return QCoreApplication::translate("td::Lint", "warning");
    case Severity::Info:
        return QCoreApplication::translate("td::Lint", "info");
    }
    return {};
}

const char* fixCode(FixKind f)
{
    switch (f) {
    case FixKind::None:
        return "";
    case FixKind::WeightToInteger:
        return "weight-to-integer";
    case FixKind::DropExtraKeys:
        return "drop-extra-keys";
    case FixKind::MergeSameRole:
        return "merge-same-role";
    case FixKind::StripBom:
        return "strip-bom";
    case FixKind::DeleteRow:
        return "delete-row";
    case FixKind::NormalizeLineEnds:
        return "normalize-line-ends";
    case FixKind::DropUnknownKeys:
        return "drop-unknown-keys";
    case FixKind::SampleWeightToZero:
        return "sample-weight-to-zero";
    case FixKind::MoveToolsIntoInput:
        return "move-tools-into-input";
    case FixKind::ImageTypeFromBytes:
        return "image-type-from-bytes";
    case FixKind::RedactPersonalData:
        return "redact-personal-data";
    case FixKind::DropTrailingText:
        return "drop-trailing-text";
    }
    return "";
}

QString fixDescription(FixKind f)
{
    switch (f) {
    case FixKind::None:
        return {};
    case FixKind::WeightToInteger:
        return QCoreApplication::translate("td::Lint", "Write the weight as 0 or 1");
    case FixKind::DropExtraKeys:
        return QCoreApplication::translate("td::Lint", "Remove the extra top-level keys");
    case FixKind::MergeSameRole:
        return QCoreApplication::translate("td::Lint", "Merge consecutive messages of the same role");
    case FixKind::StripBom:
        return QCoreApplication::translate("td::Lint", "Remove the byte order mark");
    case FixKind::DeleteRow:
        return QCoreApplication::translate("td::Lint", "Delete the row");
    case FixKind::NormalizeLineEnds:
        return QCoreApplication::translate("td::Lint", "Write every line end as LF instead of CRLF");
    case FixKind::DropUnknownKeys:
        return QCoreApplication::translate("td::Lint", "Remove the top-level keys the format does not know");
    case FixKind::SampleWeightToZero:
        return QCoreApplication::translate("td::Lint", "Set the negative sample weight to 0");
    case FixKind::MoveToolsIntoInput:
        return QCoreApplication::translate("td::Lint", "Move \"tools\" into \"input\"");
    case FixKind::ImageTypeFromBytes:
        return QCoreApplication::translate("td::Lint", "Name the image type its bytes have in the data URL");
    case FixKind::RedactPersonalData:
        return QCoreApplication::translate("td::Lint",
                                           "Replace the personal data and secrets with placeholders (<EMAIL>, …)");
    case FixKind::DropTrailingText:
        return QCoreApplication::translate("td::Lint", "Remove the text after the JSON object");
    }
    return {};
}

} // namespace td
