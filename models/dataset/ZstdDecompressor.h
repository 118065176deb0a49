#pragma once

#include "core/Result.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace td {

// Stream-decompresses a .zst file into a file descriptor (all frames, in order).
// `progress(compressedBytesRead, compressedTotal)` is called every few MiB.
Result<std::uint64_t> decompressZstdFile(const QString& source, int destFd,
                                         const std::function<void(std::uint64_t, std::uint64_t)>& progress,
                                         const std::atomic_bool* cancel);

bool looksLikeZstd(const QString& path);

} // namespace td
