#include "curation/DedupeActions.h"

#include <algorithm>
#include <functional>

namespace td {

std::vector<std::int64_t> rowsToRemove(const NearDupCluster& cluster, KeepRule rule, const DocumentSnapshot& snapshot,
                                       std::optional<std::int64_t> picked)
{
    if (cluster.rows.size() < 2)
        return {};
    std::int64_t keep = cluster.rows.front();
    switch (rule) {
    case KeepRule::First:
        break;
    case KeepRule::Longest: {
        qsizetype longest = -1;
        for (std::int64_t r : cluster.rows) {
            const qsizetype size = snapshot.rowView(r).size();
            if (size > longest) {
                longest = size;
                keep = r;
            }
        }
        break;
    }
    case KeepRule::Picked:
        if (!picked || std::find(cluster.rows.begin(), cluster.rows.end(), *picked) == cluster.rows.end())
            return {};
        keep = *picked;
        break;
    }
    std::vector<std::int64_t> out;
    out.reserve(cluster.rows.size() - 1);
    for (std::int64_t r : cluster.rows)
        if (r != keep)
            out.push_back(r);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::int64_t> rowsToRemove(const std::vector<NearDupCluster>& clusters, KeepRule rule,
                                       const DocumentSnapshot& snapshot)
{
    std::vector<std::int64_t> out;
    const KeepRule each = rule == KeepRule::Picked ? KeepRule::First : rule;
    for (const NearDupCluster& c : clusters) {
        const auto rows = rowsToRemove(c, each, snapshot);
        out.insert(out.end(), rows.begin(), rows.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::int64_t> currentPositions(const NearDupCluster& cluster, const std::vector<std::int64_t>& rows,
                                           const std::function<std::int64_t(RowId)>& positionOf)
{
    std::vector<std::int64_t> out;
    for (std::int64_t r : rows) {
        const auto it = std::find(cluster.rows.begin(), cluster.rows.end(), r);
        if (it == cluster.rows.end())
            continue;
        const std::int64_t pos = positionOf(cluster.ids[std::size_t(it - cluster.rows.begin())]);
        if (pos >= 0)
            out.push_back(pos);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace td
