#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace td {

// Pre-token -> tokens, per thread: most words of a text were seen before, and looking one up is
// far cheaper than running BPE. Open addressing over one byte arena and one id arena, so a hit
// allocates nothing and a miss allocates only when an arena grows. Cleared when full.
class WordCache
{
public:
    struct Hit
    {
        const std::uint32_t* ids = nullptr;
        const std::uint32_t* lens = nullptr;
        std::uint32_t count = 0;
    };

    static std::uint64_t hash(std::string_view s)
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
        const char* p = s.data();
        std::size_t n = s.size();
        while (n >= 8) {
            std::uint64_t v;
            std::memcpy(&v, p, 8);
            h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
            h ^= h >> 31;
            p += 8;
            n -= 8;
        }
        std::uint64_t v = 0;
        std::memcpy(&v, p, n);
        h = (h ^ v) * 0x94D049BB133111EBULL;
        h ^= h >> 29;
        return h;
    }

    bool find(std::string_view word, std::uint64_t h, Hit& hit) const
    {
        if (m_slots.empty())
            return false;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const std::uint32_t e = m_slots[i];
            if (e == 0)
                return false;
            const Entry& en = m_entries[e - 1];
            if (en.hash == h && en.keyLen == word.size() &&
                std::memcmp(m_keys.data() + en.keyOff, word.data(), word.size()) == 0) {
                hit = {m_ids.data() + en.idOff, m_lens.data() + en.idOff, en.count};
                return true;
            }
        }
    }

    void insert(std::string_view word, std::uint64_t h, const std::vector<std::uint32_t>& ids,
                const std::vector<std::uint32_t>& lens)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size()) {
            if (m_entries.size() >= maxEntries)
                clear();
            grow();
        }
        m_entries.push_back({h, std::uint32_t(m_keys.size()), std::uint32_t(word.size()), std::uint32_t(m_ids.size()),
                             std::uint32_t(ids.size())});
        m_keys.append(word);
        m_ids.insert(m_ids.end(), ids.begin(), ids.end());
        m_lens.insert(m_lens.end(), lens.begin(), lens.end());
        place(std::uint32_t(m_entries.size()));
    }

    void clear()
    {
        m_slots.assign(m_slots.size(), 0);
        m_entries.clear();
        m_keys.clear();
        m_ids.clear();
        m_lens.clear();
    }

    static constexpr std::size_t maxEntries = 1u << 18;

private:
    struct Entry
    {
        std::uint64_t hash;
        std::uint32_t keyOff;
        std::uint32_t keyLen;
        std::uint32_t idOff;
        std::uint32_t count;
    };

    void place(std::uint32_t e)
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = m_entries[e - 1].hash & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = e;
    }

    void grow()
    {
        m_slots.assign(m_slots.empty() ? 4096 : m_slots.size() * 2, 0);
        for (std::uint32_t e = 1; e <= m_entries.size(); ++e)
            place(e);
    }

    std::vector<std::uint32_t> m_slots; // entry index + 1, 0 = empty
    std::vector<Entry> m_entries;
    std::string m_keys;
    std::vector<std::uint32_t> m_ids;
    std::vector<std::uint32_t> m_lens;
};

} // namespace td
