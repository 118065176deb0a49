#include "core/Error.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace td {

Error Error::fromErrno(int err, const QString& what)
{
    Code code = Code::Io;
    QString reason;
    switch (err) {
    case ENOSPC:
        code = Code::DiskFull;
        reason = QCoreApplication::translate("td::Error", "the disk is full; free some space or choose another disk");
        break;
    case EDQUOT:
        code = Code::DiskFull;
        reason = QCoreApplication::translate("td::Error",
                                             "your disk quota is used up; free some space or choose another disk");
        break;
    case EROFS:
        // Not a matter of permissions: nobody can write there until it is mounted read-write.
        code = Code::ReadOnly;
        reason =
            QCoreApplication::translate("td::Error", "the file system is read-only; choose a folder on another disk");
        break;
    case EACCES:
    case EPERM:
        code = Code::PermissionDenied;
        reason = QCoreApplication::translate("td::Error", "permission denied");
        break;
    case ENOENT:
        code = Code::NotFound;
        reason = QCoreApplication::translate("td::Error", "the file or folder does not exist");
        break;
    default:
        reason = QString::fromLocal8Bit(std::strerror(err));
        break;
    }
    return Error{code, what + QStringLiteral(": ") + reason};
}

QString codeName(Error::Code code)
{
    switch (code) {
    case Error::Code::None:
        return QStringLiteral("none");
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::NotFound:
        return QStringLiteral("not-found");
    case Error::Code::PermissionDenied:
        return QStringLiteral("permission-denied");
    case Error::Code::DiskFull:
        return QStringLiteral("disk-full");
    case Error::Code::ReadOnly:
        return QStringLiteral("read-only");
    case Error::Code::Corrupt:
        return QStringLiteral("corrupt");
    case Error::Code::Parse:
        return QStringLiteral("parse");
    case Error::Code::Unsupported:
        return QStringLiteral("unsupported");
    case Error::Code::Cancelled:
        return QStringLiteral("cancelled");
    case Error::Code::Changed:
        return QStringLiteral("changed");
    case Error::Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace td
