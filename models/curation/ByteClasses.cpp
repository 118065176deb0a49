#include "curation/ByteClasses.h"

#include <immintrin.h>

#include <algorithm>
#include <iterator>

namespace td {

namespace {

// lo <= byte < lo + count, per byte (0xFF or 0).
__m128i inRange(__m128i v, char lo, char count)
{
    return _mm_cmplt_epi8(_mm_sub_epi8(v, _mm_set1_epi8(char(lo + 128))), _mm_set1_epi8(char(-128 + count)));
}

std::uint64_t bits(__m128i m, int part)
{
    return std::uint64_t(std::uint32_t(_mm_movemask_epi8(m)) & 0xFFFFu) << (16 * part);
}

// The classes of word w's 64 bytes at p, 16 bytes at a time (SSE2, every x86-64 has it).
void classifyWord(const char* p, std::size_t w, ByteClasses& m)
{
    std::uint64_t digit = 0, separator = 0, dot = 0, paren = 0, space = 0, upper = 0, hex = 0, colon = 0;
    for (int part = 0; part < 4; ++part) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * part));
        const __m128i d = inRange(v, '0', 10);
        const __m128i sp = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
        const __m128i pa = _mm_cmpeq_epi8(v, _mm_set1_epi8(')'));
        const __m128i dt = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
        const __m128i dash = _mm_cmpeq_epi8(v, _mm_set1_epi8('-'));
        digit |= bits(d, part);
        space |= bits(sp, part);
        paren |= bits(pa, part);
        dot |= bits(dt, part);
        separator |= bits(_mm_or_si128(_mm_or_si128(sp, pa), _mm_or_si128(dt, dash)), part);
        upper |= bits(inRange(v, 'A', 26), part);
        hex |= bits(_mm_or_si128(d, inRange(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 6)), part);
        colon |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')), part);
    }
    m.digit[w] = digit;
    m.separator[w] = separator;
    m.dot[w] = dot;
    m.paren[w] = paren;
    m.space[w] = space;
    m.upper[w] = upper;
    m.hex[w] = hex;
    m.colon[w] = colon;
}

// The same 32 bytes at a time, where the processor has AVX2 (twice as fast).
__attribute__((target("avx2"))) std::uint64_t bits256(__m256i m, int part)
{
    return std::uint64_t(std::uint32_t(_mm256_movemask_epi8(m))) << (32 * part);
}

__attribute__((target("avx2"))) __m256i inRange256(__m256i v, char lo, char count)
{
    return _mm256_cmpgt_epi8(_mm256_set1_epi8(char(-128 + count)),
                             _mm256_sub_epi8(v, _mm256_set1_epi8(char(lo + 128))));
}

__attribute__((target("avx2"))) void classifyWordAvx2(const char* p, std::size_t w, ByteClasses& m)
{
    std::uint64_t digit = 0, separator = 0, dot = 0, paren = 0, space = 0, upper = 0, hex = 0, colon = 0;
    for (int part = 0; part < 2; ++part) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * part));
        const __m256i d = inRange256(v, '0', 10);
        const __m256i sp = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(' '));
        const __m256i pa = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(')'));
        const __m256i dt = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('.'));
        const __m256i dash = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('-'));
        digit |= bits256(d, part);
        space |= bits256(sp, part);
        paren |= bits256(pa, part);
        dot |= bits256(dt, part);
        separator |= bits256(_mm256_or_si256(_mm256_or_si256(sp, pa), _mm256_or_si256(dt, dash)), part);
        upper |= bits256(inRange256(v, 'A', 26), part);
        hex |= bits256(_mm256_or_si256(d, inRange256(_mm256_or_si256(v, _mm256_set1_epi8(0x20)), 'a', 6)), part);
        colon |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(':')), part);
    }
    m.digit[w] = digit;
    m.separator[w] = separator;
    m.dot[w] = dot;
    m.paren[w] = paren;
    m.space[w] = space;
    m.upper[w] = upper;
    m.hex[w] = hex;
    m.colon[w] = colon;
}

} // namespace

void ByteClasses::classify(std::string_view raw, std::size_t words)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    alignas(32) char tail[64];
    for (std::size_t w = 0; w < words; ++w) {
        const char* p = raw.data() + w * 64;
        if (w * 64 + 64 > raw.size()) { // the last, partial word: zero bytes belong to no class
            std::fill(std::begin(tail), std::end(tail), '\0');
            std::copy(p, raw.data() + raw.size(), tail);
            p = tail;
        }
        if (avx2)
            classifyWordAvx2(p, w, *this);
        else
            classifyWord(p, w, *this);
    }
}

void ByteClasses::resize(std::size_t words)
{
    for (auto* m : {&digit, &separator, &dot, &paren, &space, &upper, &hex, &colon, &run, &dotRun, &hexRun, &events}) {
        if (m->size() < words + 1)
            m->resize(words + 1);
        (*m)[words] = 0;
    }
}

std::size_t ByteClasses::compute(std::string_view text)
{
    const std::size_t words = (text.size() + 63) / 64;
    resize(words);
    classify(text, words);
    std::uint64_t closedBefore = 0; // the ") " joins of the word before
    for (std::size_t w = 0; w < words; ++w) {
        const Pair digits = pairAt(digit, w);
        const std::uint64_t digitBefore = before(digit, w), digitAfter = low(digits >> 1);
        const std::uint64_t between = digitBefore & digitAfter;
        const std::uint64_t closeSpace = paren[w] & digitBefore & low(pairAt(space, w) >> 1) & low(digits >> 2);
        run[w] = digit[w] | (separator[w] & between) | closeSpace | closeSpace << 1 | closedBefore >> 63;
        closedBefore = closeSpace;
        dotRun[w] = digit[w] | (dot[w] & between);
        hexRun[w] = hex[w] | (colon[w] & before(hex, w) & low(pairAt(hex, w) >> 1));
    }
    return words;
}

} // namespace td
