#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// Builds a POSIX ustar archive in memory (the emulator's model downloads, test fixtures).
// Entries are regular files; names up to 255 bytes (split into prefix and name).
class TarWriter
{
public:
    void addFile(const QString& name, const QByteArray& content, qint64 mtime = 0, int mode = 0644);
    // The archive with its two zero end blocks.
    QByteArray finish();
    // `data` compressed as one zstd frame (level 3); empty on failure.
    static QByteArray zstdCompress(const QByteArray& data, int level = 3);

private:
    QByteArray m_out;
};

} // namespace td
