#include "dataset/FilePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

Result<QString> resolveSymlinks(const QString& path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    // Linux gives up after 40 links (ELOOP); so do we.
    for (int hops = 0; hops < 40; ++hops) {
        const QByteArray native = QFile::encodeName(current);
        struct stat st
        {};
        if (::lstat(native.constData(), &st) != 0 || !S_ISLNK(st.st_mode))
            return current; // a regular file, something else, or nothing yet: write here
        QByteArray buf(PATH_MAX, Qt::Uninitialized);
        const ssize_t n = ::readlink(native.constData(), buf.data(), std::size_t(buf.size()));
        if (n < 0)
            return Error::fromErrno(
                errno, QCoreApplication::translate("td::FilePaths", "Cannot read the link %1").arg(current));
        buf.truncate(qsizetype(n));
        const QString target = QFile::decodeName(buf);
        current = QDir::cleanPath(
            QFileInfo(target).isAbsolute() ? target : QFileInfo(current).absolutePath() + QLatin1Char('/') + target);
    }
    return Error::fromErrno(ELOOP, QCoreApplication::translate("td::FilePaths", "Cannot follow the links of %1")
                                       .arg(QDir::toNativeSeparators(path)));
}

bool isSameFile(const QString& a, const QString& b)
{
    struct stat sa
    {
    }, sb{};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

bool isSameFile(int fd, const QString& path)
{
    struct stat sa
    {
    }, sb{};
    return fd >= 0 && ::fstat(fd, &sa) == 0 && ::stat(QFile::encodeName(path).constData(), &sb) == 0 &&
           sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace td
