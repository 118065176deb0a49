#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace td {

// Two texts split into words (runs between white space), and for each word whether the other
// text lacks it at that place (not part of the longest common word sequence): what a
// side-by-side view of near-duplicates highlights. Texts over `limit` words each are not
// compared (every word is then "same"), so a huge row costs no quadratic time.
struct WordDiff
{
    QStringList left, right;
    std::vector<bool> leftChanged, rightChanged;
};

WordDiff diffWords(const QString& left, const QString& right, int limit = 3000);

// The text as HTML (Qt's rich text), changed words on an amber background, line breaks kept.
QString diffHtml(const QStringList& words, const std::vector<bool>& changed, const QString& original);

} // namespace td
