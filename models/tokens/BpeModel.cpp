#include "tokens/BpeModel.h"

#include <algorithm>
#include <cstdio>

namespace td {

namespace {

std::uint64_t mix(std::uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
}

std::size_t utf8Length(unsigned char lead, std::size_t remaining)
{
    std::size_t n = 1;
    if (lead >= 0xF0)
        n = 4;
    else if (lead >= 0xE0)
        n = 3;
    else if (lead >= 0xC0)
        n = 2;
    return std::min(n, remaining);
}

} // namespace

void BpeModel::growMerges()
{
    std::vector<MergeSlot> old;
    old.swap(m_merges);
    m_merges.assign(old.empty() ? 1024 : old.size() * 2, MergeSlot{});
    const std::size_t mask = m_merges.size() - 1;
    for (const MergeSlot& s : old) {
        if (s.key == ~std::uint64_t(0))
            continue;
        std::size_t i = mix(s.key) & mask;
        while (m_merges[i].key != ~std::uint64_t(0))
            i = (i + 1) & mask;
        m_merges[i] = s;
    }
}

void BpeModel::addMerge(std::uint32_t left, std::uint32_t right, std::uint32_t rank, std::uint32_t result)
{
    if ((m_mergeCount + 1) * 2 > m_merges.size())
        growMerges();
    const std::uint64_t key = (std::uint64_t(left) << 32) | right;
    const std::size_t mask = m_merges.size() - 1;
    std::size_t i = mix(key) & mask;
    while (m_merges[i].key != ~std::uint64_t(0)) {
        if (m_merges[i].key == key) {
            // A repeated merge takes its later rank: Hugging Face builds a map in file order.
            m_merges[i].rank = rank;
            m_merges[i].result = result;
            return;
        }
        i = (i + 1) & mask;
    }
    m_merges[i] = MergeSlot{key, rank, result};
    ++m_mergeCount;
}

const BpeModel::MergeSlot* BpeModel::findMerge(std::uint32_t left, std::uint32_t right) const
{
    if (m_merges.empty())
        return nullptr;
    const std::uint64_t key = (std::uint64_t(left) << 32) | right;
    const std::size_t mask = m_merges.size() - 1;
    std::size_t i = mix(key) & mask;
    while (true) {
        const MergeSlot& s = m_merges[i];
        if (s.key == key)
            return &s;
        if (s.key == ~std::uint64_t(0))
            return nullptr;
        i = (i + 1) & mask;
    }
}

// A cut before the marker "▁" is safe when the character before it is a vocabulary token of its
// own (so the symbol that ends there ends with that character, not with "<0xXX>" or an unknown
// token) that no vocabulary token ever writes right before a "▁": then no merge can produce a
// token across the cut, and the parts merge exactly as the whole would. Not with ignore_merges,
// where the whole word may be one token.
void BpeModel::enableWordSplit(const std::vector<std::string_view>& vocabularyAsWritten)
{
    static constexpr std::string_view marker = "\u2581";
    splitMarker.clear();
    joiners.clear();
    if (byteLevel || ignoreMerges || vocab.find(marker) == vocab.end())
        return;
    for (std::string_view key : vocabularyAsWritten) {
        for (std::size_t at = key.find(marker, 1); at != std::string_view::npos; at = key.find(marker, at + 1)) {
            std::size_t b = at - 1;
            while (b > 0 && (static_cast<unsigned char>(key[b]) & 0xC0) == 0x80)
                --b;
            const std::string_view prev = key.substr(b, at - b);
            if (prev != marker && std::find(joiners.begin(), joiners.end(), prev) == joiners.end())
                joiners.emplace_back(prev);
            if (joiners.size() > 256) { // a vocabulary of multi-word tokens: do not cut
                joiners.clear();
                return;
            }
        }
    }
    splitMarker = std::string(marker);
}

void BpeModel::splitWord(std::string_view word, std::vector<std::pair<std::uint32_t, std::uint32_t>>& parts) const
{
    std::uint32_t start = 0;
    if (!splitMarker.empty()) {
        for (std::size_t at = word.find(splitMarker, 1); at != std::string_view::npos;
             at = word.find(splitMarker, at + splitMarker.size())) {
            std::size_t b = at - 1;
            while (b > 0 && (static_cast<unsigned char>(word[b]) & 0xC0) == 0x80)
                --b;
            const std::string_view prev = word.substr(b, at - b);
            if (prev == splitMarker || vocab.find(prev) == vocab.end() ||
                std::find(joiners.begin(), joiners.end(), prev) != joiners.end())
                continue;
            if (at > start)
                parts.emplace_back(start, std::uint32_t(at));
            start = std::uint32_t(at);
        }
    }
    if (word.size() > start)
        parts.emplace_back(start, std::uint32_t(word.size()));
}

void BpeModel::finish()
{
    for (int b = 0; b < 256; ++b) {
        std::string key;
        if (byteLevel) {
            key.push_back(char(b));
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "<0x%02X>", b);
            key = buf;
        }
        const auto it = vocab.find(key);
        m_byteId[b] = it == vocab.end() ? -1 : std::int64_t(it->second);
    }
}

void BpeModel::encodeWord(std::string_view word, std::vector<std::uint32_t>& ids, std::vector<std::uint32_t>& lens,
                          Scratch& scratch) const
{
    if (word.empty())
        return;
    if (ignoreMerges) {
        const auto it = vocab.find(word);
        if (it != vocab.end()) {
            ids.push_back(it->second);
            lens.push_back(std::uint32_t(word.size()));
            return;
        }
    }
    // Starting symbols: one per byte (byte-level) or per character, else its bytes' <0xXX>
    // tokens, else the unknown token (consecutive ones fused when asked), else nothing.
    auto& syms = scratch.symbols;
    syms.clear();
    bool previousUnk = false;
    auto push = [&](std::uint32_t id, std::size_t start, std::size_t len) {
        syms.push_back({id, std::uint32_t(start), std::uint32_t(len), std::int32_t(syms.size()) - 1,
                        std::int32_t(syms.size()) + 1});
    };
    for (std::size_t i = 0; i < word.size();) {
        const auto lead = static_cast<unsigned char>(word[i]);
        if (byteLevel) {
            if (m_byteId[lead] >= 0) {
                push(std::uint32_t(m_byteId[lead]), i, 1);
                previousUnk = false;
            } else if (unk) {
                if (fuseUnk && previousUnk)
                    syms.back().len += 1;
                else
                    push(*unk, i, 1);
                previousUnk = true;
            }
            ++i;
            continue;
        }
        const std::size_t n = utf8Length(lead, word.size() - i);
        const auto it = vocab.find(word.substr(i, n));
        if (it != vocab.end()) {
            push(it->second, i, n);
            previousUnk = false;
        } else {
            bool bytesKnown = byteFallback;
            for (std::size_t k = 0; bytesKnown && k < n; ++k)
                bytesKnown = m_byteId[static_cast<unsigned char>(word[i + k])] >= 0;
            if (bytesKnown) {
                for (std::size_t k = 0; k < n; ++k)
                    push(std::uint32_t(m_byteId[static_cast<unsigned char>(word[i + k])]), i + k, 1);
                previousUnk = false;
            } else if (unk) {
                if (fuseUnk && previousUnk)
                    syms.back().len += std::uint32_t(n);
                else
                    push(*unk, i, n);
                previousUnk = true;
            }
        }
        i += n;
    }
    if (syms.empty())
        return;
    syms.back().next = -1;

    // Merge the lowest-ranked adjacent pair, leftmost first, until none is left. A heap of
    // (rank, position) candidates; stale ones are skipped when popped.
    auto& heap = scratch.heap;
    heap.clear();
    auto key = [](std::uint32_t rank, std::uint32_t pos) { return (std::uint64_t(rank) << 32) | pos; };
    for (std::size_t i = 0; i + 1 < syms.size(); ++i)
        if (const MergeSlot* m = findMerge(syms[i].id, syms[i + 1].id))
            heap.push_back(key(m->rank, std::uint32_t(i)));
    const auto cmp = std::greater<std::uint64_t>();
    std::make_heap(heap.begin(), heap.end(), cmp);
    while (!heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), cmp);
        const std::uint64_t top = heap.back();
        heap.pop_back();
        const auto rank = std::uint32_t(top >> 32);
        const auto pos = std::uint32_t(top);
        Scratch::Symbol& left = syms[pos];
        if (left.len == 0 || left.next < 0)
            continue;
        Scratch::Symbol& right = syms[std::size_t(left.next)];
        const MergeSlot* m = findMerge(left.id, right.id);
        if (!m || m->rank != rank)
            continue; // this pair changed since it was queued
        left.id = m->result;
        left.len += right.len;
        right.len = 0;
        left.next = right.next;
        if (left.next >= 0)
            syms[std::size_t(left.next)].prev = std::int32_t(pos);
        if (left.prev >= 0) {
            if (const MergeSlot* p = findMerge(syms[std::size_t(left.prev)].id, left.id)) {
                heap.push_back(key(p->rank, std::uint32_t(left.prev)));
                std::push_heap(heap.begin(), heap.end(), cmp);
            }
        }
        if (left.next >= 0) {
            if (const MergeSlot* n = findMerge(left.id, syms[std::size_t(left.next)].id)) {
                heap.push_back(key(n->rank, pos));
                std::push_heap(heap.begin(), heap.end(), cmp);
            }
        }
    }
    for (std::int32_t i = 0; i >= 0; i = syms[std::size_t(i)].next) {
        ids.push_back(syms[std::size_t(i)].id);
        lens.push_back(syms[std::size_t(i)].len);
    }
}

} // namespace td
