#include "curation/ByteClasses.h"

#include <immintrin.h>

#include <algorithm>
#include <array>
#include <iterator>

namespace td {

namespace {

struct Word
{
    std::uint64_t digit = 0, dot = 0, upper = 0, colon = 0, separator = 0, backslash = 0, u = 0, value = 0, equals = 0,
                  space = 0, at = 0, plus = 0;
};

// lo <= byte < lo + count, per byte (0xFF or 0): the byte minus lo + 128 wraps the range to
// the lowest signed values.
__m128i inRange(__m128i v, char lo, char count)
{
    return _mm_cmplt_epi8(_mm_sub_epi8(v, _mm_set1_epi8(char(lo + 128))), _mm_set1_epi8(char(-128 + count)));
}

// The classes of the 64 bytes at p, 16 at a time (SSE2, which every x86-64 has).
template<bool withGateClasses>
Word classifyWord(const char* p)
{
    Word m;
    for (int part = 0; part < 4; ++part) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * part));
        const auto bits = [&](__m128i b) { return std::uint64_t(std::uint32_t(_mm_movemask_epi8(b))) << (16 * part); };
        const __m128i digit = inRange(v, '0', 10), upper = inRange(v, 'A', 26);
        m.digit |= bits(digit);
        const __m128i dot = _mm_cmpeq_epi8(v, _mm_set1_epi8('.')), space = _mm_cmpeq_epi8(v, _mm_set1_epi8(' '));
        m.dot |= bits(dot);
        m.separator |=
            bits(_mm_or_si128(_mm_or_si128(dot, space), _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('-')),
                                                                     _mm_cmpeq_epi8(v, _mm_set1_epi8(')')))));
        m.upper |= bits(upper);
        m.colon |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
        const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
        m.backslash |= bits(backslash);
        m.u |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('u')));
        if constexpr (withGateClasses) {
            // "-", "." and "/" are 0x2D-0x2F
            const __m128i punctuation = _mm_or_si128(
                _mm_or_si128(inRange(v, '-', 3), _mm_cmpeq_epi8(v, _mm_set1_epi8('+'))),
                _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')), _mm_cmpeq_epi8(v, _mm_set1_epi8('~'))));
            m.value |= bits(_mm_or_si128(_mm_or_si128(_mm_or_si128(digit, upper), inRange(v, 'a', 26)),
                                         _mm_or_si128(punctuation, backslash)));
            m.equals |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('=')));
            m.space |= bits(space);
            m.at |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('@')));
            m.plus |= bits(_mm_cmpeq_epi8(v, _mm_set1_epi8('+')));
        }
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
template<bool withGateClasses>
__attribute__((target("avx2"))) Word classifyWordAvx2(const char* p)
{
    Word m;
    for (int part = 0; part < 2; ++part) {
        const __m256i v = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 32 * part));
        const __m256i digit = inRange256(v, '0', 10), upper = inRange256(v, 'A', 26);
        m.digit |= bits256(digit, part);
        const __m256i dot = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('.')),
                      space = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(' '));
        m.dot |= bits256(dot, part);
        m.separator |= bits256(
            _mm256_or_si256(_mm256_or_si256(dot, space), _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('-')),
                                                                         _mm256_cmpeq_epi8(v, _mm256_set1_epi8(')')))),
            part);
        m.upper |= bits256(upper, part);
        m.colon |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8(':')), part);
        const __m256i backslash = _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\\'));
        m.backslash |= bits256(backslash, part);
        m.u |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('u')), part);
        if constexpr (withGateClasses) {
            const __m256i punctuation =
                _mm256_or_si256(_mm256_or_si256(inRange256(v, '-', 3), _mm256_cmpeq_epi8(v, _mm256_set1_epi8('+'))),
                                _mm256_or_si256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('_')),
                                                _mm256_cmpeq_epi8(v, _mm256_set1_epi8('~'))));
            m.value |= bits256(_mm256_or_si256(_mm256_or_si256(_mm256_or_si256(digit, upper), inRange256(v, 'a', 26)),
                                               _mm256_or_si256(punctuation, backslash)),
                               part);
            m.equals |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('=')), part);
            m.space |= bits256(space, part);
            m.at |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('@')), part);
            m.plus |= bits256(_mm256_cmpeq_epi8(v, _mm256_set1_epi8('+')), part);
        }
    }
    return m;
}

// The same 64 bytes at once, where the processor has AVX-512BW: a comparison gives a class's
// word directly (SSE2 and AVX2 need a movemask, a shift and an or a class and part). On a
// 64 KiB block in the cache, the ten classes took 0.095 s a GiB like this, 0.21 with AVX2
// (the seven without the secrets' 0.06 and 0.11).
__attribute__((target("avx512bw"))) std::uint64_t is512(__m512i v, char c)
{
    return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(c));
}

// lo <= byte < lo + count (unsigned, so the bytes below lo wrap to the top)
__attribute__((target("avx512bw"))) std::uint64_t inRange512(__m512i v, char lo, char count)
{
    return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(lo)), _mm512_set1_epi8(count));
}

template<bool withGateClasses>
__attribute__((target("avx512bw"))) Word classifyWordAvx512(const char* p)
{
    const __m512i v = _mm512_loadu_si512(p);
    Word m;
    m.digit = inRange512(v, '0', 10);
    m.upper = inRange512(v, 'A', 26);
    m.dot = is512(v, '.');
    const std::uint64_t space = is512(v, ' ');
    m.separator = m.dot | space | is512(v, '-') | is512(v, ')');
    m.colon = is512(v, ':');
    m.backslash = is512(v, '\\');
    m.u = is512(v, 'u');
    if constexpr (withGateClasses) {
        // "-", "." and "/" are 0x2D-0x2F
        m.value = m.digit | m.upper | inRange512(v, 'a', 26) | inRange512(v, '-', 3) | is512(v, '+') | is512(v, '_') |
                  is512(v, '~') | m.backslash;
        m.equals = is512(v, '=');
        m.space = space;
        m.at = is512(v, '@');
        m.plus = is512(v, '+');
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
        out[ByteClasses::Value][w] = m.value;
        out[ByteClasses::Equals][w] = m.equals;
        out[ByteClasses::Space][w] = m.space;
        out[ByteClasses::At][w] = m.at;
        out[ByteClasses::Plus][w] = m.plus;
    }
}

template<bool withGateClasses>
void classifyTextSse2(std::string_view text, std::size_t words, std::array<std::uint64_t*, ByteClasses::Count> out)
{
    classifyText<classifyWord<withGateClasses>>(text, words, out);
}

template<bool withGateClasses>
__attribute__((target("avx2"))) void classifyTextAvx2(std::string_view text, std::size_t words,
                                                      std::array<std::uint64_t*, ByteClasses::Count> out)
{
    classifyText<classifyWordAvx2<withGateClasses>>(text, words, out);
}

template<bool withGateClasses>
__attribute__((target("avx512bw"))) void classifyTextAvx512(std::string_view text, std::size_t words,
                                                            std::array<std::uint64_t*, ByteClasses::Count> out)
{
    classifyText<classifyWordAvx512<withGateClasses>>(text, words, out);
}

} // namespace

bool ByteClasses::supported(Isa isa)
{
    switch (isa) {
    case Isa::Sse2:
        return true;
    case Isa::Avx2:
        return __builtin_cpu_supports("avx2");
    case Isa::Avx512:
        return __builtin_cpu_supports("avx512bw");
    }
    return false;
}

std::size_t ByteClasses::compute(std::string_view text, bool withGateClasses)
{
    static const Isa best = supported(Isa::Avx512) ? Isa::Avx512 : supported(Isa::Avx2) ? Isa::Avx2 : Isa::Sse2;
    return compute(text, withGateClasses, best);
}

std::size_t ByteClasses::compute(std::string_view text, bool withGateClasses, Isa isa)
{
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
    switch (isa) {
    case Isa::Avx512:
        (withGateClasses ? classifyTextAvx512<true> : classifyTextAvx512<false>)(text, words_, out);
        break;
    case Isa::Avx2:
        (withGateClasses ? classifyTextAvx2<true> : classifyTextAvx2<false>)(text, words_, out);
        break;
    case Isa::Sse2:
        (withGateClasses ? classifyTextSse2<true> : classifyTextSse2<false>)(text, words_, out);
        break;
    }
    return words_;
}

} // namespace td
