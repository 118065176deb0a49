#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

// The helpers are inlined everywhere, so the ABI of passing 32-byte vectors (which GCC warns
// changes with AVX) never applies; the warning is off for the files that include this.
#pragma GCC diagnostic ignored "-Wpsabi"

// Helpers for the personal-data gate's byte masks (ByteClasses: bit i of word w is byte
// 64 w + i): four words as one value, shifted by bytes across word boundaries.
namespace td::bits {

// Four words as one value (GCC's and Clang's vector extension): AVX2 inside a function built
// for it, two SSE2 halves elsewhere, from the same code.
typedef std::uint64_t Lanes __attribute__((vector_size(32)));
constexpr std::size_t kLanes = 4;

[[gnu::always_inline]] inline Lanes load(const std::uint64_t* p)
{
    Lanes v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

[[gnu::always_inline]] inline void store(std::uint64_t* p, Lanes v)
{
    std::memcpy(p, &v, sizeof v);
}

// Bit i holds byte i + k's bit (the byte k ahead), across the word boundary.
template<int k>
[[gnu::always_inline]] inline Lanes ahead(const std::uint64_t* p)
{
    static_assert(k > 0 && k < 64);
    return load(p) >> k | load(p + 1) << (64 - k);
}

// Bit i holds byte i - k's bit (the byte k behind).
template<int k>
[[gnu::always_inline]] inline Lanes behind(const std::uint64_t* p)
{
    static_assert(k > 0 && k < 64);
    return load(p) << k | load(p - 1) >> (64 - k);
}

// fn(byte index) for each bit set in word w, lowest first.
template<typename Fn>
void forEachBit(std::uint64_t word, std::size_t w, Fn&& fn)
{
    while (word) {
        fn(std::uint32_t(w * 64 + std::size_t(__builtin_ctzll(word))));
        word &= word - 1;
    }
}

} // namespace td::bits
