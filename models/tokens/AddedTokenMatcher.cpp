#include "tokens/AddedTokenMatcher.h"

#include <algorithm>

namespace td {

AddedTokenMatcher::AddedTokenMatcher()
{
    m_nodes.emplace_back();
    std::fill(std::begin(m_first), std::end(m_first), false);
}

std::int64_t AddedTokenMatcher::child(std::uint32_t node, unsigned char b) const
{
    const auto& kids = m_nodes[node].children;
    const auto it =
        std::lower_bound(kids.begin(), kids.end(), b,
                         [](const std::pair<unsigned char, std::uint32_t>& e, unsigned char v) { return e.first < v; });
    return it != kids.end() && it->first == b ? std::int64_t(it->second) : -1;
}

void AddedTokenMatcher::add(std::string_view content, std::uint32_t id)
{
    if (content.empty())
        return;
    std::uint32_t node = 0;
    for (char ch : content) {
        const auto b = static_cast<unsigned char>(ch);
        const std::int64_t next = child(node, b);
        if (next >= 0) {
            node = std::uint32_t(next);
            continue;
        }
        const auto created = std::uint32_t(m_nodes.size());
        m_nodes.emplace_back();
        auto& kids = m_nodes[node].children;
        kids.insert(std::upper_bound(kids.begin(), kids.end(), std::make_pair(b, std::uint32_t(0)),
                                     [](const auto& a, const auto& e) { return a.first < e.first; }),
                    {b, created});
        node = created;
    }
    if (m_nodes[node].id < 0)
        ++m_count;
    m_nodes[node].id = id; // a repeated content keeps the last id, as a map would
    m_first[static_cast<unsigned char>(content.front())] = true;
}

bool AddedTokenMatcher::find(std::string_view text, std::size_t from, Match& match) const
{
    if (m_count == 0)
        return false;
    for (std::size_t i = from; i < text.size(); ++i) {
        if (!m_first[static_cast<unsigned char>(text[i])])
            continue;
        std::uint32_t node = 0;
        std::int64_t bestId = -1;
        std::size_t bestEnd = 0;
        for (std::size_t j = i; j < text.size(); ++j) {
            const std::int64_t next = child(node, static_cast<unsigned char>(text[j]));
            if (next < 0)
                break;
            node = std::uint32_t(next);
            if (m_nodes[node].id >= 0) {
                bestId = m_nodes[node].id;
                bestEnd = j + 1;
            }
        }
        if (bestId >= 0) {
            match = {std::uint32_t(i), std::uint32_t(bestEnd), std::uint32_t(bestId)};
            return true;
        }
    }
    return false;
}

} // namespace td
