// libFuzzer target for the personal-data scanner: any bytes, as a text and as a row, give
// findings inside the text, in order and not overlapping, whose checks hold; redacting a row
// gives a row that parses, never a crash or a read outside the input; a row's findings are
// exactly those of its texts scanned one by one (the row's pre-test skips none); as lines of a
// file, the whole-file gate flags every line with a finding, for the pass that finds it; the
// gate's shortcuts (number shapes, secrets' places) find what reading every byte finds; the IPv6
// and secret token patterns matched by hand are the patterns; a batch of texts finds what each alone does.
#include "PatternSpans.h"
#include "curation/ByteClasses.h"
#include "curation/Ipv6Spans.h"
#include "curation/PiiChecks.h"
#include "curation/PiiNumbers.h"
#include "curation/PiiRedaction.h"
#include "curation/PiiRowScan.h"
#include "curation/PunctuationCandidates.h"
#include "curation/SecretCandidates.h"
#include "dataset/RowJson.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace {

[[noreturn]] void fail(const char* what, const td::PiiFinding& f, std::size_t size)
{
    std::fprintf(stderr, "%s: %s [%u, %u) in %zu bytes\n", what, td::piiCode(f.kind), f.start, f.end, size);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto scanner = td::PiiScanner::instance();
    if (!scanner)
        return 0; // no SSSE3: nothing to test
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<td::PiiFinding> found;
    (*scanner)->scan(text, td::kAllPiiKinds, found);
    std::uint32_t last = 0;
    for (const td::PiiFinding& f : found) {
        if (f.start >= f.end || f.end > size)
            fail("span outside the text", f, size);
        if (f.start < last)
            fail("findings overlap or are out of order", f, size);
        last = f.end;
        const std::string_view s = text.substr(f.start, f.end - f.start);
        if ((f.kind == td::PiiKind::CreditCard && !td::creditCardValid(s)) ||
            (f.kind == td::PiiKind::Iban && !td::ibanValid(s)) || (f.kind == td::PiiKind::IpV4 && !td::ipv4Valid(s)))
            fail("a finding fails its own check", f, size);
    }
    // The IPv6 pattern matched by hand is the pattern run by Hyperscan.
    {
        static const td::test::PatternSpans pattern(td::PiiKind::IpV6);
        std::vector<std::pair<std::uint32_t, std::uint32_t>> byHand;
        td::findIpv6Spans(text, byHand);
        if (pattern.valid() && byHand != pattern.longestFrom(text, [&](std::uint32_t at) {
                return td::test::ipv6RunStartsAt(text, at);
            })) {
            std::fprintf(stderr, "the IPv6 matcher finds %zu spans, Hyperscan other ones\n", byHand.size());
            std::abort();
        }
    }
    // So are the secret tokens' patterns, each start Hyperscan reports with its longest end.
    {
        static const auto patterns = [] {
            std::vector<std::pair<std::size_t, std::unique_ptr<td::test::PatternSpans>>> out;
            for (std::size_t i = 0; i < td::piiPatterns().size(); ++i)
                if (td::piiPatterns()[i].byHand && td::piiPatterns()[i].kind != td::PiiKind::IpV6)
                    out.emplace_back(i, std::make_unique<td::test::PatternSpans>(td::piiPatterns()[i]));
            return out;
        }();
        for (const auto& [i, pattern] : patterns) {
            std::vector<std::pair<std::uint32_t, std::uint32_t>> byHand;
            td::handMatchedSpans(i, text, byHand);
            if (pattern->valid() && byHand != pattern->longestFrom(text, [](std::uint32_t) { return true; })) {
                std::fprintf(stderr, "the %s matcher finds %zu spans, Hyperscan other ones\n",
                             td::piiCode(td::piiPatterns()[i].kind), byHand.size());
                std::abort();
            }
        }
    }
    // Its lines scanned as one batch give each line's findings scanned alone.
    {
        std::vector<td::PiiBatchText> batch;
        for (std::size_t from = 0; from <= size;) {
            std::size_t to = text.find('\n', from);
            if (to == std::string_view::npos)
                to = size;
            // kinds by the line's first byte: all of them, or a few
            const std::uint32_t kinds = to > from && (text[from] & 1)
                                            ? (std::uint32_t(text[from]) * 0x9E3779B9u) & td::kAllPiiKinds
                                            : td::kAllPiiKinds;
            batch.push_back({text.substr(from, to - from), kinds, td::PiiScanner::passesFor(kinds)});
            from = to + 1;
        }
        std::vector<td::PiiBatchFinding> together;
        (*scanner)->scanBatch(batch, together);
        std::size_t n = 0;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            std::vector<td::PiiFinding> alone;
            (*scanner)->scan(batch[i].text, batch[i].kinds, alone);
            for (const td::PiiFinding& f : alone) {
                if (n >= together.size() || together[n].text != i || !(together[n].finding == f))
                    fail("a batch misses a finding of a text scanned alone", f, size);
                ++n;
            }
        }
        if (n != together.size())
            fail("a batch finds what its texts alone do not have", together[n].finding, size);
    }
    // The number pass jumps to the runs with a number kind's shape (NumberAnchors): it finds what
    // walking every run finds.
    {
        std::vector<td::PiiFinding> jumped, walked;
        td::findNumberPii(text, td::kAllPiiKinds, jumped);
        td::findNumberPiiByWalk(text, td::kAllPiiKinds, walked);
        if (jumped != walked)
            fail("the number pass's shortcut misses what walking every run finds",
                 walked.size() > jumped.size() ? walked[jumped.size()] : jumped[walked.size()], size);
    }
    // The gate's key-value and "Bearer" places from the byte masks are those reading every
    // byte finds.
    if (size <= td::PiiScanner::kGateLimit) {
        td::ByteClasses m;
        m.compute(text, true);
        std::vector<td::GateHit> masked, walked;
        td::findSecretCandidates(text, m, masked);
        td::findSecretCandidatesByWalk(text, walked);
        td::findPunctuationCandidates(text, m, td::kAllPiiKinds, masked);
        td::findPunctuationCandidatesByWalk(text, td::kAllPiiKinds, walked);
        std::sort(walked.begin(), walked.end(), [](const td::GateHit& a, const td::GateHit& b) {
            return a.at != b.at ? a.at < b.at : a.kinds < b.kinds;
        });
        std::sort(masked.begin(), masked.end(), [](const td::GateHit& a, const td::GateHit& b) {
            return a.at != b.at ? a.at < b.at : a.kinds < b.kinds;
        });
        const bool same =
            std::equal(masked.begin(), masked.end(), walked.begin(), walked.end(),
                       [](const td::GateHit& a, const td::GateHit& b) { return a.at == b.at && a.kinds == b.kinds; });
        if (!same) {
            std::fprintf(stderr, "the gate's masks find %zu places, reading every byte %zu\n", masked.size(),
                         walked.size());
            std::abort();
        }
    }
    // As a row: the texts' findings, then the redacted row.
    simdjson::dom::parser parser;
    std::vector<td::RowPiiFinding> rowFound;
    const QByteArrayView row(text.data(), qsizetype(size));
    td::scanRowPii(**scanner, row, td::kAllPiiKinds, parser, rowFound);
    // The row's pre-test (both passes over the row with its escapes decoded) misses nothing:
    // the findings are those of every text scanned in full.
    std::vector<td::RowText> texts;
    if (td::rowTexts(row, parser, texts)) {
        std::size_t n = 0;
        for (const td::RowText& t : texts) {
            (*scanner)->scan(t.text, td::kAllPiiKinds, found);
            for (const td::PiiFinding& f : found) {
                if (n >= rowFound.size() || !(rowFound[n].finding == f) || rowFound[n].pointer != t.pointer)
                    fail("the row scan misses a finding of a text", f, size);
                ++n;
            }
        }
        if (n != rowFound.size())
            fail("the row scan finds what its texts do not have", rowFound[n].finding, size);
    }
    // As lines of a file: the gate over all of them, then each line scanned for the kinds the
    // gate gave it gives what scanning it without the gate gives.
    std::vector<td::GateHit> hits;
    (*scanner)->rawCandidates(text, td::kAllPiiKinds, hits);
    std::vector<std::uint32_t> lineStarts{0};
    for (std::size_t i = 0; i < size; ++i)
        if (text[i] == '\n')
            lineStarts.push_back(std::uint32_t(i + 1));
    std::vector<std::vector<td::GateHit>> lineHits(lineStarts.size());
    for (const td::GateHit& h : hits) {
        if (h.at >= size)
            fail("a gate hit outside the text", {}, size);
        const std::size_t l =
            std::size_t(std::upper_bound(lineStarts.begin(), lineStarts.end(), h.at) - lineStarts.begin()) - 1;
        lineHits[l].push_back({h.at - lineStarts[l], h.kinds});
    }
    for (std::size_t l = 0; l < lineStarts.size(); ++l) {
        const std::size_t end = l + 1 < lineStarts.size() ? lineStarts[l + 1] - 1 : size;
        const QByteArrayView line(text.data() + lineStarts[l], qsizetype(end - lineStarts[l]));
        std::vector<td::RowPiiFinding> full, gated;
        td::scanRowPii(**scanner, line, td::kAllPiiKinds, parser, full);
        if (!lineHits[l].empty())
            td::scanRowPii(**scanner, line, td::kAllPiiKinds, parser, gated, false,
                           std::span<const td::GateHit>(lineHits[l]));
        if (gated.size() != full.size())
            fail("the gate misses a finding of a line", full.empty() ? gated[0].finding : full[0].finding, size);
        for (std::size_t i = 0; i < full.size(); ++i)
            if (!(gated[i].finding == full[i].finding))
                fail("the gate misses a finding of a line", full[i].finding, size);
    }
    const QByteArray redacted = td::redactRow(row, td::RedactTarget{});
    if (!redacted.isEmpty() && !td::parseRow(redacted)) {
        std::fprintf(stderr, "the redacted row does not parse\n");
        std::abort();
    }
    return 0;
}
