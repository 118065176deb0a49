#include "curation/PiiChecks.h"

#include <arpa/inet.h>

#include <array>
#include <cmath>
#include <string>

namespace td {

namespace {

int digitCount(std::string_view s)
{
    int n = 0;
    for (char c : s)
        n += isAsciiDigit(c);
    return n;
}

} // namespace

bool luhnValid(std::string_view s)
{
    int sum = 0;
    bool doubled = false;
    int digits = 0;
    for (auto it = s.rbegin(); it != s.rend(); ++it) {
        if (!isAsciiDigit(*it))
            continue;
        int d = *it - '0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
        ++digits;
    }
    return digits > 0 && sum % 10 == 0;
}

bool creditCardValid(std::string_view s)
{
    const int digits = digitCount(s);
    if (digits < 13 || digits > 19)
        return false;
    // Separated only as cards are printed: groups of 4 (the last may be shorter), or Amex's
    // 4-6-5 and Diners' 4-6-4, with one kind of separator.
    char separator = 0;
    std::string groups;
    int group = 0;
    for (char c : s) {
        if (isAsciiDigit(c)) {
            ++group;
            continue;
        }
        if (separator && c != separator)
            return false;
        separator = c;
        groups += char('0' + group);
        group = 0;
    }
    groups += char('0' + group);
    if (separator && !(groups == "4444" || groups == "44443" || groups == "465" || groups == "464"))
        return false;
    // The issuers' prefixes: Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro.
    std::string d;
    for (char c : s)
        if (isAsciiDigit(c))
            d.push_back(c);
    const int two = (d[0] - '0') * 10 + (d[1] - '0');
    const int four = std::stoi(d.substr(0, 4));
    const bool known = d[0] == '4' || (two >= 51 && two <= 55) || (four >= 2221 && four <= 2720) || two == 34 ||
                       two == 37 || d.compare(0, 4, "6011") == 0 || two == 65 || (two >= 36 && two <= 39) ||
                       two == 30 || (four >= 3528 && four <= 3589) || two == 62 || two == 50 ||
                       (two >= 56 && two <= 58) || two == 63 || two == 67;
    return known && luhnValid(d);
}

bool ibanValid(std::string_view s)
{
    std::string compact;
    for (char c : s)
        if (c != ' ')
            compact.push_back(c);
    if (compact.size() < 15 || compact.size() > 34)
        return false;
    // Move the country and check digits to the end, letters to 10..35, and take it mod 97.
    const std::string moved = compact.substr(4) + compact.substr(0, 4);
    int rest = 0;
    for (char c : moved) {
        if (isAsciiDigit(c)) {
            rest = (rest * 10 + (c - '0')) % 97;
        } else if (c >= 'A' && c <= 'Z') {
            const int v = c - 'A' + 10;
            rest = (rest * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return rest == 1;
}

bool ipv4Valid(std::string_view s)
{
    int parts = 0, value = 0, digits = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || s[i] == '.') {
            if (digits == 0 || value > 255 || (digits > 1 && s[i - std::size_t(digits)] == '0'))
                return false;
            ++parts;
            value = digits = 0;
        } else if (isAsciiDigit(s[i])) {
            // More than three digits is never an octet; stopping here also keeps value from overflowing.
            if (++digits > 3)
                return false;
            value = value * 10 + (s[i] - '0');
        } else {
            return false;
        }
    }
    return parts == 4;
}

bool ipv6Valid(std::string_view s)
{
    if (s.size() > 45)
        return false;
    int groups = 0;
    bool inGroup = false;
    for (char c : s) {
        if (c == ':') {
            inGroup = false;
        } else if (!inGroup) {
            inGroup = true;
            ++groups;
        }
    }
    if (groups < 2)
        return false;
    const std::string z(s);
    in6_addr addr;
    return inet_pton(AF_INET6, z.c_str(), &addr) == 1;
}

bool phoneValid(std::string_view s)
{
    const int digits = digitCount(s);
    return digits >= 7 && digits <= 15;
}

double entropyBits(std::string_view s)
{
    if (s.empty())
        return 0;
    std::array<int, 256> counts{};
    for (char c : s)
        ++counts[static_cast<unsigned char>(c)];
    double bits = 0;
    for (int n : counts)
        if (n) {
            const double p = double(n) / double(s.size());
            bits -= p * std::log2(p);
        }
    return bits;
}

bool highEntropyValue(std::string_view s)
{
    if (s.size() < 16)
        return false;
    bool letter = false, digit = false;
    for (char c : s) {
        letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        digit = digit || isAsciiDigit(c);
    }
    return letter && digit && entropyBits(s) >= 3.5;
}

} // namespace td
