#pragma once

#include "core/Result.h"
#include "dataset/MappedFile.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace td {

// Limits for decompressing into a file. A tiny .zst can expand to hundreds of GiB (a
// "zstd bomb"), so the disk the copy goes to is watched before and while writing.
struct ZstdLimits
{
    // Free space to leave on the destination's filesystem; decompression stops with
    // Error::Code::DiskFull before crossing it.
    std::uint64_t reserveBytes = std::uint64_t(1) << 30;
    // Refuse output beyond this many bytes (0: no limit besides the disk).
    std::uint64_t maxOutputBytes = 0;
    // Free bytes on the destination's filesystem; by default fstatvfs of the descriptor.
    // Tests inject a small disk here.
    std::function<std::optional<std::uint64_t>(int fd)> freeSpace;
    // Where the copy goes, for messages ("the temporary folder /tmp").
    QString destination;
};

struct ZstdProgress
{
    std::uint64_t compressedRead = 0;
    std::uint64_t compressedTotal = 0;
    std::uint64_t written = 0;
    // The decompressed size when the zstd frame header states it (single-frame files written
    // by the zstd tool and most libraries), else 0.
    std::uint64_t expectedSize = 0;
};

// Stream-decompresses a .zst file into a file descriptor (all frames, in order) with fixed
// buffers: memory stays bounded whatever the output size. `progress` is called every few MiB
// of output; setting `*cancel` stops it with Error::Code::Cancelled. What was written to
// `destFd` on failure is the caller's to discard.
Result<std::uint64_t> decompressZstdFile(const QString& source, int destFd,
                                         const std::function<void(const ZstdProgress&)>& progress,
                                         const std::atomic_bool* cancel, const ZstdLimits& limits = {});

// Decompresses `source` into a temporary file in `tempFolder` (QDir::tempPath() when empty)
// and maps it. The file has no name from the start (O_TMPFILE, or unlinked right after it is
// created), so nothing is left behind on success, error, cancel or a killed process; the
// open descriptor keeps it alive for the mapping. `limits.destination` is filled in.
Result<std::shared_ptr<const MappedFile>>
decompressToTemporary(const QString& source, ZstdLimits limits,
                      const std::function<void(const ZstdProgress&)>& progress, const std::atomic_bool* cancel,
                      const QString& tempFolder = {});

// The decompressed size stated in the first frame's header, when it is stated.
std::optional<std::uint64_t> zstdContentSize(const QString& path);

bool looksLikeZstd(const QString& path);

} // namespace td
