#include "dataset/SummaryCache.h"

namespace td {

const RowSummary* SummaryCache::find(RowId id)
{
    auto it = m_map.find(id);
    if (it == m_map.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return &it->second->second;
}

void SummaryCache::insert(RowId id, RowSummary summary)
{
    auto it = m_map.find(id);
    if (it != m_map.end()) {
        it->second->second = std::move(summary);
        m_lru.splice(m_lru.begin(), m_lru, it->second);
        return;
    }
    m_lru.emplace_front(id, std::move(summary));
    m_map.emplace(id, m_lru.begin());
    while (m_map.size() > m_capacity) {
        m_map.erase(m_lru.back().first);
        m_lru.pop_back();
    }
}

void SummaryCache::remove(RowId id)
{
    auto it = m_map.find(id);
    if (it == m_map.end())
        return;
    m_lru.erase(it->second);
    m_map.erase(it);
}

void SummaryCache::clear()
{
    m_lru.clear();
    m_map.clear();
}

} // namespace td
