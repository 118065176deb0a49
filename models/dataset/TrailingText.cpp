#include "dataset/TrailingText.h"

namespace td {

namespace {

bool isJsonBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

std::optional<qsizetype> trailingTextStart(QByteArrayView row)
{
    qsizetype i = 0;
    const qsizetype n = row.size();
    while (i < n && isJsonBlank(row[i]))
        ++i;
    if (i == n || row[i] != '{')
        return std::nullopt;
    int depth = 0;
    bool inString = false;
    for (; i < n; ++i) {
        const char c = row[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character, whatever it is
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
            if (depth < 0)
                return std::nullopt;
        }
    }
    if (i >= n)
        return std::nullopt; // never closed
    const qsizetype end = i + 1;
    for (qsizetype j = end; j < n; ++j)
        if (!isJsonBlank(row[j]))
            return end;
    return std::nullopt;
}

} // namespace td
