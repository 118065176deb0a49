#include "dataset/TarExtractor.h"

#include "dataset/RegularFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace td {

namespace {

using ReadArchive = std::unique_ptr<archive, decltype(&archive_read_free)>;
using WriteArchive = std::unique_ptr<archive, decltype(&archive_write_free)>;

// libarchive's own checks, on top of ours below: no ".." and no writing through a symlink.
// (SECURE_NOABSOLUTEPATHS is not set because the path handed to libarchive is the absolute
// one we build inside the folder, after refusing absolute names ourselves.) Neither owner
// nor permissions come from the archive: no ARCHIVE_EXTRACT_OWNER or _PERM.
constexpr int kExtractFlags = ARCHIVE_EXTRACT_SECURE_NODOTDOT | ARCHIVE_EXTRACT_SECURE_SYMLINKS | ARCHIVE_EXTRACT_TIME;

QString entryName(archive_entry* e)
{
    if (const char* utf8 = archive_entry_pathname_utf8(e))
        return QString::fromUtf8(utf8);
    if (const char* raw = archive_entry_pathname(e))
        return QFile::decodeName(raw);
    return {};
}

// The entry's name made relative and clean, or why it is refused.
Result<QString> confinedName(const QString& name)
{
    auto refuse = [&](const QString& why) {
        return Error::make(Error::Code::Corrupt,
                           TarExtractor::tr("The archive's entry \"%1\" was refused: %2").arg(name, why));
    };
    if (name.isEmpty())
        return refuse(TarExtractor::tr("it has no name"));
    if (name.startsWith(QLatin1Char('/')))
        return refuse(TarExtractor::tr("its path is absolute"));
    if (name.contains(QChar(0)))
        return refuse(TarExtractor::tr("its name holds a NUL character"));
    QStringList parts;
    for (const QString& part : name.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            return refuse(TarExtractor::tr("its path leads out of the folder (\"..\")"));
        if (part != QLatin1String("."))
            parts.append(part);
    }
    return parts.join(QLatin1Char('/')); // empty for "./": the folder itself
}

Error readError(archive* a, const QString& archivePath)
{
    return Error::make(Error::Code::Corrupt,
                       TarExtractor::tr("%1 is damaged or incomplete (the download may have been cut short): %2")
                           .arg(QFileInfo(archivePath).fileName(), QString::fromUtf8(archive_error_string(a))));
}

Error writeError(archive* w, const QString& path)
{
    const int err = archive_errno(w);
    const QString what = TarExtractor::tr("Cannot write %1").arg(path);
    if (err == ENOSPC || err == EDQUOT || err == EACCES || err == EROFS)
        return Error::fromErrno(err, what);
    return Error::make(Error::Code::Io, what + QStringLiteral(": ") + QString::fromUtf8(archive_error_string(w)));
}

} // namespace

QString TarExtractor::folderFor(const QString& archive)
{
    const QFileInfo info(archive);
    QString name = info.fileName();
    bool stripped = false;
    for (const char* suffix : {".tar.zst", ".tar.gz", ".tar.xz", ".tar.bz2", ".tzst", ".tgz", ".tar"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive) && name.size() > qsizetype(strlen(suffix))) {
            name.chop(qsizetype(strlen(suffix)));
            stripped = true;
            break;
        }
    }
    if (!stripped)
        name += QStringLiteral(".d");
    return info.dir().filePath(name);
}

Result<QStringList> TarExtractor::extract(const QString& archivePath, const QString& destination,
                                          const Progress& progress, const std::atomic_bool* cancel)
{
    if (auto regular = requireRegularFile(archivePath); !regular)
        return regular.error();
    const int fd = ::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return Error::fromErrno(errno, tr("Cannot open %1").arg(archivePath));
    struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (auto regular = requireRegularFile(fd, archivePath); !regular)
        return regular.error();
    const qint64 total = QFileInfo(archivePath).size();

    if (!QDir().mkpath(destination))
        return Error::make(Error::Code::Io, tr("Cannot create the folder %1").arg(destination));
    // Without links of its own: SECURE_SYMLINKS checks every component of the paths we give it.
    const QString root = QFileInfo(destination).canonicalFilePath();
    if (root.isEmpty())
        return Error::make(Error::Code::Io, tr("Cannot create the folder %1").arg(destination));

    ReadArchive in(archive_read_new(), &archive_read_free);
    WriteArchive out(archive_write_disk_new(), &archive_write_free);
    if (!in || !out)
        return Error::make(Error::Code::Internal, tr("Out of memory"));
    archive_read_support_format_tar(in.get());
    archive_read_support_filter_zstd(in.get());
    archive_read_support_filter_gzip(in.get());
    archive_read_support_filter_xz(in.get());
    archive_read_support_filter_bzip2(in.get());
    archive_write_disk_set_options(out.get(), kExtractFlags);
    if (archive_read_open_fd(in.get(), fd, 1 << 16) != ARCHIVE_OK)
        return readError(in.get(), archivePath);

    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto cancelError = [] { return Error::make(Error::Code::Cancelled, tr("Unpacking was cancelled.")); };
    auto report = [&] {
        if (progress)
            progress(qint64(archive_filter_bytes(in.get(), -1)), total);
    };

    QStringList files;
    for (;;) {
        if (cancelled())
            return cancelError();
        archive_entry* entry = nullptr;
        const int r = archive_read_next_header(in.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return readError(in.get(), archivePath);
        const QString name = entryName(entry);
        const auto relative = confinedName(name);
        if (!relative)
            return relative.error();
        const mode_t type = archive_entry_filetype(entry);
        if (archive_entry_hardlink(entry) || (type != AE_IFREG && type != AE_IFDIR))
            return Error::make(
                Error::Code::Corrupt,
                tr("The archive's entry \"%1\" was refused: it is a link or a special file, and only files and "
                   "folders are unpacked")
                    .arg(name));
        if (relative->isEmpty())
            continue; // "./", the folder itself
        const QString target = root + QLatin1Char('/') + *relative;
        archive_entry_copy_pathname(entry, QFile::encodeName(target).constData());
        archive_entry_set_perm(entry, type == AE_IFDIR ? 0755 : 0644);
        if (archive_write_header(out.get(), entry) < ARCHIVE_WARN) {
            const QString why = QString::fromUtf8(archive_error_string(out.get()));
            // libarchive's own refusals (a link in the way, "..") name the entry too.
            if (archive_errno(out.get()) == 0 || why.contains(QLatin1String("symlink")) ||
                why.contains(QLatin1String("..")))
                return Error::make(Error::Code::Corrupt,
                                   tr("The archive's entry \"%1\" was refused: %2").arg(name, why));
            return writeError(out.get(), target);
        }
        if (type == AE_IFREG) {
            for (;;) {
                if (cancelled())
                    return cancelError();
                const void* block = nullptr;
                size_t size = 0;
                la_int64_t offset = 0;
                const int d = archive_read_data_block(in.get(), &block, &size, &offset);
                if (d == ARCHIVE_EOF)
                    break;
                if (d < ARCHIVE_WARN)
                    return readError(in.get(), archivePath);
                if (archive_write_data_block(out.get(), block, size, offset) < ARCHIVE_WARN)
                    return writeError(out.get(), target);
                report();
            }
            files.append(*relative);
        }
        if (archive_write_finish_entry(out.get()) < ARCHIVE_WARN)
            return writeError(out.get(), target);
        report();
    }
    if (archive_write_close(out.get()) < ARCHIVE_WARN)
        return writeError(out.get(), root);
    if (progress)
        progress(total, total);
    return files;
}

} // namespace td
