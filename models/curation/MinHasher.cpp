#include "curation/MinHasher.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace td {

namespace {

std::uint64_t mix(std::uint64_t x)
{
    // splitmix64's finalizer: every input bit reaches every output bit.
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

bool isWordByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// The permutations' multipliers and offsets: fixed, so signatures are the same in every run.
struct Permutations
{
    std::uint64_t a[512];
    std::uint64_t b[512];
    Permutations()
    {
        std::uint64_t s = 0x5eed;
        for (int i = 0; i < 512; ++i) {
            a[i] = mix(s += 0x9E3779B97F4A7C15ULL) | 1;
            b[i] = mix(s += 0x9E3779B97F4A7C15ULL);
        }
    }
};

const Permutations& permutations()
{
    static const Permutations p;
    return p;
}

} // namespace

bool NearDupParams::isValid() const
{
    return shingleWords >= 1 && shingleWords <= 8 && bands >= 1 && bands <= 32 && rowsPerBand >= 1 &&
           rowsPerBand <= 16 && threshold > 0 && threshold <= 1;
}

double NearDupParams::candidateThreshold() const
{
    return std::pow(1.0 / bands, 1.0 / rowsPerBand);
}

void shingleHashes(std::string_view text, int k, std::vector<std::uint64_t>& words, std::vector<std::uint64_t>& out)
{
    words.clear();
    std::uint64_t h = 0;
    bool inWord = false;
    for (const char ch : text) {
        auto c = static_cast<unsigned char>(ch);
        if (isWordByte(c)) {
            if (c >= 'A' && c <= 'Z')
                c = static_cast<unsigned char>(c + 32);
            h = (inWord ? h : 0xcbf29ce484222325ULL) ^ c;
            h *= 0x100000001b3ULL;
            inWord = true;
        } else if (inWord) {
            words.push_back(mix(h));
            inWord = false;
        }
    }
    if (inWord)
        words.push_back(mix(h));
    if (words.empty())
        return;
    const std::size_t n = std::size_t(std::max(1, k));
    if (words.size() < n) {
        std::uint64_t s = 0;
        for (std::uint64_t w : words)
            s = mix(s ^ w);
        out.push_back(s);
        return;
    }
    for (std::size_t i = 0; i + n <= words.size(); ++i) {
        std::uint64_t s = 0;
        for (std::size_t j = 0; j < n; ++j)
            s = mix(s + words[i + j]);
        out.push_back(s);
    }
}

bool bandHashes(std::span<const std::uint64_t> shingles, const NearDupParams& params, std::span<std::uint32_t> out)
{
    std::fill(out.begin(), out.end(), 0u);
    if (shingles.empty())
        return false;
    const int perms = params.bands * params.rowsPerBand;
    std::uint64_t mins[512];
    std::fill(mins, mins + perms, std::numeric_limits<std::uint64_t>::max());
    const Permutations& p = permutations();
    // A universal hash per permutation over the mixed shingle; the loop over permutations is
    // what the compiler vectorizes.
    for (std::uint64_t s : shingles)
        for (int i = 0; i < perms; ++i)
            mins[i] = std::min(mins[i], p.a[i] * s + p.b[i]);
    for (int band = 0; band < params.bands; ++band) {
        std::uint64_t h = 0x42 + std::uint64_t(band);
        for (int r = 0; r < params.rowsPerBand; ++r)
            h = mix(h ^ mins[band * params.rowsPerBand + r]);
        const auto v = std::uint32_t(h ^ (h >> 32));
        out[std::size_t(band)] = v ? v : 1;
    }
    return true;
}

double jaccard(std::span<const std::uint64_t> a, std::span<const std::uint64_t> b)
{
    if (a.empty() && b.empty())
        return 1.0;
    std::size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

} // namespace td
