#include "curation/PiiRowScan.h"

#include "core/ParallelRanges.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>

#include <simdjson.h>

namespace td {

namespace {

// Where each string of a row as stored (keys too) starts and ends: the places of its quotes,
// in order. The row parsed, so only strings hold backslashes, and a quote after an odd number
// of them is escaped.
void rawStrings(std::string_view row, std::vector<std::pair<std::uint32_t, std::uint32_t>>& out)
{
    out.clear();
    const char *const begin = row.data(), *const end = begin + row.size();
    const char* p = begin;
    while ((p = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)))) != nullptr) {
        const char* const open = p++;
        for (;;) {
            p = static_cast<const char*>(std::memchr(p, '"', std::size_t(end - p)));
            if (!p)
                return; // not JSON after all: the caller finds the strings do not line up
            std::size_t backslashes = 0;
            while (p - backslashes > open + 1 && p[-1 - std::ptrdiff_t(backslashes)] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
            ++p;
        }
        out.emplace_back(std::uint32_t(open - begin), std::uint32_t(p - begin));
        ++p;
    }
}

// Per text, the kinds of the gate's hits inside its string in the row as stored. The texts are
// decoded (simdjson's DOM), which keeps no place in the row; but the parser writes every
// string, keys too, into its string buffer in the row's order, each after its length (4 bytes)
// and before a NUL (simdjson's tape format), so a text's string is the row's string of the
// same rank. false where they do not line up (a text longer than its string as stored, or of
// another length without escapes): then the caller scans every text for every kind.
bool kindsPerText(std::string_view row, const std::uint8_t* stringBuffer, const std::vector<RowText>& texts,
                  std::span<const GateHit> hits, std::vector<std::uint32_t>& kinds)
{
    thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> strings;
    thread_local std::vector<std::uint32_t> ofString;
    rawStrings(row, strings);
    ofString.assign(strings.size(), 0);
    for (const GateHit& h : hits) {
        // the string whose quotes are around the hit (none: outside strings)
        auto s = std::upper_bound(strings.begin(), strings.end(), h.at,
                                  [](std::uint32_t at, const auto& span) { return at < span.first; });
        if (s != strings.begin() && h.at < (--s)->second)
            ofString[std::size_t(s - strings.begin())] |= h.kinds;
    }
    kinds.assign(texts.size(), 0);
    const std::uint8_t* entry = stringBuffer;
    std::size_t rank = 0;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const auto* const at = reinterpret_cast<const std::uint8_t*>(texts[t].text.data()) - sizeof(std::uint32_t);
        if (at < entry) { // texts are in the row's order; if not, count again from the first
            entry = stringBuffer;
            rank = 0;
        }
        while (entry < at) {
            std::uint32_t length;
            std::memcpy(&length, entry, sizeof length);
            entry += sizeof length + length + 1;
            ++rank;
        }
        if (entry != at || rank >= strings.size())
            return false;
        const std::size_t stored = strings[rank].second - strings[rank].first - 1;
        const std::size_t decoded = texts[t].text.size();
        if (decoded > stored || (decoded != stored && !std::memchr(row.data() + strings[rank].first + 1, '\\', stored)))
            return false;
        kinds[t] = ofString[rank];
    }
    return true;
}

} // namespace

namespace {

// The texts of a row, each with the kinds to scan it for (those of the gate's hits inside its
// string as stored, 0: not scanned); false when there are none to scan.
bool textsToScan(const PiiScanner& scanner, std::string_view raw, std::uint32_t kinds, simdjson::dom::parser& parser,
                 bool rowParsed, std::optional<std::span<const GateHit>> gateHits, std::vector<RowText>& texts,
                 std::vector<std::uint32_t>& textKinds, TextPointers pointers)
{
    if (kinds == 0 || raw.empty())
        return false;
    thread_local std::vector<GateHit> ownHits;
    if (!gateHits && raw.size() <= PiiScanner::kGateLimit) {
        ownHits.clear();
        scanner.rawCandidates(raw, kinds, ownHits);
        gateHits = ownHits;
    }
    // The kinds of the row's hits (a row too long for the gate's masks: every kind).
    std::uint32_t rowKinds = gateHits ? 0 : kinds;
    if (gateHits)
        for (const GateHit& h : *gateHits)
            rowKinds |= h.kinds;
    kinds &= rowKinds;
    if (kinds == 0)
        return false;
    const QByteArrayView row(raw.data(), qsizetype(raw.size()));
    if (!(rowParsed ? rowTexts(parser.doc.root(), texts, pointers) : rowTexts(row, parser, texts, pointers)))
        return false;
    if (!gateHits || !kindsPerText(raw, parser.doc.string_buf.get(), texts, *gateHits, textKinds))
        textKinds.assign(texts.size(), rowKinds);
    for (std::uint32_t& k : textKinds)
        k &= kinds;
    return true;
}

} // namespace

void scanRowPii(const PiiScanner& scanner, QByteArrayView row, std::uint32_t kinds, simdjson::dom::parser& parser,
                std::vector<RowPiiFinding>& out, bool rowParsed, std::optional<std::span<const GateHit>> gateHits)
{
    out.clear();
    thread_local std::vector<RowText> texts;
    thread_local std::vector<PiiFinding> found;
    thread_local std::vector<std::uint32_t> textKinds;
    if (!textsToScan(scanner, std::string_view(row.data(), std::size_t(row.size())), kinds, parser, rowParsed, gateHits,
                     texts, textKinds, TextPointers::Written))
        return;
    for (std::size_t t = 0; t < texts.size(); ++t) {
        if (textKinds[t] == 0)
            continue;
        scanner.scan(texts[t].text, textKinds[t], found, PiiScanner::passesFor(textKinds[t]));
        for (const PiiFinding& f : found)
            out.push_back({texts[t].pointer, texts[t].role, f});
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
    // The rows are the file's lines, in order and as they are.
    const bool unedited = !snap.order && (!snap.contents || snap.contents->empty()) && snap.starts && snap.file;
    // Each worker's own, kept from one range to the next.
    struct Worker
    {
        simdjson::dom::parser parser;
        std::vector<GateHit> candidates;
        std::vector<std::uint32_t> rowStarts;
        std::vector<GateHit> rowHits;
        std::vector<RowText> texts;
        std::vector<std::uint32_t> textKinds;
        // the block's texts to scan, copied out of the parser (each row's parse overwrites the
        // last), and each one's row and role
        std::string bytes;
        std::vector<PiiBatchText> batch;
        std::vector<std::pair<std::int64_t, TextRole>> owners;
        std::vector<std::size_t> starts; // of each text in `bytes`
        std::vector<PiiBatchFinding> found;
    };
    std::vector<Worker> own(workers);
    // Ranges of rows taken one at a time (the counts do not depend on the order): on a machine
    // busy with other work, halves fixed in advance left one core idle while the other finished.
    const std::int64_t chunk = std::clamp<std::int64_t>(n / (std::int64_t(workers) * 8), 1, 8192);
    forEachChunk(n, workers, chunk, [&](unsigned w, std::int64_t begin, std::int64_t end) {
        auto& [parser, candidates, rowStarts, rowHits, texts, textKinds, bytes, batch, owners, starts, found] = own[w];
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
            std::int64_t last = r + 1;
            const char* blockStart;
            std::size_t blockSize;
            std::string_view next; // the next block's bytes, where they follow (an unedited file)
            rowStarts.assign(1, 0);
            if (unedited) {
                // From the lines' places alone, line ends included: a row's view reads its last
                // byte, the first touch of each row, and that took a tenth of the scan's time.
                const LineStarts& lines = *snap.starts;
                const std::uint64_t from = lines[std::size_t(r)];
                while (last < end && lines[std::size_t(last)] - from < kGateBlock) {
                    rowStarts.push_back(std::uint32_t(lines[std::size_t(last)] - from));
                    ++last;
                }
                blockStart = snap.file->view(from, from).data();
                blockSize = std::size_t(lines[std::size_t(last)] - from);
                const std::size_t after = std::size_t(from) + blockSize;
                next = std::string_view(blockStart + blockSize, std::min(kGateBlock, snap.file->size() - after));
            } else {
                const QByteArrayView first = snap.rowView(r);
                const auto address = [](const char* p) { return reinterpret_cast<std::uintptr_t>(p); };
                std::uintptr_t blockEnd = address(first.data()) + std::uintptr_t(first.size());
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
                blockStart = first.data();
                blockSize = std::size_t(blockEnd - address(first.data()));
            }
            const bool gated = blockSize <= PiiScanner::kGateLimit; // else one row, scanned for every kind
            candidates.clear();
            if (gated) {
                (*scanner)->rawCandidates(std::string_view(blockStart, blockSize), options.kinds, candidates, next);
                std::sort(candidates.begin(), candidates.end(),
                          [](const GateHit& a, const GateHit& b) { return a.at < b.at; });
            }
            // The flagged rows' texts, then all of them scanned at once.
            bytes.clear();
            batch.clear();
            owners.clear();
            starts.clear();
            auto hit = candidates.begin();
            for (std::int64_t q = r; q < last; ++q) {
                // this row's hits, their places from its start
                const std::uint32_t start = rowStarts[std::size_t(q - r)];
                const std::uint32_t end = q + 1 < last ? rowStarts[std::size_t(q + 1 - r)] : std::uint32_t(blockSize);
                rowHits.clear();
                for (; hit != candidates.end() && hit->at < end; ++hit)
                    rowHits.push_back({hit->at - start, hit->kinds});
                if (gated && rowHits.empty())
                    continue;
                const QByteArrayView row = snap.rowView(q);
                if (!textsToScan(**scanner, std::string_view(row.data(), std::size_t(row.size())), options.kinds,
                                 parser, false, gated ? std::optional<std::span<const GateHit>>(rowHits) : std::nullopt,
                                 texts, textKinds, TextPointers::Skipped)) // counted, not shown
                    continue;
                for (std::size_t t = 0; t < texts.size(); ++t) {
                    if (textKinds[t] == 0)
                        continue;
                    batch.push_back({{}, textKinds[t], PiiScanner::passesFor(textKinds[t])});
                    starts.push_back(bytes.size());
                    bytes.append(texts[t].text);
                    owners.emplace_back(q, texts[t].role);
                }
            }
            for (std::size_t i = 0; i < batch.size(); ++i) { // now that `bytes` no longer moves
                const std::size_t to = i + 1 < batch.size() ? starts[i + 1] : bytes.size();
                batch[i].text = std::string_view(bytes.data() + starts[i], to - starts[i]);
            }
            (*scanner)->scanBatch(batch, found);
            std::int64_t lastRow = -1;
            for (const PiiBatchFinding& f : found) {
                const auto [q, role] = owners[f.text];
                ++c.byKindRole[std::size_t(f.finding.kind)][std::size_t(role)];
                if (!rowKinds.empty())
                    rowKinds[std::size_t(q)] |= std::uint16_t(piiBit(f.finding.kind)); // each worker its own rows
                c.rowsWithFindings += q != lastRow;
                lastRow = q;
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
