#include "dataset/JsonErrorText.h"

#include <QCoreApplication>

namespace td {
namespace {

bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

QString visible(QByteArrayView bytes)
{
    QString out;
    for (const QChar c : QString::fromUtf8(bytes)) {
        if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

QString excerptAround(QByteArrayView text, std::size_t pos, int window)
{
    const std::size_t size = std::size_t(text.size());
    pos = std::min(pos, size);
    // Step back and forward `window` characters: a character is a lead byte and its
    // continuation bytes, so a cut never splits one.
    std::size_t start = pos;
    while (start > 0 && start < size && isContinuation(text[qsizetype(start)]))
        --start;
    std::size_t begin = start;
    for (int n = 0; n < window && begin > 0; ++n) {
        --begin;
        while (begin > 0 && isContinuation(text[qsizetype(begin)]))
            --begin;
    }
    std::size_t end = start;
    for (int n = 0; n < window && end < size; ++n) {
        ++end;
        while (end < size && isContinuation(text[qsizetype(end)]))
            ++end;
    }
    const QString ellipsis(QChar(0x2026));
    return (begin > 0 ? ellipsis : QString()) + visible(text.sliced(qsizetype(begin), qsizetype(end - begin))) +
           (end < size ? ellipsis : QString());
}

QString jsonParseErrorText(QByteArrayView text, std::size_t byte, const char* what)
{
    QString message = QString::fromUtf8(what);
    // "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while
    // parsing value - invalid literal; last read: '...'"
    if (message.startsWith(QLatin1Char('['))) {
        const qsizetype cut = message.indexOf(QLatin1String("] "));
        if (cut >= 0)
            message = message.mid(cut + 2);
    }
    const qsizetype lastRead = message.indexOf(QLatin1String("; last read: "));
    if (lastRead >= 0)
        message.truncate(lastRead);
    const std::size_t at = byte > 0 ? byte - 1 : 0;
    return QCoreApplication::translate("td::JsonErrorText", "%1, near: %2").arg(message, excerptAround(text, at));
}

} // namespace td
