#include "curation/PiiNumbers.h"

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

} // namespace

void findNumberPii(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out)
{
    const bool ip = kinds & piiBit(PiiKind::IpV4), card = kinds & piiBit(PiiKind::CreditCard),
               phone = kinds & piiBit(PiiKind::Phone), iban = kinds & piiBit(PiiKind::Iban);
    if (!ip && !card && !phone && !iban)
        return;
    const auto n = std::uint32_t(text.size());
    thread_local Run run;
    std::vector<Group>& groups = run.groups;
    for (std::uint32_t i = nextDigit(text, 0); i < n; i = nextDigit(text, i)) {
        // An IBAN's country code is right before its first digits.
        if (iban && i >= 2 && isUpper(text[i - 1]) && isUpper(text[i - 2]) && (i == 2 || !isAlnum(text[i - 3])) &&
            i + 1 < n && isAsciiDigit(text[i + 1])) {
            const std::uint32_t end = ibanAt(text, i - 2, out);
            if (end > i) {
                i = end;
                continue;
            }
        }
        if (!ip && !card && !phone) {
            ++i;
            continue;
        }
        // A run: digit groups joined by one separator (" ", ".", "-", or ") " after an area code).
        // Walked once to measure, and only kept when it could hold something: an address has
        // three dots or more, a phone number groups of 3, 3 and 4 digits in a row, a card 13
        // digits or more. (Versions, times and decimals, most runs in text, stop here.)
        const auto walk = [&](auto&& group) {
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
        };
        std::uint32_t digits = 0, dots = 0, last = 0, beforeLast = 0;
        bool phoneShape = false;
        const std::uint32_t j = walk([&](std::uint32_t start, std::uint32_t end, char separator) {
            const std::uint32_t size = end - start;
            digits += size;
            dots += separator == '.';
            phoneShape = phoneShape || (beforeLast == 3 && last == 3 && size == 4);
            beforeLast = last;
            last = size;
        });
        if (!(card && digits >= 13) && !(ip && dots >= 3) && !(phone && phoneShape)) {
            i = j;
            continue;
        }
        groups.clear();
        walk([&](std::uint32_t start, std::uint32_t end, char separator) {
            groups.push_back({start, end, separator});
        });
        run.gluedStart = i > 0 && (isAlnum(text[i - 1]) || text[i - 1] == '.');
        run.gluedEnd = j < n && isAlnum(text[j]);
        if (ip)
            ipv4In(text, run, out);
        if (card)
            cardsIn(text, run, out);
        if (phone)
            phonesIn(text, run, out);
        i = j;
    }
}

} // namespace td
