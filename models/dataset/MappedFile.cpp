#include "dataset/MappedFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace td {

MappedFile::~MappedFile()
{
    if (m_data && m_size)
        ::munmap(const_cast<char*>(m_data), m_size);
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<const MappedFile>> MappedFile::open(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error::fromErrno(errno, QCoreApplication::translate("td::MappedFile", "Cannot open %1").arg(path));
    struct stat st
    {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return Error::fromErrno(err, QCoreApplication::translate("td::MappedFile", "Cannot read %1").arg(path));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return Error::make(Error::Code::Unsupported,
                           QCoreApplication::translate("td::MappedFile", "%1 is not a regular file").arg(path));
    }
    std::shared_ptr<MappedFile> file(new MappedFile);
    file->m_size = std::size_t(st.st_size);
    if (file->m_size > 0) {
        void* p = ::mmap(nullptr, file->m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (p == MAP_FAILED) {
            const int err = errno;
            ::close(fd);
            return Error::fromErrno(err, QCoreApplication::translate("td::MappedFile", "Cannot map %1").arg(path));
        }
        file->m_data = static_cast<const char*>(p);
    }
    // The descriptor stays open for copy_file_range; like the mapping it keeps the inode
    // alive, so the file may be renamed over or deleted (as our own atomic save does).
    file->m_fd = fd;
    return std::shared_ptr<const MappedFile>(std::move(file));
}

void MappedFile::adviseSequential() const
{
    if (m_data) {
        ::madvise(const_cast<char*>(m_data), m_size, MADV_SEQUENTIAL);
        ::madvise(const_cast<char*>(m_data), m_size, MADV_WILLNEED);
    }
}

void MappedFile::adviseRandom() const
{
    if (m_data)
        ::madvise(const_cast<char*>(m_data), m_size, MADV_NORMAL);
}

} // namespace td
