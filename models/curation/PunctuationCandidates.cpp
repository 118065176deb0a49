#include "curation/PunctuationCandidates.h"

#include "curation/BitLanes.h"
#include "curation/PiiKind.h"

namespace td {

namespace {

bool isDigitByte(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetterByte(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isLabelByte(char c)
{
    return isLetterByte(c) || isDigitByte(c) || c == '-';
}

bool isLocalByte(char c)
{
    return isLabelByte(c) || c == '.' || c == '_' || c == '%' || c == '+';
}

// The gate's e-mail pattern around the "@" at i:
// [A-Za-z0-9._%+-]+ @ [A-Za-z0-9-]+ (\.[A-Za-z0-9-]+)* \.[A-Za-z]{2}
bool emailAt(std::string_view raw, std::size_t i)
{
    const std::size_t n = raw.size();
    if (i == 0 || !isLocalByte(raw[i - 1]) || i + 1 >= n || !isLabelByte(raw[i + 1]))
        return false;
    for (std::size_t j = i + 2; j < n;) {
        if (isLabelByte(raw[j])) {
            ++j;
        } else if (raw[j] == '.' && j + 2 < n && isLetterByte(raw[j + 1]) && isLetterByte(raw[j + 2])) {
            return true;
        } else if (raw[j] == '.' && j + 1 < n && isLabelByte(raw[j + 1])) {
            j += 2;
        } else {
            return false;
        }
    }
    return false;
}

// `left` more of the phone pattern's groups from j: [ .-]? \(? [0-9]{1,4} \)?
bool phoneGroups(std::string_view raw, std::size_t j, int left)
{
    if (left == 0)
        return true;
    const std::size_t n = raw.size();
    for (int separator = 0; separator < 2; ++separator) {
        std::size_t k = j;
        if (separator && !(k < n && (raw[k] == ' ' || raw[k] == '.' || raw[k] == '-')))
            continue;
        k += std::size_t(separator);
        for (int open = 0; open < 2; ++open) {
            std::size_t d = k;
            if (open && !(d < n && raw[d] == '('))
                continue;
            d += std::size_t(open);
            for (std::size_t digits = 1; digits <= 4 && d + digits <= n && isDigitByte(raw[d + digits - 1]); ++digits) {
                const std::size_t e = d + digits;
                if (phoneGroups(raw, e, left - 1) || (e < n && raw[e] == ')' && phoneGroups(raw, e + 1, left - 1)))
                    return true;
            }
        }
    }
    return false;
}

// The gate's phone pattern from the "+" at i: \+ [1-9] [0-9]{0,2}, then two groups.
bool phoneAt(std::string_view raw, std::size_t i)
{
    const std::size_t n = raw.size();
    if (i + 1 >= n || raw[i + 1] < '1' || raw[i + 1] > '9')
        return false;
    for (std::size_t code = 1; code <= 3 && i + code < n && isDigitByte(raw[i + code]); ++code)
        if (phoneGroups(raw, i + 1 + code, 2))
            return true;
    return false;
}

} // namespace

void findPunctuationCandidates(std::string_view raw, const ByteClasses& m, std::uint32_t kinds,
                               std::vector<GateHit>& hits)
{
    const bool email = kinds & piiBit(PiiKind::Email), phone = kinds & piiBit(PiiKind::Phone),
               ipv6 = kinds & piiBit(PiiKind::IpV6);
    if (!email && !phone && !ipv6)
        return;
    const std::uint64_t *at = m.of(ByteClasses::At), *plus = m.of(ByteClasses::Plus), *colon = m.of(ByteClasses::Colon),
                        *digit = m.of(ByteClasses::Digit);
    for (std::size_t w = 0; w < m.words(); ++w) {
        // the next byte's bit (the classes have a zero word after the last)
        const auto next = [w](const std::uint64_t* c) { return c[w] >> 1 | c[w + 1] << 63; };
        if (email)
            bits::forEachBit(at[w], w, [&](std::uint32_t i) {
                if (emailAt(raw, i))
                    hits.push_back({i, piiBit(PiiKind::Email)});
            });
        if (phone)
            bits::forEachBit(plus[w] & next(digit), w, [&](std::uint32_t i) {
                if (phoneAt(raw, i))
                    hits.push_back({i, piiBit(PiiKind::Phone)});
            });
        if (ipv6)
            bits::forEachBit(colon[w] & next(colon), w, [&](std::uint32_t i) {
                hits.push_back({i, piiBit(PiiKind::IpV6)});
            });
    }
}

void findPunctuationCandidatesByWalk(std::string_view raw, std::uint32_t kinds, std::vector<GateHit>& hits)
{
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '@' && (kinds & piiBit(PiiKind::Email)) && emailAt(raw, i))
            hits.push_back({std::uint32_t(i), piiBit(PiiKind::Email)});
        else if (raw[i] == '+' && (kinds & piiBit(PiiKind::Phone)) && phoneAt(raw, i))
            hits.push_back({std::uint32_t(i), piiBit(PiiKind::Phone)});
        else if (raw[i] == ':' && i + 1 < raw.size() && raw[i + 1] == ':' && (kinds & piiBit(PiiKind::IpV6)))
            hits.push_back({std::uint32_t(i), piiBit(PiiKind::IpV6)});
    }
}

} // namespace td
