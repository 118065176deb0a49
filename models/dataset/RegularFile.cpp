#include "dataset/RegularFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <sys/stat.h>

namespace td {

namespace {

Result<void> judge(const struct stat& st, const QString& path)
{
    if (S_ISREG(st.st_mode))
        return {};
    QString what;
    if (S_ISFIFO(st.st_mode))
        what = QCoreApplication::translate("td::RegularFile", "a FIFO");
    else if (S_ISCHR(st.st_mode))
        what = QCoreApplication::translate("td::RegularFile", "a character device");
    else if (S_ISBLK(st.st_mode))
        what = QCoreApplication::translate("td::RegularFile", "a block device");
    else if (S_ISSOCK(st.st_mode))
        what = QCoreApplication::translate("td::RegularFile", "a socket");
    else if (S_ISDIR(st.st_mode))
        what = QCoreApplication::translate("td::RegularFile", "a folder");
    else
        what = QCoreApplication::translate("td::RegularFile", "not a file");
    return Error::make(Error::Code::Unsupported,
                       QCoreApplication::translate("td::RegularFile", "%1 is not a regular file (%2); choose a file.")
                           .arg(path, what));
}

} // namespace

Result<void> requireRegularFile(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Error::fromErrno(errno, QCoreApplication::translate("td::RegularFile", "Cannot open %1").arg(path));
    return judge(st, path);
}

Result<void> requireRegularFile(int fd, const QString& path)
{
    struct stat st
    {};
    if (::fstat(fd, &st) != 0)
        return Error::fromErrno(errno, QCoreApplication::translate("td::RegularFile", "Cannot read %1").arg(path));
    return judge(st, path);
}

} // namespace td
