#include "curation/WordDiff.h"

#include <QRegularExpression>

namespace td {

namespace {

QStringList words(const QString& s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return s.split(space, Qt::SkipEmptyParts);
}

} // namespace

WordDiff diffWords(const QString& left, const QString& right, int limit)
{
    WordDiff d;
    d.left = words(left);
    d.right = words(right);
    const auto n = std::size_t(d.left.size()), m = std::size_t(d.right.size());
    d.leftChanged.assign(n, false);
    d.rightChanged.assign(m, false);
    if (n > std::size_t(limit) || m > std::size_t(limit))
        return d;
    // Longest common subsequence of words, then walked back to mark what is not in it.
    std::vector<std::uint16_t> table((n + 1) * (m + 1), 0);
    const auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return table[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = d.left[qsizetype(i)] == d.right[qsizetype(j)] ? std::uint16_t(at(i + 1, j + 1) + 1)
                                                                     : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    while (i < n && j < m) {
        if (d.left[qsizetype(i)] == d.right[qsizetype(j)]) {
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            d.leftChanged[i++] = true;
        } else {
            d.rightChanged[j++] = true;
        }
    }
    for (; i < n; ++i)
        d.leftChanged[i] = true;
    for (; j < m; ++j)
        d.rightChanged[j] = true;
    return d;
}

namespace {
// Dark text on amber, readable in light and dark themes alike.
constexpr char kChangedOpen[] = "<span style=\"background-color:#ffd54f; color:#000000;\">";
} // namespace

QString diffHtml(const QStringList& words, const std::vector<bool>& changed, const QString& original)
{
    // The words again in order, with the white space between them as it was (a line break
    // becomes <br>).
    QString html;
    qsizetype pos = 0;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const qsizetype at = original.indexOf(words[w], pos);
        if (at < 0)
            break;
        const QString gap = original.mid(pos, at - pos);
        html += gap.contains(QLatin1Char('\n')) ? QString(gap.count(QLatin1Char('\n')), QLatin1Char('\n'))
                                                      .replace(QLatin1Char('\n'), QStringLiteral("<br>"))
                                                : (gap.isEmpty() ? QString() : QStringLiteral(" "));
        const QString word = words[w].toHtmlEscaped();
        // Qt's rich text knows no <mark>: a span with a background is what a QTextBrowser shows.
        html += changed[std::size_t(w)] ? QLatin1String(kChangedOpen) + word + QStringLiteral("</span>") : word;
        pos = at + words[w].size();
    }
    return html;
}

} // namespace td
