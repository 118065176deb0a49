#include "curation/PiiRowScan.h"

#include "core/ParallelRanges.h"

#include <QCoreApplication>
#include <QStringList>

#include <simdjson.h>

namespace td {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The four hex digits at p, or -1.
int hex4(const char* p)
{
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v << 4 | h;
    }
    return v;
}

void appendUtf8(std::string& out, std::uint32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | cp >> 6));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | cp >> 12));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | cp >> 18));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

std::string_view decodeJsonEscapes(std::string_view raw, std::string& buffer)
{
    std::size_t at = raw.find('\\');
    if (at == std::string_view::npos)
        return raw;
    buffer.assign(raw.data(), at);
    const std::size_t n = raw.size();
    while (at < n) {
        const std::size_t next = raw.find('\\', at);
        if (next == std::string_view::npos) {
            buffer.append(raw.substr(at));
            break;
        }
        buffer.append(raw.substr(at, next - at));
        at = next;
        if (at + 1 >= n) {
            buffer.push_back('\\');
            break;
        }
        const char e = raw[at + 1];
        at += 2;
        switch (e) {
        case 'n':
            buffer.push_back('\n');
            break;
        case 't':
            buffer.push_back('\t');
            break;
        case 'r':
            buffer.push_back('\r');
            break;
        case 'b':
            buffer.push_back('\b');
            break;
        case 'f':
            buffer.push_back('\f');
            break;
        case 'u': {
            const int v = at + 4 <= n ? hex4(raw.data() + at) : -1;
            if (v < 0) {
                buffer.append("\\u");
                break;
            }
            at += 4;
            std::uint32_t cp = std::uint32_t(v);
            if (cp >= 0xD800 && cp < 0xDC00 && at + 6 <= n && raw[at] == '\\' && raw[at + 1] == 'u') {
                const int low = hex4(raw.data() + at + 2);
                if (low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + std::uint32_t(low - 0xDC00);
                    at += 6;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD; // a lone surrogate: the parser refuses the row anyway
            appendUtf8(buffer, cp);
            break;
        }
        default: // '"', '\\', '/' stand for themselves; anything else is not JSON and kept
            if (e != '"' && e != '\\' && e != '/')
                buffer.push_back('\\');
            buffer.push_back(e);
        }
    }
    return buffer;
}

void scanRowPii(const PiiScanner& scanner, QByteArrayView row, std::uint32_t kinds, simdjson::dom::parser& parser,
                std::vector<RowPiiFinding>& out, bool rowParsed)
{
    out.clear();
    if (kinds == 0 || row.isEmpty())
        return;
    // The pre-test reads the row with its escapes decoded: "\n555-123-4567" or "\"key=…" in
    // the raw bytes hide what the decoded text shows.
    thread_local std::string decoded;
    const std::uint32_t passes = scanner.candidatePasses(
        decodeJsonEscapes(std::string_view(row.data(), std::size_t(row.size())), decoded), kinds);
    if (passes == 0)
        return;
    thread_local std::vector<RowText> texts;
    thread_local std::vector<PiiFinding> found;
    if (!(rowParsed ? rowTexts(parser.doc.root(), texts) : rowTexts(row, parser, texts)))
        return;
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
        PiiCounts& c = parts[w];
        for (std::int64_t r = begin; r < end; ++r) {
            if ((r & 0x3FF) == 0) {
                if (stop.load(std::memory_order_relaxed) ||
                    (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                    stop = true;
                    return;
                }
                if (w == 0 && options.progress)
                    options.progress(done.load(std::memory_order_relaxed), n);
            }
            scanRowPii(**scanner, snap.rowView(r), options.kinds, parser, found);
            std::uint32_t kinds = 0;
            for (const RowPiiFinding& f : found) {
                ++c.byKindRole[std::size_t(f.finding.kind)][std::size_t(f.role)];
                kinds |= piiBit(f.finding.kind);
            }
            if (!rowKinds.empty())
                rowKinds[std::size_t(r)] = std::uint16_t(kinds); // each worker writes its own range
            c.rowsWithFindings += !found.empty();
            done.fetch_add(1, std::memory_order_relaxed);
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
