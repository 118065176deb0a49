#include "api/wire/FineTunePreview.h"

#include "api/wire/JsonFields.h"

#include <algorithm>

namespace td {

namespace {

constexpr qint64 kMasked = -100;

// A list member read item by item: an item of another type keeps its place (with `bad`),
// so that tokens, ids and labels stay aligned by index.
QList<qint64> integers(const nlohmann::json& j, const char* key, qint64 bad)
{
    QList<qint64> out;
    const nlohmann::json& list = json::array(j, key);
    if (!list.is_array())
        return out;
    out.reserve(qsizetype(list.size()));
    for (const auto& v : list)
        out.append(json::asInteger(v).value_or(bad));
    return out;
}

QStringList tokenStrings(const nlohmann::json& j)
{
    QStringList out;
    const nlohmann::json& list = json::array(j, "tokens");
    if (!list.is_array())
        return out;
    out.reserve(qsizetype(list.size()));
    for (const auto& v : list) {
        if (const auto s = json::asString(v))
            out.append(*s);
        else if (v.is_number())
            out.append(QString::fromStdString(v.dump()));
        else
            out.append(QString());
    }
    return out;
}

std::optional<qint64> bound(const nlohmann::json& v)
{
    if (const auto n = json::asInteger(v))
        return n;
    if (const auto s = json::asString(v)) {
        bool ok = false;
        const qint64 n = s->toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// [[start, end), ...] as documented, or {"start", "end"} objects; clipped to the tokens,
// empty ones dropped, sorted and merged so that counting them never counts a token twice.
QList<PreviewRow::Span> spansFrom(const nlohmann::json& list, qint64 count)
{
    QList<PreviewRow::Span> spans;
    for (const auto& s : list) {
        std::optional<qint64> a, b;
        if (s.is_array() && s.size() >= 2) {
            a = bound(s[0]);
            b = bound(s[1]);
        } else if (s.is_object()) {
            if (const auto* v = json::find(s, "start"))
                a = bound(*v);
            if (const auto* v = json::find(s, "end"))
                b = bound(*v);
        }
        if (!a || !b)
            continue;
        const qint64 start = std::clamp<qint64>(*a, 0, count);
        const qint64 end = std::clamp<qint64>(*b, 0, count);
        if (start < end)
            spans.append({start, end});
    }
    std::sort(spans.begin(), spans.end(), [](const auto& x, const auto& y) { return x.start < y.start; });
    QList<PreviewRow::Span> merged;
    for (const auto& s : spans) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

QList<PreviewRow::Span> spansFromLabels(const QList<qint64>& labels, qint64 count)
{
    QList<PreviewRow::Span> spans;
    const qint64 n = std::min<qint64>(labels.size(), count);
    for (qint64 i = 0; i < n; ++i) {
        if (labels[i] == kMasked)
            continue;
        if (!spans.isEmpty() && spans.last().end == i)
            spans.last().end = i + 1;
        else
            spans.append({i, i + 1});
    }
    return spans;
}

PreviewRow rowFrom(const nlohmann::json& j)
{
    PreviewRow r;
    if (!j.is_object())
        return r;
    r.inputIds = integers(j, "input_ids", -1);
    r.tokens = tokenStrings(j);
    r.labels = integers(j, "labels", kMasked);
    const qint64 count = r.tokenCount();
    const nlohmann::json* spans = json::find(j, "trained_spans");
    r.trainedSpans = spans && spans->is_array() ? spansFrom(*spans, count) : spansFromLabels(r.labels, count);
    qint64 trained = 0;
    for (const auto& s : r.trainedSpans)
        trained += s.end - s.start;
    r.numTokens = wire::integer(j, "num_tokens", count);
    r.numTrainedTokens = wire::integer(j, "num_trained_tokens", trained);
    r.truncated = wire::boolean(j, "truncated").value_or(false);
    return r;
}

} // namespace

qint64 PreviewRow::tokenCount() const
{
    return std::max(tokens.size(), inputIds.size());
}

bool PreviewRow::isTrained(qint64 token) const
{
    // Spans are sorted: the first that ends after the token decides.
    const auto it = std::upper_bound(trainedSpans.begin(), trainedSpans.end(), token,
                                     [](qint64 t, const Span& s) { return t < s.end; });
    return it != trainedSpans.end() && it->start <= token;
}

std::optional<FineTunePreview> FineTunePreview::fromJson(const nlohmann::json& j)
{
    const nlohmann::json* rows = json::find(j, "rows");
    if (!rows || !rows->is_array())
        return std::nullopt;
    FineTunePreview p;
    p.datasetFormat = wire::str(j, "dataset_format");
    p.maxSeqLength = wire::integer(j, "max_seq_length");
    p.model = wire::str(j, "model");
    p.trainOnInputs = wire::boolean(j, "train_on_inputs").value_or(false);
    p.rows.reserve(qsizetype(rows->size()));
    for (const auto& row : *rows)
        p.rows.append(rowFrom(row));
    return p;
}

nlohmann::ordered_json PreviewRequest::toJson() const
{
    nlohmann::ordered_json j = {{"model", model.toStdString()}, {"training_file", trainingFile.toStdString()}};
    if (topK > 0)
        j["top_k"] = topK;
    if (trainOnInputs)
        j["train_on_inputs"] = *trainOnInputs;
    j["training_method"] = "sft";
    return j;
}

} // namespace td
