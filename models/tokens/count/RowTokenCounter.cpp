#include "tokens/count/RowTokenCounter.h"

#include <QCoreApplication>

#include <algorithm>

namespace td {

namespace {

struct Interval
{
    std::size_t begin = 0;
    std::size_t end = 0;
};

// Whether a token of bytes [b, e) overlaps [i.begin, i.end); a token without bytes counts
// where it stands.
bool overlaps(const Interval& i, std::size_t b, std::size_t e)
{
    return e > b ? (i.begin < e && b < i.end) : (i.begin <= b && b < i.end);
}

// The trained spans of a rendered row as sorted, merged byte intervals (spans cover the text in
// order, so neighbours that are both trained join).
std::vector<Interval> trainedIntervals(const RenderedRow& row)
{
    std::vector<Interval> out;
    for (const RenderedSpan& s : row.spans) {
        if (!s.trained || s.end <= s.begin)
            continue;
        if (!out.empty() && out.back().end >= s.begin)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back({s.begin, s.end});
    }
    return out;
}

std::optional<std::string> tokenOrNone(const QString& s)
{
    if (s.isEmpty())
        return std::nullopt;
    return s.toStdString();
}

Error rowError(const QString& message)
{
    return Error::make(Error::Code::Corrupt, message);
}

} // namespace

RowTokenCounter::RowTokenCounter(Tokenizer tokenizer, TokenCountSettings settings, ChatRenderer renderer,
                                 bool hasTemplate)
    : m_tokenizer(std::move(tokenizer))
    , m_settings(std::move(settings))
    , m_renderer(std::move(renderer))
    , m_hasTemplate(hasTemplate)
{}

Result<RowTokenCounter> RowTokenCounter::create(const Tokenizer& tokenizer, const TokenCountSettings& settings)
{
    const TokenizerConfig& config = tokenizer.config();
    const bool hasTemplate = !config.chatTemplate.trimmed().isEmpty();
    const QByteArray source = hasTemplate ? config.chatTemplate.toUtf8() : QByteArray();
    Result<ChatTemplate> compiled =
        ChatTemplate::compile(std::string_view(source.constData(), std::size_t(source.size())));
    if (!compiled) {
        Error e = compiled.error();
        e.message = QCoreApplication::translate("RowTokenCounter", "The tokenizer's chat template cannot be used: %1")
                        .arg(e.message);
        return e;
    }
    ChatRenderSettings render;
    render.trainOnInputs = settings.trainOnInputs;
    render.bosToken = tokenOrNone(config.bosToken);
    render.eosToken = tokenOrNone(config.eosToken);
    render.extraContext = settings.extraContext;
    return RowTokenCounter(tokenizer, settings, ChatRenderer(std::move(*compiled), std::move(render)), hasTemplate);
}

Result<RowTokenCount> RowTokenCounter::countLine(std::string_view jsonLine, bool keepSpans) const
{
    const auto row = nlohmann::ordered_json::parse(jsonLine, nullptr, false);
    if (row.is_discarded())
        return rowError(QCoreApplication::translate("RowTokenCounter", "The row is not valid JSON."));
    return count(row, keepSpans);
}

Result<RowTokenCount> RowTokenCounter::count(const nlohmann::ordered_json& row, bool keepSpans) const
{
    if (!m_hasTemplate && row.is_object() && (row.contains("messages") || row.contains("input")))
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("RowTokenCounter",
                                                       "The tokenizer has no chat template (tokenizer_config.json's "
                                                       "chat_template), so conversations cannot be counted; choose "
                                                       "the folder of the model's chat version."));
    Result<RenderedExample> rendered = m_renderer.render(row);
    if (!rendered)
        return rendered.error();
    return count(*rendered, keepSpans);
}

Result<RowTokenCount> RowTokenCounter::count(const RenderedExample& rendered, bool keepSpans) const
{
    RowTokenCount out;
    out.format = rendered.format;
    out.approximateSpans = rendered.row.approximateSpans || (rendered.rejected && rendered.rejected->approximateSpans);
    const RenderedRow* sequences[2] = {&rendered.row, rendered.rejected ? &*rendered.rejected : nullptr};
    for (int k = 0; k < 2; ++k) {
        if (!sequences[k])
            continue;
        Result<SequenceTokens> s = countSequence(*sequences[k], k, out, keepSpans);
        if (!s)
            return s.error();
        out.tokens += s->tokens;
        out.trained += s->trained;
        out.trainedKept += s->trainedKept;
        out.longest = std::max(out.longest, s->tokens);
        out.sequences.push_back(*s);
    }
    if (m_settings.maxSeqLength > 0)
        out.overBy = std::max<std::int64_t>(0, out.longest - m_settings.maxSeqLength);
    return out;
}

Result<SequenceTokens> RowTokenCounter::countSequence(const RenderedRow& row, int sequence, RowTokenCount& out,
                                                      bool keepSpans) const
{
    // Kept per thread: a dataset's rows reuse them instead of allocating token arrays for each.
    thread_local std::vector<std::uint32_t> ids;
    thread_local std::vector<TokenSpan> tokens;
    ids.clear();
    tokens.clear();
    if (Result<void> r = m_tokenizer.encodeInto(row.text, ids, &tokens); !r)
        return r.error();
    SequenceTokens s;
    s.tokens = std::int64_t(tokens.size());
    const std::vector<Interval> trained = trainedIntervals(row);
    const std::int64_t limit = m_settings.maxSeqLength > 0 ? m_settings.maxSeqLength : s.tokens;
    std::size_t j = 0;
    std::size_t lastBegin = 0;
    std::vector<TokenMark>* marks = keepSpans ? &out.marks.emplace_back() : nullptr;
    if (marks)
        marks->reserve(tokens.size());
    for (std::size_t t = 0; t < tokens.size() && (marks || !trained.empty()); ++t) {
        const std::size_t b = tokens[t].begin;
        const std::size_t e = tokens[t].end;
        if (b < lastBegin) // offsets only go forward; start over if a tokenizer ever says otherwise
            j = 0;
        lastBegin = b;
        while (j < trained.size() && trained[j].end <= b)
            ++j;
        const bool isTrained = j < trained.size() && overlaps(trained[j], b, e);
        if (isTrained) {
            ++s.trained;
            if (std::int64_t(t) < limit)
                ++s.trainedKept;
        }
        if (marks)
            marks->push_back({tokens[t].id, tokens[t].begin, tokens[t].end, isTrained});
    }
    if (keepSpans) {
        for (const RenderedSpan& span : row.spans) {
            if (!span.trained)
                continue;
            TrainedSpan ts;
            ts.sequence = sequence;
            ts.message = span.message;
            ts.role = span.role;
            ts.begin = span.begin;
            ts.end = span.end;
            const Interval i{span.begin, span.end};
            std::size_t first = tokens.size();
            std::size_t last = 0;
            for (std::size_t t = 0; t < tokens.size(); ++t)
                if (span.end > span.begin && overlaps(i, tokens[t].begin, tokens[t].end)) {
                    first = std::min(first, t);
                    last = t + 1;
                }
            ts.firstToken = std::uint32_t(first == tokens.size() ? last : first);
            ts.endToken = std::uint32_t(std::max(last, std::size_t(ts.firstToken)));
            out.spans.push_back(std::move(ts));
        }
        out.texts.push_back(row.text);
    }
    return s;
}

} // namespace td
