#include "ServerValidation.h"

#include "validate/ParityChecker.h"

#include <nlohmann/json.hpp>

namespace td::emu {

std::optional<std::string> serverValidationError(const QByteArray& content)
{
    qsizetype start = 0;
    for (qint64 line = 1; start < content.size(); ++line) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        const QByteArray text = content.mid(start, end - start).trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        const std::string where = "Line " + std::to_string(line) + ": ";
        const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
        if (!j.is_object())
            return where + "expected a JSON object";
        const auto messages = j.find("messages");
        if (messages == j.end() || !messages->is_array())
            continue;
        for (std::size_t i = 0; i < messages->size(); ++i) {
            const auto& m = (*messages)[i];
            if (!m.is_object() || !m.contains("role"))
                return where + "`messages[" + std::to_string(i) + "]` must contain a `role` field";
        }
    }
    const ParityReport report = checkJsonlParity(content.constData(), std::size_t(content.size()));
    // The data part of the report carries is_check_passed only when a check failed.
    if (report.contains("is_check_passed") && !report.passed())
        return report.message();
    return std::nullopt;
}

std::string serverDatasetFormat(const QByteArray& content)
{
    const QByteArray first = content.left(content.indexOf('\n'));
    return first.contains("\"messages\"") ? "CONVERSATION"
           : first.contains("\"prompt\"") ? "INSTRUCTION"
           : first.contains("\"input\"")  ? "PREFERENCE"
                                          : "GENERAL";
}

} // namespace td::emu
