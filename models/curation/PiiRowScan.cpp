#include "curation/PiiRowScan.h"

#include "core/ParallelRanges.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

#include <simdjson.h>

namespace td {

void scanRowPii(const PiiScanner& scanner, QByteArrayView row, std::uint32_t kinds, simdjson::dom::parser& parser,
                std::vector<RowPiiFinding>& out, bool rowParsed, std::uint32_t gateKinds)
{
    out.clear();
    if (kinds == 0 || row.isEmpty())
        return;
    if (gateKinds == 0) {
        // The gate on this row alone (a row too long for its masks is scanned for every kind).
        gateKinds = kinds;
        if (std::size_t(row.size()) <= PiiScanner::kGateLimit) {
            thread_local std::vector<GateHit> hits;
            hits.clear();
            scanner.rawCandidates(std::string_view(row.data(), std::size_t(row.size())), kinds, hits);
            gateKinds = 0;
            for (const GateHit& h : hits)
                gateKinds |= h.kinds;
        }
    }
    kinds &= gateKinds;
    if (kinds == 0)
        return;
    thread_local std::vector<RowText> texts;
    thread_local std::vector<PiiFinding> found;
    if (!(rowParsed ? rowTexts(parser.doc.root(), texts) : rowTexts(row, parser, texts)))
        return;
    const std::uint32_t passes = PiiScanner::passesFor(kinds);
    for (const RowText& t : texts) {
        scanner.scan(t.text, kinds, found, passes);
        for (const PiiFinding& f : found)
            out.push_back({t.pointer, t.role, f});
    }
}

std::int64_t PiiCounts::ofKind(PiiKind k) const
{
    std::int64_t n = 0;
    for (std::int64_t v : byKindRole[std::size_t(k)])
        n += v;
    return n;
}

std::int64_t PiiCounts::ofRole(TextRole r) const
{
    std::int64_t n = 0;
    for (const auto& roles : byKindRole)
        n += roles[std::size_t(r)];
    return n;
}

namespace {

// The roles a count lists: system, user and assistant always, tool and other when they have some.
std::vector<TextRole> shownRoles(const PiiCounts& c)
{
    std::vector<TextRole> roles{TextRole::System, TextRole::User, TextRole::Assistant};
    for (TextRole r : {TextRole::Tool, TextRole::Other})
        if (c.ofRole(r) > 0)
            roles.push_back(r);
    return roles;
}

} // namespace

QString PiiCounts::toText() const
{
    const auto roles = shownRoles(*this);
    const auto perRole = [&](const auto& count) {
        QStringList parts;
        for (TextRole r : roles)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(textRoleName(r))).arg(count(r));
        return parts.join(QStringLiteral(", "));
    };
    QString out = QCoreApplication::translate("td::Curation", "Personal data and secrets: %1 findings in %2 of %3 rows "
                                                              "(%4)\n")
                      .arg(total())
                      .arg(rowsWithFindings)
                      .arg(rows)
                      .arg(perRole([&](TextRole r) { return ofRole(r); }));
    for (std::size_t k = 0; k < byKindRole.size(); ++k) {
        const auto kind = PiiKind(k);
        if (ofKind(kind) == 0)
            continue;
        out += QStringLiteral("  %1: %2 (%3)\n")
                   .arg(QLatin1String(piiCode(kind)))
                   .arg(ofKind(kind))
                   .arg(perRole([&](TextRole r) { return byKindRole[k][std::size_t(r)]; }));
    }
    return out;
}

QJsonObject PiiCounts::toJson() const
{
    QJsonObject byRole;
    for (std::size_t r = 0; r < std::size_t(TextRole::Count); ++r)
        byRole.insert(QLatin1String(textRoleName(TextRole(r))), qint64(ofRole(TextRole(r))));
    QJsonObject byKind;
    for (std::size_t k = 0; k < byKindRole.size(); ++k) {
        if (ofKind(PiiKind(k)) == 0)
            continue;
        QJsonObject o{{QStringLiteral("total"), qint64(ofKind(PiiKind(k)))}};
        for (std::size_t r = 0; r < std::size_t(TextRole::Count); ++r)
            o.insert(QLatin1String(textRoleName(TextRole(r))), qint64(byKindRole[k][r]));
        byKind.insert(QLatin1String(piiCode(PiiKind(k))), o);
    }
    return QJsonObject{{QStringLiteral("rows"), qint64(rows)},
                       {QStringLiteral("rows_with_findings"), qint64(rowsWithFindings)},
                       {QStringLiteral("total"), qint64(total())},
                       {QStringLiteral("by_role"), byRole},
                       {QStringLiteral("by_kind"), byKind}};
}

std::int64_t PiiCounts::total() const
{
    std::int64_t n = 0;
    for (std::size_t k = 0; k < byKindRole.size(); ++k)
        n += ofKind(PiiKind(k));
    return n;
}

namespace {

// Rows gated together (bytes).
constexpr std::uintptr_t kGateBlock = 64 * 1024;

} // namespace

Result<PiiCounts> countPii(const DocumentSnapshot& snap, const PiiScanOptions& options)
{
    auto scanner = PiiScanner::instance();
    if (!scanner)
        return scanner.error();
    const std::int64_t n = snap.rowCount();
    const unsigned workers = options.workers ? options.workers : scanWorkers();
    std::vector<PiiCounts> parts(workers);
    static_assert(unsigned(PiiKind::Count) <= 16, "PiiCounts::rowKinds holds a bit per kind in 16 bits");
    std::vector<std::uint16_t> rowKinds(options.keepRowKinds ? std::size_t(n) : 0);
    std::atomic<std::int64_t> done{0};
    std::atomic_bool stop{false};
    forEachRange(n, workers, [&](unsigned w, std::int64_t begin, std::int64_t end) {
        simdjson::dom::parser parser;
        std::vector<RowPiiFinding> found;
        std::vector<GateHit> candidates;
        std::vector<std::uint32_t> rowStarts;
        std::vector<std::uint32_t> flagged; // per row of the block, the kinds its candidates may be
        PiiCounts& c = parts[w];
        for (std::int64_t r = begin, blocks = 0; r < end; ++blocks) {
            if (stop.load(std::memory_order_relaxed) ||
                (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                stop = true;
                return;
            }
            if (w == 0 && options.progress && (blocks & 15) == 0)
                options.progress(done.load(std::memory_order_relaxed), n);
            // A block: rows stored one after another (as in the file; an edited row is a block
            // of its own), about 64 KiB, gated at once; only the rows with a candidate are
            // parsed and scanned. A row too long for the gate's masks is scanned whole.
            const QByteArrayView first = snap.rowView(r);
            const auto address = [](const char* p) { return reinterpret_cast<std::uintptr_t>(p); };
            std::uintptr_t blockEnd = address(first.data()) + std::uintptr_t(first.size());
            std::int64_t last = r + 1;
            rowStarts.assign(1, 0);
            while (last < end && blockEnd - address(first.data()) < kGateBlock) {
                const QByteArrayView next = snap.rowView(last);
                // the next line of the same buffer: after "\n", "\r\n" or "\r"
                const std::uintptr_t at = address(next.data());
                if (at < blockEnd + 1 || at > blockEnd + 2)
                    break;
                rowStarts.push_back(std::uint32_t(at - address(first.data())));
                blockEnd = at + std::uintptr_t(next.size());
                ++last;
            }
            const std::size_t blockSize = std::size_t(blockEnd - address(first.data()));
            flagged.assign(std::size_t(last - r), blockSize > PiiScanner::kGateLimit ? options.kinds : 0);
            if (blockSize <= PiiScanner::kGateLimit) {
                candidates.clear();
                (*scanner)->rawCandidates(std::string_view(first.data(), blockSize), options.kinds, candidates);
                for (const GateHit& hit : candidates)
                    flagged[std::size_t(std::upper_bound(rowStarts.begin(), rowStarts.end(), hit.at) -
                                        rowStarts.begin()) -
                            1] |= hit.kinds;
            }
            for (std::int64_t q = r; q < last; ++q) {
                if (!flagged[std::size_t(q - r)])
                    continue;
                scanRowPii(**scanner, snap.rowView(q), options.kinds, parser, found, false,
                           flagged[std::size_t(q - r)]);
                std::uint32_t kinds = 0;
                for (const RowPiiFinding& f : found) {
                    ++c.byKindRole[std::size_t(f.finding.kind)][std::size_t(f.role)];
                    kinds |= piiBit(f.finding.kind);
                }
                if (!rowKinds.empty())
                    rowKinds[std::size_t(q)] = std::uint16_t(kinds); // each worker writes its own range
                c.rowsWithFindings += !found.empty();
            }
            done.fetch_add(last - r, std::memory_order_relaxed);
            r = last;
        }
    });
    PiiCounts total;
    total.rowKinds = std::move(rowKinds);
    total.rows = n;
    total.cancelled = stop;
    for (const PiiCounts& c : parts) {
        total.rowsWithFindings += c.rowsWithFindings;
        for (std::size_t k = 0; k < c.byKindRole.size(); ++k)
            for (std::size_t r = 0; r < c.byKindRole[k].size(); ++r)
                total.byKindRole[k][r] += c.byKindRole[k][r];
    }
    return total;
}

} // namespace td
