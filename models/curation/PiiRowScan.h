#pragma once

#include "curation/PiiScanner.h"
#include "curation/RowTexts.h"
#include "dataset/DocumentSnapshot.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace simdjson::dom {
class parser;
}

namespace td {

// A finding in a row: which text (its JSON pointer), who wrote it, and the byte span inside
// that text's decoded content.
struct RowPiiFinding
{
    std::string pointer;
    TextRole role = TextRole::Other;
    PiiFinding finding;
};

// The findings of one row, by text then start. The row is parsed and each of its texts scanned
// only for the kinds the gate (PiiScanner::rawCandidates) finds candidates of inside that
// text's string as stored, which misses nothing the decoded text has (fuzz_pii checks that a
// row's findings are exactly its texts'). `rowParsed`: `parser` holds this row parsed already
// (the lint's parse), so it is not parsed again. `gateHits`: the hits a whole-file scan's gate
// found in this row (their places counted from the row's start), in place of the row's own
// gate; none runs it.
void scanRowPii(const PiiScanner& scanner, QByteArrayView row, std::uint32_t kinds, simdjson::dom::parser& parser,
                std::vector<RowPiiFinding>& out, bool rowParsed = false,
                std::optional<std::span<const GateHit>> gateHits = std::nullopt);

struct PiiCounts
{
    // findings per kind and per role of the text they are in
    std::array<std::array<std::int64_t, std::size_t(TextRole::Count)>, std::size_t(PiiKind::Count)> byKindRole{};
    std::int64_t rows = 0;
    std::int64_t rowsWithFindings = 0;
    bool cancelled = false;
    // Per row, the kinds found in it (piiBit), when PiiScanOptions::keepRowKinds: what the
    // Statistics view filters the table by when a kind is clicked (2 bytes a row).
    std::vector<std::uint16_t> rowKinds;

    std::int64_t ofKind(PiiKind k) const;
    std::int64_t ofRole(TextRole r) const;
    std::int64_t total() const;

    // For people: a line per kind found with its count per role (system, user, assistant;
    // tool and other when they have some), then the totals per role.
    QString toText() const;
    // {"rows":…,"rows_with_findings":…,"total":…,"by_role":{"system":…,…},
    //  "by_kind":{"pii-email":{"total":…,"system":…,"user":…,…},…}} (kinds found only).
    QJsonObject toJson() const;
};

struct PiiScanOptions
{
    std::uint32_t kinds = kAllPiiKinds;
    unsigned workers = 0; // 0: every core (at most 8)
    std::function<void(std::int64_t done, std::int64_t total)> progress;
    const std::atomic_bool* cancel = nullptr;
    bool keepRowKinds = false;
};

// Counts the findings of every row of a snapshot, on every core.
Result<PiiCounts> countPii(const DocumentSnapshot& snapshot, const PiiScanOptions& options = {});

} // namespace td
