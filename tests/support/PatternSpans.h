#pragma once

// A pattern the scanner matches by hand, run by Hyperscan instead: what the tests and the fuzzer
// compare the hand-made matchers with. Header-only; link PkgConfig::HYPERSCAN.
#include "curation/PiiScanner.h"

#include <hs.h>

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace td::test {

// A pattern of piiPatterns(), compiled once (leftmost starts tracked, as the scanner compiles
// its patterns).
class PatternSpans
{
public:
    explicit PatternSpans(const PiiPattern& p) { compile(p); }
    // The pattern of `kind` matched by hand (none: not valid()).
    explicit PatternSpans(PiiKind kind)
    {
        for (const PiiPattern& p : piiPatterns())
            if (p.kind == kind && p.byHand) {
                compile(p);
                break;
            }
    }
    ~PatternSpans()
    {
        hs_free_scratch(scratch_);
        hs_free_database(db_);
    }
    PatternSpans(const PatternSpans&) = delete;
    PatternSpans& operator=(const PatternSpans&) = delete;

    bool valid() const { return db_ && scratch_; }

    // Per start of a match for which `startsHere` holds, the longest end: [start, end), by start.
    template<typename StartsHere>
    std::vector<std::pair<std::uint32_t, std::uint32_t>> longestFrom(std::string_view text, StartsHere startsHere) const
    {
        std::vector<std::pair<std::uint32_t, std::uint32_t>> matches;
        hs_scan(
            db_, text.data(), unsigned(text.size()), 0, scratch_,
            [](unsigned, unsigned long long from, unsigned long long to, unsigned, void* c) {
                static_cast<std::vector<std::pair<std::uint32_t, std::uint32_t>>*>(c)->emplace_back(std::uint32_t(from),
                                                                                                    std::uint32_t(to));
                return 0;
            },
            &matches);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> longest;
        std::sort(matches.begin(), matches.end());
        for (const auto& m : matches) {
            if (!startsHere(m.first))
                continue;
            if (!longest.empty() && longest.back().first == m.first)
                longest.back().second = std::max(longest.back().second, m.second);
            else
                longest.push_back(m);
        }
        return longest;
    }

private:
    void compile(const PiiPattern& p)
    {
        hs_compile_error_t* error = nullptr;
        if (hs_compile(p.regex, HS_FLAG_SOM_LEFTMOST | (p.caseless ? HS_FLAG_CASELESS : 0u), HS_MODE_BLOCK, nullptr,
                       &db_, &error) != HS_SUCCESS) {
            hs_free_compile_error(error);
            db_ = nullptr;
        }
        if (db_ && hs_alloc_scratch(db_, &scratch_) != HS_SUCCESS)
            scratch_ = nullptr;
    }

    hs_database_t* db_ = nullptr;
    hs_scratch_t* scratch_ = nullptr;
};

// Where a run of hex digits and colons starts: the places findIpv6Spans reports from.
inline bool ipv6RunStartsAt(std::string_view text, std::uint32_t at)
{
    const auto inRun = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':';
    };
    return at < text.size() && inRun(text[at]) && (at == 0 || !inRun(text[at - 1]));
}

} // namespace td::test
