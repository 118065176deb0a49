#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace td {

// Finds added and special tokens written literally in text ("<|im_start|>", "<start_of_turn>"),
// leftmost-longest as Hugging Face's matcher does: a byte trie.
class AddedTokenMatcher
{
public:
    AddedTokenMatcher();
    void add(std::string_view content, std::uint32_t id);
    bool empty() const { return m_count == 0; }

    struct Match
    {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;
        std::uint32_t id = 0;
    };
    // The first match at or after `from`; false when there is none.
    bool find(std::string_view text, std::size_t from, Match& match) const;

private:
    struct Node
    {
        std::int64_t id = -1;
        std::vector<std::pair<unsigned char, std::uint32_t>> children; // sorted by byte
    };
    std::int64_t child(std::uint32_t node, unsigned char b) const;

    std::vector<Node> m_nodes;
    bool m_first[256];
    std::size_t m_count = 0;
};

} // namespace td
