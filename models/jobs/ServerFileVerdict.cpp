#include "jobs/ServerFileVerdict.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace td {

std::optional<qint64> ServerFileVerdict::namedLine(const QString& message)
{
    static const QRegularExpression re(QStringLiteral("\\bline\\s+(\\d{1,15})\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    return n > 0 ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<QString> ServerFileVerdict::lineOf(const QString& path, qint64 line, int maxChars)
{
    QFile f(path);
    if (line < 1 || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    constexpr qint64 kChunk = 64 * 1024;
    qint64 current = 1;
    QByteArray wanted;
    bool found = false;
    bool cut = false;
    while (!f.atEnd()) {
        const QByteArray piece = f.readLine(kChunk);
        if (piece.isEmpty())
            break;
        const bool ends = piece.endsWith('\n');
        if (current == line) {
            found = true;
            // Enough bytes for maxChars characters of UTF-8; the rest of the line is skipped.
            if (wanted.size() < qsizetype(maxChars) * 4)
                wanted += piece;
            else
                cut = true;
        }
        if (ends) {
            if (current == line)
                break;
            ++current;
        }
    }
    if (!found)
        return std::nullopt;
    while (wanted.endsWith('\n') || wanted.endsWith('\r'))
        wanted.chop(1);
    QString text = QString::fromUtf8(wanted);
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        cut = true;
    }
    return cut ? text + QStringLiteral("…") : text;
}

QString ServerFileVerdict::describe(const RemoteFile& file, const QString& localPath)
{
    const QString name = localPath.isEmpty() ? file.id : QFileInfo(localPath).fileName();
    const bool failed = file.processingStatus.compare(QLatin1String("FAILED"), Qt::CaseInsensitive) == 0;
    QString text;
    if (failed)
        text = file.validationError.isEmpty()
                   ? tr("Together could not validate %1 (FAILED). Upload it again, or try later.").arg(name)
                   : tr("Together could not validate %1 (FAILED): %2").arg(name, file.validationError);
    else
        text = file.validationError.isEmpty()
                   ? tr("Together rejected %1 (%2) without saying why.").arg(name, file.processingStatus)
                   : tr("Together rejected %1: %2").arg(name, file.validationError);
    if (const auto n = namedLine(file.validationError); n && !localPath.isEmpty())
        if (const auto quoted = lineOf(localPath, *n))
            text += QLatin1Char('\n') + tr("Line %1 of %2: %3").arg(*n).arg(name, *quoted);
    return text;
}

} // namespace td
