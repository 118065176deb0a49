#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace td {

// A BPE model: vocabulary, merges ranked by their order, and what happens to characters outside
// the vocabulary (byte fallback to <0xXX> tokens, the unknown token, fused or not). Byte-level
// vocabularies are held as raw bytes (see ByteLevelAlphabet), so one byte is one starting symbol.
class BpeModel
{
public:
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using Vocab = std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>>;

    // Set up by TokenizerJson.
    Vocab vocab;            // token bytes -> id
    bool byteLevel = false; // vocabulary keys are raw bytes
    bool byteFallback = false;
    bool fuseUnk = false;
    bool ignoreMerges = false;
    std::optional<std::uint32_t> unk;

    // SentencePiece-style vocabularies: where a word can be cut into parts that BPE would never
    // merge across, so long words (a whole message when nothing splits on spaces, as in Gemma)
    // become short cacheable ones. Set up by enableWordSplit(); empty when not safe.
    std::string splitMarker;
    std::vector<std::string> joiners; // characters that do join with a following marker
    void enableWordSplit(const std::vector<std::string_view>& vocabularyAsWritten);
    // Appends the [begin, end) parts of `word` (the whole word when it cannot be cut).
    void splitWord(std::string_view word, std::vector<std::pair<std::uint32_t, std::uint32_t>>& parts) const;

    void addMerge(std::uint32_t left, std::uint32_t right, std::uint32_t rank, std::uint32_t result);
    std::size_t mergeCount() const { return m_mergeCount; }
    // Called once the vocabulary is complete.
    void finish();

    struct Scratch
    {
        struct Symbol
        {
            std::uint32_t id;
            std::uint32_t start;
            std::uint32_t len;
            std::int32_t prev;
            std::int32_t next;
        };
        std::vector<Symbol> symbols;
        std::vector<std::uint64_t> heap;
    };

    // Appends the tokens of one pre-token: ids and each token's length in bytes of `word`.
    void encodeWord(std::string_view word, std::vector<std::uint32_t>& ids, std::vector<std::uint32_t>& lens,
                    Scratch& scratch) const;

private:
    struct MergeSlot
    {
        std::uint64_t key = ~std::uint64_t(0);
        std::uint32_t rank = 0;
        std::uint32_t result = 0;
    };
    const MergeSlot* findMerge(std::uint32_t left, std::uint32_t right) const;
    void growMerges();

    std::vector<MergeSlot> m_merges; // open addressing, power-of-two size
    std::size_t m_mergeCount = 0;
    std::int64_t m_byteId[256]; // byte-level: the token of each byte; else <0xXX> tokens
};

} // namespace td
