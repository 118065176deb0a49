#include "curation/SecretCandidates.h"

#include "curation/BitLanes.h"
#include "curation/PiiKind.h"

#include <array>

namespace td {

namespace {

using namespace bits;

constexpr std::uint32_t kValueRun = 16; // a value's bytes the gate wants
constexpr std::uint32_t kGap = 8;       // the most bytes between a key, its "=" and its value

bool isValueByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '+' || c == '/' ||
           c == '_' || c == '-' || c == '.' || c == '~' || c == '\\';
}

// A byte that may stand between a key, its "=" and its value: a quote, white space, or a
// backslash and the letter of an escape ("\t", "\n", "\r", "\f", "\"") in any case.
bool isGapByte(char c)
{
    switch (c) {
    case '"':
    case '\'':
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case '\\':
    case 't':
    case 'n':
    case 'r':
    case 'f':
    case 'T':
    case 'N':
    case 'R':
    case 'F':
        return true;
    default:
        return false;
    }
}

bool valueRunAt(std::string_view raw, std::size_t i)
{
    if (i + kValueRun > raw.size())
        return false;
    for (std::size_t k = i; k < i + kValueRun; ++k)
        if (!isValueByte(raw[k]))
            return false;
    return true;
}

// Whether raw[..end) ends with `word` (lower case), its letters in any case.
bool endsWithCaseless(std::string_view raw, std::size_t end, std::string_view word)
{
    if (end < word.size())
        return false;
    const char* p = raw.data() + end - word.size();
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = p[i] >= 'A' && p[i] <= 'Z' ? char(p[i] + ('a' - 'A')) : p[i];
        if (c != word[i])
            return false;
    }
    return true;
}

// Whether a key ends at `end`: api[_-]?key, access[_-]?key, secret([_-]?key)?, token,
// password, passwd, pwd or auth.
bool keyEndsAt(std::string_view raw, std::size_t end)
{
    for (std::string_view word : {"token", "secret", "password", "passwd", "pwd", "auth"})
        if (endsWithCaseless(raw, end, word))
            return true;
    if (!endsWithCaseless(raw, end, "key"))
        return false;
    std::size_t at = end - 3;
    const auto prefixed = [&](std::size_t e) {
        return endsWithCaseless(raw, e, "api") || endsWithCaseless(raw, e, "access") ||
               endsWithCaseless(raw, e, "secret");
    };
    return prefixed(at) || (at > 0 && (raw[at - 1] == '_' || raw[at - 1] == '-') && prefixed(at - 1));
}

// Whether the "=" or ":" at i has a key before it and a value after, as the gate wants them.
bool keyValueAt(std::string_view raw, std::size_t i)
{
    bool value = false;
    for (std::size_t at = i + 1, k = 0; k <= kGap && !value; ++k, ++at) {
        value = valueRunAt(raw, at);
        if (at >= raw.size() || !isGapByte(raw[at]))
            break;
    }
    if (!value)
        return false;
    for (std::size_t end = i, k = 0; k <= kGap; ++k, --end) {
        if (keyEndsAt(raw, end))
            return true;
        if (end == 0 || !isGapByte(raw[end - 1]))
            break;
    }
    return false;
}

bool bearerAt(std::string_view raw, std::size_t i)
{
    return raw[i] == ' ' && i >= 6 && raw.substr(i - 6, 6) == "Bearer" && valueRunAt(raw, i + 1);
}

struct SecretArrays
{
    const std::uint64_t *value, *colon, *equals, *space;
    std::uint64_t *run4, *run16, *keyValues, *bearers;
};

// Three passes, each a vector further than the next reads (as in NumberAnchors): 4 value bytes
// from here, 16, then an "=" or ":" with 16 in the 9 bytes after it and a space with 16 right
// after it.
[[gnu::always_inline]] inline void secretPlaces(const SecretArrays& a, std::size_t words)
{
    static_assert(kValueRun == 16 && kGap == 8, "the shifts below are these");
    const std::size_t end3 = (words + kLanes - 1) / kLanes * kLanes, end2 = end3 + kLanes, end1 = end2 + kLanes;
    for (std::size_t w = 0; w < end1; w += kLanes) {
        const std::uint64_t* v = a.value + w;
        store(a.run4 + w, load(v) & ahead<1>(v) & ahead<2>(v) & ahead<3>(v));
    }
    for (std::size_t w = 0; w < end2; w += kLanes) {
        const std::uint64_t* r = a.run4 + w;
        store(a.run16 + w, load(r) & ahead<4>(r) & ahead<8>(r) & ahead<12>(r));
    }
    for (std::size_t w = 0; w < end3; w += kLanes) {
        const std::uint64_t* r = a.run16 + w;
        const Lanes soon = ahead<1>(r) | ahead<2>(r) | ahead<3>(r) | ahead<4>(r) | ahead<5>(r) | ahead<6>(r) |
                           ahead<7>(r) | ahead<8>(r) | ahead<9>(r);
        store(a.keyValues + w, (load(a.colon + w) | load(a.equals + w)) & soon);
        store(a.bearers + w, load(a.space + w) & ahead<1>(r));
    }
}

void secretPlacesSse2(const SecretArrays& a, std::size_t words)
{
    secretPlaces(a, words);
}

__attribute__((target("avx2"))) void secretPlacesAvx2(const SecretArrays& a, std::size_t words)
{
    secretPlaces(a, words);
}

} // namespace

void findSecretCandidates(std::string_view raw, const ByteClasses& m, std::vector<GateHit>& hits)
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    thread_local std::array<std::vector<std::uint64_t>, 4> work;
    const std::size_t words = m.words();
    // The passes write up to 3 vectors past the last word (rounded up), and read one word further.
    static_assert(3 * kLanes + 1 <= ByteClasses::kTail, "the passes read no further than the classes' zero tail");
    for (auto& v : work)
        if (v.size() < words + 4 * kLanes)
            v.resize(words + 4 * kLanes);
    const SecretArrays a{m.of(ByteClasses::Value),
                         m.of(ByteClasses::Colon),
                         m.of(ByteClasses::Equals),
                         m.of(ByteClasses::Space),
                         work[0].data(),
                         work[1].data(),
                         work[2].data(),
                         work[3].data()};
    if (avx2)
        secretPlacesAvx2(a, words);
    else
        secretPlacesSse2(a, words);
    const std::uint32_t kind = piiBit(PiiKind::HighEntropySecret);
    for (std::size_t w = 0; w < words; ++w) {
        forEachBit(a.keyValues[w], w, [&](std::uint32_t i) {
            if (keyValueAt(raw, i))
                hits.push_back({i, kind});
        });
        forEachBit(a.bearers[w], w, [&](std::uint32_t i) {
            if (bearerAt(raw, i))
                hits.push_back({i, kind});
        });
    }
}

void findSecretCandidatesByWalk(std::string_view raw, std::vector<GateHit>& hits)
{
    const std::uint32_t kind = piiBit(PiiKind::HighEntropySecret);
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (((raw[i] == ':' || raw[i] == '=') && keyValueAt(raw, i)) || bearerAt(raw, i))
            hits.push_back({std::uint32_t(i), kind});
}

} // namespace td
