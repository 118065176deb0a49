#pragma once

#include "dataset/DocumentSnapshot.h"
#include "dataset/RowSummary.h"

#include <list>
#include <unordered_map>

namespace td {

// A bounded least-recently-used cache of row summaries, keyed by row id.
class SummaryCache
{
public:
    explicit SummaryCache(std::size_t capacity = 20000)
        : m_capacity(capacity)
    {}

    // nullptr when absent; a hit makes the entry the most recent.
    const RowSummary* find(RowId id);
    void insert(RowId id, RowSummary summary);
    void remove(RowId id);
    void clear();
    std::size_t size() const { return m_map.size(); }
    std::size_t capacity() const { return m_capacity; }

private:
    using Entry = std::pair<RowId, RowSummary>;
    std::size_t m_capacity;
    std::list<Entry> m_lru; // front = most recent
    std::unordered_map<RowId, std::list<Entry>::iterator> m_map;
};

} // namespace td
