#include "curation/ByteClasses.h"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <iterator>

namespace td {

namespace {

struct Word
{
    std::uint64_t digit = 0, dot = 0, upper = 0, colon = 0, separator = 0, backslash = 0, u = 0;
};

// lo <= byte < lo + count, per byte (0xFF or 0): the byte minus lo + 128 wraps the range to
// the lowest signed values.
__m128i inRange(__m128i v, char lo, char count)
{
    return _mm_cmplt_epi8(_mm_sub_epi8(v, _mm_set1_epi8(char(lo + 128))), _mm_set1_epi8(char(-128 + count)));
}

// The classes of the 64 bytes at p, 16 at a time (SSE2, which every x86-64 has).
Word classifyWord(const char* p)
{
    Word m;
    for (int part = 0; part < 4; ++part) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * part));
        const auto bits = [&](__m128i b) { return std::uint64_t(std::uint32_t(_mm_movemask_epi8(b))) << (16 * part); };
        m.digit |= bits(inRange(v, '0', 10));
        const __m128i dot = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
        m.dot |= bits(dot);
        m.separator |= bits(
            _mm_or_si128(_mm_or_si128(dot, _mm_cmpeq_epi8(v, _mm_set1_epi8(' '))),
                         _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')), _mm_cmpeq_epi8(v, _mm_set1_epi8(')')))));
        m.upper |= bits(inRange(v, 'A', 26));
        m.colon |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
        m.backslash |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
        m.u |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('u')));
    }
    return m;
}

__attribute__((target("avx2"))) __m256i inRange256(__m256i v, char lo, char count)
{
    return _mm256_cmpgt_epi8(_mm256_set1_epi8(char(-128 + count)),
                             _mm256_sub_epi8(v, _mm256_set1_epi8(char(lo + 128))));
}

__attribute__((target("avx2"))) std::uint64_t bits256(__m256i b, int part)
{
    return std::uint64_t(std::uint32_t(_mm256_movemask_epi8(b))) << (32 * part);
}

// The same 32 bytes at a time, where the processor has AVX2.
__attribute__((target("avx2"))) Word classifyWordAvx2(const char* p)
{
    Word m;
    for (int part = 0; part < 2; ++part) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * part));
        m.digit |= bits256(inRange256(v, '0', 10), part);
        const __m256i dot = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('.'));
        m.dot |= bits256(dot, part);
        m.separator |= bits256(_mm256_or_si256(_mm256_or_si256(dot, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(' '))),
                                               _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('-')),
                                                               _mm256_cmpeq_epi8(v, _mm256_set1_epi8(')')))),
                               part);
        m.upper |= bits256(inRange256(v, 'A', 26), part);
        m.colon |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(':')), part);
        m.backslash |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\')), part);
        m.u |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('u')), part);
    }
    return m;
}

// Every word of `text`, classified with `classify` (inlined into each caller below, so the
// AVX2 one runs inside a function built for AVX2).
template<Word (*classify)(const char*)>
[[gnu::always_inline]] inline void classifyText(std::string_view text, std::size_t words,
                                                std::array<std::uint64_t*, ByteClasses::Count> out)
{
    alignas(32) char tail[64];
    for (std::size_t w = 0; w < words; ++w) {
        const char* p = text.data() + w * 64;
        if (w * 64 + 64 > text.size()) { // the last, partial word: zero bytes belong to no class
            std::fill(std::begin(tail), std::end(tail), '\0');
            std::copy(p, text.data() + text.size(), tail);
            p = tail;
        }
        const Word m = classify(p);
        out[ByteClasses::Digit][w] = m.digit;
        out[ByteClasses::Dot][w] = m.dot;
        out[ByteClasses::Upper][w] = m.upper;
        out[ByteClasses::Colon][w] = m.colon;
        out[ByteClasses::Separator][w] = m.separator;
        out[ByteClasses::Backslash][w] = m.backslash;
        out[ByteClasses::LetterU][w] = m.u;
    }
}

void classifyTextSse2(std::string_view text, std::size_t words, std::array<std::uint64_t*, ByteClasses::Count> out)
{
    classifyText<classifyWord>(text, words, out);
}

__attribute__((target("avx2"))) void classifyTextAvx2(std::string_view text, std::size_t words,
                                                      std::array<std::uint64_t*, ByteClasses::Count> out)
{
    classifyText<classifyWordAvx2>(text, words, out);
}

} // namespace

std::size_t ByteClasses::compute(std::string_view text)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    words_ = (text.size() + 63) / 64;
    std::array<std::uint64_t*, Count> out;
    for (int c = 0; c < Count; ++c) {
        std::vector<std::uint64_t>& m = masks_[c];
        if (m.size() < words_ + 1 + kTail)
            m.resize(words_ + 1 + kTail);
        m[0] = 0;
        std::fill(m.begin() + std::ptrdiff_t(words_ + 1), m.begin() + std::ptrdiff_t(words_ + 1 + kTail), 0);
        out[std::size_t(c)] = m.data() + 1;
    }
    if (avx2)
        classifyTextAvx2(text, words_, out);
    else
        classifyTextSse2(text, words_, out);
    return words_;
}

} // namespace td
