#include "CurationData.h"
#include "PatternSpans.h"
#include "TestFiles.h"
#include "curation/ByteClasses.h"
#include "curation/Ipv6Spans.h"
#include "curation/PiiChecks.h"
#include "curation/PiiNumbers.h"
#include "curation/PiiRedaction.h"
#include "curation/PiiRowScan.h"
#include "curation/PunctuationCandidates.h"
#include "curation/SecretCandidates.h"
#include "dataset/DatasetDocument.h"

#include <QTemporaryDir>
#include <QTest>

#include <hs.h>
#include <simdjson.h>

using namespace td;

namespace {

const PiiScanner& scanner()
{
    auto s = PiiScanner::instance();
    if (!s)
        qFatal("%s", qPrintable(s.error().message));
    return **s;
}

std::vector<RowPiiFinding> scanRow(QByteArrayView row, std::uint32_t kinds = kAllPiiKinds)
{
    simdjson::dom::parser parser;
    std::vector<RowPiiFinding> out;
    scanRowPii(scanner(), row, kinds, parser, out);
    return out;
}

// The gate's places for key-value and "Bearer" secrets, found from the byte masks and by
// reading every byte, by position.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> secretPlaces(std::string_view raw)
{
    ByteClasses m;
    m.compute(raw, true);
    std::vector<GateHit> masked, walked;
    findSecretCandidates(raw, m, masked);
    findSecretCandidatesByWalk(raw, walked);
    std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> at;
    for (const GateHit& h : masked)
        at.first.push_back(h.at);
    for (const GateHit& h : walked)
        at.second.push_back(h.at);
    std::sort(at.first.begin(), at.first.end());
    return at;
}

// Text of up to `most` pieces drawn at random: what the gate's shortcuts are compared on.
template<std::size_t N>
std::string textOfPieces(test::CurationRng& rng, const char* const (&pieces)[N], int most)
{
    std::string text;
    for (int n = rng.below(most); n > 0; --n)
        text += pieces[std::size_t(rng.below(int(N)))];
    return text;
}

std::vector<PiiFinding> scanText(std::string_view text, std::uint32_t kinds = kAllPiiKinds)
{
    std::vector<PiiFinding> out;
    scanner().scan(text, kinds, out);
    return out;
}

QString describe(const std::vector<RowPiiFinding>& found)
{
    QStringList s;
    for (const auto& f : found)
        s << QStringLiteral("%1 %2 [%3,%4)")
                 .arg(QString::fromUtf8(piiCode(f.finding.kind)), QString::fromStdString(f.pointer))
                 .arg(f.finding.start)
                 .arg(f.finding.end);
    return s.join(QStringLiteral("; "));
}

} // namespace

class TestPii : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // Every planted item is found at its exact span, with its kind, and nothing else is.
    void recallOfPlantedItems()
    {
        const test::PiiData data = test::piiData(600, true, 21);
        const QList<QByteArray> rows = data.jsonl.split('\n');
        std::size_t next = 0;
        int checked = 0;
        for (int r = 0; r + 1 < rows.size(); ++r) {
            const auto found = scanRow(rows[r]);
            std::vector<RowPiiFinding> expected;
            for (; next < data.planted.size() && data.planted[next].row == r; ++next) {
                const auto& p = data.planted[next];
                expected.push_back({p.pointer, TextRole::Other, {piiKindFromCode(p.code), p.start, p.end}});
            }
            QCOMPARE(describe(found), describe(expected));
            for (std::size_t i = 0; i < found.size(); ++i) {
                QVERIFY2(found[i].pointer == expected[i].pointer && found[i].finding == expected[i].finding,
                         qPrintable(QStringLiteral("row %1: found %2, planted %3")
                                        .arg(r)
                                        .arg(describe(found), describe(expected))));
                QCOMPARE(found[i].role,
                         found[i].pointer == "/messages/0/content" ? TextRole::User : TextRole::Assistant);
                ++checked;
            }
        }
        QCOMPARE(next, data.planted.size());
        QCOMPARE(checked, 720);
    }

    void noFindingsOnCleanText()
    {
        const test::PiiData data = test::piiData(3000, false, 22);
        const QList<QByteArray> rows = data.jsonl.split('\n');
        for (int r = 0; r + 1 < rows.size(); ++r) {
            const auto found = scanRow(rows[r]);
            QVERIFY2(found.empty(), qPrintable(QStringLiteral("row %1: %2").arg(r).arg(describe(found))));
        }
    }

    void checksumsRejectNearMisses()
    {
        QVERIFY(luhnValid("4111 1111 1111 1111"));
        QVERIFY(!luhnValid("4111 1111 1111 1112"));
        QVERIFY(creditCardValid("4111-1111-1111-1111"));
        QVERIFY(!creditCardValid("4111-1111 1111-1111")); // mixed separators
        QVERIFY(!creditCardValid("9111111111111111"));    // no network starts with 9
        QVERIFY(ibanValid("DE89 3704 0044 0532 0130 00"));
        QVERIFY(ibanValid("GB82WEST12345698765432"));
        QVERIFY(!ibanValid("DE89 3704 0044 0532 0130 01"));
        QVERIFY(!ibanValid("GB82WEST12345698765423"));
        QVERIFY(ipv4Valid("10.0.0.255"));
        QVERIFY(!ipv4Valid("10.0.0.256"));
        QVERIFY(!ipv4Valid("10.00.0.1"));
        QVERIFY(!ipv4Valid("11111111111111.0.0.1")); // once overflowed int (found by fuzz_pii)
        QVERIFY(!ipv4Valid("0255.1.1.1"));
        QVERIFY(ipv6Valid("fe80::1ff:fe23:4567:890a"));
        QVERIFY(!ipv6Valid("12:30:45"));
        QVERIFY(highEntropyValue("q8Zr2LxPw9Vt4NmK7sYb"));
        QVERIFY(!highEntropyValue("aaaaaaaaaaaaaaaaaaaa1"));
        QVERIFY(!highEntropyValue("passwordpassword"));

        QVERIFY(scanText("card 4111 1111 1111 1112 here").empty());
        QVERIFY(scanText("iban DE89370400440532013001 here").empty());
        QVERIFY(scanText("see 999.10.10.10 and v1.2.3.4.5").empty());
        QVERIFY(scanText("token=aaaaaaaaaaaaaaaaaaaaaaaa").empty());
        QCOMPARE(scanText("card 4111 1111 1111 1111 here"), (std::vector<PiiFinding>{{PiiKind::CreditCard, 5, 24}}));
        QCOMPARE(scanText("iban DE89370400440532013000."), (std::vector<PiiFinding>{{PiiKind::Iban, 5, 27}}));
        QCOMPARE(scanText("at fe80::1ff:fe23:4567:890a now"), (std::vector<PiiFinding>{{PiiKind::IpV6, 3, 27}}));
        QCOMPARE(scanText("mail a.b@c.org."), (std::vector<PiiFinding>{{PiiKind::Email, 5, 14}}));
        // Numbers glued to words are no addresses; the next number of the run still counts.
        QCOMPARE(scanText("after v1.2.3 10.0.0.1 then"), (std::vector<PiiFinding>{{PiiKind::IpV4, 13, 21}}));
        QVERIFY(scanText("id x10.0.0.1 and 10.0.0.1a").empty());
        QCOMPARE(scanText("call (415) 555-0132 or 415.555.0132"),
                 (std::vector<PiiFinding>{{PiiKind::Phone, 5, 19}, {PiiKind::Phone, 23, 35}}));
        QCOMPARE(scanText("IBAN DE89 3704 0044 0532 0130 00 AND MORE"),
                 (std::vector<PiiFinding>{{PiiKind::Iban, 5, 32}}));
        QCOMPARE(scanText("in 2024 4111 1111 1111 1111."), (std::vector<PiiFinding>{{PiiKind::CreditCard, 8, 27}}));
        QCOMPARE(scanText("password: \"q8Zr2LxPw9Vt4NmK7sYb\""),
                 (std::vector<PiiFinding>{{PiiKind::HighEntropySecret, 11, 31}}));
    }

    // A text longer than the byte masks take (4 MiB) is walked run by run instead; it finds
    // the same.
    void aVeryLongTextIsScannedRunByRun()
    {
        std::string text;
        while (text.size() <= PiiScanner::kGateLimit)
            text += "v1.2 at 12:30 in 2024 7 words ";
        const auto at = std::uint32_t(text.size());
        text += "4111 1111 1111 1111 and DE89370400440532013000 end";
        QCOMPARE(scanText(text),
                 (std::vector<PiiFinding>{{PiiKind::CreditCard, at, at + 19}, {PiiKind::Iban, at + 24, at + 46}}));
    }

    // The number kinds are looked for only where their digit groups have their shape (bit masks,
    // NumberAnchors). With each printed form at every offset of a 64-byte word, after and
    // before text full of decoy numbers, jumping there finds what walking every digit run finds,
    // and the whole-file gate flags the item.
    void theShortcutsFindWhatWalkingEveryRunFinds()
    {
        const struct
        {
            const char* item;
            PiiKind kind;
        } items[] = {
            {"4111111111111111", PiiKind::CreditCard},
            {"4111 1111 1111 1111", PiiKind::CreditCard},
            {"4111-1111-1111-1111", PiiKind::CreditCard},
            {"3782 822463 10005", PiiKind::CreditCard},       // Amex, 4-6-5
            {"3056 930902 5904", PiiKind::CreditCard},        // Diners, 4-6-4
            {"6011 0009 9013 9424 124", PiiKind::CreditCard}, // 4-4-4-4-3 (19 digits)
            {"(415) 555-0132", PiiKind::Phone},
            {"(415)555-0132", PiiKind::Phone},
            {"415-555-0132", PiiKind::Phone},
            {"415.555.0132", PiiKind::Phone},
            {"415 555 0132", PiiKind::Phone},
            {"192.168.10.254", PiiKind::IpV4},
            {"10.0.0.1", PiiKind::IpV4},
            {"DE89370400440532013000", PiiKind::Iban},
            {"DE89 3704 0044 0532 0130 00", PiiKind::Iban},
            {"GB82 WEST 1234 5698 7654 32", PiiKind::Iban},
        };
        std::string decoys;
        while (decoys.size() < 400)
            decoys += "12:33 3.14 or 24-40 v2.13.1 681,865 2026 1.2.3 555-0132 (12) 34 ";
        int gated = 0;
        for (const auto& it : items) {
            for (std::size_t offset = 0; offset < 130; ++offset) {
                std::string text = decoys.substr(0, offset);
                if (offset > 0)
                    text.back() = ' ';
                text += it.item;
                text += ' ';
                text += decoys;
                std::vector<PiiFinding> jumped, walked;
                findNumberPii(text, kAllPiiKinds, jumped);
                findNumberPiiByWalk(text, kAllPiiKinds, walked);
                const std::string where = std::string(it.item) + " at " + std::to_string(offset);
                QVERIFY2(jumped == walked, where.c_str());
                const PiiFinding expected{it.kind, std::uint32_t(offset), std::uint32_t(offset + std::strlen(it.item))};
                QVERIFY2(std::find(walked.begin(), walked.end(), expected) != walked.end(), where.c_str());
                std::vector<GateHit> hits;
                scanner().rawCandidates(text, kAllPiiKinds, hits);
                QVERIFY2(
                    std::any_of(hits.begin(), hits.end(), [&](const GateHit& h) { return h.kinds & piiBit(it.kind); }),
                    where.c_str());
                ++gated;
            }
        }
        // A full IPv6 address (no "::") is flagged by the gate's colon shape at every offset.
        for (std::size_t offset = 0; offset < 130; ++offset) {
            std::string text = decoys.substr(0, offset) + " 2001:db8:85a3:0:0:8a2e:370:7334 " + decoys;
            std::vector<GateHit> hits;
            scanner().rawCandidates(text, piiBit(PiiKind::IpV6), hits);
            QVERIFY2(!hits.empty(), qPrintable(QString::number(offset)));
        }
        // The decoys alone hold nothing, and are not flagged.
        std::vector<PiiFinding> none;
        findNumberPii(decoys, kAllPiiKinds, none);
        QVERIFY(none.empty());
        std::vector<GateHit> hits;
        scanner().rawCandidates(decoys, kAllPiiKinds, hits);
        QVERIFY(hits.empty());
        QCOMPARE(gated, int(std::size(items)) * 130);
    }

    // Secrets in a key's value and after "Bearer" are looked for only where an "=" or ":" (or a
    // space) has 16 of a value's bytes soon after it (bit masks, findSecretCandidates). In the
    // forms a text and a JSON line write them, at every offset of a 64-byte word, after and
    // before text full of near misses, the masks find the places reading every byte finds,
    // the gate flags the row and the scan finds the secret.
    void theSecretPlacesAreWhatReadingEveryByteFinds()
    {
        const char* const items[] = {
            "api_key=Zx81kQ2mP9vR4tY7wB3n",
            "API-KEY: Zx81kQ2mP9vR4tY7wB3n",
            "secret_key = 'Zx81kQ2mP9vR4tY7wB3n'",
            "password: \\\"Zx81kQ2mP9vR4tY7wB3n\\\"", // as a JSON line has it: password: \"…\"
            "token\\t=\\tZx81kQ2mP9vR4tY7wB3n",       // token\t=\t… (escaped tabs)
            "Authorization: Bearer Zx81kQ2mP9vR4tY7wB3n",
            "accesskey=Zx8+1kQ/2mP9vR4tY7wB3n~",
            "pwd=\\t\\t\\t\\\"Zx81kQ2mP9vR4tY7wB3n",  // the most bytes between "=" and value: 8
            "auth\\\"\\t\\t\\t:Zx81kQ2mP9vR4tY7wB3n", // and between key and ":"
        };
        std::string decoys;
        while (decoys.size() < 400)
            decoys += "token counts: 12; tokens=short; see https://example.com/a-very-long-path-here "
                      "Bearer abc, the password is long, key=value, ratio:0.123456789012345678 ";
        QVERIFY(secretPlaces(decoys).first.empty());
        QVERIFY(secretPlaces(decoys).second.empty());
        std::vector<GateHit> hits;
        scanner().rawCandidates(decoys, piiBit(PiiKind::HighEntropySecret), hits);
        QVERIFY(hits.empty());
        int checked = 0;
        for (const char* item : items) {
            for (std::size_t offset = 0; offset < 130; ++offset) {
                const std::string text = decoys.substr(0, offset) + ' ' + item + ' ' + decoys;
                const std::string where = std::string(item) + " at " + std::to_string(offset);
                const auto [masked, walked] = secretPlaces(text);
                QVERIFY2(masked == walked, where.c_str());
                QVERIFY2(!masked.empty(), where.c_str());
                hits.clear();
                scanner().rawCandidates(text, piiBit(PiiKind::HighEntropySecret), hits);
                QVERIFY2(!hits.empty(), where.c_str());
                ++checked;
            }
            // The scan finds each in its decoded form (JSON's escapes undone).
            std::string decoded = item;
            for (std::size_t at; (at = decoded.find("\\\"")) != std::string::npos;)
                decoded.replace(at, 2, "\"");
            for (std::size_t at; (at = decoded.find("\\t")) != std::string::npos;)
                decoded.replace(at, 2, "\t");
            const auto found = scanText(decoded, piiBit(PiiKind::HighEntropySecret));
            QVERIFY2(found.size() == 1, item);
        }
        QCOMPARE(checked, int(std::size(items)) * 130);
        // Text made of the pieces the places are made of: the masks agree with the walk.
        test::CurationRng rng(7);
        const char* const pieces[] = {"token",  "PassWord", "api", "_",        "-",        "key",      "secret", "auth",
                                      "pwd",    "=",        ":",   " ",        "\\\"",     "\\t",      "'",      "t",
                                      "Bearer", "\n",       "x",   "Zx81kQ2m", "P9v/R4t+", "Y7.w~B3n", "0123",   "é"};
        int places = 0;
        for (int round = 0; round < 3000; ++round) {
            const std::string text = textOfPieces(rng, pieces, 60);
            const auto [masked, walked] = secretPlaces(text);
            QVERIFY2(masked == walked, text.c_str());
            places += int(masked.size());
        }
        QVERIFY2(places > 300, qPrintable(QString::number(places))); // the pieces do make places
    }

    // E-mail addresses, international phone numbers and "::" are looked for at their "@", "+"
    // and colons (bit masks, findPunctuationCandidates). In each form the scan finds, at every
    // offset of a 64-byte word, beside near misses, the masks find what reading every byte
    // finds and the gate flags the item; text made of their pieces agrees too.
    void thePunctuationPlacesAreWhatReadingEveryByteFinds()
    {
        const struct
        {
            const char* item;
            PiiKind kind;
        } items[] = {
            {"jane.doe+tag@mail.example.co.uk", PiiKind::Email},
            {"a@b.io", PiiKind::Email},
            {"x_y%z@sub-domain.example.com", PiiKind::Email},
            {"+44 20 7946 0958", PiiKind::Phone},
            {"+1 (415) 555-0132", PiiKind::Phone},
            {"+33.1.23.45.67.89", PiiKind::Phone},
            {"+4915123456789", PiiKind::Phone},
            {"fe80::1ff:fe23:4567:890a", PiiKind::IpV6},
            {"2001:db8::ff00:42:8329", PiiKind::IpV6},
        };
        std::string decoys;
        while (decoys.size() < 400)
            decoys += "me@home, @user, a@b, x@y.z, +5 points, 2+2=4, +0 1, a: b, 12:30, C++ ";
        const auto places = [](std::string_view raw) {
            ByteClasses m;
            m.compute(raw, true);
            std::vector<GateHit> masked, walked;
            findPunctuationCandidates(raw, m, kAllPiiKinds, masked);
            findPunctuationCandidatesByWalk(raw, kAllPiiKinds, walked);
            const auto byPlace = [](const GateHit& a, const GateHit& b) { return a.at < b.at; };
            std::sort(masked.begin(), masked.end(), byPlace);
            return std::pair{masked, walked};
        };
        const auto same = [](const std::vector<GateHit>& a, const std::vector<GateHit>& b) {
            return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                              [](const GateHit& x, const GateHit& y) { return x.at == y.at && x.kinds == y.kinds; });
        };
        {
            const auto [masked, walked] = places(decoys);
            QVERIFY(masked.empty() && walked.empty());
            // The scan finds none of the decoys either.
            for (PiiKind k : {PiiKind::Email, PiiKind::Phone, PiiKind::IpV6})
                QVERIFY(scanText(decoys, piiBit(k)).empty());
        }
        int checked = 0;
        for (const auto& it : items) {
            QCOMPARE(scanText(it.item, piiBit(it.kind)).size(), std::size_t(1));
            for (std::size_t offset = 0; offset < 130; ++offset) {
                const std::string text = decoys.substr(0, offset) + ' ' + it.item + ' ' + decoys;
                const std::string where = std::string(it.item) + " at " + std::to_string(offset);
                const auto [masked, walked] = places(text);
                QVERIFY2(same(masked, walked), where.c_str());
                QVERIFY2(std::any_of(masked.begin(), masked.end(),
                                     [&](const GateHit& h) { return h.kinds == piiBit(it.kind); }),
                         where.c_str());
                std::vector<GateHit> hits;
                scanner().rawCandidates(text, piiBit(it.kind), hits);
                QVERIFY2(!hits.empty(), where.c_str());
                ++checked;
            }
        }
        QCOMPARE(checked, int(std::size(items)) * 130);
        test::CurationRng rng(11);
        const char* const pieces[] = {"@",  "+", ":", "::", ".",   "-", "(",    ")",   " ",   "a", "Bc",
                                      "x_", "%", "1", "44", "555", "0", "9876", "com", ".io", "é"};
        int found = 0;
        for (int round = 0; round < 3000; ++round) {
            const std::string text = textOfPieces(rng, pieces, 60);
            const auto [masked, walked] = places(text);
            QVERIFY2(same(masked, walked), text.c_str());
            found += int(masked.size());
        }
        QVERIFY2(found > 1000, qPrintable(QString::number(found))); // the pieces do make places
    }

    // The places found by hand are a superset of the gate's former Hyperscan patterns they
    // replaced: inside every match of one, on text made of the pieces they are made of, there
    // is a place of its kind. (The patterns are plain string literals: moc loses track of a raw
    // one with quotes inside.)
    void theHandMadePlacesCoverThePatternsTheyReplaced()
    {
        const struct
        {
            const char* regex;
            bool caseless;
            PiiKind kind;
        } former[] = {
            {"[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2}", false, PiiKind::Email},
            {"\\+[1-9][0-9]{0,2}(?:[ .\\-]?\\(?[0-9]{1,4}\\)?){2}", false, PiiKind::Phone},
            {"::", false, PiiKind::IpV6},
            {"(?:api[_\\-]?key|access[_\\-]?key|secret(?:[_\\-]?key)?|token|password|passwd|pwd|auth)[\"'\\s\\\\tnrf]{"
             "0,8}[:=][\"'\\s\\\\tnrf]{0,8}[A-Za-z0-9+/_\\-.~\\\\]{16}",
             true, PiiKind::HighEntropySecret},
            {"Bearer [A-Za-z0-9+/_\\-.~\\\\]{16}", false, PiiKind::HighEntropySecret},
        };
        std::vector<const char*> expressions;
        std::vector<unsigned> flags, ids;
        for (unsigned i = 0; i < std::size(former); ++i) {
            expressions.push_back(former[i].regex);
            flags.push_back(HS_FLAG_SOM_LEFTMOST | (former[i].caseless ? HS_FLAG_CASELESS : 0u));
            ids.push_back(i);
        }
        hs_database_t* db = nullptr;
        hs_compile_error_t* error = nullptr;
        QVERIFY(hs_compile_multi(expressions.data(), flags.data(), ids.data(), unsigned(expressions.size()),
                                 HS_MODE_BLOCK, nullptr, &db, &error) == HS_SUCCESS);
        hs_scratch_t* scratch = nullptr;
        QVERIFY(hs_alloc_scratch(db, &scratch) == HS_SUCCESS);
        struct Match
        {
            unsigned id;
            std::uint32_t from, to;
        };
        test::CurationRng rng(5);
        const char* const pieces[] = {"@",  "+",    ":",      "::",   "=",      ".",        "-",       "(",     ")",
                                      " ",  "\\\"", "\\t",    "'",    "a",      "Bc",       "x_",      "%",     "1",
                                      "44", "555",  "0",      "9876", "com",    ".io",      "é",       "token", "API",
                                      "_",  "key",  "Secret", "pwd",  "Bearer", "Zx81kQ2m", "P9v/R4t+"};
        int matches = 0;
        for (int round = 0; round < 6000; ++round) {
            const std::string text = textOfPieces(rng, pieces, 50);
            std::vector<Match> found;
            hs_scan(
                db, text.data(), unsigned(text.size()), 0, scratch,
                [](unsigned id, unsigned long long from, unsigned long long to, unsigned, void* c) {
                    static_cast<std::vector<Match>*>(c)->push_back({id, std::uint32_t(from), std::uint32_t(to)});
                    return 0;
                },
                &found);
            ByteClasses m;
            m.compute(text, true);
            std::vector<GateHit> places;
            findPunctuationCandidates(text, m, kAllPiiKinds, places);
            findSecretCandidates(text, m, places);
            for (const Match& f : found) {
                const bool covered = std::any_of(places.begin(), places.end(), [&](const GateHit& h) {
                    return (h.kinds & piiBit(former[f.id].kind)) && h.at >= f.from && h.at < f.to;
                });
                QVERIFY2(covered, qPrintable(QStringLiteral("%1 in [%2, %3) of %4")
                                                 .arg(QString::fromUtf8(piiCode(former[f.id].kind)))
                                                 .arg(f.from)
                                                 .arg(f.to)
                                                 .arg(QString::fromStdString(text))));
                ++matches;
            }
        }
        hs_free_scratch(scratch);
        hs_free_database(db);
        QVERIFY2(matches > 2000, qPrintable(QString::number(matches))); // the pieces do make matches
    }

    // A batch of texts (a whole-file count scans a block's flagged texts at once) gives each
    // text's findings as scanning it alone does, whatever kinds each text is scanned for.
    void aBatchFindsWhatEachTextAloneFinds()
    {
        const test::PiiData data = test::piiData(1500, true, 8);
        simdjson::dom::parser parser;
        std::vector<std::string> texts;
        for (const QByteArray& row : data.jsonl.split('\n')) {
            std::vector<RowText> rowTexts;
            if (td::rowTexts(row, parser, rowTexts))
                for (const RowText& t : rowTexts)
                    texts.emplace_back(t.text);
        }
        texts.emplace_back(); // an empty text among them
        test::CurationRng rng(9);
        std::vector<PiiBatchText> batch;
        for (const std::string& t : texts) {
            // every kind, one kind, or a few (more than three go through the one database of all)
            const int pick = rng.below(3);
            std::uint32_t kinds = pick == 0 ? kAllPiiKinds : 0;
            for (int n = pick == 1 ? 1 : pick == 2 ? 2 + rng.below(4) : 0; n > 0; --n)
                kinds |= piiBit(PiiKind(rng.below(int(PiiKind::Count))));
            batch.push_back({t, kinds, PiiScanner::passesFor(kinds)});
        }
        std::vector<PiiBatchFinding> together;
        scanner().scanBatch(batch, together);
        std::vector<PiiBatchFinding> alone;
        for (std::size_t i = 0; i < batch.size(); ++i)
            for (const PiiFinding& f : scanText(batch[i].text, batch[i].kinds))
                alone.push_back({std::uint32_t(i), f});
        QVERIFY2(alone.size() > 600, qPrintable(QString::number(alone.size()))); // findings of the kinds asked for
        QCOMPARE(together.size(), alone.size());
        for (std::size_t i = 0; i < alone.size(); ++i)
            QVERIFY2(together[i].text == alone[i].text && together[i].finding == alone[i].finding,
                     qPrintable(QString::number(i)));
    }

    // The IPv6 pattern matched by hand gives, from every place a run of hex digits and colons
    // starts, the longest match Hyperscan gives running the pattern, on text made of the pieces
    // addresses, times and hex words are made of; and the scanner finds the addresses in it.
    void theIpv6MatcherIsThePattern()
    {
        const test::PatternSpans pattern(PiiKind::IpV6);
        QVERIFY(pattern.valid());
        test::CurationRng rng(6);
        const char* const pieces[] = {":",    "::",   ":::", "0",   "1", "7f", "abc",  "ABCD", "fffff", "e",
                                      "2001", "db8",  " ",   ".",   "g", "x:", "_",    "-",    "/",     "12:30",
                                      "\n",   "fe80", "::1", "1:2", "é", "G",  "0000", "(",    "]",     "beef"};
        int spans = 0, findings = 0;
        for (int round = 0; round < 20000; ++round) {
            const std::string text = textOfPieces(rng, pieces, 24);
            std::vector<std::pair<std::uint32_t, std::uint32_t>> byHand;
            findIpv6Spans(text, byHand);
            const auto expected =
                pattern.longestFrom(text, [&](std::uint32_t at) { return test::ipv6RunStartsAt(text, at); });
            QVERIFY2(byHand == expected, text.c_str());
            spans += int(byHand.size());
            for (const PiiFinding& f : scanText(text, piiBit(PiiKind::IpV6)))
                findings += f.kind == PiiKind::IpV6;
        }
        // the pieces do make matches, and addresses among them
        QVERIFY2(spans > 10000, qPrintable(QString::number(spans)));
        QVERIFY2(findings > 500, qPrintable(QString::number(findings)));
    }

    // Each secret token pattern matched by hand gives what Hyperscan gives running it (each
    // start it reports with its longest end), on text made of the tokens' prefixes, value
    // bytes and what stands around them; and the scanner finds tokens in it.
    void theTokenMatchersAreTheirPatterns()
    {
        test::CurationRng rng(10);
        const char* const pieces[] = {"AKIA",
                                      "ASIA",
                                      "AIPA",
                                      "AKI",
                                      "sk-",
                                      "proj-",
                                      "tgp_v1_",
                                      "tgp_",
                                      "ghp_",
                                      "ghs_",
                                      "gh",
                                      "github_pat_",
                                      "hf_",
                                      "xoxb-",
                                      "xoxr-",
                                      "xox",
                                      "ABCD2345",
                                      "Q7",
                                      "abcdefgh",
                                      "x9Z",
                                      "0123456789",
                                      "_",
                                      "-",
                                      "--",
                                      " ",
                                      ".",
                                      "\n",
                                      "é",
                                      "/",
                                      "=",
                                      "\"",
                                      "Z",
                                      "k",
                                      "a1b2c3d4e5f6g7h8",
                                      "ABCD2345EFGH6789",
                                      "WXYZ",
                                      "AKIAABCD2345EFGH6789",
                                      "sk-a1b2c3d4e5f6g7h8ABCD",
                                      "tgp_v1_a1b2c3d4e5f6g7h8ABCD",
                                      "ghp_a1b2c3d4e5f6g7h8ABCD2345EFGH6789WXYZ",
                                      "github_pat_a1b2c3d4e5f6g7h8ABCD_2345",
                                      "hf_a1b2c3d4e5f6g7h8ABCD2345EFGH67",
                                      "xoxb-a1b2c3-d4e5"};
        int patterns = 0;
        for (std::size_t i = 0; i < piiPatterns().size(); ++i) {
            const PiiPattern& p = piiPatterns()[i];
            if (!p.byHand || p.kind == PiiKind::IpV6)
                continue;
            ++patterns;
            const test::PatternSpans pattern(p);
            QVERIFY(pattern.valid());
            int spans = 0, findings = 0;
            for (int round = 0; round < 6000; ++round) {
                const std::string text = textOfPieces(rng, pieces, 40);
                std::vector<std::pair<std::uint32_t, std::uint32_t>> byHand;
                handMatchedSpans(i, text, byHand);
                const auto expected = pattern.longestFrom(text, [](std::uint32_t) { return true; });
                QVERIFY2(byHand == expected,
                         qPrintable(QStringLiteral("%1 in %2")
                                        .arg(QString::fromUtf8(piiCode(p.kind)), QString::fromStdString(text))));
                spans += int(byHand.size());
                findings += int(scanText(text, piiBit(p.kind)).size());
            }
            // the pieces do make matches, and findings among them
            QVERIFY2(spans > 200 && findings > 100, qPrintable(QStringLiteral("%1: %2 spans, %3 findings")
                                                                   .arg(QString::fromUtf8(piiCode(p.kind)))
                                                                   .arg(spans)
                                                                   .arg(findings)));
        }
        QCOMPARE(patterns, 7);
    }

    // Each byte's classes are the same with every instruction set the processor has, and are
    // what the classes say, for every byte value at every place of a word.
    void theByteClassesAreTheSameWithEveryInstructionSet()
    {
        const auto expected = [](unsigned char c, ByteClasses::Class k) {
            const bool digit = c >= '0' && c <= '9', upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            switch (k) {
            case ByteClasses::Digit:
                return digit;
            case ByteClasses::Dot:
                return c == '.';
            case ByteClasses::Upper:
                return upper;
            case ByteClasses::Colon:
                return c == ':';
            case ByteClasses::Separator:
                return c == ' ' || c == '.' || c == '-' || c == ')';
            case ByteClasses::Backslash:
                return c == '\\';
            case ByteClasses::LetterU:
                return c == 'u';
            case ByteClasses::Value:
                return digit || upper || lower || std::strchr("+/_-.~\\", c) != nullptr;
            case ByteClasses::Equals:
                return c == '=';
            case ByteClasses::Space:
                return c == ' ';
            case ByteClasses::At:
                return c == '@';
            case ByteClasses::Plus:
                return c == '+';
            default:
                return false;
            }
        };
        std::string text;
        for (int round = 0; round < 3; ++round) // every value at every place of a word, and a tail
            for (int c = 1; c < 256 + 37; ++c)
                text += char((c * (round + 1)) % 256 ? (c * (round + 1)) % 256 : 1);
        int compared = 0;
        for (auto isa :
             {ByteClasses::Isa::Sse2, ByteClasses::Isa::Avx2, ByteClasses::Isa::Avx512, ByteClasses::Isa::Avx512Vbmi}) {
            if (!ByteClasses::supported(isa))
                continue;
            for (bool secrets : {false, true}) {
                ByteClasses m;
                const std::size_t words = m.compute(text, secrets, isa);
                QCOMPARE(words, (text.size() + 63) / 64);
                for (int k = 0; k < ByteClasses::Count; ++k) {
                    const auto klass = ByteClasses::Class(k);
                    const bool gateClass = k >= ByteClasses::Value;
                    for (std::size_t i = 0; i < words * 64; ++i) {
                        const bool set = m.of(klass)[i / 64] >> (i % 64) & 1;
                        const bool want = i < text.size() && (secrets || !gateClass) &&
                                          expected(static_cast<unsigned char>(text[i]), klass);
                        QVERIFY2(set == want,
                                 qPrintable(QStringLiteral("isa %1 class %2 byte %3 (%4)")
                                                .arg(int(isa))
                                                .arg(k)
                                                .arg(i)
                                                .arg(i < text.size() ? int(static_cast<unsigned char>(text[i])) : -1)));
                    }
                    QCOMPARE(m.of(klass)[-1], std::uint64_t(0));
                    for (std::size_t w = words; w < words + ByteClasses::kTail; ++w)
                        QCOMPARE(m.of(klass)[w], std::uint64_t(0));
                }
            }
            ++compared;
        }
        QVERIFY(compared >= 1);
    }

    void kindsAreSwitchable()
    {
        const std::string_view text = "write to a.b@c.org or call (415) 555-0132";
        QCOMPARE(scanText(text).size(), std::size_t(2));
        const auto phones = scanText(text, piiBit(PiiKind::Phone));
        QCOMPARE(phones.size(), std::size_t(1));
        QCOMPARE(phones[0].kind, PiiKind::Phone);
        QVERIFY(scanText(text, 0).empty());
    }

    void escapedCharactersAreDecodedFirst()
    {
        // "@" written as \u0040: the raw bytes have no e-mail, the content does.
        const QByteArray row = R"({"messages":[{"role":"user","content":"mail me: bob\u0040example.com"}]})";
        const auto found = scanRow(row);
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found[0].finding, (PiiFinding{PiiKind::Email, 9, 24}));
        QCOMPARE(found[0].pointer, std::string("/messages/0/content"));
    }

    void findingsAfterAnEscapeAreFound()
    {
        // An escape beside a finding must not hide it from the gate on the raw bytes: "\n"
        // glues a letter to a phone number or a key ("n555-…", "nsk-…"), "\"" puts a backslash
        // between "key=" and its value. Each row below has one finding and nothing else that
        // would make the row be parsed.
        const QByteArray rows[] = {
            "{\"messages\":[{\"role\":\"user\",\"content\":\"call me\\n555-123-4567\"}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"mine:\\nsk-proj-abcdefghijklmnopqrstuvwxyz0123\"}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"api_key=\\\"Zq8vLr2Xw9Tb4Nc7Hs1Kd6Pm3Yf5Gj0A\\\"\"}]}",
            "{\"messages\":[{\"role\":\"user\",\"content\":\"card\\t4111 1111 1111 1111 ok\"}]}",
        };
        const PiiKind kinds[] = {PiiKind::Phone, PiiKind::OpenAiKey, PiiKind::HighEntropySecret, PiiKind::CreditCard};
        for (std::size_t i = 0; i < std::size(rows); ++i) {
            const auto found = scanRow(rows[i]);
            QVERIFY2(found.size() == 1,
                     qPrintable(QString::fromUtf8(rows[i]) + QStringLiteral(": ") + describe(found)));
            QCOMPARE(found[0].finding.kind, kinds[i]);
        }
    }

    // A whole-file scan gates blocks of raw rows and scans only the rows the gate flags; it must
    // find exactly what scanning every row finds: each planted kind, alone and beside every
    // escape that can stand next to or inside a finding in JSON, with clean and near-miss rows
    // between them.
    void theWholeFileGateMissesNothing()
    {
        test::CurationRng rng(24);
        // (before, after) as raw JSON, and whether "/" is written "\/" and "@" "\u0040"
        struct Context
        {
            const char* before;
            const char* after;
            bool escapeSlash = false;
            bool escapeAt = false;
        };
        const Context contexts[] = {
            {" ", " "},
            {"line\\n", "\\nnext"},
            {"tab\\t", "\\t"},
            {"\\u00e9", "\\u00e9"}, // é escaped, right before and after
            {"\\u00e9 ", " \\u00e9"},
            {"\\\"", "\\\""}, // in quotes
            {"(", ")"},
            {"x", "y"}, // glued: found in neither or both
            {" ", " ", true, true},
        };
        QByteArray jsonl;
        std::vector<QByteArray> rows;
        const auto add = [&](const std::string& content) {
            const QByteArray row = QByteArray::fromStdString(R"({"messages":[{"role":"user","content":")" + content +
                                                             R"("},{"role":"assistant","content":"ok"}]})");
            rows.push_back(row);
            jsonl += row + '\n';
        };
        const QList<QByteArray> clean = test::piiData(200, false, 25).jsonl.split('\n');
        for (int k = 0; k < 15; ++k) {
            for (const Context& c : contexts) {
                std::string value = test::jsonEscape(test::plantedItem(k, rng).value);
                if (c.escapeSlash)
                    for (std::size_t at = value.find('/'); at != std::string::npos; at = value.find('/', at + 2))
                        value.replace(at, 1, "\\/");
                if (c.escapeAt)
                    for (std::size_t at = value.find('@'); at != std::string::npos; at = value.find('@', at + 6))
                        value.replace(at, 1, "\\u0040");
                add(std::string("some words ") + c.before + value + c.after + " more words");
                // A secret as a key's value, its quotes escaped: {"api_key": "…"}
                add(std::string("{\\\"api_key\\\": \\\"") + value + "\\\"}");
                const QByteArray& between = clean[(k * 13 + int(rows.size())) % 199];
                rows.push_back(between);
                jsonl += between + '\n';
            }
        }
        const QString path = m_dir.filePath(QStringLiteral("gate.jsonl"));
        QVERIFY(test::writeFile(path, jsonl));
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        QCOMPARE(doc.snapshot().rowCount(), qint64(rows.size()));
        PiiScanOptions options;
        options.keepRowKinds = true;
        const auto counts = countPii(doc.snapshot(), options);
        QVERIFY(counts);
        std::int64_t total = 0, rowsWithFindings = 0;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const auto found = scanRow(rows[r]);
            std::uint32_t kinds = 0;
            for (const auto& f : found)
                kinds |= piiBit(f.finding.kind);
            total += std::int64_t(found.size());
            rowsWithFindings += !found.empty();
            QVERIFY2(counts->rowKinds[r] == kinds, qPrintable(QStringLiteral("row %1: %2, the gate's scan gave %3")
                                                                  .arg(r)
                                                                  .arg(QString::fromUtf8(rows[r]))
                                                                  .arg(counts->rowKinds[r])));
        }
        QCOMPARE(counts->total(), total);
        QCOMPARE(counts->rowsWithFindings, rowsWithFindings);
        QVERIFY(rowsWithFindings > 15 * 7); // most contexts give a finding of every kind
    }

    // An edited document is counted as it now is: edited, inserted, removed and moved rows
    // (the count then takes rows one by one instead of as the file's lines).
    void anEditedDocumentIsCountedAsItNowIs()
    {
        const test::PiiData data = test::piiData(120, true, 31);
        const QString path = m_dir.filePath(QStringLiteral("edited.jsonl"));
        QVERIFY(test::writeFile(path, data.jsonl));
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        doc.replaceRow(3, R"({"messages":[{"role":"user","content":"write to new.person@example.org"}]})");
        const QList<RowId> inserted =
            doc.insertRows(10, {R"({"messages":[{"role":"assistant","content":"card 4111 1111 1111 1111"}]})",
                                R"({"messages":[{"role":"user","content":"nothing here"}]})"});
        doc.removeRows(20, 2);
        doc.moveRow(30, 5);
        const DocumentSnapshot snap = doc.snapshot();
        PiiScanOptions options;
        options.keepRowKinds = true;
        const auto counts = countPii(snap, options);
        QVERIFY(counts);
        QCOMPARE(counts->rows, snap.rowCount());
        std::int64_t total = 0;
        for (std::int64_t r = 0; r < snap.rowCount(); ++r) {
            const auto found = scanRow(snap.rowView(r));
            std::uint32_t kinds = 0;
            for (const auto& f : found)
                kinds |= piiBit(f.finding.kind);
            total += std::int64_t(found.size());
            QVERIFY2(counts->rowKinds[std::size_t(r)] == kinds, qPrintable(QString::number(r)));
        }
        QCOMPARE(counts->total(), total);
        QCOMPARE(counts->rowKinds[3], std::uint16_t(piiBit(PiiKind::Email)));
        QCOMPARE(counts->rowKinds[std::size_t(doc.positionOf(inserted[0]))],
                 std::uint16_t(piiBit(PiiKind::CreditCard)));
        QCOMPARE(counts->rowKinds[std::size_t(doc.positionOf(inserted[1]))], std::uint16_t(0));
    }

    void countsPerKindAndRole()
    {
        const test::PiiData data = test::piiData(300, true, 23);
        const QString path = m_dir.filePath(QStringLiteral("pii.jsonl"));
        QVERIFY(test::writeFile(path, data.jsonl));
        DatasetDocument doc;
        doc.open(path);
        QVERIFY(doc.waitForIndexed());
        auto counts = countPii(doc.snapshot());
        QVERIFY(counts);
        QCOMPARE(counts->total(), std::int64_t(data.planted.size()));
        QCOMPARE(counts->rowsWithFindings, std::int64_t(300));
        std::array<std::array<std::int64_t, std::size_t(TextRole::Count)>, std::size_t(PiiKind::Count)> expected{};
        for (const auto& p : data.planted)
            ++expected[std::size_t(piiKindFromCode(p.code))]
                      [std::size_t(p.pointer == "/messages/0/content" ? TextRole::User : TextRole::Assistant)];
        QVERIFY(counts->byKindRole == expected);
        PiiScanOptions onlyEmail;
        onlyEmail.kinds = piiBit(PiiKind::Email);
        auto emails = countPii(doc.snapshot(), onlyEmail);
        QVERIFY(emails);
        QCOMPARE(emails->total(), emails->ofKind(PiiKind::Email));
        QVERIFY(emails->total() > 0);
    }

    void redaction()
    {
        const QByteArray row =
            R"({"messages":[{"role":"user","content":"I am a.b@c.org, call +49 30 1234567"},)"
            R"({"role":"assistant","content":[{"type":"text","text":"key AKIAABCDEFGHIJKLMNOP"}]}]})";
        QCOMPARE(redactRow(row, {}),
                 QByteArray(R"({"messages":[{"role":"user","content":"I am <EMAIL>, call <PHONE>"},)"
                            R"({"role":"assistant","content":[{"type":"text","text":"key <AWS_KEY>"}]}]})"));
        QCOMPARE(redactRow(row, {piiBit(PiiKind::Phone), std::nullopt}),
                 QByteArray(R"({"messages":[{"role":"user","content":"I am a.b@c.org, call <PHONE>"},)"
                            R"({"role":"assistant","content":[{"type":"text","text":"key AKIAABCDEFGHIJKLMNOP"}]}]})"));
        const auto found = scanRow(row);
        QCOMPARE(found.size(), std::size_t(3));
        QCOMPARE(found[2].pointer, std::string("/messages/1/content/0/text"));
        RedactTarget one;
        one.only = found[0];
        QCOMPARE(redactRow(row, one),
                 QByteArray(R"({"messages":[{"role":"user","content":"I am <EMAIL>, call +49 30 1234567"},)"
                            R"({"role":"assistant","content":[{"type":"text","text":"key AKIAABCDEFGHIJKLMNOP"}]}]})"));
        QVERIFY(redactRow(R"({"text":"nothing here"})", {}).isEmpty());
        QVERIFY(redactRow("not json a.b@c.org", {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPii)
#include "tst_pii.moc"
