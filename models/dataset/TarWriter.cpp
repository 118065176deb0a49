#include "dataset/TarWriter.h"

#include <archive.h>
#include <archive_entry.h>
#include <zstd.h>

#include <memory>

namespace td {

namespace {

la_ssize_t append(archive*, void* out, const void* data, size_t size)
{
    static_cast<QByteArray*>(out)->append(static_cast<const char*>(data), qsizetype(size));
    return la_ssize_t(size);
}

using Entry = std::unique_ptr<archive_entry, decltype(&archive_entry_free)>;

Entry entry(const QString& name, int type, int perm, qint64 mtime)
{
    Entry e(archive_entry_new(), &archive_entry_free);
    archive_entry_set_pathname_utf8(e.get(), name.toUtf8().constData());
    archive_entry_set_filetype(e.get(), unsigned(type));
    archive_entry_set_perm(e.get(), mode_t(perm));
    archive_entry_set_mtime(e.get(), time_t(mtime), 0);
    return e;
}

} // namespace

void TarWriter::Deleter::operator()(archive* a) const
{
    archive_write_free(a);
}

TarWriter::TarWriter(Compression compression)
    : m_archive(archive_write_new())
{
    archive* a = m_archive.get();
    m_failed = !a || archive_write_set_format_pax_restricted(a) != ARCHIVE_OK ||
               (compression == Compression::Zstd && archive_write_add_filter_zstd(a) != ARCHIVE_OK) ||
               archive_write_set_bytes_in_last_block(a, 1) != ARCHIVE_OK ||
               archive_write_open(a, &m_out, nullptr, append, nullptr) != ARCHIVE_OK;
}

TarWriter::~TarWriter() = default;

void TarWriter::addFile(const QString& name, const QByteArray& content, qint64 mtime, int mode)
{
    if (m_failed)
        return;
    Entry e = entry(name, AE_IFREG, mode, mtime);
    archive_entry_set_size(e.get(), content.size());
    m_failed = archive_write_header(m_archive.get(), e.get()) != ARCHIVE_OK ||
               (!content.isEmpty() &&
                archive_write_data(m_archive.get(), content.constData(), size_t(content.size())) != content.size());
}

void TarWriter::addDirectory(const QString& name, qint64 mtime)
{
    if (!m_failed)
        m_failed = archive_write_header(m_archive.get(), entry(name, AE_IFDIR, 0755, mtime).get()) != ARCHIVE_OK;
}

void TarWriter::addSymlink(const QString& name, const QString& target)
{
    if (m_failed)
        return;
    Entry e = entry(name, AE_IFLNK, 0777, 0);
    archive_entry_set_symlink_utf8(e.get(), target.toUtf8().constData());
    m_failed = archive_write_header(m_archive.get(), e.get()) != ARCHIVE_OK;
}

void TarWriter::addHardlink(const QString& name, const QString& target)
{
    if (m_failed)
        return;
    Entry e = entry(name, AE_IFREG, 0644, 0);
    archive_entry_set_hardlink_utf8(e.get(), target.toUtf8().constData());
    m_failed = archive_write_header(m_archive.get(), e.get()) != ARCHIVE_OK;
}

QByteArray TarWriter::finish()
{
    if (m_failed || archive_write_close(m_archive.get()) != ARCHIVE_OK)
        return {};
    m_failed = true; // nothing more can be added
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
