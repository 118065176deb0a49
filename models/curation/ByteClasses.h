#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace td {

// The classes of a text's bytes as bit masks, 64 bytes a word (bit i of word w: byte 64 w + i),
// found 16 or 32 bytes at a time (SSE2, or AVX2 where the processor has it), and the digit runs
// the personal-data number pass looks at, so it can jump to the few places worth a walk. Each
// mask has a zero word past the end, so a shift brings no bits in from there. Reused from one
// text to the next (a thread's own, thread_local).
struct ByteClasses
{
    std::vector<std::uint64_t> digit, separator, dot, paren, space, upper, hex, colon;
    // Digit runs as PiiNumbers' walker joins them (a separator between two digits, or ") "
    // between an area code and its number), the same joined by dots only, and hex groups
    // joined by single colons (a full IPv6 address).
    std::vector<std::uint64_t> run, dotRun, hexRun;
    std::vector<std::uint64_t> events; // the caller's

    // The masks of `text`; returns the number of words.
    std::size_t compute(std::string_view text);

    // Two words as one 128-bit value, so shifts by up to 64 bring in the next word's bits.
    __extension__ typedef unsigned __int128 Pair; // (a GCC and Clang extension)
    static Pair pairAt(const std::vector<std::uint64_t>& m, std::size_t w) { return Pair(m[w + 1]) << 64 | m[w]; }
    static std::uint64_t low(Pair p) { return std::uint64_t(p); }
    // Bit i - 1 of word w moved to bit i (the byte before).
    static std::uint64_t before(const std::vector<std::uint64_t>& m, std::size_t w)
    {
        return m[w] << 1 | (w > 0 ? m[w - 1] >> 63 : 0);
    }
    // The bits of word w that start a row of set bits as long as 1 plus the steps (each step
    // at most as long as the row so far): <1, 2, 3> keeps starts of 7 set bits in a row.
    template<unsigned... steps>
    static std::uint64_t runStarts(const std::vector<std::uint64_t>& m, std::size_t w)
    {
        Pair x = pairAt(m, w);
        ((x &= x >> steps), ...);
        return low(x);
    }
    static bool isSet(const std::vector<std::uint64_t>& m, std::uint32_t i) { return (m[i / 64] >> (i % 64)) & 1; }
    // fn(i) for each set bit of word w, in order.
    template<typename Fn>
    static void forEachBit(std::uint64_t word, std::size_t w, Fn&& fn)
    {
        while (word) {
            fn(std::uint32_t(w * 64 + std::size_t(__builtin_ctzll(word))));
            word &= word - 1;
        }
    }

private:
    void resize(std::size_t words);
    void classify(std::string_view text, std::size_t words);
};

} // namespace td
