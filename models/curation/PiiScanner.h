#pragma once

#include "core/Result.h"
#include "curation/PiiKind.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace td {

// One finding in one text: bytes [start, end) of the UTF-8 text.
struct PiiFinding
{
    PiiKind kind = PiiKind::Email;
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    bool operator==(const PiiFinding&) const = default;
};

// The regular expressions the scanner compiles, one a kind (several for some kinds), in
// Hyperscan's PCRE syntax (the engine benchmark runs the same ones on RE2).
struct PiiPattern
{
    PiiKind kind;
    const char* regex;
    bool caseless;
};
std::span<const PiiPattern> piiPatterns();

// Finds personal data and secrets in text with Hyperscan (all patterns in one pass), then
// checks each candidate (Luhn, mod-97, address ranges, entropy) and keeps the most specific
// kind where candidates overlap. Thread-safe: the compiled patterns are shared, each thread
// gets its own scratch space.
class PiiScanner
{
public:
    // The one scanner, compiled on first use; an error when Hyperscan cannot run here (it
    // needs a processor with SSSE3).
    static Result<const PiiScanner*> instance();

    // The two passes a scan makes: the patterns (Hyperscan) and the digit runs (PiiNumbers).
    enum Pass : std::uint32_t { PatternPass = 1, NumberPass = 2, BothPasses = 3 };

    // Findings in `text` of the kinds in `kinds` (a mask of piiBit()), by start. `passes`
    // leaves out a pass known to find nothing (see candidatePasses).
    void scan(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out,
              std::uint32_t passes = BothPasses) const;
    // Which passes find a candidate anywhere in `bytes` (unchecked): a fast test for whole
    // rows that lets rows without any candidate skip parsing, and texts skip a pass that found
    // nothing in their whole row.
    std::uint32_t candidatePasses(std::string_view bytes, std::uint32_t kinds) const;

    ~PiiScanner();
    PiiScanner(const PiiScanner&) = delete;
    PiiScanner& operator=(const PiiScanner&) = delete;

private:
    PiiScanner() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace td
