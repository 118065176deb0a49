#include "dataset/TarWriter.h"

#include <zstd.h>

#include <cstring>

namespace td {

namespace {
void octal(char* field, int width, qint64 value)
{
    // width - 1 digits and a NUL, as ustar wants.
    std::snprintf(field, std::size_t(width), "%0*llo", width - 1, static_cast<unsigned long long>(value));
}
} // namespace

void TarWriter::addFile(const QString& name, const QByteArray& content, qint64 mtime, int mode)
{
    char h[512] = {};
    const QByteArray path = name.toUtf8();
    if (path.size() <= 100) {
        std::memcpy(h, path.constData(), std::size_t(path.size()));
    } else {
        // Split at a slash so that the prefix fits 155 bytes and the rest 100.
        const qsizetype slash = path.lastIndexOf('/', 155);
        const QByteArray prefix = slash > 0 ? path.left(slash) : QByteArray();
        const QByteArray rest = slash > 0 ? path.mid(slash + 1) : path;
        std::memcpy(h, rest.constData(), std::size_t(qMin<qsizetype>(rest.size(), 100)));
        std::memcpy(h + 345, prefix.constData(), std::size_t(qMin<qsizetype>(prefix.size(), 155)));
    }
    octal(h + 100, 8, mode);
    octal(h + 108, 8, 0);
    octal(h + 116, 8, 0);
    octal(h + 124, 12, content.size());
    octal(h + 136, 12, mtime);
    std::memset(h + 148, ' ', 8);
    h[156] = '0';
    std::memcpy(h + 257, "ustar", 6);
    std::memcpy(h + 263, "00", 2);
    unsigned sum = 0;
    for (unsigned char c : h)
        sum += c;
    std::snprintf(h + 148, 8, "%06o", sum);
    h[155] = ' ';
    m_out.append(h, 512);
    m_out.append(content);
    m_out.append(QByteArray((512 - content.size() % 512) % 512, '\0'));
}

QByteArray TarWriter::finish()
{
    m_out.append(QByteArray(1024, '\0'));
    return std::move(m_out);
}

QByteArray TarWriter::zstdCompress(const QByteArray& data, int level)
{
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(data.size()))), Qt::Uninitialized);
    const std::size_t n =
        ZSTD_compress(out.data(), std::size_t(out.size()), data.constData(), std::size_t(data.size()), level);
    if (ZSTD_isError(n))
        return {};
    out.truncate(qsizetype(n));
    return out;
}

} // namespace td
