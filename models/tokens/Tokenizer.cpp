#include "tokens/Tokenizer.h"

#include "tokens/TokenizerJson.h"
#include "tokens/WordCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <limits>
#include <unordered_map>

namespace td {

struct Tokenizer::Data
{
    TokenizerJson json;
    TokenizerConfig config;
    QString source;
    std::uint64_t serial = 0;
};

namespace {

std::atomic<std::uint64_t> g_serial{1};

// Per-thread working space and the cache of pre-token -> tokens, for one tokenizer at a time.
struct ThreadState
{
    std::uint64_t serial = 0;
    SegmentText segment;
    SegmentText scratch;
    std::vector<Piece> pieces;
    PreTokenizer::Scratch pre;
    BpeModel::Scratch bpe;
    std::vector<std::uint32_t> wordIds;
    std::vector<std::uint32_t> wordLens;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> parts;
    WordCache cache;
    std::string sanitized;
    std::vector<std::uint32_t> sanitizedOrigin;

    static constexpr std::size_t maxWordBytes = 256;

    void use(std::uint64_t s)
    {
        if (serial != s) {
            cache.clear();
            serial = s;
        }
    }
};

ThreadState& threadState()
{
    thread_local ThreadState st;
    return st;
}

// Length of the valid UTF-8 prefix of `s`.
std::size_t validUtf8Prefix(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return n;
}

// Invalid bytes become U+FFFD (text from JSON and templates is valid; this keeps the regex
// engine safe on anything else). `origin` maps each byte of `out` (and its end) to the input.
const std::string& sanitize(std::string_view s, std::string& out, std::vector<std::uint32_t>& origin)
{
    out.clear();
    origin.clear();
    std::uint32_t at = 0;
    while (!s.empty()) {
        const std::size_t ok = validUtf8Prefix(s);
        out.append(s.substr(0, ok));
        for (std::size_t k = 0; k < ok; ++k)
            origin.push_back(at + std::uint32_t(k));
        at += std::uint32_t(ok);
        if (ok == s.size())
            break;
        out.append("\xEF\xBF\xBD");
        origin.insert(origin.end(), 3, at);
        ++at;
        s.remove_prefix(ok + 1);
    }
    origin.push_back(at);
    return out;
}

Error regexGaveUp()
{
    return Error::make(Error::Code::Internal,
                       QCoreApplication::translate("Tokenizer",
                                                   "The tokenizer's pattern could not split this text (the regex "
                                                   "engine ran out of its limits); the row is not counted."));
}

struct Encoder
{
    const TokenizerJson& t;
    ThreadState& st;
    std::vector<std::uint32_t>* ids;
    std::vector<TokenSpan>* spans;
    std::uint64_t count = 0;
    // Cancel and progress, checked between pre-tokens.
    const std::atomic_bool* cancel = nullptr;
    const Tokenizer::Progress* progress = nullptr;
    std::uint64_t total = 0;
    std::uint64_t nextTick = 1u << 20;
    bool cancelled = false;

    void addToken(std::uint32_t id, std::uint32_t begin, std::uint32_t end)
    {
        ++count;
        if (ids)
            ids->push_back(id);
        if (spans)
            spans->push_back({id, begin, end});
    }

    bool tick(std::uint64_t done)
    {
        if (done < nextTick)
            return true;
        nextTick = done + (1u << 20);
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        if (progress && *progress)
            (*progress)(done, total);
        return true;
    }

    void word(std::string_view w, const SegmentText& seg, std::uint32_t at)
    {
        WordCache::Hit hit;
        const bool cacheable = w.size() <= ThreadState::maxWordBytes;
        const std::uint64_t h = cacheable ? WordCache::hash(w) : 0;
        if (!cacheable || !st.cache.find(w, h, hit)) {
            st.wordIds.clear();
            st.wordLens.clear();
            t.bpe.encodeWord(w, st.wordIds, st.wordLens, st.bpe);
            if (cacheable)
                st.cache.insert(w, h, st.wordIds, st.wordLens);
            hit = {st.wordIds.data(), st.wordLens.data(), std::uint32_t(st.wordIds.size())};
        }
        count += hit.count;
        if (ids)
            ids->insert(ids->end(), hit.ids, hit.ids + hit.count);
        if (spans) {
            std::uint32_t pos = at;
            for (std::uint32_t k = 0; k < hit.count; ++k) {
                spans->push_back({hit.ids[k], seg.originAt(pos), seg.originAt(pos + hit.lens[k])});
                pos += hit.lens[k];
            }
        }
    }

    // One stretch between added tokens: normalize, pre-tokenize, BPE each pre-token.
    bool segment(std::string_view input, std::uint32_t begin, std::uint32_t end)
    {
        SegmentText& seg = st.segment;
        seg.setView(input, begin, end);
        if (!t.normalizer.empty() && !t.normalizer.normalize(seg, st.scratch))
            return false;
        if (t.preTokenizer.empty()) {
            st.pieces.assign(1, Piece{0, std::uint32_t(seg.text.size())});
        } else if (!t.preTokenizer.run(seg, st.pieces, st.pre)) {
            return false;
        }
        for (const Piece& p : st.pieces) {
            const std::string_view w = seg.text.substr(p.begin, p.end - p.begin);
            if (t.bpe.splitMarker.empty()) {
                word(w, seg, p.begin);
            } else {
                st.parts.clear();
                t.bpe.splitWord(w, st.parts);
                for (const auto& [b, e] : st.parts)
                    word(w.substr(b, e - b), seg, p.begin + b);
            }
            if (!tick(seg.originAt(p.end)))
                return true;
        }
        return true;
    }

    bool run(std::string_view input)
    {
        std::size_t pos = 0;
        AddedTokenMatcher::Match m;
        while (pos < input.size() && !cancelled) {
            const bool found = t.added.find(input, pos, m);
            const std::size_t end = found ? m.begin : input.size();
            if (end > pos && !segment(input, std::uint32_t(pos), std::uint32_t(end)))
                return false;
            if (!found)
                break;
            addToken(m.id, m.begin, m.end);
            pos = m.end;
        }
        return true;
    }
};

Result<void> encodeWith(const TokenizerJson& t, std::uint64_t serial, std::string_view utf8, Encoder& e)
{
    if (utf8.size() >= std::numeric_limits<std::uint32_t>::max())
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("Tokenizer", "A text of 4 GiB or more is not counted at once."));
    ThreadState& st = e.st;
    st.use(serial);
    std::string_view text = utf8;
    const bool sanitized = validUtf8Prefix(utf8) != utf8.size();
    if (sanitized)
        text = sanitize(utf8, st.sanitized, st.sanitizedOrigin);
    const std::size_t firstSpan = e.spans ? e.spans->size() : 0;
    if (!e.run(text))
        return regexGaveUp();
    if (sanitized && e.spans) {
        for (std::size_t i = firstSpan; i < e.spans->size(); ++i) {
            TokenSpan& s = (*e.spans)[i];
            s.begin = st.sanitizedOrigin[s.begin];
            s.end = st.sanitizedOrigin[s.end];
        }
    }
    if (e.cancelled)
        return Error::make(Error::Code::Cancelled, QCoreApplication::translate("Tokenizer", "Counting cancelled."));
    (void)t;
    return {};
}

} // namespace

Result<Tokenizer> Tokenizer::fromJson(std::string_view tokenizerJson, const QByteArray& configJson,
                                      const QString& source)
{
    Result<TokenizerJson> parsed = TokenizerJson::parse(tokenizerJson);
    if (!parsed)
        return parsed.error();
    auto data = std::make_shared<Data>();
    data->json = std::move(*parsed);
    if (!configJson.isEmpty()) {
        Result<TokenizerConfig> c = TokenizerConfig::parse(configJson);
        if (!c)
            return c.error();
        data->config = std::move(*c);
    }
    data->source = source;
    data->serial = g_serial.fetch_add(1);
    Tokenizer t;
    t.d = std::move(data);
    return t;
}

Result<Tokenizer> Tokenizer::load(const QString& dirOrFile)
{
    const QFileInfo info(dirOrFile);
    const QString file = info.isDir() ? QDir(dirOrFile).filePath(QStringLiteral("tokenizer.json")) : dirOrFile;
    const QDir dir = info.isDir() ? QDir(dirOrFile) : info.dir();
    QFile f(file);
    if (!f.exists()) {
        return Error::make(Error::Code::NotFound,
                           QCoreApplication::translate("Tokenizer",
                                                       "%1 has no tokenizer.json; choose the folder of a Hugging Face "
                                                       "model that holds tokenizer.json and tokenizer_config.json.")
                               .arg(QDir::toNativeSeparators(dirOrFile)));
    }
    if (f.size() > qint64(TokenizerJson::maxFileBytes)) {
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("Tokenizer", "%1 is %2 bytes, larger than any real "
                                                                    "tokenizer; it is not read.")
                               .arg(QDir::toNativeSeparators(file))
                               .arg(f.size()));
    }
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, QCoreApplication::translate("Tokenizer", "Cannot read %1: %2")
                                                .arg(QDir::toNativeSeparators(file), f.errorString()));
    const QByteArray bytes = f.readAll();
    Result<TokenizerJson> parsed = TokenizerJson::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!parsed) {
        Error e = parsed.error();
        e.message = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), e.message);
        return e;
    }
    auto data = std::make_shared<Data>();
    data->json = std::move(*parsed);
    QFile config(dir.filePath(QStringLiteral("tokenizer_config.json")));
    if (config.exists()) {
        if (!config.open(QIODevice::ReadOnly))
            return Error::make(Error::Code::Io,
                               QCoreApplication::translate("Tokenizer", "Cannot read %1: %2")
                                   .arg(QDir::toNativeSeparators(config.fileName()), config.errorString()));
        QString jinja;
        QFile jinjaFile(dir.filePath(QStringLiteral("chat_template.jinja")));
        if (jinjaFile.open(QIODevice::ReadOnly))
            jinja = QString::fromUtf8(jinjaFile.readAll());
        Result<TokenizerConfig> c = TokenizerConfig::parse(config.readAll(), jinja);
        if (!c) {
            Error e = c.error();
            e.message = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(config.fileName()), e.message);
            return e;
        }
        data->config = std::move(*c);
    }
    data->source = QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath());
    data->serial = g_serial.fetch_add(1);
    Tokenizer t;
    t.d = std::move(data);
    return t;
}

Result<void> Tokenizer::encodeInto(std::string_view utf8, std::vector<std::uint32_t>& ids,
                                   std::vector<TokenSpan>* spans) const
{
    Encoder e{d->json, threadState(), &ids, spans};
    return encodeWith(d->json, d->serial, utf8, e);
}

std::vector<std::uint32_t> Tokenizer::encode(std::string_view utf8) const
{
    std::vector<std::uint32_t> ids;
    if (!encodeInto(utf8, ids))
        ids.clear();
    return ids;
}

std::vector<TokenSpan> Tokenizer::encodeWithOffsets(std::string_view utf8) const
{
    std::vector<std::uint32_t> ids;
    std::vector<TokenSpan> spans;
    if (!encodeInto(utf8, ids, &spans))
        spans.clear();
    return spans;
}

Result<std::uint64_t> Tokenizer::count(std::string_view utf8, const std::atomic_bool* cancel,
                                       const Progress& progress) const
{
    Encoder e{d->json, threadState(), nullptr, nullptr};
    e.cancel = cancel;
    e.progress = &progress;
    e.total = utf8.size();
    if (cancel && cancel->load())
        return Error::make(Error::Code::Cancelled, QCoreApplication::translate("Tokenizer", "Counting cancelled."));
    if (Result<void> r = encodeWith(d->json, d->serial, utf8, e); !r)
        return r.error();
    if (progress)
        progress(utf8.size(), utf8.size());
    return e.count;
}

std::string Tokenizer::tokenText(std::uint32_t id) const
{
    return id < d->json.tokenTexts.size() ? d->json.tokenTexts[id] : std::string();
}

std::size_t Tokenizer::vocabSize() const
{
    return d->json.tokenTexts.size();
}

QString Tokenizer::describe() const
{
    QString s = QCoreApplication::translate("Tokenizer", "%1, a vocabulary of %2 tokens")
                    .arg(d->json.kind, QLocale(QLocale::English).toString(qulonglong(vocabSize())));
    if (!d->source.isEmpty())
        s += QCoreApplication::translate("Tokenizer", ", from %1").arg(d->source);
    return s;
}

const TokenizerConfig& Tokenizer::config() const
{
    return d->config;
}

} // namespace td
