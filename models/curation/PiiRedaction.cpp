#include "curation/PiiRedaction.h"

#include "dataset/RowJson.h"

#include <simdjson.h>

#include <algorithm>

namespace td {

QByteArray redactRow(QByteArrayView row, const RedactTarget& target)
{
    auto scanner = PiiScanner::instance();
    if (!scanner)
        return {};
    thread_local simdjson::dom::parser parser;
    std::vector<RowPiiFinding> found;
    scanRowPii(**scanner, row, target.only ? piiBit(target.only->finding.kind) : target.kinds, parser, found);
    if (target.only) {
        const RowPiiFinding& one = *target.only;
        std::erase_if(found,
                      [&](const RowPiiFinding& f) { return f.pointer != one.pointer || !(f.finding == one.finding); });
    }
    if (found.empty())
        return {};
    auto json = parseRow(row);
    if (!json)
        return {};
    // Back to front within each text, so earlier spans keep their offsets.
    std::stable_sort(found.begin(), found.end(), [](const RowPiiFinding& a, const RowPiiFinding& b) {
        return a.pointer != b.pointer ? a.pointer < b.pointer : a.finding.start > b.finding.start;
    });
    try {
        for (const RowPiiFinding& f : found) {
            auto& value = json->at(RowJson::json_pointer(f.pointer));
            if (!value.is_string())
                continue;
            std::string& s = value.get_ref<std::string&>();
            if (f.finding.end > s.size())
                continue;
            s.replace(f.finding.start, f.finding.end - f.finding.start, piiPlaceholder(f.finding.kind));
        }
    } catch (const nlohmann::json::exception&) {
        return {};
    }
    return serializeRow(*json);
}

} // namespace td
