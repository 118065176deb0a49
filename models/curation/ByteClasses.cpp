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

// Every word of `text`, classified with `classify` (inlined into each caller below, so the
// AVX2 one runs inside a function built for AVX2).
// A cache line of `next` for each word of the text (a prefetch never faults).
[[gnu::always_inline]] inline void readAhead(std::string_view next, std::size_t w)
{
    if (w * 64 < next.size())
        __builtin_prefetch(next.data() + w * 64, 0, 2);
}

template<Word (*classify)(const char*)>
[[gnu::always_inline]] inline void classifyText(std::string_view text, std::size_t words,
                                                std::array<std::uint64_t*, ByteClasses::Count> out,
                                                std::string_view next)
{
    alignas(32) char tail[64];
    for (std::size_t w = 0; w < words; ++w) {
        readAhead(next, w);
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
void classifyTextSse2(std::string_view text, std::size_t words, std::array<std::uint64_t*, ByteClasses::Count> out,
                      std::string_view next)
{
    classifyText<classifyWord<withGateClasses>>(text, words, out, next);
}

template<bool withGateClasses>
__attribute__((target("avx2"))) void classifyTextAvx2(std::string_view text, std::size_t words,
                                                      std::array<std::uint64_t*, ByteClasses::Count> out,
                                                      std::string_view next)
{
    classifyText<classifyWordAvx2<withGateClasses>>(text, words, out, next);
}

// The same 64 bytes at once, where the processor has AVX-512BW: a comparison gives a class's
// word directly (SSE2 and AVX2 need a movemask, a shift and an or a class and part). On a
// 64 KiB block in the cache, the ten classes took 0.095 s a GiB like this, 0.21 with AVX2
// (the seven without the secrets' 0.06 and 0.11). Written out rather than through
// classifyText: the classes joined in mask registers and each stored as soon as it is made
// (through Word, GCC joined them in general registers, short of them for the twelve places:
// 115 instructions a word, 70 like this).
// Word w of the text (`whole` of them are whole); the last, partial one with zero bytes after the
// text, which belong to no class.
__attribute__((target("avx512bw"))) __m512i wordOf(std::string_view text, std::size_t w, std::size_t whole)
{
    return w < whole ? _mm512_loadu_si512(text.data() + w * 64)
                     : _mm512_maskz_loadu_epi8(~std::uint64_t(0) >> (64 - text.size() % 64), text.data() + w * 64);
}

template<bool withGateClasses>
__attribute__((target("avx512bw"))) void classifyTextAvx512(std::string_view text, std::size_t words,
                                                            std::array<std::uint64_t*, ByteClasses::Count> out,
                                                            std::string_view next)
{
    const __m512i digit0 = _mm512_set1_epi8('0'), upperA = _mm512_set1_epi8('A'), lowerA = _mm512_set1_epi8('a'),
                  dash = _mm512_set1_epi8('-'), ten = _mm512_set1_epi8(10), letters = _mm512_set1_epi8(26),
                  three = _mm512_set1_epi8(3), dot = _mm512_set1_epi8('.'), space = _mm512_set1_epi8(' '),
                  paren = _mm512_set1_epi8(')'), colon = _mm512_set1_epi8(':'), backslash = _mm512_set1_epi8('\\'),
                  u = _mm512_set1_epi8('u'), plus = _mm512_set1_epi8('+'), underscore = _mm512_set1_epi8('_'),
                  tilde = _mm512_set1_epi8('~'), equals = _mm512_set1_epi8('='), at = _mm512_set1_epi8('@');
    const std::size_t whole = text.size() / 64;
    for (std::size_t w = 0; w < words; ++w) {
        readAhead(next, w);
        const __m512i v = wordOf(text, w, whole);
        const __mmask64 isDigit = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, digit0), ten);
        const __mmask64 isUpper = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, upperA), letters);
        const __mmask64 isDot = _mm512_cmpeq_epi8_mask(v, dot), isSpace = _mm512_cmpeq_epi8_mask(v, space);
        const __mmask64 isBackslash = _mm512_cmpeq_epi8_mask(v, backslash);
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Digit] + w), isDigit);
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Upper] + w), isUpper);
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Dot] + w), isDot);
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Backslash] + w), isBackslash);
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Separator] + w),
                      _kor_mask64(_kor_mask64(isDot, isSpace),
                                  _mm512_cmpeq_epi8_mask(v, dash) | _mm512_cmpeq_epi8_mask(v, paren)));
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Colon] + w), _mm512_cmpeq_epi8_mask(v, colon));
        _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::LetterU] + w), _mm512_cmpeq_epi8_mask(v, u));
        if constexpr (withGateClasses) {
            const __mmask64 isPlus = _mm512_cmpeq_epi8_mask(v, plus);
            // "-", "." and "/" are 0x2D-0x2F
            const __mmask64 value = _kor_mask64(
                _kor_mask64(_kor_mask64(isDigit, isUpper),
                            _kor_mask64(_mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, lowerA), letters),
                                        _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, dash), three))),
                _kor_mask64(_kor_mask64(isPlus, isBackslash),
                            _kor_mask64(_mm512_cmpeq_epi8_mask(v, underscore), _mm512_cmpeq_epi8_mask(v, tilde))));
            _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Value] + w), value);
            _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Equals] + w),
                          _mm512_cmpeq_epi8_mask(v, equals));
            _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Space] + w), isSpace);
            _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::At] + w), _mm512_cmpeq_epi8_mask(v, at));
            _store_mask64(reinterpret_cast<__mmask64*>(out[ByteClasses::Plus] + w), isPlus);
        }
    }
}

// Where the processor has AVX-512 VBMI: a byte's classes looked up in a table of the 128 ASCII
// values (a permutation of two registers gives 64 bytes' at once), then each class's word
// tested out of them: 2 lookups and 12 tests for the comparisons and joins above.
struct ClassTables
{
    // bit k of table 0: class k (Digit to Value); of table 1: class Value + 1 + k (Equals to Plus)
    alignas(64) std::array<std::uint8_t, 128> of[2];
};

const ClassTables& classTables()
{
    static const ClassTables tables = [] {
        ClassTables t{};
        for (int c = 0; c < 128; ++c) {
            const bool digit = c >= '0' && c <= '9', upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            const bool classes[ByteClasses::Count] = {
                digit,                                        // Digit
                c == '.',                                     // Dot
                upper,                                        // Upper
                c == ':',                                     // Colon
                c == '.' || c == ' ' || c == '-' || c == ')', // Separator
                c == '\\',                                    // Backslash
                c == 'u',                                     // LetterU
                digit || upper || lower || (c >= '-' && c <= '/') || c == '+' || c == '_' || c == '~' ||
                    c == '\\', // Value
                c == '=',      // Equals
                c == ' ',      // Space
                c == '@',      // At
                c == '+',      // Plus
            };
            for (int k = 0; k < ByteClasses::Count; ++k)
                if (classes[k])
                    t.of[k <= ByteClasses::Value ? 0 : 1][std::size_t(c)] |=
                        std::uint8_t(1u << (k <= ByteClasses::Value ? k : k - ByteClasses::Value - 1));
        }
        return t;
    }();
    return tables;
}
static_assert(ByteClasses::Value == 7 && ByteClasses::Count - ByteClasses::Value - 1 <= 8,
              "each table holds 8 classes a byte");

template<bool withGateClasses>
__attribute__((target("avx512bw,avx512vbmi"))) void classifyTextVbmi(std::string_view text, std::size_t words,
                                                                     std::array<std::uint64_t*, ByteClasses::Count> out,
                                                                     std::string_view next)
{
    const ClassTables& t = classTables();
    const __m512i low0 = _mm512_load_si512(t.of[0].data()), high0 = _mm512_load_si512(t.of[0].data() + 64),
                  low1 = _mm512_load_si512(t.of[1].data()), high1 = _mm512_load_si512(t.of[1].data() + 64);
    const std::size_t whole = text.size() / 64;
    for (std::size_t w = 0; w < words; ++w) {
        readAhead(next, w);
        const __m512i v = wordOf(text, w, whole);
        const __mmask64 ascii = ~_mm512_movepi8_mask(v); // bytes from 128 on belong to no class
        const __m512i classes0 = _mm512_maskz_permutex2var_epi8(ascii, low0, v, high0);
        for (int k = 0; k < (withGateClasses ? ByteClasses::Value + 1 : ByteClasses::Value); ++k) {
            *out[std::size_t(k)]++ = _mm512_test_epi8_mask(classes0, _mm512_set1_epi8(char(1 << k)));
        }
        if constexpr (withGateClasses) {
            const __m512i classes1 = _mm512_maskz_permutex2var_epi8(ascii, low1, v, high1);
            for (int k = ByteClasses::Value + 1; k < ByteClasses::Count; ++k) {
                *out[std::size_t(k)]++ =
                    _mm512_test_epi8_mask(classes1, _mm512_set1_epi8(char(1 << (k - ByteClasses::Value - 1))));
            }
        }
    }
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
    case Isa::Avx512Vbmi:
        return __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512vbmi");
    }
    return false;
}

std::size_t ByteClasses::compute(std::string_view text, bool withGateClasses, std::string_view next)
{
    static const Isa best = supported(Isa::Avx512Vbmi) ? Isa::Avx512Vbmi
                            : supported(Isa::Avx512)   ? Isa::Avx512
                            : supported(Isa::Avx2)     ? Isa::Avx2
                                                       : Isa::Sse2;
    return compute(text, withGateClasses, best, next);
}

std::size_t ByteClasses::compute(std::string_view text, bool withGateClasses, Isa isa, std::string_view next)
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
    case Isa::Avx512Vbmi:
        (withGateClasses ? classifyTextVbmi<true> : classifyTextVbmi<false>)(text, words_, out, next);
        break;
    case Isa::Avx512:
        (withGateClasses ? classifyTextAvx512<true> : classifyTextAvx512<false>)(text, words_, out, next);
        break;
    case Isa::Avx2:
        (withGateClasses ? classifyTextAvx2<true> : classifyTextAvx2<false>)(text, words_, out, next);
        break;
    case Isa::Sse2:
        (withGateClasses ? classifyTextSse2<true> : classifyTextSse2<false>)(text, words_, out, next);
        break;
    }
    return words_;
}

} // namespace td
