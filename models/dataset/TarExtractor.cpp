#include "dataset/TarExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace td {

namespace {

qint64 octal(const char* field, int width)
{
    qint64 v = 0;
    for (int i = 0; i < width && field[i]; ++i)
        if (field[i] >= '0' && field[i] <= '7')
            v = v * 8 + (field[i] - '0');
    return v;
}

// The tar stream as a state machine fed with decompressed bytes of any size.
class TarStream
{
public:
    explicit TarStream(QString destination)
        : m_dest(std::move(destination))
    {}

    std::optional<Error> feed(const char* data, std::size_t size)
    {
        while (size > 0) {
            if (m_remaining > 0 || m_padding > 0) {
                if (m_remaining > 0) {
                    const std::size_t n = std::size_t(qMin<qint64>(m_remaining, qint64(size)));
                    if (m_longName)
                        m_name.append(data, qsizetype(n));
                    else if (m_file && m_file->write(data, qint64(n)) != qint64(n))
                        return Error::make(
                            Error::Code::DiskFull,
                            TarExtractor::tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
                    data += n;
                    size -= n;
                    m_remaining -= qint64(n);
                    if (m_remaining == 0)
                        if (auto e = endEntry())
                            return e;
                } else {
                    const std::size_t n = std::size_t(qMin<qint64>(m_padding, qint64(size)));
                    data += n;
                    size -= n;
                    m_padding -= qint64(n);
                }
                continue;
            }
            const std::size_t n = qMin<std::size_t>(512 - m_header.size(), size);
            m_header.append(data, qsizetype(n));
            data += n;
            size -= n;
            if (m_header.size() == 512) {
                auto e = beginEntry();
                m_header.clear();
                if (e)
                    return e;
            }
        }
        return std::nullopt;
    }

    bool ended() const { return m_ended; }
    const QStringList& files() const { return m_files; }

private:
    std::optional<Error> beginEntry()
    {
        const char* h = m_header.constData();
        if (m_header.count('\0') == 512) {
            m_ended = true; // an end block
            return std::nullopt;
        }
        unsigned sum = 0;
        for (int i = 0; i < 512; ++i)
            sum += (i >= 148 && i < 156) ? unsigned(' ') : unsigned(static_cast<unsigned char>(h[i]));
        if (qint64(sum) != octal(h + 148, 8))
            return Error::make(Error::Code::Corrupt,
                               TarExtractor::tr("The archive is damaged (a header checksum is wrong)."));
        const qint64 size = octal(h + 124, 12);
        const char type = h[156];
        QByteArray name = m_pendingName.isEmpty() ? QByteArray(h, qsizetype(strnlen(h, 100))) : m_pendingName;
        if (m_pendingName.isEmpty() && std::memcmp(h + 257, "ustar", 5) == 0 && h[345])
            name = QByteArray(h + 345, qsizetype(strnlen(h + 345, 155))) + '/' + name;
        m_pendingName.clear();
        m_remaining = size;
        m_padding = (512 - size % 512) % 512;
        m_longName = type == 'L';
        if (m_longName) { // GNU long name: the next entry's name is this entry's data
            m_name.clear();
            return size == 0 ? endEntry() : std::nullopt;
        }
        if (type != '0' && type != '\0' && type != '5') {
            // pax headers, links, devices: skipped (links could point outside the folder)
            m_file.reset();
            return size == 0 ? endEntry() : std::nullopt;
        }
        const QString relative = QDir::cleanPath(QString::fromUtf8(name));
        if (relative.isEmpty() || QDir::isAbsolutePath(relative) || relative == QLatin1String("..") ||
            relative.startsWith(QLatin1String("../")))
            return Error::make(
                Error::Code::Corrupt,
                TarExtractor::tr("The archive names a file outside its folder: %1").arg(QString::fromUtf8(name)));
        const QString path = m_dest + QLatin1Char('/') + relative;
        if (type == '5') {
            if (!QDir().mkpath(path))
                return Error::make(Error::Code::Io, TarExtractor::tr("Cannot create the folder %1").arg(path));
            m_file.reset();
            return size == 0 ? endEntry() : std::nullopt;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_file = std::make_unique<QFile>(path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::make(Error::Code::Io,
                               TarExtractor::tr("Cannot create %1: %2").arg(path, m_file->errorString()));
        m_files.append(relative);
        return size == 0 ? endEntry() : std::nullopt;
    }

    std::optional<Error> endEntry()
    {
        if (m_longName) {
            m_pendingName = m_name.left(qsizetype(strnlen(m_name.constData(), std::size_t(m_name.size()))));
            m_longName = false;
        }
        if (m_file) {
            if (!m_file->flush())
                return Error::make(
                    Error::Code::DiskFull,
                    TarExtractor::tr("Cannot write %1: %2").arg(m_file->fileName(), m_file->errorString()));
            m_file.reset();
        }
        return std::nullopt;
    }

    QString m_dest;
    QByteArray m_header;
    QByteArray m_name;
    QByteArray m_pendingName;
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining = 0;
    qint64 m_padding = 0;
    bool m_longName = false;
    bool m_ended = false;
    QStringList m_files;
};

} // namespace

Result<QStringList> TarExtractor::extract(const QString& archive, const QString& destination, const Progress& progress,
                                          const std::atomic_bool* cancel)
{
    QFile in(archive);
    if (!in.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::NotFound,
                           TarExtractor::tr("Cannot open %1: %2").arg(archive, in.errorString()));
    if (!QDir().mkpath(destination))
        return Error::make(Error::Code::Io, TarExtractor::tr("Cannot create the folder %1").arg(destination));
    const QByteArray magic = in.peek(4);
    if (magic.startsWith("\x1f\x8b"))
        return Error::make(
            Error::Code::Unsupported,
            TarExtractor::tr("%1 is gzip-compressed; unpack it with tar -xzf.").arg(QFileInfo(archive).fileName()));
    const bool zstd = magic == QByteArray("\x28\xb5\x2f\xfd", 4);
    TarStream tar(destination);
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> dctx(zstd ? ZSTD_createDCtx() : nullptr, &ZSTD_freeDCtx);
    QByteArray inBuf(qsizetype(ZSTD_DStreamInSize()), Qt::Uninitialized);
    QByteArray outBuf(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    const qint64 total = in.size();
    qint64 read = 0;
    while (!tar.ended()) {
        if (cancel && cancel->load())
            return Error::make(Error::Code::Cancelled, TarExtractor::tr("Unpacking was cancelled."));
        const qint64 n = in.read(inBuf.data(), inBuf.size());
        if (n < 0)
            return Error::make(Error::Code::Io, TarExtractor::tr("Cannot read %1: %2").arg(archive, in.errorString()));
        if (n == 0)
            break;
        read += n;
        if (!zstd) {
            if (auto e = tar.feed(inBuf.constData(), std::size_t(n)))
                return *e;
        } else {
            ZSTD_inBuffer zin{inBuf.constData(), std::size_t(n), 0};
            while (zin.pos < zin.size && !tar.ended()) {
                ZSTD_outBuffer zout{outBuf.data(), std::size_t(outBuf.size()), 0};
                const std::size_t status = ZSTD_decompressStream(dctx.get(), &zout, &zin);
                if (ZSTD_isError(status))
                    return Error::make(Error::Code::Corrupt, TarExtractor::tr("%1 is damaged: %2")
                                                                 .arg(QFileInfo(archive).fileName(),
                                                                      QString::fromUtf8(ZSTD_getErrorName(status))));
                if (auto e = tar.feed(outBuf.constData(), zout.pos))
                    return *e;
            }
        }
        if (progress)
            progress(read, total);
    }
    // A tar without its end blocks is an incomplete download (whatever follows them is padding).
    if (!tar.ended())
        return Error::make(Error::Code::Corrupt,
                           tr("%1 ends too early: the download may be incomplete.").arg(QFileInfo(archive).fileName()));
    return tar.files();
}

} // namespace td
