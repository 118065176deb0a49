#pragma once

#include <QString>

namespace td {

// "923.1 tokens/s" in a narrow column wrapped as "923.1 tokens/" and "s": Unicode allows a line
// break after a slash. A word joiner after each slash keeps a unit whole; the text reads the same.
inline QString keepUnitTogether(QString text)
{
    return text.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
}

} // namespace td
