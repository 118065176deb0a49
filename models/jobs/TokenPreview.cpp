#include "jobs/TokenPreview.h"

#include "core/JsonRead.h"
#include "jobs/TokenEstimate.h"
#include "tokens/count/RowTokenCounter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

#include <array>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// GPT-2's byte-level alphabet (bytes_to_unicode): printable bytes stand for themselves, the
// other 68 for U+0100 upwards in order ("Ġ" is the space, "Ċ" the newline).
const std::array<int, 324>& byteOfCodePoint()
{
    static const std::array<int, 324> table = [] {
        std::array<int, 324> t;
        t.fill(-1);
        int next = 256;
        for (int b = 0; b < 256; ++b) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            t[std::size_t(printable ? b : next++)] = b;
        }
        return t;
    }();
    return table;
}

bool isSpecial(const QString& token)
{
    static const QRegularExpression re(QStringLiteral("^(<\\|[^|]*\\|>|</?[A-Za-z_]+>|\\[/?[A-Z_]+\\])$"));
    return token.size() > 2 && re.match(token).hasMatch();
}

// SentencePiece's byte fallback: "<0x0A>".
std::optional<char> pieceByte(const QString& token)
{
    if (token.size() != 6 || !token.startsWith(QLatin1String("<0x")) || !token.endsWith(QLatin1Char('>')))
        return std::nullopt;
    bool ok = false;
    const int b = token.mid(3, 2).toInt(&ok, 16);
    return ok ? std::optional<char>(char(b)) : std::nullopt;
}

QString contentText(const nlohmann::json& m)
{
    QString text = json::string(m, "content");
    for (const auto& part : json::array(m, "content"))
        text += json::string(part, "text");
    return text;
}

// The row's parts in the order a chat template writes them: (role, text).
QList<std::pair<QString, QString>> partsOf(const nlohmann::json& row)
{
    QList<std::pair<QString, QString>> parts;
    if (const auto* msgs = json::find(row, "messages"); msgs && msgs->is_array()) {
        for (const auto& m : *msgs)
            parts.append({json::string(m, "role"), contentText(m)});
    } else if (json::find(row, "prompt") || json::find(row, "completion")) {
        parts.append({QStringLiteral("prompt"), json::string(row, "prompt")});
        parts.append({QStringLiteral("completion"), json::string(row, "completion")});
    } else if (json::find(row, "text")) {
        parts.append({QStringLiteral("text"), json::string(row, "text")});
    }
    return parts;
}

qint64 trainedIn(const PreviewRow& row, qint64 first, qint64 end)
{
    qint64 n = 0;
    for (const auto& s : row.trainedSpans)
        n += std::max<qint64>(0, std::min(end, s.end) - std::max(first, s.start));
    return n;
}

void addBlock(TokenPreview::Row& r, const QString& role, qint64 first, qint64 end)
{
    if (end > first)
        r.blocks.append({role, first, end, trainedIn(r.together, first, end)});
}

// Finds the local row's messages in the decoded tokens, in order; the tokens between them are
// the chat template's. A message not found ends the search (a truncated row's last message is
// found by its beginning).
void align(TokenPreview::Row& r, const QList<std::pair<QString, QString>>& parts)
{
    const qint64 count = r.texts.size();
    QString all;
    QList<qint64> starts;
    for (const QString& t : r.texts) {
        starts.append(all.size());
        all += t;
    }
    starts.append(all.size());
    qint64 token = 0;
    qsizetype cursor = 0;
    for (const auto& [role, content] : parts) {
        const QString needle = content.trimmed();
        if (needle.isEmpty())
            continue;
        qsizetype pos = all.indexOf(needle, cursor);
        qsizetype end = pos + needle.size();
        if (pos < 0 && r.together.truncated) {
            // Cut inside this message: the tokens end with a beginning of it.
            const QStringView text(all);
            for (qsizetype p = std::max(cursor, all.size() - needle.size()); p < all.size(); ++p)
                if (all[p] == needle[0] && QStringView(needle).startsWith(text.mid(p))) {
                    pos = p;
                    end = all.size();
                    break;
                }
        }
        if (pos < 0)
            break;
        // The first token that ends after the message starts, the first that starts at or after its end.
        qint64 first = token;
        while (first < count && starts[first + 1] <= pos)
            ++first;
        qint64 last = first;
        while (last < count && starts[last] < end)
            ++last;
        if (last == first)
            continue;
        addBlock(r, QString(), token, first);
        addBlock(r, role.isEmpty() ? tr("(no role)") : role, first, last);
        r.aligned = true;
        token = last;
        cursor = std::max<qsizetype>(end, qsizetype(starts[token]));
    }
    addBlock(r, QString(), token, count);
}

} // namespace

QStringList TokenPreview::tokenTexts(const QStringList& tokens, QList<bool>* special)
{
    // SentencePiece vocabularies spell a word's start "▁"; byte-level ones never contain it.
    bool pieces = false;
    for (const QString& t : tokens)
        if (t.contains(QChar(0x2581)) || pieceByte(t)) {
            pieces = true;
            break;
        }
    const auto& table = byteOfCodePoint();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QStringList out;
    out.reserve(tokens.size());
    if (special)
        special->clear();
    for (const QString& t : tokens) {
        const bool control = isSpecial(t);
        if (special)
            special->append(control);
        if (control) {
            out.append(t);
            continue;
        }
        QByteArray bytes;
        if (const auto b = pieceByte(t)) {
            bytes.append(*b);
        } else if (pieces) {
            bytes = QString(t).replace(QChar(0x2581), QLatin1Char(' ')).toUtf8();
        } else {
            bool byteLevel = true;
            for (const QChar c : t) {
                const int b = c.unicode() < table.size() ? table[c.unicode()] : -1;
                if (b < 0) {
                    byteLevel = false;
                    break;
                }
                bytes.append(char(b));
            }
            if (!byteLevel)
                bytes = t.toUtf8();
        }
        out.append(utf8.decode(bytes));
    }
    return out;
}

TokenPreview TokenPreview::build(const FineTunePreview& preview, const QList<QByteArray>& localRows,
                                 FineTuneRequest::TrainOnInputs trainOnInputs, const RowTokenCounter* counter,
                                 const QString& countedWith)
{
    TokenPreview p;
    p.m_preview = preview;
    if (counter)
        p.m_countedWith = countedWith;
    for (qsizetype i = 0; i < preview.rows.size(); ++i) {
        Row r;
        r.together = preview.rows[i];
        QStringList tokens = r.together.tokens;
        while (tokens.size() < r.together.tokenCount()) // ids without their strings
            tokens.append(QStringLiteral("[%1]").arg(r.together.inputIds.value(tokens.size())));
        r.texts = tokenTexts(tokens, &r.special);
        const QByteArray local = localRows.value(i);
        const nlohmann::json row = local.isEmpty() ? nlohmann::json() : json::parse(local);
        if (row.is_object()) {
            TokenEstimate e;
            e.addRow(local.constData(), std::size_t(local.size()), trainOnInputs);
            r.estimatedTrained = e.trainedTokens();
            r.estimatedTokens = e.tokens();
            if (counter) {
                if (const auto c = counter->countLine(std::string_view(local.constData(), std::size_t(local.size())))) {
                    r.countedTokens = c->tokens;
                    r.countedTrained = c->trained;
                } else {
                    r.countError = c.error().message;
                }
            }
            align(r, partsOf(row));
        } else {
            addBlock(r, QString(), 0, r.texts.size());
        }
        p.m_rows.append(r);
    }
    return p;
}

Result<QList<QByteArray>> TokenPreview::readFirstRows(const QString& path, int count, qint64 maxLineBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io, tr("Cannot read %1: %2").arg(path, f.errorString()));
    QList<QByteArray> rows;
    while (rows.size() < count && !f.atEnd()) {
        QByteArray line = f.readLine(maxLineBytes + 1);
        const bool tooLong = line.size() >= maxLineBytes && !line.endsWith('\n') && !f.atEnd();
        while (tooLong && !f.atEnd()) { // skip the rest of an overlong line, keeping its place
            const QByteArray rest = f.readLine(1024 * 1024);
            if (rest.endsWith('\n') || rest.isEmpty())
                break;
        }
        if (tooLong) {
            rows.append(QByteArray());
            continue;
        }
        if (line.startsWith("\xEF\xBB\xBF") && rows.isEmpty())
            line.remove(0, 3);
        if (!line.trimmed().isEmpty())
            rows.append(line.trimmed());
    }
    return rows;
}

qint64 TokenPreview::togetherTrained() const
{
    qint64 n = 0;
    for (const Row& r : m_rows)
        n += r.together.numTrainedTokens;
    return n;
}

std::optional<qint64> TokenPreview::sumOver(std::optional<qint64> Row::*field) const
{
    std::optional<qint64> n;
    for (const Row& r : m_rows)
        if (r.*field)
            n = n.value_or(0) + *(r.*field);
    return n;
}

std::optional<qint64> TokenPreview::countedTrained() const
{
    return sumOver(&Row::countedTrained);
}

std::optional<qint64> TokenPreview::estimatedTrained() const
{
    return sumOver(&Row::estimatedTrained);
}

QString TokenPreview::toText() const
{
    QString out = tr("Together's preview for %1: %2 data, max_seq_length %3, train_on_inputs %4\n")
                      .arg(m_preview.model, m_preview.datasetFormat.isEmpty() ? tr("unknown") : m_preview.datasetFormat)
                      .arg(m_preview.maxSeqLength)
                      .arg(m_preview.trainOnInputs ? QStringLiteral("true") : QStringLiteral("false"));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows[i];
        QString head =
            tr("Row %1: %2 tokens, %3 trained").arg(i + 1).arg(r.together.numTokens).arg(r.together.numTrainedTokens);
        if (r.countedTrained)
            head += tr(" (TuneDesk counts %1 of %2)").arg(*r.countedTrained).arg(r.countedTokens.value_or(0));
        else if (r.estimatedTrained)
            head += tr(" (TuneDesk estimates %1 of %2)").arg(*r.estimatedTrained).arg(r.estimatedTokens.value_or(0));
        if (!r.countError.isEmpty())
            head += tr(" (not counted exactly: %1)").arg(r.countError);
        if (r.together.truncated)
            head += tr(", truncated at %1 tokens")
                        .arg(m_preview.maxSeqLength > 0 ? m_preview.maxSeqLength : r.together.numTokens);
        out += QLatin1Char('\n') + head + QLatin1Char('\n');
        for (const Block& b : r.blocks) {
            QString text;
            bool inTrained = false;
            for (qint64 t = b.first; t < b.end; ++t) {
                const bool trained = r.together.isTrained(t);
                if (trained != inTrained)
                    text += trained ? QStringLiteral("«") : QStringLiteral("»");
                inTrained = trained;
                text += r.texts[t];
            }
            if (inTrained)
                text += QStringLiteral("»");
            if (b.role.isEmpty())
                out += QStringLiteral("  · %1\n").arg(text.replace(QLatin1Char('\n'), QLatin1String("\\n")));
            else
                out += QStringLiteral("  %1: %2\n")
                           .arg(b.role, text.trimmed().replace(QLatin1Char('\n'), QLatin1String("\n    ")));
        }
        if (r.together.truncated)
            out += tr("  ✂ cut here: the rest of the row is not trained on\n");
    }
    out += QLatin1Char('\n') + tr("Trained tokens in these rows: Together %1").arg(togetherTrained());
    if (const auto c = countedTrained())
        out += tr(", TuneDesk's count %1 (with %2)").arg(*c).arg(m_countedWith);
    else if (const auto e = estimatedTrained())
        out += tr(", TuneDesk's estimate %1").arg(*e);
    return out + QLatin1Char('\n');
}

nlohmann::ordered_json TokenPreview::toJson() const
{
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const Row& r : m_rows) {
        nlohmann::ordered_json blocks = nlohmann::ordered_json::array();
        for (const Block& b : r.blocks) {
            QString text;
            for (qint64 t = b.first; t < b.end; ++t)
                text += r.texts[t];
            blocks.push_back(
                {{"role", b.role.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(b.role.toStdString())},
                 {"first_token", b.first},
                 {"end_token", b.end},
                 {"trained_tokens", b.trained},
                 {"text", text.toStdString()}});
        }
        nlohmann::ordered_json spans = nlohmann::ordered_json::array();
        for (const auto& s : r.together.trainedSpans)
            spans.push_back({s.start, s.end});
        nlohmann::ordered_json tokens = nlohmann::ordered_json::array();
        for (const QString& t : r.together.tokens)
            tokens.push_back(t.toStdString());
        auto optional = [](const std::optional<qint64>& v) {
            return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json();
        };
        rows.push_back({{"num_tokens", r.together.numTokens},
                        {"num_trained_tokens", r.together.numTrainedTokens},
                        {"truncated", r.together.truncated},
                        {"estimated_tokens", optional(r.estimatedTokens)},
                        {"estimated_trained_tokens", optional(r.estimatedTrained)},
                        {"counted_tokens", optional(r.countedTokens)},
                        {"counted_trained_tokens", optional(r.countedTrained)},
                        {"trained_spans", spans},
                        {"tokens", tokens},
                        {"blocks", blocks}});
    }
    const auto estimate = estimatedTrained();
    const auto counted = countedTrained();
    return {{"model", m_preview.model.toStdString()},
            {"dataset_format", m_preview.datasetFormat.toStdString()},
            {"max_seq_length", m_preview.maxSeqLength},
            {"train_on_inputs", m_preview.trainOnInputs},
            {"trained_tokens", togetherTrained()},
            {"estimated_trained_tokens", estimate ? nlohmann::ordered_json(*estimate) : nlohmann::ordered_json()},
            {"counted_trained_tokens", counted ? nlohmann::ordered_json(*counted) : nlohmann::ordered_json()},
            {"counted_with",
             m_countedWith.isEmpty() ? nlohmann::ordered_json() : nlohmann::ordered_json(m_countedWith.toStdString())},
            {"rows", rows}};
}

} // namespace td
