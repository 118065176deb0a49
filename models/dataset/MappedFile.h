#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory>

namespace td {

// A read-only memory mapping of a whole file: the one way TuneDesk's readers (documents, the
// parity check, token counts) map a user's file. Never written through; shared by the
// document and its workers (it is immutable once made, so any thread may read it). Only
// regular files are opened (see requireRegularFile).
class MappedFile
{
public:
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    static Result<std::shared_ptr<const MappedFile>> open(const QString& path);
    // Maps an open descriptor (of a regular file) and takes ownership of it, also on failure.
    // `path` names it in messages. For files that are already unlinked (a decompressed copy).
    static Result<std::shared_ptr<const MappedFile>> adopt(int fd, const QString& path);

    const char* data() const { return m_data; }
    // The descriptor the mapping was made from (same inode), for kernel-side copies.
    int fd() const { return m_fd; }
    std::size_t size() const { return m_size; }
    QByteArrayView view(std::size_t begin, std::size_t end) const { return {m_data + begin, qsizetype(end - begin)}; }
    // Hints the kernel about the access pattern; harmless if it is ignored.
    void adviseSequential() const;
    // True once a read found the file shorter than when it was mapped (another program
    // truncated it): the missing part reads as zeros instead of crashing, and what was read
    // from it should be thrown away.
    bool wasTruncated() const;
    // What every reader returns after reading: Error::Code::Changed ("the file changed while
    // it was read") once wasTruncated(), so a shortened file gives an error, never a result
    // computed from zeros.
    Result<void> checkUnchanged() const;
    static Error changedError(const QString& path);
    QString path() const { return m_path; }
    void adviseRandom() const;

private:
    MappedFile() = default;
    QString m_path;
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    int m_fd = -1;
    int m_guard = -1; // slot in the SIGBUS guard, -1 when not guarded
};

} // namespace td
