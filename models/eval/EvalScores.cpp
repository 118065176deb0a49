#include "eval/EvalScores.h"

#include "core/JsonRead.h"

#include <QRegularExpression>

namespace td {

QString EvalScores::normalize(const QString& text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isSpace() || c.isPunct()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

bool EvalScores::isRefusal(const QString& answer)
{
    // The openings models use to decline, in their first sentences only: an answer that
    // quotes such a phrase later is not a refusal.
    static const QRegularExpression re(
        QStringLiteral(
            "^\\W*(i('|’)m sorry,? but|i am sorry,? but|sorry,? (but )?i (can('|’)t|cannot)|i (can('|’)t|cannot|"
            "won('|’)t|am not able to|'m not able to|am unable to|'m unable to) (help|assist|provide|comply|do "
            "that|answer|fulfil)|as an ai( language model)?,? i (can('|’)t|cannot|don('|’)t))"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(answer.left(300)).hasMatch();
}

bool EvalScores::isValidJson(const QString& answer)
{
    QString t = answer.trimmed();
    if (t.startsWith(QLatin1String("```"))) {
        const qsizetype firstLine = t.indexOf(QLatin1Char('\n'));
        if (firstLine < 0 || !t.endsWith(QLatin1String("```")))
            return false;
        t = t.mid(firstLine + 1, t.size() - firstLine - 4).trimmed();
    }
    if (!t.startsWith(QLatin1Char('{')) && !t.startsWith(QLatin1Char('[')))
        return false;
    return !json::parse(t.toUtf8()).is_discarded();
}

EvalScores EvalScores::of(const QString& answer, const QString& reference, bool jsonMode)
{
    EvalScores s;
    s.exact = answer == reference;
    s.normalized = normalize(answer) == normalize(reference);
    s.lengthRatio = reference.isEmpty() ? 0 : double(answer.size()) / double(reference.size());
    s.refusal = isRefusal(answer);
    if (jsonMode)
        s.validJson = isValidJson(answer);
    return s;
}

} // namespace td
