#include "curation/PiiScanner.h"

#include "curation/Ipv6Spans.h"
#include "curation/PiiChecks.h"
#include "curation/PiiNumbers.h"
#include "curation/PunctuationCandidates.h"
#include "curation/SecretCandidates.h"
#include "curation/TokenSpans.h"

#include <QCoreApplication>

#include <hs.h>

#include <algorithm>
#include <array>
#include <mutex>

namespace td {

namespace {

using K = PiiKind;

// Leftmost starts are asked for (HS_FLAG_SOM_LEFTMOST), so every pattern reports its span (but
// e-mail addresses, see tracksStart);
// a pattern without a final boundary reports each end, of which the longest is kept. IPv4
// addresses, card numbers, North American phone numbers and IBANs are not here: PiiNumbers
// finds them (see there why).
constexpr std::array<PiiPattern, 15> kPatterns = {{
    {K::Email, R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}\b)", false},
    {K::Phone, R"(\+[1-9][0-9]{0,2}(?:[ .\-]?\(?[0-9]{1,4}\)?){2,5}\b)", false},
    {K::IpV6, R"((?:[0-9A-Fa-f]{1,4}:|:){2,7}(?:[0-9A-Fa-f]{1,4}|:))", false, true},
    {K::PrivateKey, R"(-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----)", false},
    {K::AwsKey, R"(\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b)", false, true},
    {K::OpenAiKey, R"(\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}\b)", false, true},
    {K::TogetherKey, R"(\btgp_v1_[A-Za-z0-9_\-]{20,}\b)", false, true},
    {K::GitHubToken, R"(\bgh[pousr]_[A-Za-z0-9]{36,}\b)", false, true},
    {K::GitHubToken, R"(\bgithub_pat_[A-Za-z0-9_]{22,}\b)", false, true},
    {K::HuggingFaceToken, R"(\bhf_[A-Za-z0-9]{30,}\b)", false, true},
    {K::SlackToken, R"(\bxox[abposr]-[A-Za-z0-9\-]{10,}\b)", false, true},
    {K::Jwt, R"(\beyJ[A-Za-z0-9_\-]{4,}\.eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{8,}\b)", false},
    {K::HighEntropySecret,
     R"(\b(?:api[_\-]?key|access[_\-]?key|secret(?:[_\-]?key)?|token|password|passwd|pwd|auth)["']?\s{0,3}[:=]\s{0,3}["']?[A-Za-z0-9+/_\-.~]{16,})",
     true},
    // Already found by the ones above; here so a whole-row pre-test sees keys after "Bearer".
    {K::HighEntropySecret, R"(\bBearer [A-Za-z0-9+/_\-.~]{16,})", false},
    {K::PrivateKey, R"(-----BEGIN PGP PRIVATE KEY BLOCK-----)", false},
}};

// The gate before a scan (rawCandidates), on rows as stored: each pattern above loosened
// to a superset of it in JSON's escaped form, and cut to a prefix where a prefix is as rare:
// no word boundary before (the letter of an escape, "\nsk-…", may stand there), the quote of a
// key escaped ("token\": \"…"), "\/" in a value. The kinds found by digit runs, full IPv6
// addresses and the "\u" escapes that may hide part of a finding are found by
// findNumberCandidates (from byte masks: as a pattern here, the escapes took a third of
// Hyperscan's time), the key-value and "Bearer" secrets by findSecretCandidates, and e-mail
// addresses, international phone numbers and "::" (every other IPv6 address) by
// findPunctuationCandidates (the same way, for the same reason).
struct RawGatePattern
{
    std::uint32_t kinds;
    const char* regex;
    bool caseless;
};

constexpr std::uint32_t bit(K k)
{
    return 1u << unsigned(k);
}

// The kinds the number pass finds (PiiNumbers), and those the patterns find (phone numbers are
// both: international ones by a pattern, North American ones by their digit groups).
constexpr std::uint32_t kNumberKinds = bit(K::IpV4) | bit(K::CreditCard) | bit(K::Phone) | bit(K::Iban);
constexpr std::uint32_t kPatternKinds = kAllPiiKinds & ~(bit(K::IpV4) | bit(K::CreditCard) | bit(K::Iban));

constexpr std::array<RawGatePattern, 9> kRawGate = {{
    {bit(K::PrivateKey), R"(-----BEGIN [A-Z0-9 ]*PRIVATE KEY)", false},
    // Cut shorter than the keys they stand for: Hyperscan took 33 and 156 ms to compile these two
    // with the keys' full lengths (a fixed repeat of 16 or 20 after a short literal; "proj-" and
    // the like are in the class anyway), 2 and 6 ms like this, and scans as fast.
    {bit(K::AwsKey), R"((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{12})", false},
    {bit(K::OpenAiKey), R"(sk-[A-Za-z0-9_\-]{16})", false},
    {bit(K::TogetherKey), R"(tgp_v1_[A-Za-z0-9_\-]{20})", false},
    // 16 of the token's 36: with 36, this pattern alone took Hyperscan 0.155 s a GiB of a
    // gen_dataset file (0.05 like this).
    {bit(K::GitHubToken), R"(gh[pousr]_[A-Za-z0-9]{16})", false},
    {bit(K::GitHubToken), R"(github_pat_[A-Za-z0-9_]{22})", false},
    {bit(K::HuggingFaceToken), R"(hf_[A-Za-z0-9]{30})", false},
    {bit(K::SlackToken), R"(xox[abposr]-[A-Za-z0-9\-]{10})", false},
    {bit(K::Jwt), R"(eyJ[A-Za-z0-9_\-]{4,}\.eyJ)", false},
}};

// One Hyperscan database of `expressions` (block mode); ids are indexes into the caller's table.
Result<void> compileDatabase(const std::vector<const char*>& expressions, const std::vector<unsigned>& flags,
                             const std::vector<unsigned>& ids, hs_database_t** db)
{
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), unsigned(expressions.size()), HS_MODE_BLOCK,
                         nullptr, db, &error) == HS_SUCCESS)
        return {};
    const int which = error && error->expression >= 0 ? int(ids[std::size_t(error->expression)]) : -1;
    const QString why = QString::fromUtf8(error ? error->message : "unknown");
    hs_free_compile_error(error);
    return Error::make(Error::Code::Internal,
                       QStringLiteral("PII pattern %1 does not compile: %2").arg(which).arg(why));
}

// Which kind wins where two findings overlap: the most specific first.
int priority(K k)
{
    switch (k) {
    case K::PrivateKey:
        return 0;
    case K::AwsKey:
    case K::OpenAiKey:
    case K::TogetherKey:
    case K::GitHubToken:
    case K::HuggingFaceToken:
    case K::SlackToken:
        return 1;
    case K::Jwt:
        return 2;
    case K::Email:
        return 3;
    case K::Iban:
        return 4;
    case K::CreditCard:
        return 5;
    case K::IpV6:
        return 6;
    case K::IpV4:
        return 7;
    case K::Phone:
        return 8;
    default:
        return 9;
    }
}

// The token patterns matched by hand (findTokenSpans): each one's place in kPatterns and its
// shape, read off its expression ("sk-"'s optional "proj-" and the like are value bytes
// themselves, so they add nothing).
struct HandToken
{
    std::uint32_t pattern;
    std::array<std::string_view, 8> prefixes;
    std::string_view value;
    std::uint32_t least, most;
};
constexpr std::array<HandToken, 7> kHandTokens = {{
    {4, {"AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"}, "A-Z0-9", 16, 16},
    {5, {"sk-"}, "A-Za-z0-9_-", 20, 0},
    {6, {"tgp_v1_"}, "A-Za-z0-9_-", 20, 0},
    {7, {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}, "A-Za-z0-9", 36, 0},
    {8, {"github_pat_"}, "A-Za-z0-9_", 22, 0},
    {9, {"hf_"}, "A-Za-z0-9", 30, 0},
    {10, {"xoxa-", "xoxb-", "xoxp-", "xoxo-", "xoxs-", "xoxr-"}, "A-Za-z0-9-", 10, 0},
}};

static_assert(
    [] {
        for (const HandToken& t : kHandTokens)
            if (!kPatterns[t.pattern].byHand || (t.most && t.most != t.least)) // a bound only as an exact length
                return false;
        return true;
    }(),
    "each hand-matched token is a pattern marked byHand");

const std::array<TokenShape, kHandTokens.size()>& tokenShapes()
{
    static const auto shapes = [] {
        std::array<TokenShape, kHandTokens.size()> out;
        for (std::size_t i = 0; i < kHandTokens.size(); ++i)
            out[i] = {kHandTokens[i].prefixes, tokenValueBytes(kHandTokens[i].value), kHandTokens[i].least,
                      kHandTokens[i].most};
        return out;
    }();
    return shapes;
}

// The kinds whose every pattern is matched by hand: Hyperscan runs none of theirs.
constexpr std::uint32_t kHandKinds = [] {
    std::uint32_t hand = 0, other = 0;
    for (const PiiPattern& p : kPatterns)
        (p.byHand ? hand : other) |= 1u << unsigned(p.kind);
    return hand & ~other;
}();

// The IPv6 pattern's place in kPatterns (matched by hand, findIpv6Spans).
constexpr std::uint32_t kIpv6Pattern = [] {
    std::uint32_t i = 0;
    while (kPatterns[i].kind != K::IpV6)
        ++i;
    return i;
}();
static_assert(kPatterns[kIpv6Pattern].byHand);

// The most kinds scan() looks for with a database each rather than with the one of every pattern.
constexpr int kSeparateScans = 3;

struct Candidate
{
    std::uint32_t pattern;
    std::uint32_t start;
    std::uint32_t end;
};

struct ScanContext
{
    std::uint32_t kinds;
    std::vector<Candidate>* out;
    std::string_view text;
};

// Whether Hyperscan tracks where a pattern's matches start. Not for e-mail addresses: with the
// start asked for, a pattern that starts with a repeated class makes every letter of a text a
// possible start, and scanning took 8 times as long; their start is found by hand instead.
bool tracksStart(K kind)
{
    return kind != K::Email;
}

bool isLocalPartByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '_' ||
           c == '%' || c == '+' || c == '-';
}

int collect(unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* ctx)
{
    auto* c = static_cast<ScanContext*>(ctx);
    if (!(c->kinds & piiBit(kPatterns[id].kind)))
        return 0;
    if (kPatterns[id].kind == K::Email) {
        // The leftmost start: the domain has no "@", so the match's "@" is the last before its
        // end, and the local part reaches left as far as its characters go.
        std::size_t at = c->text.rfind('@', std::size_t(to) - 1);
        if (at == std::string_view::npos)
            return 0;
        while (at > 0 && isLocalPartByte(c->text[at - 1]))
            --at;
        from = at;
    }
    c->out->push_back({id, std::uint32_t(from), std::uint32_t(to)});
    return 0;
}

bool isWordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// The finding a candidate is, or none: trimmed to its real span and checked.
bool confirm(std::string_view text, const Candidate& c, PiiFinding& f)
{
    const K kind = kPatterns[c.pattern].kind;
    std::uint32_t start = c.start, end = c.end;
    const auto span = [&] { return text.substr(start, end - start); };
    const auto before = [&] { return start > 0 ? text[start - 1] : ' '; };
    const auto after = [&] { return end < text.size() ? text[end] : ' '; };
    switch (kind) {
    case K::Email:
        while (start < end && (text[start] == '.' || text[start] == '-'))
            ++start;
        if (text[start] == '@')
            return false;
        break;
    case K::Phone:
        // Not part of a longer number or a dotted version/address.
        if ((before() >= '0' && before() <= '9') || (after() >= '0' && after() <= '9') ||
            (after() == '.' && end + 1 < text.size() && text[end + 1] >= '0' && text[end + 1] <= '9') ||
            !phoneValid(span()))
            return false;
        break;
    case K::IpV6:
        if (isWordByte(before()) || isWordByte(after()) || before() == ':' || !ipv6Valid(span()))
            return false;
        break;
    case K::PrivateKey: {
        // The whole block, to its END line (or the end of the text when it is cut off).
        const std::size_t stop = text.find("PRIVATE KEY", end);
        std::size_t close = stop == std::string_view::npos ? std::string_view::npos : text.find("-----", stop);
        end = close == std::string_view::npos ? std::uint32_t(text.size()) : std::uint32_t(close + 5);
        if (text.substr(start, end - start).find("-----END") == std::string_view::npos)
            end = std::uint32_t(text.size());
        break;
    }
    case K::HighEntropySecret: {
        // The value only: after the = or :, past spaces and an opening quote.
        const std::string_view m = span();
        std::size_t v = m.find_first_of(":= ", m.starts_with("Bearer") ? 0 : 3);
        if (m.starts_with("Bearer"))
            v = 6;
        while (v < m.size() &&
               (m[v] == ':' || m[v] == '=' || m[v] == ' ' || m[v] == '\t' || m[v] == '"' || m[v] == '\''))
            ++v;
        start += std::uint32_t(v);
        if (isWordByte(after()) || !highEntropyValue(span()))
            return false;
        break;
    }
    default:
        break;
    }
    if (start >= end)
        return false;
    f = {kind, start, end};
    return true;
}

} // namespace

struct PiiScanner::Impl
{
    // The patterns with their spans: all of them, and each kind's alone.
    hs_database_t* db = nullptr;
    hs_database_t* raw = nullptr;                               // kRawGate
    std::array<hs_database_t*, std::size_t(K::Count)> ofKind{}; // `db` for each kind alone
    hs_scratch_t* prototype = nullptr;
    std::mutex scratchLock;

    ~Impl()
    {
        hs_free_scratch(prototype);
        hs_free_database(db);
        hs_free_database(raw);
        for (hs_database_t* k : ofKind)
            hs_free_database(k);
    }

    // Hyperscan's candidates in `text` (at most 4 GiB) with `db`, of the patterns of `kinds`.
    void runPatterns(const hs_database_t* database, std::string_view text, std::uint32_t kinds,
                     std::vector<Candidate>& out) const
    {
        ScanContext ctx{kinds, &out, text};
        hs_scan(database, text.data(), unsigned(text.size()), 0, scratch(), collect, &ctx);
    }

    // A scratch space for this thread (Hyperscan's rule: one per concurrent scan).
    hs_scratch_t* scratch() const
    {
        struct Holder
        {
            const Impl* owner = nullptr;
            hs_scratch_t* s = nullptr;
            ~Holder() { hs_free_scratch(s); }
        };
        thread_local Holder h;
        if (h.owner != this) {
            hs_free_scratch(h.s);
            h.s = nullptr;
            std::lock_guard lock(const_cast<std::mutex&>(scratchLock));
            hs_clone_scratch(prototype, &h.s);
            h.owner = this;
        }
        return h.s;
    }
};

std::span<const PiiPattern> piiPatterns()
{
    return kPatterns;
}

void handMatchedSpans(std::size_t pattern, std::string_view text,
                      std::vector<std::pair<std::uint32_t, std::uint32_t>>& spans)
{
    if (pattern == kIpv6Pattern)
        findIpv6Spans(text, spans);
    for (std::size_t i = 0; i < kHandTokens.size(); ++i)
        if (kHandTokens[i].pattern == pattern)
            findTokenSpans(text, tokenShapes()[i], spans);
}

PiiScanner::~PiiScanner() = default;

Result<const PiiScanner*> PiiScanner::instance()
{
    static Result<const PiiScanner*> made = []() -> Result<const PiiScanner*> {
        if (hs_valid_platform() != HS_SUCCESS)
            return Error::make(Error::Code::Unsupported,
                               QCoreApplication::translate("td::Curation",
                                                           "Scanning for personal data needs a processor with SSSE3, "
                                                           "which this one lacks."));
        auto* scanner = new PiiScanner;
        scanner->d = std::make_unique<Impl>();
        // The patterns of `kinds` with `extra` flags (start tracking, where tracksStart says).
        const auto compile = [](unsigned extra, hs_database_t** db,
                                std::uint32_t kinds = kAllPiiKinds) -> Result<void> {
            std::vector<const char*> expressions;
            std::vector<unsigned> flags, ids;
            for (std::size_t i = 0; i < kPatterns.size(); ++i) {
                if (!(kinds & piiBit(kPatterns[i].kind)) || kPatterns[i].byHand)
                    continue;
                expressions.push_back(kPatterns[i].regex);
                const unsigned som = tracksStart(kPatterns[i].kind) ? extra : extra & ~unsigned(HS_FLAG_SOM_LEFTMOST);
                flags.push_back(som | (kPatterns[i].caseless ? HS_FLAG_CASELESS : 0u));
                ids.push_back(unsigned(i));
            }
            return compileDatabase(expressions, flags, ids, db);
        };
        auto made = compile(HS_FLAG_SOM_LEFTMOST, &scanner->d->db);
        for (std::size_t k = 0; made && k < scanner->d->ofKind.size(); ++k)
            if (std::any_of(kPatterns.begin(), kPatterns.end(),
                            [&](const PiiPattern& p) { return p.kind == K(k) && !p.byHand; }))
                made = compile(HS_FLAG_SOM_LEFTMOST, &scanner->d->ofKind[k], piiBit(K(k)));
        if (made) {
            std::vector<const char*> expressions;
            std::vector<unsigned> flags, ids;
            for (std::size_t i = 0; i < kRawGate.size(); ++i) {
                expressions.push_back(kRawGate[i].regex);
                flags.push_back(kRawGate[i].caseless ? HS_FLAG_CASELESS : 0u);
                ids.push_back(unsigned(i));
            }
            made = compileDatabase(expressions, flags, ids, &scanner->d->raw);
        }
        if (!made) {
            delete scanner;
            return made.error();
        }
        if (hs_alloc_scratch(scanner->d->db, &scanner->d->prototype) != HS_SUCCESS ||
            hs_alloc_scratch(scanner->d->raw, &scanner->d->prototype) != HS_SUCCESS ||
            std::any_of(scanner->d->ofKind.begin(), scanner->d->ofKind.end(), [&](hs_database_t* k) {
                return k && hs_alloc_scratch(k, &scanner->d->prototype) != HS_SUCCESS;
            })) {
            delete scanner;
            return Error::make(Error::Code::Internal, QStringLiteral("Hyperscan could not allocate scratch space"));
        }
        return static_cast<const PiiScanner*>(scanner);
    }();
    return made;
}

std::uint32_t PiiScanner::passesFor(std::uint32_t kinds)
{
    return (kinds & kPatternKinds ? PatternPass : 0u) | (kinds & kNumberKinds ? NumberPass : 0u);
}

void PiiScanner::rawCandidates(std::string_view raw, std::uint32_t kinds, std::vector<GateHit>& hits,
                               std::string_view next) const
{
    if (raw.empty() || kinds == 0)
        return;
    struct Context
    {
        std::uint32_t kinds;
        std::vector<GateHit>* hits;
    } ctx{kinds, &hits};
    // Hyperscan takes at most 4 GiB a call; a block of rows is far smaller.
    const auto size = unsigned(std::min<std::size_t>(raw.size(), 0xFFFFFFFFu));
    static constexpr std::uint32_t patternKinds = [] {
        std::uint32_t k = 0;
        for (const RawGatePattern& p : kRawGate)
            k |= p.kinds;
        return k;
    }();
    if (kinds & patternKinds)
        hs_scan(
            d->raw, raw.data(), size, 0, d->scratch(),
            [](unsigned int id, unsigned long long, unsigned long long to, unsigned int, void* c) {
                auto* context = static_cast<Context*>(c);
                if (context->kinds & kRawGate[id].kinds)
                    context->hits->push_back({std::uint32_t(to - 1), context->kinds & kRawGate[id].kinds});
                return 0;
            },
            &ctx);
    thread_local ByteClasses m;
    m.compute(raw.substr(0, size), true, next);
    findNumberCandidates(raw.substr(0, size), m, kinds, hits);
    findPunctuationCandidates(raw.substr(0, size), m, kinds, hits);
    if (kinds & bit(K::HighEntropySecret))
        findSecretCandidates(raw.substr(0, size), m, hits);
}

namespace {

// The kinds of `kinds` whose patterns Hyperscan runs (some are matched by hand).
std::uint32_t hyperscanKinds(std::uint32_t kinds, std::uint32_t passes)
{
    return passes & PiiScanner::PatternPass ? kinds & kPatternKinds & ~kHandKinds : 0;
}

// A few kinds are scanned for one database at a time: each kind's database alone is several
// times faster than the one of every pattern (the benchmark's rows with two kinds took 3.7 us
// a row with that one, 1.4 us with two of their own). A pattern's matches are the same in any
// database it is in.
bool separately(std::uint32_t hyperscanKinds)
{
    return __builtin_popcount(hyperscanKinds) <= kSeparateScans;
}

// The candidates of the patterns matched by hand.
void addHandCandidates(std::string_view text, std::uint32_t kinds, std::uint32_t passes,
                       std::vector<Candidate>& candidates)
{
    if (!(passes & PiiScanner::PatternPass) || !(kinds & kHandKinds))
        return;
    thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
    if (kinds & bit(K::IpV6)) {
        spans.clear();
        findIpv6Spans(text, spans);
        for (const auto& [from, to] : spans)
            candidates.push_back({kIpv6Pattern, from, to});
    }
    for (std::size_t i = 0; i < kHandTokens.size(); ++i) {
        if (!(kinds & bit(kPatterns[kHandTokens[i].pattern].kind)))
            continue;
        spans.clear();
        findTokenSpans(text, tokenShapes()[i], spans);
        for (const auto& [from, to] : spans)
            candidates.push_back({kHandTokens[i].pattern, from, to});
    }
}

// The findings of `text` from its pattern candidates and the number pass: each candidate
// checked, and where findings overlap the most specific kind (then the longest, then the
// first) kept; by start.
void finish(std::string_view text, std::uint32_t kinds, std::uint32_t passes, std::vector<Candidate>& candidates,
            std::vector<PiiFinding>& out)
{
    out.clear();
    // Per pattern and start, the longest end; then each checked.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.pattern != b.pattern ? a.pattern < b.pattern : a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    thread_local std::vector<PiiFinding> found;
    found.clear();
    if (passes & PiiScanner::NumberPass)
        findNumberPii(text, kinds, found);
    if (candidates.empty() && found.empty())
        return;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        if (i > 0 && candidates[i - 1].pattern == c.pattern && candidates[i - 1].start == c.start)
            continue;
        PiiFinding f;
        if (confirm(text, c, f))
            found.push_back(f);
    }
    std::sort(found.begin(), found.end(), [](const PiiFinding& a, const PiiFinding& b) {
        const int pa = priority(a.kind), pb = priority(b.kind);
        if (pa != pb)
            return pa < pb;
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        return a.start < b.start;
    });
    for (const PiiFinding& f : found) {
        const bool overlaps = std::any_of(out.begin(), out.end(),
                                          [&](const PiiFinding& o) { return f.start < o.end && o.start < f.end; });
        if (!overlaps)
            out.push_back(f);
    }
    std::sort(out.begin(), out.end(), [](const PiiFinding& a, const PiiFinding& b) { return a.start < b.start; });
}

} // namespace

void PiiScanner::scan(std::string_view text, std::uint32_t kinds, std::vector<PiiFinding>& out,
                      std::uint32_t passes) const
{
    out.clear();
    if (text.empty() || kinds == 0 || passes == 0)
        return;
    thread_local std::vector<Candidate> candidates;
    candidates.clear();
    // The rows' gate (rawCandidates) came first; here every candidate gets its span.
    const std::string_view capped = text.substr(0, 0xFFFFFFFFu);
    std::uint32_t hsKinds = hyperscanKinds(kinds, passes);
    if (!separately(hsKinds))
        d->runPatterns(d->db, capped, kinds, candidates);
    else
        for (; hsKinds; hsKinds &= hsKinds - 1)
            if (const hs_database_t* db = d->ofKind[std::size_t(__builtin_ctz(hsKinds))])
                d->runPatterns(db, capped, kinds, candidates);
    addHandCandidates(capped, kinds, passes, candidates);
    finish(text, kinds, passes, candidates, out);
}

void PiiScanner::scanBatch(std::span<const PiiBatchText> texts, std::vector<PiiBatchFinding>& out) const
{
    out.clear();
    thread_local std::vector<std::vector<Candidate>> candidates;
    if (candidates.size() < texts.size())
        candidates.resize(texts.size());
    const auto capped = [&](std::size_t i) { return texts[i].text.substr(0, 0xFFFFFFFFu); };
    // The texts with many kinds with the database of every pattern, one by one; the others
    // kind by kind.
    std::uint32_t kindByKind = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        candidates[i].clear();
        const std::uint32_t hsKinds = hyperscanKinds(texts[i].kinds, texts[i].passes);
        if (separately(hsKinds))
            kindByKind |= hsKinds;
        else if (!texts[i].text.empty())
            d->runPatterns(d->db, capped(i), texts[i].kinds, candidates[i]);
    }
    for (; kindByKind; kindByKind &= kindByKind - 1) {
        const std::size_t k = std::size_t(__builtin_ctz(kindByKind));
        const hs_database_t* db = d->ofKind[k];
        if (!db)
            continue;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const std::uint32_t hsKinds = hyperscanKinds(texts[i].kinds, texts[i].passes);
            if ((hsKinds & (1u << k)) && separately(hsKinds) && !texts[i].text.empty())
                d->runPatterns(db, capped(i), texts[i].kinds, candidates[i]);
        }
    }
    thread_local std::vector<PiiFinding> found;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (texts[i].text.empty() || texts[i].kinds == 0 || texts[i].passes == 0)
            continue;
        addHandCandidates(capped(i), texts[i].kinds, texts[i].passes, candidates[i]);
        finish(texts[i].text, texts[i].kinds, texts[i].passes, candidates[i], found);
        for (const PiiFinding& f : found)
            out.push_back({std::uint32_t(i), f});
    }
}

} // namespace td
