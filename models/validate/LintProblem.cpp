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
    }
    return {};
}

} // namespace td
