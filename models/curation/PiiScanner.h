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

// One text of a batch (PiiScanner::scanBatch): its bytes, the kinds to look for and the
// passes that find them (PiiScanner::passesFor).
struct PiiBatchText
{
    std::string_view text;
    std::uint32_t kinds = 0;
    std::uint32_t passes = 0;
};

// A finding of a batch: the index of its text, and the finding in it.
struct PiiBatchFinding
{
    std::uint32_t text = 0;
    PiiFinding finding;
};

// A place where the gate of a whole-file scan saw a candidate: an offset inside it, and the
// kinds it may be (a mask of piiBit()).
struct GateHit
{
    std::uint32_t at = 0;
    std::uint32_t kinds = 0;
};

// The regular expressions the scanner compiles, one a kind (several for some kinds), in
// Hyperscan's PCRE syntax (the engine benchmark runs the same ones on RE2). A pattern `byHand`
// is matched by code of its own instead (Ipv6Spans, TokenSpans), the expression its definition.
struct PiiPattern
{
    PiiKind kind;
    const char* regex;
    bool caseless;
    bool byHand = false;
};
std::span<const PiiPattern> piiPatterns();
// The candidates of pattern `pattern` (a place in piiPatterns()) that is matched by hand, as
// [start, end): for a token, each start Hyperscan would report (the leftmost of its ends) with
// its longest end; for IPv6 those from the places a run of hex digits and colons starts (the
// only ones the check keeps). The tests and the fuzzer compare them with Hyperscan's.
void handMatchedSpans(std::size_t pattern, std::string_view text,
                      std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans);

// Finds personal data and secrets in text with Hyperscan (the patterns of the kinds asked for;
// IPv6 and the token kinds matched by hand, the number kinds by PiiNumbers), then checks each
// candidate (Luhn, mod-97, address ranges, entropy) and keeps the most specific
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
    // The passes that find the kinds in `kinds`.
    static std::uint32_t passesFor(std::uint32_t kinds);

    // Findings in `text` of the kinds in `kinds` (a mask of piiBit()), by start. `passes`
    // leaves out a pass known to find nothing (see passesFor). Asked for one kind of the
    // pattern pass, it scans with that kind's patterns only (several times faster than all).
    void scan(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out,
              std::uint32_t passes = BothPasses) const;
    // What scan() finds in each of `texts`, by text then start; the patterns run kind by kind
    // over all the texts, so a kind's database stays in the processor's cache from one text to
    // the next (scanned text by text between the gate's blocks, the benchmark's rows took
    // 1.15 us a text and kind, most of it reading the database and scratch space again).
    void scanBatch(std::span<const PiiBatchText> texts, std::vector<PiiBatchFinding>& out) const;
    // The gate before a scan, on rows as they are stored (JSON lines, escapes not decoded; one
    // row, or many at once in a whole-file scan): appends each place a finding of `kinds` may be (unsorted), with its
    // kinds. Only rows with one need the full scan, and only for the kinds their candidates may be: a superset, kind by
    // kind, of what scan() finds in the rows' decoded texts: the patterns here are loosened where an escape can stand
    // beside or inside a finding (no word boundary before, "\"" and "\t" allowed around a key's "=", "\/" in its
    // value), and "\u00XX" (an escaped ASCII character, which could hide anything) is a candidate itself.
    // `next`, the bytes the caller gates next, is read into the cache meanwhile.
    void rawCandidates(std::string_view raw, std::uint32_t kinds, std::vector<GateHit>& hits,
                       std::string_view next = {}) const;
    // The most bytes rawCandidates takes at once (its byte masks take 0.625 bytes a byte): a
    // longer row is scanned for every kind instead.
    static constexpr std::size_t kGateLimit = 4 * 1024 * 1024;

    ~PiiScanner();
    PiiScanner(const PiiScanner&) = delete;
    PiiScanner& operator=(const PiiScanner&) = delete;

private:
    PiiScanner() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace td
