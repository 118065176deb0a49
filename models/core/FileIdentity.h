#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace td {

// What we remember of a file to tell whether it is still the one we opened: size, change
// time, inode and a hash of its first and last 64 KiB (cheap even for huge files).
struct FileIdentity
{
    std::int64_t size = -1;
    std::int64_t mtimeNs = 0;
    std::uint64_t inode = 0;
    QByteArray edgeHash;

    static FileIdentity of(const QString& path);
    bool isValid() const { return size >= 0; }
    // Same content as far as we can tell cheaply; the inode is not compared, because an
    // atomic save by another program replaces it without changing the content.
    bool sameContent(const FileIdentity& other) const;
    bool operator==(const FileIdentity& other) const = default;

    QByteArray serialize() const;
    static FileIdentity deserialize(const QByteArray& data);
};

} // namespace td
