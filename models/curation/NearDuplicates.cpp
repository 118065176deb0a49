#include "curation/NearDuplicates.h"

#include "core/ParallelRanges.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace td {

namespace {

// The shingles of a row's texts in the scope, sorted and deduplicated.
class RowShingler
{
public:
    explicit RowShingler(const NearDupParams& params)
        : m_params(params)
    {}

    const std::vector<std::uint64_t>& shingles(QByteArrayView row)
    {
        m_shingles.clear();
        if (rowTexts(row, m_parser, m_texts, TextPointers::Skipped)) // hashed, not shown
            for (const RowText& t : m_texts)
                if (inScope(t.role, m_params.scope))
                    shingleHashes(t.text, m_params.shingleWords, m_words, m_shingles);
        std::sort(m_shingles.begin(), m_shingles.end());
        m_shingles.erase(std::unique(m_shingles.begin(), m_shingles.end()), m_shingles.end());
        return m_shingles;
    }

private:
    const NearDupParams& m_params;
    simdjson::dom::parser m_parser;
    std::vector<RowText> m_texts;
    std::vector<std::uint64_t> m_words;
    std::vector<std::uint64_t> m_shingles;
};

class DisjointSets
{
public:
    explicit DisjointSets(std::size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        // The smaller row is the root, so a cluster's root is its first row.
        if (a < b)
            m_parent[b] = a;
        else if (b < a)
            m_parent[a] = b;
    }
    std::size_t bytes() const { return m_parent.capacity() * sizeof(std::uint32_t); }

private:
    std::vector<std::uint32_t> m_parent;
};

// A row's shingles for verification, kept while its band's bucket is being looked at.
class ShingleCache
{
public:
    ShingleCache(const DocumentSnapshot& snap, const NearDupParams& params)
        : m_snap(snap)
        , m_shingler(params)
    {}
    const std::vector<std::uint64_t>& of(std::uint32_t row)
    {
        auto it = m_cache.find(row);
        if (it == m_cache.end()) {
            it = m_cache.emplace(row, m_shingler.shingles(m_snap.rowView(row))).first;
        }
        return it->second;
    }
    // Called between pairs only: references handed out stay valid until then.
    void trim()
    {
        if (m_cache.size() > 4096)
            m_cache.clear();
    }
    void clear() { m_cache.clear(); }

private:
    const DocumentSnapshot& m_snap;
    RowShingler m_shingler;
    std::unordered_map<std::uint32_t, std::vector<std::uint64_t>> m_cache;
};

} // namespace

std::int64_t NearDupResult::duplicateRows() const
{
    std::int64_t n = 0;
    for (const NearDupCluster& c : clusters)
        n += std::int64_t(c.rows.size()) - 1;
    return n;
}

std::vector<std::int64_t> NearDupResult::rowGroups() const
{
    std::vector<std::int64_t> groups(std::size_t(std::max<std::int64_t>(rows, 0)), -1);
    for (std::size_t c = 0; c < clusters.size(); ++c)
        for (std::int64_t r : clusters[c].rows)
            if (r >= 0 && r < rows)
                groups[std::size_t(r)] = std::int64_t(c);
    return groups;
}

QString scopeName(TextScope scope)
{
    switch (scope) {
    case TextScope::Row:
        return QCoreApplication::translate("td::Curation", "whole rows");
    case TextScope::User:
        return QCoreApplication::translate("td::Curation", "user turns");
    case TextScope::Assistant:
        return QCoreApplication::translate("td::Curation", "assistant turns");
    }
    return {};
}

QString describeParams(const NearDupParams& p)
{
    return QCoreApplication::translate("td::Curation",
                                       "%1, %2-word shingles, MinHash in %3 bands of %4 (candidates from about %5 "
                                       "similarity), clusters at Jaccard >= %6, %7 bytes a row")
        .arg(scopeName(p.scope))
        .arg(p.shingleWords)
        .arg(p.bands)
        .arg(p.rowsPerBand)
        .arg(p.candidateThreshold(), 0, 'f', 2)
        .arg(p.threshold, 0, 'f', 2)
        .arg(p.bytesPerRow());
}

Result<NearDupResult> findNearDuplicates(const DocumentSnapshot& snap, const NearDupParams& params,
                                         const NearDupOptions& options)
{
    if (!params.isValid())
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("td::Curation",
                                                       "The near-duplicate parameters are out of range: 1 to 8 words a "
                                                       "shingle, 1 to 32 bands of 1 to 16 values, a threshold above 0 "
                                                       "and at most 1."));
    NearDupResult result;
    result.params = params;
    const std::int64_t n = snap.rowCount();
    result.rows = n;
    if (n >= std::int64_t(0xFFFFFFFF))
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("td::Curation",
                                                       "The file has more than 4 billion rows; split it to search it "
                                                       "for near-duplicates."));
    const auto bands = std::size_t(params.bands);
    // The only per-row state of the whole search: each row's band hashes (0: no text).
    std::vector<std::uint32_t> hashes(std::size_t(n) * bands);
    std::atomic<std::int64_t> done{0};
    std::atomic_bool stop{false};
    const unsigned workers = params.workers ? params.workers : scanWorkers();
    forEachRange(n, workers, [&](unsigned w, std::int64_t begin, std::int64_t end) {
        RowShingler shingler(params);
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
            const auto& s = shingler.shingles(snap.rowView(r));
            bandHashes(s, params, std::span(hashes).subspan(std::size_t(r) * bands, bands));
            done.fetch_add(1, std::memory_order_relaxed);
        }
    });
    if (stop) {
        result.cancelled = true;
        return result;
    }
    for (std::int64_t r = 0; r < n; ++r)
        result.rowsWithText += hashes[std::size_t(r) * bands] != 0;

    // Band by band: rows with the same band hash are candidates; each is checked against the
    // bucket's earlier clusters (a few at most) and joins the first it really resembles.
    DisjointSets sets{std::size_t(n)};
    ShingleCache cache(snap, params);
    std::vector<std::uint64_t> keys;
    keys.reserve(std::size_t(result.rowsWithText));
    std::vector<std::uint32_t> heads;
    for (std::size_t band = 0; band < bands; ++band) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        keys.clear();
        for (std::int64_t r = 0; r < n; ++r)
            if (const std::uint32_t h = hashes[std::size_t(r) * bands + band])
                keys.push_back(std::uint64_t(h) << 32 | std::uint64_t(r));
        std::sort(keys.begin(), keys.end());
        for (std::size_t i = 0; i < keys.size();) {
            std::size_t j = i + 1;
            while (j < keys.size() && (keys[j] >> 32) == (keys[i] >> 32))
                ++j;
            if (j - i > 1) {
                heads.clear();
                heads.push_back(std::uint32_t(keys[i]));
                for (std::size_t k = i + 1; k < j; ++k) {
                    const auto row = std::uint32_t(keys[k]);
                    bool joined = false;
                    for (std::uint32_t head : heads) {
                        if (sets.find(head) == sets.find(row)) {
                            joined = true;
                            break;
                        }
                    }
                    for (std::size_t h = 0; !joined && h < heads.size() && h < 8; ++h) {
                        cache.trim();
                        ++result.candidatePairs;
                        if (jaccard(cache.of(heads[h]), cache.of(row)) >= params.threshold) {
                            ++result.verifiedPairs;
                            sets.unite(heads[h], row);
                            joined = true;
                        }
                    }
                    if (!joined)
                        heads.push_back(row);
                }
            }
            i = j;
        }
        cache.clear();
        if (options.progress)
            options.progress(n, n);
    }
    result.scanBytes =
        hashes.capacity() * sizeof(std::uint32_t) + sets.bytes() + keys.capacity() * sizeof(std::uint64_t);
    hashes = {};
    keys = {};

    // Clusters: rows grouped by their root (the cluster's first row), in row order.
    std::unordered_map<std::uint32_t, std::size_t> clusterOf;
    for (std::int64_t r = 0; r < n; ++r) {
        const std::uint32_t root = sets.find(std::uint32_t(r));
        if (root == std::uint32_t(r))
            continue;
        auto [it, inserted] = clusterOf.try_emplace(root, result.clusters.size());
        if (inserted) {
            result.clusters.emplace_back();
            result.clusters.back().rows.push_back(root);
        }
        result.clusters[it->second].rows.push_back(r);
    }
    std::sort(result.clusters.begin(), result.clusters.end(), [](const NearDupCluster& a, const NearDupCluster& b) {
        return a.rows.size() != b.rows.size() ? a.rows.size() > b.rows.size() : a.rows.front() < b.rows.front();
    });
    for (NearDupCluster& c : result.clusters) {
        c.ids.reserve(c.rows.size());
        for (std::int64_t r : c.rows)
            c.ids.push_back(snap.idAt(r));
    }
    return result;
}

} // namespace td
