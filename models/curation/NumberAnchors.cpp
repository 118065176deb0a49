#include "curation/NumberAnchors.h"

#include "curation/BitLanes.h"
#include "curation/PiiKind.h"

namespace td {

namespace {

using namespace bits;

struct Arrays
{
    const std::uint64_t *digit, *dot, *upper, *separator, *colon, *backslash, *u;
    std::uint64_t *digits3, *digits4, *digits6, *joins, *joins2, *numbers, *ibans, *ipv6, *escapes;
};

struct Wanted
{
    bool ip, card, phone, iban, ipv6;
};

// Three passes, each a vector further than the next reads (a word past its last vector: shifts
// are shorter than a word), the classes zero there. Inlined into a function built for AVX2 and
// into one for any x86-64.
[[gnu::always_inline]] inline void anchors(const Arrays& a, std::size_t words, Wanted k)
{
    const std::size_t end3 = (words + kLanes - 1) / kLanes * kLanes, end2 = end3 + kLanes, end1 = end2 + kLanes;
    for (std::size_t w = 0; w < end1; w += kLanes) {
        const std::uint64_t* d = a.digit + w;
        // 3 digits from here; a dot between digits, its bit on the digit before it.
        store(a.digits3 + w, load(d) & ahead<1>(d) & ahead<2>(d));
        store(a.joins + w, load(d) & ahead<1>(a.dot + w) & ahead<2>(d));
    }
    for (std::size_t w = 0; w < end2; w += kLanes) {
        const std::uint64_t* d = a.digit + w;
        const Lanes digits4 = load(a.digits3 + w) & ahead<3>(d);
        store(a.digits4 + w, digits4);
        store(a.digits6 + w, digits4 & ahead<4>(d) & ahead<5>(d));
        // A join, and the next one after 1 to 3 digits.
        const std::uint64_t* j = a.joins + w;
        store(a.joins2 + w,
              load(j) & (ahead<2>(j) | (ahead<3>(j) & ahead<2>(d)) | (ahead<4>(j) & ahead<2>(d) & ahead<3>(d))));
    }
    for (std::size_t w = 0; w < end3; w += kLanes) {
        const std::uint64_t *d = a.digit + w, *s = a.separator + w, *q3 = a.digits3 + w, *q4 = a.digits4 + w,
                            *q6 = a.digits6 + w;
        Lanes at = {};
        if (k.card)
            at |= (load(q6) & ahead<6>(q6) & ahead<12>(d)) | (load(q4) & ahead<5>(q4) & ahead<10>(q4) & ahead<15>(q4)) |
                  (load(q4) & ahead<5>(q6) & ahead<12>(q4));
        if (k.phone)
            at |= load(q3) & ahead<3>(s) &
                  ((ahead<4>(q3) & ahead<7>(s) & ahead<8>(q4)) |
                   (ahead<4>(s) & ahead<5>(q3) & ahead<8>(s) & ahead<9>(q4)));
        if (k.ip) {
            const std::uint64_t* j2 = a.joins2 + w;
            at |= load(a.joins + w) &
                  (ahead<2>(j2) | (ahead<3>(j2) & ahead<2>(d)) | (ahead<4>(j2) & ahead<2>(d) & ahead<3>(d)));
        }
        store(a.numbers + w, at);
        const std::uint64_t* u = a.upper + w;
        store(a.ibans + w, k.iban ? load(d) & ahead<1>(d) & behind<1>(u) & behind<2>(u) : Lanes{});
        const std::uint64_t* c = a.colon + w;
        store(a.ipv6 + w, k.ipv6 ? load(c) & (ahead<2>(c) | ahead<3>(c) | ahead<4>(c) | ahead<5>(c)) : Lanes{});
        store(a.escapes + w, load(a.backslash + w) & ahead<1>(a.u + w));
    }
}

void anchorsSse2(const Arrays& a, std::size_t words, Wanted k)
{
    anchors(a, words, k);
}

__attribute__((target("avx2"))) void anchorsAvx2(const Arrays& a, std::size_t words, Wanted k)
{
    anchors(a, words, k);
}

} // namespace

void NumberAnchors::compute(const ByteClasses& m, std::uint32_t kinds)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    const std::size_t words = m.words();
    // The passes write up to 3 vectors past the last word (rounded up), and read one word further.
    const std::size_t size = words + 3 * kLanes + kLanes;
    static_assert(3 * kLanes + 1 <= ByteClasses::kTail, "the passes read no further than the classes' zero tail");
    for (auto* v : {&numbers_, &ibans_, &ipv6_, &escapes_, &digits3_, &digits4_, &digits6_, &joins_, &joins2_})
        if (v->size() < size)
            v->resize(size);
    const Arrays a{m.of(ByteClasses::Digit),
                   m.of(ByteClasses::Dot),
                   m.of(ByteClasses::Upper),
                   m.of(ByteClasses::Separator),
                   m.of(ByteClasses::Colon),
                   m.of(ByteClasses::Backslash),
                   m.of(ByteClasses::LetterU),
                   digits3_.data(),
                   digits4_.data(),
                   digits6_.data(),
                   joins_.data(),
                   joins2_.data(),
                   numbers_.data(),
                   ibans_.data(),
                   ipv6_.data(),
                   escapes_.data()};
    const Wanted k{bool(kinds & piiBit(PiiKind::IpV4)), bool(kinds & piiBit(PiiKind::CreditCard)),
                   bool(kinds & piiBit(PiiKind::Phone)), bool(kinds & piiBit(PiiKind::Iban)),
                   bool(kinds & piiBit(PiiKind::IpV6))};
    if (avx2)
        anchorsAvx2(a, words, k);
    else
        anchorsSse2(a, words, k);
}

} // namespace td
