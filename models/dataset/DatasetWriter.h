#pragma once

#include "core/Result.h"
#include "dataset/DocumentSnapshot.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace td {

class OutputSink;
class PendingFile;

struct WriteOptions
{
    // Compress with zstd; by default chosen from the target's suffix (.zst).
    enum class Compression { Auto, None, Zstd } compression = Compression::Auto;
    int zstdLevel = 3;
    // Rows to write, by position; empty writes every row.
    std::vector<std::int64_t> rows;
    // Fault injection for tests: wraps the file sink (e.g. tests/support/FailingSink.h for "disk full").
    std::function<std::unique_ptr<OutputSink>(OutputSink&)> wrapSink;
};

struct WriteOutcome
{
    std::uint64_t bytes = 0; // uncompressed bytes written
    std::int64_t rows = 0;
};

using ProgressFn = std::function<void(std::uint64_t done, std::uint64_t total)>;

// Writes the snapshot to `target` crash-safely: streamed into a temporary file in the same
// folder as the file the target names (a symbolic link is followed and stays a link),
// fsynced, then renamed over it, and the folder fsynced. Untouched rows are copied byte for
// byte from the original file (their own line ends included). On any failure the target is
// left as it was and the temporary file is removed. Temporaries left by earlier saves that
// died are removed first (see PendingFile).
Result<WriteOutcome> writeDataset(const DocumentSnapshot& snapshot, const QString& target, const WriteOptions& options,
                                  const ProgressFn& progress = {}, const std::atomic_bool* cancel = nullptr);

// Writes (and flushes and fsyncs) the snapshot into `file`'s temporary without committing it:
// for writing several files that are replaced together (commitAll).
Result<WriteOutcome> writePending(const DocumentSnapshot& snapshot, PendingFile& file, const WriteOptions& options,
                                  const ProgressFn& progress = {}, const std::atomic_bool* cancel = nullptr);

// Streams the rows into a sink (no file handling). Used by writeDataset and by exports.
Result<WriteOutcome> writeRows(const DocumentSnapshot& snapshot, OutputSink& sink,
                               const std::vector<std::int64_t>& rows, const ProgressFn& progress,
                               const std::atomic_bool* cancel);

} // namespace td
