#include "tokens/TokenizerJson.h"

#include "tokens/ByteLevelAlphabet.h"
#include "tokens/WordCache.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <unordered_map>

namespace td {

namespace {

using simdjson::dom::element;
using simdjson::dom::object;

QString tr(const char* s)
{
    return QCoreApplication::translate("TokenizerJson", s);
}

Error unsupported(const QString& what)
{
    return Error::make(Error::Code::Unsupported,
                       tr("This tokenizer uses %1, which TuneDesk cannot count exactly; it counts with byte-level "
                          "BPE and SentencePiece-style BPE tokenizers (Llama, Qwen, DeepSeek, gpt-oss, Gemma, "
                          "Mistral).")
                           .arg(what));
}

Error malformed(const QString& what)
{
    return Error::make(Error::Code::Parse,
                       tr("tokenizer.json is damaged: %1. Download it again from the model's repository.").arg(what));
}

QString q(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(std::min<std::size_t>(s.size(), 200)));
}

// A member that is absent or null reads as empty.
bool isNullOrAbsent(const object& o, const char* key)
{
    element v;
    return o.at_key(key).get(v) != simdjson::SUCCESS || v.is_null();
}

std::string_view str(const object& o, const char* key, std::string_view fallback = {})
{
    std::string_view s;
    return o.at_key(key).get_string().get(s) == simdjson::SUCCESS ? s : fallback;
}

bool boolean(const object& o, const char* key, bool fallback)
{
    bool b = fallback;
    if (o.at_key(key).get_bool().get(b) != simdjson::SUCCESS)
        return fallback;
    return b;
}

// {"String": "x"} or {"Regex": "x"}.
Result<std::pair<bool, std::string_view>> pattern(const object& o)
{
    object p;
    if (o.at_key("pattern").get_object().get(p) != simdjson::SUCCESS)
        return malformed(tr("a pattern is missing"));
    std::string_view s;
    if (p.at_key("String").get_string().get(s) == simdjson::SUCCESS)
        return std::make_pair(false, s);
    if (p.at_key("Regex").get_string().get(s) == simdjson::SUCCESS)
        return std::make_pair(true, s);
    return malformed(tr("a pattern is neither String nor Regex"));
}

Result<void> addNormalizer(const element& e, Normalizer& n, int depth)
{
    if (e.is_null())
        return {};
    object o;
    if (e.get_object().get(o) != simdjson::SUCCESS || depth > 8)
        return malformed(tr("the normalizer is not an object"));
    const std::string_view type = str(o, "type");
    if (type == "Sequence") {
        simdjson::dom::array list;
        if (o.at_key("normalizers").get_array().get(list) != simdjson::SUCCESS)
            return malformed(tr("a normalizer Sequence has no list"));
        for (element child : list)
            if (Result<void> r = addNormalizer(child, n, depth + 1); !r)
                return r;
        return {};
    }
    if (type == "NFC") {
        n.add({Normalizer::Kind::Nfc, {}, {}});
        return {};
    }
    if (type == "Prepend") {
        std::string_view s;
        if (o.at_key("prepend").get_string().get(s) != simdjson::SUCCESS)
            return malformed(tr("a Prepend normalizer has no text"));
        n.add({Normalizer::Kind::Prepend, {}, std::string(s)});
        return {};
    }
    if (type == "Replace") {
        Result<std::pair<bool, std::string_view>> p = pattern(o);
        if (!p)
            return p.error();
        if (p->first)
            return unsupported(tr("a Replace normalizer with a regex"));
        std::string_view content;
        if (o.at_key("content").get_string().get(content) != simdjson::SUCCESS)
            return malformed(tr("a Replace normalizer has no content"));
        n.add({Normalizer::Kind::Replace, std::string(p->second), std::string(content)});
        return {};
    }
    return unsupported(tr("the normalizer \"%1\"").arg(q(type)));
}

Result<void> addPreTokenizer(const element& e, PreTokenizer& pre, int depth)
{
    if (e.is_null())
        return {};
    object o;
    if (e.get_object().get(o) != simdjson::SUCCESS || depth > 8)
        return malformed(tr("the pre-tokenizer is not an object"));
    if (pre.endsWithByteLevel())
        return unsupported(tr("a pre-tokenizer after ByteLevel"));
    const std::string_view type = str(o, "type");
    if (type == "Sequence") {
        simdjson::dom::array list;
        if (o.at_key("pretokenizers").get_array().get(list) != simdjson::SUCCESS)
            return malformed(tr("a pre-tokenizer Sequence has no list"));
        for (element child : list)
            if (Result<void> r = addPreTokenizer(child, pre, depth + 1); !r)
                return r;
        return {};
    }
    PreTokenizer::Step step;
    if (type == "Split") {
        step.kind = PreTokenizer::Kind::Split;
        Result<std::pair<bool, std::string_view>> p = pattern(o);
        if (!p)
            return p.error();
        if (p->first) {
            Result<PcreRegex> r = PcreRegex::compile(p->second);
            if (!r)
                return r.error();
            step.regex = std::move(*r);
        } else {
            step.literal = std::string(p->second);
        }
        const std::string_view behavior = str(o, "behavior");
        using B = PreTokenizer::Behavior;
        if (behavior == "Removed")
            step.behavior = B::Removed;
        else if (behavior == "Isolated")
            step.behavior = B::Isolated;
        else if (behavior == "MergedWithPrevious")
            step.behavior = B::MergedWithPrevious;
        else if (behavior == "MergedWithNext")
            step.behavior = B::MergedWithNext;
        else if (behavior == "Contiguous")
            step.behavior = B::Contiguous;
        else
            return malformed(tr("a Split has the unknown behavior \"%1\"").arg(q(behavior)));
        step.invert = boolean(o, "invert", false);
    } else if (type == "ByteLevel") {
        step.kind = PreTokenizer::Kind::ByteLevel;
        step.addPrefixSpace = boolean(o, "add_prefix_space", true);
        step.split = boolean(o, "use_regex", true);
        if (step.split) {
            Result<PcreRegex> r =
                PcreRegex::compile(R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)");
            if (!r)
                return r.error();
            pre.setGpt2Regex(std::move(*r));
        }
    } else if (type == "Metaspace") {
        step.kind = PreTokenizer::Kind::Metaspace;
        step.replacement = std::string(str(o, "replacement", "\u2581"));
        if (step.replacement.empty())
            return malformed(tr("a Metaspace has no replacement character"));
        step.split = boolean(o, "split", true);
        const std::string_view scheme = str(o, "prepend_scheme");
        if (scheme == "always")
            step.prepend = PreTokenizer::Prepend::Always;
        else if (scheme == "first")
            step.prepend = PreTokenizer::Prepend::First;
        else if (scheme == "never")
            step.prepend = PreTokenizer::Prepend::Never;
        else if (scheme.empty())
            step.prepend =
                boolean(o, "add_prefix_space", true) ? PreTokenizer::Prepend::Always : PreTokenizer::Prepend::Never;
        else
            return malformed(tr("a Metaspace has the unknown prepend_scheme \"%1\"").arg(q(scheme)));
    } else {
        return unsupported(tr("the pre-tokenizer \"%1\"").arg(q(type)));
    }
    pre.add(std::move(step));
    return {};
}

// The text a SentencePiece-style token stands for: "▁" is a space, <0xXX> a byte.
std::string pieceText(std::string_view key)
{
    if (key.size() == 6 && key.starts_with("<0x") && key.back() == '>') {
        const std::string hex(key.substr(3, 2));
        char* end = nullptr;
        const long v = std::strtol(hex.c_str(), &end, 16);
        if (end && *end == '\0')
            return std::string(1, char(v));
    }
    std::string out;
    static constexpr std::string_view space = "\u2581";
    std::size_t pos = 0;
    for (std::size_t at = key.find(space); at != std::string_view::npos; at = key.find(space, pos)) {
        out.append(key.substr(pos, at - pos));
        out.push_back(' ');
        pos = at + space.size();
    }
    out.append(key.substr(pos));
    return out;
}

// The vocabulary as written (views into the parsed document), for resolving merges: open
// addressing, much faster to fill and probe than a node-based map on 100,000s of tokens.
class WrittenVocab
{
public:
    explicit WrittenVocab(std::size_t count)
    {
        std::size_t n = 1024;
        while (n < count * 2)
            n *= 2;
        m_slots.assign(n, Slot{});
    }
    void set(std::string_view key, std::uint32_t id)
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = WordCache::hash(key) & mask;; i = (i + 1) & mask) {
            Slot& s = m_slots[i];
            if (!s.used || s.key == key) {
                m_size += s.used ? 0 : 1;
                s = {key, id, true};
                return;
            }
        }
    }
    std::optional<std::uint32_t> find(std::string_view key) const
    {
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = WordCache::hash(key) & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (!s.used)
                return std::nullopt;
            if (s.key == key)
                return s.id;
        }
    }
    std::size_t size() const { return m_size; }
    template<typename Fn>
    void forEach(Fn fn) const
    {
        for (const Slot& s : m_slots)
            if (s.used)
                fn(s.key, s.id);
    }

private:
    struct Slot
    {
        std::string_view key;
        std::uint32_t id = 0;
        bool used = false;
    };
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace

Result<TokenizerJson> TokenizerJson::parse(std::string_view json)
{
    if (json.size() > maxFileBytes)
        return malformed(tr("the file is larger than any real tokenizer (%1 bytes)").arg(qulonglong(json.size())));
    simdjson::dom::parser parser;
    element doc;
    if (const auto err = parser.parse(json.data(), json.size()).get(doc); err != simdjson::SUCCESS)
        return malformed(tr("it is not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(err))));
    object root;
    if (doc.get_object().get(root) != simdjson::SUCCESS)
        return malformed(tr("it is not a JSON object"));

    TokenizerJson t;
    object model;
    if (root.at_key("model").get_object().get(model) != simdjson::SUCCESS)
        return malformed(tr("it has no model"));
    const std::string_view type = str(model, "type", "BPE");
    if (type != "BPE")
        return unsupported(tr("a %1 model").arg(q(type)));
    double dropout = 0;
    if (!isNullOrAbsent(model, "dropout") &&
        (model.at_key("dropout").get_double().get(dropout) != simdjson::SUCCESS || dropout != 0.0))
        return unsupported(tr("BPE dropout"));
    if (!str(model, "continuing_subword_prefix").empty())
        return unsupported(tr("a continuing-subword prefix"));
    if (!str(model, "end_of_word_suffix").empty())
        return unsupported(tr("an end-of-word suffix"));

    // Pipeline first: whether the vocabulary is byte-level depends on it.
    element part;
    if (root.at_key("normalizer").get(part) == simdjson::SUCCESS)
        if (Result<void> r = addNormalizer(part, t.normalizer, 0); !r)
            return r.error();
    if (root.at_key("pre_tokenizer").get(part) == simdjson::SUCCESS)
        if (Result<void> r = addPreTokenizer(part, t.preTokenizer, 0); !r)
            return r.error();
    const bool byteLevel = t.preTokenizer.endsWithByteLevel();
    t.kind = byteLevel ? tr("byte-level BPE") : tr("SentencePiece-style BPE");
    t.bpe.byteLevel = byteLevel;
    t.bpe.byteFallback = boolean(model, "byte_fallback", false);
    t.bpe.fuseUnk = boolean(model, "fuse_unk", false);
    t.bpe.ignoreMerges = boolean(model, "ignore_merges", false);

    object vocab;
    if (model.at_key("vocab").get_object().get(vocab) != simdjson::SUCCESS)
        return malformed(tr("the model has no vocabulary"));
    WrittenVocab original(vocab.size()); // as written, for the merges
    std::uint64_t maxId = 0;
    for (auto field : vocab) {
        std::uint64_t id = 0;
        if (field.value.get_uint64().get(id) != simdjson::SUCCESS || id > maxTokenId)
            return malformed(tr("the token \"%1\" has no valid id").arg(q(field.key)));
        original.set(field.key, std::uint32_t(id));
        maxId = std::max(maxId, id);
    }
    if (original.size() == 0)
        return malformed(tr("the vocabulary is empty"));

    simdjson::dom::array added;
    std::vector<std::pair<std::string_view, std::uint32_t>> addedTokens;
    if (root.at_key("added_tokens").get_array().get(added) == simdjson::SUCCESS) {
        for (element a : added) {
            object at;
            std::uint64_t id = 0;
            std::string_view content;
            if (a.get_object().get(at) != simdjson::SUCCESS ||
                at.at_key("id").get_uint64().get(id) != simdjson::SUCCESS ||
                at.at_key("content").get_string().get(content) != simdjson::SUCCESS || id > maxTokenId)
                return malformed(tr("an added token has no id or content"));
            for (const char* flag : {"lstrip", "rstrip", "single_word"})
                if (boolean(at, flag, false))
                    return unsupported(tr("the added token \"%1\" with %2").arg(q(content), QString::fromLatin1(flag)));
            if (boolean(at, "normalized", false) && !t.normalizer.empty())
                return unsupported(tr("the added token \"%1\" matched after normalization").arg(q(content)));
            addedTokens.emplace_back(content, std::uint32_t(id));
            maxId = std::max(maxId, id);
        }
    }

    t.tokenTexts.resize(std::size_t(maxId) + 1);
    const ByteLevelAlphabet& alphabet = ByteLevelAlphabet::instance();
    t.bpe.vocab.reserve(original.size());
    original.forEach([&](std::string_view key, std::uint32_t id) {
        if (byteLevel) {
            std::optional<std::string> bytes = alphabet.decode(key);
            if (bytes) {
                t.tokenTexts[id] = *bytes;
                t.bpe.vocab.emplace(std::move(*bytes), id);
            } else {
                t.tokenTexts[id] = std::string(key); // reachable only as an added token
            }
        } else {
            t.tokenTexts[id] = pieceText(key);
            t.bpe.vocab.emplace(std::string(key), id);
        }
    });

    simdjson::dom::array merges;
    if (model.at_key("merges").get_array().get(merges) != simdjson::SUCCESS)
        return malformed(tr("the model has no merges"));
    std::uint32_t rank = 0;
    std::string joined;
    for (element m : merges) {
        std::string_view left;
        std::string_view right;
        std::string_view s;
        simdjson::dom::array pair;
        if (m.get_string().get(s) == simdjson::SUCCESS) {
            const std::size_t space = s.find(' ');
            if (space == std::string_view::npos || s.find(' ', space + 1) != std::string_view::npos)
                return malformed(tr("the merge \"%1\" is not two tokens").arg(q(s)));
            left = s.substr(0, space);
            right = s.substr(space + 1);
        } else if (m.get_array().get(pair) == simdjson::SUCCESS && pair.size() == 2 &&
                   pair.at(0).get_string().get(left) == simdjson::SUCCESS &&
                   pair.at(1).get_string().get(right) == simdjson::SUCCESS) {
        } else {
            return malformed(tr("merge %1 is neither \"a b\" nor [\"a\", \"b\"]").arg(rank + 1));
        }
        joined.assign(left);
        joined.append(right);
        const std::optional<std::uint32_t> l = original.find(left);
        const std::optional<std::uint32_t> r = original.find(right);
        const std::optional<std::uint32_t> j = original.find(joined);
        if (!l || !r || !j)
            return malformed(tr("merge %1 (\"%2\" \"%3\") uses a token that is not in the vocabulary")
                                 .arg(rank + 1)
                                 .arg(q(left), q(right)));
        t.bpe.addMerge(*l, *r, rank++, *j);
    }

    std::string_view unk;
    if (model.at_key("unk_token").get_string().get(unk) == simdjson::SUCCESS) {
        const std::optional<std::uint32_t> u = original.find(unk);
        if (!u)
            return malformed(tr("the unknown token \"%1\" is not in the vocabulary").arg(q(unk)));
        t.bpe.unk = *u;
    }
    t.bpe.finish();
    {
        std::vector<std::string_view> keys;
        keys.reserve(original.size());
        original.forEach([&](std::string_view key, std::uint32_t) { keys.push_back(key); });
        t.bpe.enableWordSplit(keys);
    }

    for (const auto& [content, id] : addedTokens) {
        t.added.add(content, id);
        t.tokenTexts[id] = std::string(content);
    }
    t.addedCount = addedTokens.size();
    return t;
}

} // namespace td
