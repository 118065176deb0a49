#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct archive;

namespace td {

// Builds a tar archive in memory with libarchive (the emulator's model downloads, test
// fixtures): POSIX pax where a name or size needs it, plain ustar otherwise, so names of any
// length and sizes of any size are written. Optionally zstd-compressed by libarchive.
class TarWriter
{
public:
    enum class Compression { None, Zstd };
    explicit TarWriter(Compression compression = Compression::None);
    ~TarWriter();
    TarWriter(const TarWriter&) = delete;
    TarWriter& operator=(const TarWriter&) = delete;

    void addFile(const QString& name, const QByteArray& content, qint64 mtime = 0, int mode = 0644);
    void addDirectory(const QString& name, qint64 mtime = 0);
    // Links, for tests of hostile archives (TuneDesk never unpacks them).
    void addSymlink(const QString& name, const QString& target);
    void addHardlink(const QString& name, const QString& target);
    // The archive with its end blocks (compressed when asked). Empty if libarchive failed.
    QByteArray finish();
    // `data` compressed as one zstd frame (level 3); empty on failure.
    static QByteArray zstdCompress(const QByteArray& data, int level = 3);

private:
    struct Deleter
    {
        void operator()(archive* a) const;
    };
    std::unique_ptr<archive, Deleter> m_archive;
    QByteArray m_out;
    bool m_failed = false;
};

} // namespace td
