#include "curation/PiiNumbers.h"

#include "curation/ByteClasses.h"
#include "curation/PiiChecks.h"

#include <emmintrin.h>

namespace td {

namespace {

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

using C = ByteClasses;

bool isHex(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Bits in runs that could hold a number kind: a phone number or a card takes 12 bytes at
// least, an address ("1.2.3.4") 7 joined by dots. (Most numbers in text are shorter.)
std::uint64_t longRuns(const ByteClasses& m, std::size_t w)
{
    return C::runStarts<1, 2, 4, 4>(m.run, w) | C::runStarts<1, 2, 3>(m.dotRun, w);
}

// The first digits of a possible IBAN: two capitals, then two digits.
std::uint64_t ibanStarts(const ByteClasses& m, std::size_t w)
{
    const std::uint64_t upperBefore = C::before(m.upper, w);
    const std::uint64_t upperTwoBefore = m.upper[w] << 2 | (w > 0 ? m.upper[w - 1] >> 62 : 0);
    return m.digit[w] & C::low(C::pairAt(m.digit, w) >> 1) & upperBefore & upperTwoBefore;
}

// Whether an IBAN's country code is right before the digits at `i`: two capitals, not glued to
// a word before them, and two digits.
bool ibanCodeBefore(std::string_view text, std::uint32_t i)
{
    return i >= 2 && isUpper(text[i - 1]) && isUpper(text[i - 2]) && (i == 2 || !isAlnum(text[i - 3])) &&
           i + 1 < text.size() && isAsciiDigit(text[i + 1]);
}

bool isRunByte(const ByteClasses& m, std::uint32_t i)
{
    return C::isSet(m.run, i);
}

} // namespace

void findNumberPii(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out)
{
    const bool number = kinds & (piiBit(PiiKind::IpV4) | piiBit(PiiKind::CreditCard) | piiBit(PiiKind::Phone)),
               iban = kinds & piiBit(PiiKind::Iban);
    if ((!number && !iban) || text.empty())
        return;
    const auto n = std::uint32_t(text.size());
    if (text.size() > PiiScanner::kGateLimit) {
        // Too long for the masks (1.5 bytes a byte, kept by the thread): every run walked.
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
        return;
    }
    thread_local ByteClasses m;
    const std::size_t words = m.compute(text);
    // The places worth a look, found 64 bytes at a time: runs long enough to hold a number kind
    // and the starts of IBANs. The loop visits the runs they are in, in order, as a walk over
    // every run would (runs without such a place hold nothing), and jumps from one to the next.
    for (std::size_t w = 0; w < words; ++w)
        m.events[w] = (number ? longRuns(m, w) : 0) | (iban ? ibanStarts(m, w) : 0);
    const auto nextEvent = [&](std::uint32_t from) -> std::uint32_t {
        for (std::size_t w = from / 64; w < words; ++w) {
            std::uint64_t bitsW = m.events[w];
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
            while (i < n && i > cursor && isRunByte(m, i - 1)) // back to the run's first digit
                --i;
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

void findNumberCandidates(std::string_view raw, std::uint32_t kinds, std::vector<GateHit>& hits)
{
    const bool number = kinds & (piiBit(PiiKind::IpV4) | piiBit(PiiKind::CreditCard) | piiBit(PiiKind::Phone)),
               iban = kinds & piiBit(PiiKind::Iban), ipv6 = kinds & piiBit(PiiKind::IpV6);
    if ((!number && !iban && !ipv6) || raw.empty())
        return;
    thread_local ByteClasses m;
    const std::size_t words = m.compute(raw);
    thread_local std::vector<PiiFinding> found;
    std::uint32_t walked = 0;
    const auto n = std::uint32_t(raw.size());
    for (std::size_t w = 0; w < words; ++w) {
        if (number) {
            // Only runs that could hold one are walked, each checked as findNumberPii checks it,
            // the glue to words left out.
            C::forEachBit(longRuns(m, w), w, [&](std::uint32_t i) {
                if (i < walked)
                    return;
                while (i > 0 && isRunByte(m, i - 1)) // back to the run's first digit
                    --i;
                found.clear();
                walked = numbersInRun(raw, i, kinds, false, found);
                std::uint32_t foundKinds = 0;
                for (const PiiFinding& f : found)
                    foundKinds |= piiBit(f.kind);
                if (foundKinds)
                    hits.push_back({i, foundKinds});
            });
        }
        if (iban)
            C::forEachBit(ibanStarts(m, w), w, [&](std::uint32_t i) {
                found.clear();
                if (ibanAt(raw, i - 2, found) > i - 2)
                    hits.push_back({i, piiBit(PiiKind::Iban)});
            });
        if (ipv6) {
            // Eight groups and seven colons at least (15 bytes); a shorter address has "::",
            // which the pattern gate finds.
            C::forEachBit(C::runStarts<1, 2, 4, 7>(m.hexRun, w) & ~C::before(m.hexRun, w), w, [&](std::uint32_t i) {
                int colons = 0;
                for (std::uint32_t j = i; j < n && (isHex(raw[j]) || (raw[j] == ':' && j + 1 < n && isHex(raw[j + 1])));
                     ++j)
                    colons += raw[j] == ':';
                if (colons >= 7)
                    hits.push_back({i, piiBit(PiiKind::IpV6)});
            });
        }
    }
}

} // namespace td
