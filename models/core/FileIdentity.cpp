#include "core/FileIdentity.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>

#include <sys/stat.h>

namespace td {

FileIdentity FileIdentity::of(const QString& path)
{
    FileIdentity id;
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.size = st.st_size;
    id.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    id.inode = st.st_ino;
    // Only a regular file is read: opening a FIFO would block.
    if (!S_ISREG(st.st_mode))
        return id;

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return id;
    constexpr qint64 edge = 64 * 1024;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(f.read(edge));
    if (id.size > edge) {
        f.seek(std::max<qint64>(edge, id.size - edge));
        hash.addData(f.read(edge));
    }
    id.edgeHash = hash.result();
    return id;
}

bool FileIdentity::sameContent(const FileIdentity& other) const
{
    return size == other.size && mtimeNs == other.mtimeNs && edgeHash == other.edgeHash;
}

QByteArray FileIdentity::serialize() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint64(size) << qint64(mtimeNs) << quint64(inode) << edgeHash;
    return out;
}

FileIdentity FileIdentity::deserialize(const QByteArray& data)
{
    FileIdentity id;
    QDataStream s(data);
    qint64 size = -1, mtime = 0;
    quint64 inode = 0;
    s >> size >> mtime >> inode >> id.edgeHash;
    if (s.status() != QDataStream::Ok)
        return FileIdentity{};
    id.size = size;
    id.mtimeNs = mtime;
    id.inode = inode;
    return id;
}

} // namespace td
