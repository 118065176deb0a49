#pragma once

// Generated text for the curation tests and benchmark: conversation rows of made-up words
// (so unrelated rows share almost no shingles), near-duplicates made by small edits of other
// rows, and rows with planted personal data and secrets at known places.

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace td::test {

class CurationRng
{
public:
    // Seeds far apart (seed * the step would make seed 2's stream seed 1's, one step on).
    explicit CurationRng(std::uint64_t seed)
        : m_s(seed * 0xD1B54A32D192ED03ULL ^ 0x6A09E667F3BCC909ULL)
    {
        m_s = next() ^ (next() << 1);
    }
    std::uint64_t next()
    {
        std::uint64_t x = (m_s += 0x9E3779B97F4A7C15ULL);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_s;
};

// Words of 2 to 4 syllables: thousands of distinct words, none of which looks like personal data.
inline std::string curationWord(CurationRng& rng)
{
    static const char* const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "ba", "do", "fe",
                                            "gu", "hi", "ja", "ko", "li", "mo", "nu", "pa", "re", "si", "to", "ve"};
    std::string w;
    const int n = 2 + rng.below(3);
    for (int i = 0; i < n; ++i)
        w += syllables[rng.below(24)];
    return w;
}

inline std::vector<std::string> curationWords(CurationRng& rng, int n)
{
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i)
        out.push_back(curationWord(rng));
    return out;
}

inline std::string joinWords(const std::vector<std::string>& words)
{
    std::string s;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i)
            s += ' ';
        s += words[i];
        if (i % 11 == 10)
            s += '.';
    }
    return s;
}

// A row with a user turn and an assistant turn (JSON-safe: the words are plain letters).
inline QByteArray conversationRow(const std::string& user, const std::string& assistant)
{
    return QByteArray::fromStdString(R"({"messages":[{"role":"user","content":")" + user +
                                     R"("},{"role":"assistant","content":")" + assistant + R"("}]})");
}

// One small edit: two neighbouring words swapped, a typo in a word, or punctuation added.
inline void smallEdit(std::vector<std::string>& words, CurationRng& rng)
{
    const std::size_t i = std::size_t(rng.below(int(words.size()) - 1));
    switch (rng.below(3)) {
    case 0:
        std::swap(words[i], words[i + 1]);
        break;
    case 1: {
        std::string& w = words[i];
        w[std::size_t(rng.below(int(w.size())))] = char('a' + rng.below(26));
        break;
    }
    default:
        words[i] += rng.below(2) ? "," : "!";
        break;
    }
}

struct NearDupData
{
    QByteArray jsonl;
    std::vector<std::int64_t> originalOf; // per row: the row it was edited from, or -1
};

// `bases` unrelated rows (user 20..40 words, assistant 40..80), then `copies` rows, each a
// copy of a random base with 1 to 3 small edits (in either turn), shuffled in among them.
inline NearDupData nearDuplicateData(int bases, int copies, std::uint64_t seed)
{
    CurationRng rng(seed);
    std::vector<std::vector<std::string>> users, answers;
    for (int i = 0; i < bases; ++i) {
        users.push_back(curationWords(rng, 20 + rng.below(21)));
        answers.push_back(curationWords(rng, 40 + rng.below(41)));
    }
    NearDupData out;
    std::vector<std::int64_t> baseRow(std::size_t(bases), -1);
    std::int64_t row = 0;
    int made = 0;
    for (int i = 0; i < bases; ++i) {
        out.jsonl += conversationRow(joinWords(users[std::size_t(i)]), joinWords(answers[std::size_t(i)])) + '\n';
        out.originalOf.push_back(-1);
        baseRow[std::size_t(i)] = row++;
        // After every few bases, copies of bases already written.
        while (made < copies && (rng.below(bases) < copies || i == bases - 1)) {
            const int b = rng.below(i + 1);
            auto u = users[std::size_t(b)];
            auto a = answers[std::size_t(b)];
            const int edits = 1 + rng.below(3);
            for (int e = 0; e < edits; ++e)
                smallEdit(rng.below(3) == 0 ? u : a, rng);
            out.jsonl += conversationRow(joinWords(u), joinWords(a)) + '\n';
            out.originalOf.push_back(baseRow[std::size_t(b)]);
            ++row;
            ++made;
            if (i != bases - 1)
                break;
        }
    }
    return out;
}

// ---- Personal data and secrets.

inline std::string jsonEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

inline std::string randomChars(CurationRng& rng, int n, const char* alphabet)
{
    const int size = int(std::char_traits<char>::length(alphabet));
    std::string s;
    for (int i = 0; i < n; ++i)
        s += alphabet[rng.below(size)];
    return s;
}

inline std::string digits(CurationRng& rng, int n)
{
    return randomChars(rng, n, "0123456789");
}

inline char luhnCheckDigit(const std::string& body)
{
    int sum = 0;
    bool twice = true;
    for (auto it = body.rbegin(); it != body.rend(); ++it, twice = !twice) {
        int d = *it - '0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
    }
    return char('0' + (10 - sum % 10) % 10);
}

inline std::string ibanFor(const std::string& country, const std::string& bban)
{
    const std::string moved = bban + country + "00";
    int rest = 0;
    for (char c : moved)
        rest = c >= 'A' ? (rest * 100 + (c - 'A' + 10)) % 97 : (rest * 10 + (c - '0')) % 97;
    const int check = 98 - rest;
    return country + char('0' + check / 10) + char('0' + check % 10) + bban;
}

struct PlantedPii
{
    const char* code; // the kind's code, e.g. "pii-email"
    std::string value;
    std::string valueToFind; // the part the finding spans (the value after "api_key=")
};

// A random item of kind number `k` (0..14, in the order of td::PiiKind).
inline PlantedPii plantedItem(int k, CurationRng& rng)
{
    const char* alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const char* upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    switch (k) {
    case 0: {
        const std::string v = curationWord(rng) + "." + curationWord(rng) + "@" + curationWord(rng) + ".com";
        return {"pii-email", v, v};
    }
    case 1: {
        const std::string v = rng.below(2) ? "+49 30 " + digits(rng, 7)
                                           : "(" + std::to_string(200 + rng.below(700)) + ") 555-" + digits(rng, 4);
        return {"pii-phone", v, v};
    }
    case 2: {
        const std::string v = std::to_string(1 + rng.below(223)) + "." + std::to_string(rng.below(256)) + "." +
                              std::to_string(rng.below(256)) + "." + std::to_string(1 + rng.below(254));
        return {"pii-ipv4", v, v};
    }
    case 3: {
        std::string v = "2001:db8";
        for (int i = 0; i < 6; ++i)
            v += ":" + randomChars(rng, 1 + rng.below(4), "0123456789abcdef");
        return {"pii-ipv6", v, v};
    }
    case 4: {
        std::string body = "4" + digits(rng, 14);
        body += luhnCheckDigit(body);
        const std::string v = rng.below(2) ? body
                                           : body.substr(0, 4) + " " + body.substr(4, 4) + " " + body.substr(8, 4) +
                                                 " " + body.substr(12, 4);
        return {"pii-credit-card", v, v};
    }
    case 5: {
        const std::string v = ibanFor("DE", digits(rng, 18));
        return {"pii-iban", v, v};
    }
    case 6: {
        const std::string v = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow" + randomChars(rng, 60, alnum) + "\n" +
                              randomChars(rng, 60, alnum) + "\n-----END RSA PRIVATE KEY-----";
        return {"secret-private-key", v, v};
    }
    case 7: {
        const std::string v = "AKIA" + randomChars(rng, 16, upper);
        return {"secret-aws-key", v, v};
    }
    case 8: {
        const std::string v = "sk-proj-" + randomChars(rng, 40, alnum);
        return {"secret-openai-key", v, v};
    }
    case 9: {
        const std::string v = "tgp_v1_" + randomChars(rng, 40, alnum);
        return {"secret-together-key", v, v};
    }
    case 10: {
        const std::string v = "ghp_" + randomChars(rng, 36, alnum);
        return {"secret-github-token", v, v};
    }
    case 11: {
        const std::string v = "hf_" + randomChars(rng, 34, alnum);
        return {"secret-huggingface-token", v, v};
    }
    case 12: {
        const std::string v = "xoxb-" + digits(rng, 12) + "-" + randomChars(rng, 24, alnum);
        return {"secret-slack-token", v, v};
    }
    case 13: {
        const std::string v =
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx" + randomChars(rng, 10, alnum) + "." + randomChars(rng, 43, alnum);
        return {"secret-jwt", v, v};
    }
    default: {
        std::string secret = randomChars(rng, 30, alnum) + digits(rng, 2) + "Qz";
        return {"secret-high-entropy", "api_key=" + secret, secret};
    }
    }
}

// Clean filler: made-up words with the numbers ordinary text has (years, versions, times,
// counts, decimals, ranges), none of which is personal data.
inline std::string cleanText(CurationRng& rng, int words)
{
    std::string s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += ' ';
        switch (rng.below(12)) {
        case 0:
            s += std::to_string(1990 + rng.below(40));
            break;
        case 1:
            s += "v" + std::to_string(rng.below(10)) + "." + std::to_string(rng.below(20)) + "." +
                 std::to_string(rng.below(9));
            break;
        case 2:
            s += std::to_string(rng.below(24)) + ":" + std::to_string(10 + rng.below(50));
            break;
        case 3:
            s += std::to_string(rng.below(1000)) + "," + std::to_string(100 + rng.below(900));
            break;
        case 4:
            s += "3.14 or " + std::to_string(rng.below(100)) + "-" + std::to_string(rng.below(100));
            break;
        default:
            s += curationWord(rng);
        }
    }
    return s;
}

struct PlantedFinding
{
    std::int64_t row;
    std::string pointer;
    std::string code;
    std::uint32_t start;
    std::uint32_t end;
};

struct PiiData
{
    QByteArray jsonl;
    std::vector<PlantedFinding> planted; // by row, then pointer and start
    std::int64_t bytes = 0;
};

// `rows` conversation rows of clean text; when `plant`, each row gets one item (kinds in turn)
// in its user or assistant turn, and every fifth row a second one.
inline PiiData piiData(int rows, bool plant, std::uint64_t seed, int wordsPerTurn = 40)
{
    CurationRng rng(seed);
    PiiData out;
    int kind = 0;
    for (int r = 0; r < rows; ++r) {
        std::string turns[2] = {cleanText(rng, wordsPerTurn / 2 + rng.below(wordsPerTurn)),
                                cleanText(rng, wordsPerTurn + rng.below(wordsPerTurn))};
        if (plant) {
            const int items = r % 5 == 0 ? 2 : 1;
            std::vector<PlantedFinding> mine;
            for (int i = 0; i < items; ++i) {
                const PlantedPii p = plantedItem(kind++ % 15, rng);
                const int turn = rng.below(2);
                std::string& t = turns[turn];
                // Appended after a word, so the spans of earlier items stay where they are.
                const std::uint32_t at = std::uint32_t(t.size() + 1);
                t += " " + p.value + " " + curationWord(rng);
                const auto start = at + std::uint32_t(p.value.size() - p.valueToFind.size());
                mine.push_back({r, turn ? "/messages/1/content" : "/messages/0/content", p.code, start,
                                std::uint32_t(start + p.valueToFind.size())});
            }
            std::sort(mine.begin(), mine.end(), [](const PlantedFinding& a, const PlantedFinding& b) {
                return a.pointer != b.pointer ? a.pointer < b.pointer : a.start < b.start;
            });
            out.planted.insert(out.planted.end(), mine.begin(), mine.end());
        }
        out.jsonl +=
            QByteArray::fromStdString(R"({"messages":[{"role":"user","content":")" + jsonEscape(turns[0]) +
                                      R"("},{"role":"assistant","content":")" + jsonEscape(turns[1]) + R"("}]})") +
            '\n';
    }
    out.bytes = out.jsonl.size();
    return out;
}

} // namespace td::test
