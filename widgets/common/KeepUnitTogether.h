#pragma once

#include <QString>

namespace td {

// A short fact ("923.1 tokens/s", "812 ms to first token") kept on one line in a narrow column:
// it wrapped as "923.1 tokens/" and "s", or "2000.0" and "tokens/s". Spaces become no-break
// spaces and a word joiner follows each slash (Unicode allows a break after one). Join facts
// with ordinary spaces so a line can still break between them.
inline QString keepUnitTogether(QString fact)
{
    fact.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    return fact.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));
}

} // namespace td
