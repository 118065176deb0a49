#include "curation/PiiNumbers.h"

#include "curation/BitLanes.h"
#include "curation/ByteClasses.h"
#include "curation/NumberAnchors.h"
#include "curation/PiiChecks.h"

#include <emmintrin.h>

#include <algorithm>

namespace td {

namespace {

using bits::forEachBit;

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isAlnum(char c)
{
    return isAsciiDigit(c) || isUpper(c) || (c >= 'a' && c <= 'z') || c == '_';
}

// A group of digits in a run, and the separator before it (0 for the first).
struct Group
{
    std::uint32_t start;
    std::uint32_t end;
    char separator;
    std::uint32_t size() const { return end - start; }
};

// A run's groups, and whether its first group is glued to a word before ("v1.2") and its
// last to one after ("12ab"): no finding starts or ends in those.
struct Run
{
    std::vector<Group> groups;
    bool gluedStart = false;
    bool gluedEnd = false;
    bool usable(std::size_t first, std::size_t last) const
    {
        return !(first == 0 && gluedStart) && !(last + 1 == groups.size() && gluedEnd);
    }
};

// A run: digit groups joined by one separator (" ", ".", "-", or ") " after an area code),
// from the digit at `i`; calls group(start, end, separator before) for each and returns where
// the run ends.
template<typename Group>
std::uint32_t walkRun(std::string_view text, std::uint32_t i, Group&& group)
{
    const auto n = std::uint32_t(text.size());
    char separator = 0;
    std::uint32_t j = i;
    for (;;) {
        const std::uint32_t start = j;
        while (j < n && isAsciiDigit(text[j]))
            ++j;
        group(start, j, separator);
        if (j + 1 < n && (text[j] == ' ' || text[j] == '.' || text[j] == '-') && isAsciiDigit(text[j + 1])) {
            separator = text[j];
            ++j;
        } else if (j + 1 < n && text[j] == ')' && isAsciiDigit(text[j + 1])) {
            separator = ')';
            ++j;
        } else if (j + 2 < n && text[j] == ')' && text[j + 1] == ' ' && isAsciiDigit(text[j + 2])) {
            separator = ')';
            j += 2;
        } else {
            return j;
        }
    }
}

// What a run could hold, measured in one walk: an address has three dots or more, a phone
// number groups of 3, 3 and 4 digits in a row, a card 13 digits or more. (Versions, times and
// decimals, most runs in text, hold none.)
struct RunShape
{
    std::uint32_t end = 0;
    std::uint32_t digits = 0;
    std::uint32_t dots = 0;
    bool phoneShape = false;
    bool couldHold(bool ip, bool card, bool phone) const
    {
        return (card && digits >= 13) || (ip && dots >= 3) || (phone && phoneShape);
    }
};

RunShape measureRun(std::string_view text, std::uint32_t i)
{
    RunShape shape;
    std::uint32_t last = 0, beforeLast = 0;
    shape.end = walkRun(text, i, [&](std::uint32_t start, std::uint32_t end, char separator) {
        const std::uint32_t size = end - start;
        shape.digits += size;
        shape.dots += separator == '.';
        shape.phoneShape = shape.phoneShape || (beforeLast == 3 && last == 3 && size == 4);
        beforeLast = last;
        last = size;
    });
    return shape;
}

void ipv4In(std::string_view text, const Run& run, std::vector<PiiFinding>& out)
{
    const std::vector<Group>& g = run.groups;
    for (std::size_t k = 0; k + 3 < g.size(); ++k) {
        if (!run.usable(k, k + 3))
            continue;
        if (g[k + 1].separator != '.' || g[k + 2].separator != '.' || g[k + 3].separator != '.')
            continue;
        // Not a piece of a longer dotted number (a version "1.2.3.4.5").
        if ((k > 0 && g[k].separator == '.') || (k + 4 < g.size() && g[k + 4].separator == '.'))
            continue;
        const std::uint32_t s = g[k].start, e = g[k + 3].end;
        if (ipv4Valid(text.substr(s, e - s)))
            out.push_back({PiiKind::IpV4, s, e});
    }
}

void cardsIn(std::string_view text, const Run& run, std::vector<PiiFinding>& out)
{
    const std::vector<Group>& g = run.groups;
    // The longest valid run of whole groups with one separator kind, then on after it.
    for (std::size_t k = 0; k < g.size();) {
        std::size_t best = 0;
        std::uint32_t digits = 0;
        for (std::size_t m = k; m < g.size() && digits <= 19; ++m) {
            if (m > k && (g[m].separator == '.' || (m > k + 1 && g[m].separator != g[k + 1].separator)))
                break;
            digits += g[m].size();
            if (digits >= 13 && digits <= 19 && run.usable(k, m) &&
                creditCardValid(text.substr(g[k].start, g[m].end - g[k].start)))
                best = m + 1;
        }
        if (best) {
            out.push_back({PiiKind::CreditCard, g[k].start, g[best - 1].end});
            k = best;
        } else {
            ++k;
        }
    }
}

void phonesIn(std::string_view text, const Run& run, std::vector<PiiFinding>& out)
{
    const std::vector<Group>& g = run.groups;
    for (std::size_t k = 0; k + 2 < g.size(); ++k) {
        if (!run.usable(k, k + 2))
            continue;
        if (g[k].size() != 3 || g[k + 1].size() != 3 || g[k + 2].size() != 4)
            continue;
        if ((k > 0 && g[k].separator == '.') || (k + 3 < g.size() && g[k + 3].separator == '.'))
            continue;
        const char a = g[k + 1].separator, b = g[k + 2].separator;
        if (b == ')' || !(a == ')' || a == b || (a == ' ' && b == '-')))
            continue;
        std::uint32_t s = g[k].start;
        if (a == ')') {
            if (s == 0 || text[s - 1] != '(')
                continue;
            --s;
        }
        out.push_back({PiiKind::Phone, s, g[k + 2].end});
    }
}

// An IBAN starting at `i` (two capitals before the digits at i + 2): the longest run of
// letters and digits in groups (single spaces between), cut back group by group until the
// check sum holds. Returns where it ends, or `i`.
std::uint32_t ibanAt(std::string_view text, std::uint32_t i, std::vector<PiiFinding>& out)
{
    const auto n = std::uint32_t(text.size());
    std::uint32_t ends[40];
    std::size_t count = 0;
    std::uint32_t j = i, chars = 0;
    while (j < n && chars < 34 && count < 40) {
        if (isUpper(text[j]) || isAsciiDigit(text[j])) {
            ++j;
            ++chars;
            if (j == n || !(isUpper(text[j]) || isAsciiDigit(text[j])))
                ends[count++] = j;
        } else if (text[j] == ' ' && j + 1 < n && (isUpper(text[j + 1]) || isAsciiDigit(text[j + 1]))) {
            ++j;
        } else {
            break;
        }
    }
    while (count > 0) {
        const std::uint32_t e = ends[--count];
        if (e < n && isAlnum(text[e]))
            continue;
        if (ibanValid(text.substr(i, e - i))) {
            out.push_back({PiiKind::Iban, i, e});
            return e;
        }
    }
    return i;
}

// The first digit at or after `i` (16 bytes at a time), or n.
std::uint32_t nextDigit(std::string_view text, std::uint32_t i)
{
    const auto n = std::uint32_t(text.size());
    const char* p = text.data();
    // b - ('0' + 128) wraps '0'..'9' to -128..-119, every other byte above.
    const __m128i shift = _mm_set1_epi8(char('0' + 128));
    const __m128i limit = _mm_set1_epi8(char(-128 + 10));
    while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const int mask = _mm_movemask_epi8(_mm_cmplt_epi8(_mm_sub_epi8(v, shift), limit));
        if (mask)
            return i + std::uint32_t(__builtin_ctz(unsigned(mask)));
        i += 16;
    }
    while (i < n && !isAsciiDigit(p[i]))
        ++i;
    return i;
}

// The findings of kinds `ip`, `card` and `phone` in the run starting at the digit `i`; returns
// where the run ends. `glue`: no finding starts or ends glued to a word ("v1.2", "12ab"); the
// gate leaves it out, as in raw JSON the letter of an escape may be what glues.
std::uint32_t numbersInRun(std::string_view text, std::uint32_t i, std::uint32_t kinds, bool glue,
                           std::vector<PiiFinding>& out)
{
    const bool ip = kinds & piiBit(PiiKind::IpV4), card = kinds & piiBit(PiiKind::CreditCard),
               phone = kinds & piiBit(PiiKind::Phone);
    // Walked once to measure, and only taken apart when it could hold something.
    const RunShape shape = measureRun(text, i);
    const std::uint32_t j = shape.end;
    if (!shape.couldHold(ip, card, phone))
        return j;
    thread_local Run run;
    run.groups.clear();
    walkRun(text, i, [&](std::uint32_t start, std::uint32_t end, char separator) {
        run.groups.push_back({start, end, separator});
    });
    run.gluedStart = glue && i > 0 && (isAlnum(text[i - 1]) || text[i - 1] == '.');
    run.gluedEnd = glue && j < text.size() && isAlnum(text[j]);
    if (ip)
        ipv4In(text, run, out);
    if (card)
        cardsIn(text, run, out);
    if (phone)
        phonesIn(text, run, out);
    return j;
}

bool isHex(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Whether the "\u" at i may stand for part of a finding: an escaped printable ASCII character
// could be any part of one, an escaped space (\u0009-\u000d) one between a key and its value,
// and the hex digits of an escape right before a digit run join it ("\u00e94111…" reads
// "94111…"; a space or a dash between them loses nothing, a dot does). Such a row goes to the
// full scan, for every kind.
bool escapeMayHide(std::string_view raw, std::uint32_t i)
{
    if (i + 6 > raw.size())
        return false;
    const char *h = raw.data() + i + 2, *after = h + 4;
    if (h[0] == '0' && h[1] == '0' &&
        ((h[2] == '0' && (h[3] == '9' || (h[3] >= 'a' && h[3] <= 'd') || (h[3] >= 'A' && h[3] <= 'D'))) ||
         (h[2] >= '2' && h[2] <= '7' && isHex(h[3]))))
        return true;
    return isHex(h[0]) && isHex(h[1]) && isHex(h[2]) && isAsciiDigit(h[3]) && i + 6 < raw.size() &&
           (isAsciiDigit(*after) || *after == '.');
}

// Whether a and b have seven set bits or more (a few steps where they have few: without the
// processor's popcnt, which x86-64's baseline lacks, a count is a library call).
bool sevenBits(std::uint64_t a, std::uint64_t b)
{
    int n = 0;
    for (; a && n < 7; a &= a - 1)
        ++n;
    for (; b && n < 7; b &= b - 1)
        ++n;
    return n >= 7;
}

// The first digit of the run that holds the digit at i, going
// back no further than `floor`: the bytes walkRun joins, read backwards.
std::uint32_t runStart(std::string_view text, std::uint32_t i, std::uint32_t floor)
{
    while (i > floor) {
        const char c = text[i - 1];
        if (isAsciiDigit(c)) {
            --i;
        } else if (!isAsciiDigit(text[i]) || i - 1 == floor) {
            break;
        } else if ((c == ' ' || c == '.' || c == '-' || c == ')') && isAsciiDigit(text[i - 2])) {
            i -= 2;
        } else if (c == ' ' && text[i - 2] == ')' && i - 2 > floor && isAsciiDigit(text[i - 3])) {
            i -= 3;
        } else {
            break;
        }
    }
    return i;
}

// Whether an IBAN's country code is right before the digits at `i`: two capitals, not glued to
// a word before them, and two digits.
bool ibanCodeBefore(std::string_view text, std::uint32_t i)
{
    return i >= 2 && isUpper(text[i - 1]) && isUpper(text[i - 2]) && (i == 2 || !isAlnum(text[i - 3])) &&
           i + 1 < text.size() && isAsciiDigit(text[i + 1]);
}

} // namespace

void findNumberPiiByWalk(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out)
{
    const bool number = kinds & (piiBit(PiiKind::IpV4) | piiBit(PiiKind::CreditCard) | piiBit(PiiKind::Phone)),
               iban = kinds & piiBit(PiiKind::Iban);
    const auto n = std::uint32_t(text.size());
    for (std::uint32_t i = nextDigit(text, 0); i < n; i = nextDigit(text, i)) {
        if (iban && ibanCodeBefore(text, i)) {
            const std::uint32_t end = ibanAt(text, i - 2, out);
            if (end > i) {
                i = end;
                continue;
            }
        }
        i = number ? numbersInRun(text, i, kinds, true, out) : i + 1;
    }
}

void findNumberPii(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out)
{
    const bool number = kinds & (piiBit(PiiKind::IpV4) | piiBit(PiiKind::CreditCard) | piiBit(PiiKind::Phone)),
               iban = kinds & piiBit(PiiKind::Iban);
    if ((!number && !iban) || text.empty())
        return;
    const auto n = std::uint32_t(text.size());
    if (text.size() > PiiScanner::kGateLimit) // too long for the masks (kept by the thread)
        return findNumberPiiByWalk(text, kinds, out);
    thread_local ByteClasses m;
    thread_local NumberAnchors anchors;
    const std::size_t words = m.compute(text);
    anchors.compute(m, kinds);
    const std::uint64_t *numbers = anchors.numbers(), *ibans = anchors.ibans();
    // The places worth a look (NumberAnchors). The loop visits the runs they are in, in order,
    // as a walk over every run would (runs without such a place hold nothing), and jumps from
    // one to the next.
    const auto nextEvent = [&](std::uint32_t from) -> std::uint32_t {
        for (std::size_t w = from / 64; w < words; ++w) {
            std::uint64_t bitsW = numbers[w] | ibans[w];
            if (w == from / 64)
                bitsW &= ~std::uint64_t(0) << (from % 64);
            if (bitsW)
                return std::uint32_t(w * 64 + std::size_t(__builtin_ctzll(bitsW)));
        }
        return n;
    };
    bool afterIban = false;
    for (std::uint32_t cursor = 0; cursor < n;) {
        std::uint32_t i;
        if (afterIban) {
            // Right after an IBAN the next digit starts a run, even inside a longer one.
            i = nextDigit(text, cursor);
            afterIban = false;
        } else {
            i = nextEvent(cursor);
            if (i < n)
                i = runStart(text, i, cursor);
        }
        if (i >= n)
            break;
        if (iban && ibanCodeBefore(text, i)) {
            const std::uint32_t end = ibanAt(text, i - 2, out);
            if (end > i) {
                cursor = end;
                afterIban = true;
                continue;
            }
        }
        cursor = number ? numbersInRun(text, i, kinds, true, out) : i + 1;
    }
}

void findNumberCandidates(std::string_view raw, const ByteClasses& m, std::uint32_t kinds, std::vector<GateHit>& hits)
{
    if (!kinds || raw.empty())
        return;
    thread_local NumberAnchors anchors;
    const std::size_t words = m.words();
    anchors.compute(m, kinds);
    const std::uint64_t *colon = m.of(ByteClasses::Colon), *numbers = anchors.numbers(), *ibans = anchors.ibans(),
                        *ipv6 = anchors.ipv6(), *escapes = anchors.escapes();
    thread_local std::vector<PiiFinding> found;
    std::uint32_t walked = 0, walkedHex = 0;
    const auto n = std::uint32_t(raw.size());
    for (std::size_t w = 0; w < words; ++w) {
        if (!(numbers[w] | ibans[w] | ipv6[w] | escapes[w]))
            continue;
        forEachBit(escapes[w], w, [&](std::uint32_t i) {
            if (escapeMayHide(raw, i))
                hits.push_back({i, kinds});
        });
        // Only runs with a number kind's shape are walked, each checked as findNumberPii
        // checks it, the glue to words left out.
        forEachBit(numbers[w], w, [&](std::uint32_t i) {
            if (i < walked)
                return;
            i = runStart(raw, i, 0);
            found.clear();
            walked = numbersInRun(raw, i, kinds, false, found);
            std::uint32_t foundKinds = 0;
            for (const PiiFinding& f : found)
                foundKinds |= piiBit(f.kind);
            if (foundKinds)
                hits.push_back({i, foundKinds});
        });
        forEachBit(ibans[w], w, [&](std::uint32_t i) {
            found.clear();
            if (ibanAt(raw, i - 2, found) > i - 2)
                hits.push_back({i, piiBit(PiiKind::Iban)});
        });
        // A full IPv6 address: eight groups and seven colons in at most 39 bytes, so its first
        // colon's word and the next hold seven (a shorter address has "::", which the pattern
        // gate finds). From each colon, back to its group's start, the hex groups joined by
        // single colons are counted to their end.
        if (ipv6[w] && sevenBits(colon[w], colon[w + 1]))
            forEachBit(colon[w], w, [&](std::uint32_t c) {
                if (c < walkedHex)
                    return;
                std::uint32_t i = c;
                while (i > 0 && isHex(raw[i - 1]))
                    --i;
                int colons = 0;
                std::uint32_t j = i;
                for (; j < n && (isHex(raw[j]) || (raw[j] == ':' && j + 1 < n && isHex(raw[j + 1]))); ++j)
                    colons += raw[j] == ':';
                walkedHex = std::max(j, c + 1);
                if (colons >= 7)
                    hits.push_back({i, piiBit(PiiKind::IpV6)});
            });
    }
}

} // namespace td
