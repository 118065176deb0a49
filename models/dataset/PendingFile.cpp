#include "dataset/PendingFile.h"

#include "core/Logging.h"
#include "dataset/FilePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <set>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

constexpr char kTag[] = ".tdsave-";
constexpr int kRandomChars = 6; // as mkstemp's XXXXXX

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// ".NAME.tdsave-" for the file `resolved`.
QByteArray tempPrefix(const QString& resolved)
{
    return "." + QFile::encodeName(QFileInfo(resolved).fileName()) + kTag;
}

bool isTempName(const QByteArray& name, const QByteArray& prefix)
{
    if (!name.startsWith(prefix) || name.size() != prefix.size() + kRandomChars)
        return false;
    for (qsizetype i = prefix.size(); i < name.size(); ++i)
        if (!std::isalnum(static_cast<unsigned char>(name[i])))
            return false;
    return true;
}

// The process's umask without changing it (umask() would, for a moment, for every thread).
mode_t currentUmask()
{
    if (FILE* f = std::fopen("/proc/self/status", "re")) {
        char line[256];
        unsigned mask = 0;
        bool found = false;
        while (!found && std::fgets(line, sizeof line, f))
            found = std::sscanf(line, "Umask: %o", &mask) == 1;
        std::fclose(f);
        if (found)
            return mode_t(mask);
    }
    return 022;
}

void syncFolder(const QString& dir)
{
    const int dfd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
}

bool sameInode(int fd, const QByteArray& path)
{
    struct stat a
    {
    }, b{};
    return ::fstat(fd, &a) == 0 && a.st_nlink > 0 && ::lstat(path.constData(), &b) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

} // namespace

PendingFile::~PendingFile()
{
    abort();
}

Result<std::unique_ptr<PendingFile>> PendingFile::create(const QString& target)
{
    auto resolved = resolveSymlinks(target);
    if (!resolved)
        return resolved.error();
    std::unique_ptr<PendingFile> p(new PendingFile);
    p->m_target = target;
    p->m_resolved = *resolved;
    const QString dir = QFileInfo(p->m_resolved).absolutePath();
    removeStale(p->m_resolved);

    const QByteArray tmpl = QFile::encodeName(dir) + '/' + tempPrefix(p->m_resolved) + "XXXXXX";
    for (int attempt = 0; attempt < 8 && p->m_fd < 0; ++attempt) {
        QByteArray path = tmpl;
        const int fd = ::mkostemp(path.data(), O_CLOEXEC);
        if (fd < 0)
            return Error::fromErrno(errno, tr("Cannot write %1: cannot create a temporary file in %2")
                                               .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(dir)));
        // Held until the rename: it tells removeStale() in other processes that this writer
        // is alive. A file system without flock gives no lock to anyone, so nothing is removed.
        const bool locked = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
        // Between mkostemp and flock a cleaner could have taken the unlocked file for a stale
        // one and removed it: then make another.
        if (locked && !sameInode(fd, path)) {
            ::close(fd);
            continue;
        }
        p->m_fd = fd;
        p->m_tmpPath = path;
    }
    if (p->m_fd < 0)
        return Error::fromErrno(EEXIST, tr("Cannot write %1: cannot create a temporary file in %2")
                                            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(dir)));

    // Keep the target's permissions; a new file gets the usual 0666 & ~umask.
    struct stat st
    {};
    if (::stat(QFile::encodeName(p->m_resolved).constData(), &st) == 0) {
        p->m_targetExisted = true;
        ::fchmod(p->m_fd, st.st_mode & 07777);
    } else {
        ::fchmod(p->m_fd, 0666 & ~currentUmask());
    }
    return p;
}

void PendingFile::abort()
{
    if (!m_tmpPath.isEmpty())
        ::unlink(m_tmpPath.constData());
    m_tmpPath.clear();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

Result<void> PendingFile::commit()
{
    return commitAll({this});
}

int PendingFile::removeStale(const QString& target)
{
    auto resolved = resolveSymlinks(target);
    if (!resolved)
        return 0;
    const QByteArray dir = QFile::encodeName(QFileInfo(*resolved).absolutePath());
    const QByteArray prefix = tempPrefix(*resolved);
    DIR* d = ::opendir(dir.constData());
    if (!d)
        return 0;
    int removed = 0;
    while (const dirent* e = ::readdir(d)) {
        const QByteArray name(e->d_name);
        if (!isTempName(name, prefix))
            continue;
        const QByteArray path = dir + '/' + name;
        const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat st
        {};
        // Only our own regular files, and only when no writer holds the lock. The lock is
        // kept while unlinking, and the name must still be the file locked.
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() &&
            ::flock(fd, LOCK_EX | LOCK_NB) == 0 && sameInode(fd, path) && ::unlink(path.constData()) == 0) {
            ++removed;
            qCInfo(lcSave) << "removed the leftover of an interrupted save:" << QFile::decodeName(path);
        }
        ::close(fd);
    }
    ::closedir(d);
    return removed;
}

Result<void> commitAll(const std::vector<PendingFile*>& files)
{
    struct Done
    {
        PendingFile* file;
        bool existed;
        QByteArray backup; // a hard link to the old contents, empty if there were none or no link
    };
    std::vector<Done> done;
    auto removeBackups = [&] {
        for (const Done& d : done)
            if (!d.backup.isEmpty())
                ::unlink(d.backup.constData());
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        PendingFile* f = files[i];
        const QByteArray target = QFile::encodeName(f->m_resolved);
        struct stat st
        {};
        Done d{f, ::lstat(target.constData(), &st) == 0, {}};
        // The old contents of every file but the last stay reachable until all are replaced,
        // so a later failure can put them back.
        if (d.existed && i + 1 < files.size()) {
            const QByteArray base =
                QFile::encodeName(QFileInfo(f->m_resolved).absolutePath()) + '/' + tempPrefix(f->m_resolved);
            static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            for (int attempt = 0; attempt < 16; ++attempt) {
                QByteArray name = base;
                for (int c = 0; c < kRandomChars; ++c)
                    name += chars[QRandomGenerator::global()->bounded(int(sizeof chars - 1))];
                if (::link(target.constData(), name.constData()) == 0) {
                    d.backup = name;
                    break;
                }
                if (errno != EEXIST)
                    break; // no hard links here: this one cannot be put back
            }
        }
        if (::rename(f->m_tmpPath.constData(), target.constData()) != 0) {
            const int err = errno;
            // Undo, newest first.
            QStringList notRestored;
            for (auto it = done.rbegin(); it != done.rend(); ++it) {
                const QByteArray t = QFile::encodeName(it->file->m_resolved);
                bool ok = false;
                if (!it->backup.isEmpty())
                    ok = ::rename(it->backup.constData(), t.constData()) == 0;
                else if (!it->existed)
                    ok = ::unlink(t.constData()) == 0;
                if (ok)
                    it->backup.clear();
                else
                    notRestored << QDir::toNativeSeparators(it->file->m_target);
            }
            removeBackups();
            if (!d.backup.isEmpty())
                ::unlink(d.backup.constData());
            for (PendingFile* g : files)
                g->abort();
            Error e = Error::fromErrno(err, tr("Cannot replace %1").arg(QDir::toNativeSeparators(f->m_target)));
            if (notRestored.isEmpty())
                e.message += QLatin1Char('.') + QLatin1Char(' ') +
                             (files.size() > 1 ? tr("No file was changed.") : tr("The file was not changed."));
            else
                e.message += QLatin1Char('.') + QLatin1Char(' ') +
                             tr("%1 already had the new contents and could not be put back.")
                                 .arg(notRestored.join(QStringLiteral(", ")));
            qCWarning(lcSave) << e.message;
            return e;
        }
        f->m_tmpPath.clear(); // it is the target now
        done.push_back(std::move(d));
    }
    removeBackups();
    std::set<QString> folders;
    for (PendingFile* f : files)
        folders.insert(QFileInfo(f->m_resolved).absolutePath());
    // Make the renames themselves durable.
    for (const QString& dir : folders)
        syncFolder(dir);
    for (PendingFile* f : files)
        f->abort(); // closes the descriptor (and with it the lock); there is no temporary left
    return {};
}

} // namespace td
