#pragma once

#include "core/Result.h"

#include <QString>

namespace td {

// Every reader of a user's file asks this first: opening a FIFO blocks until someone writes
// to it, a device never ends, and neither can be mapped. Symlinks are followed (a link to a
// regular file is fine). The error names what the path is instead ("X is not a regular file
// (a FIFO)"); a missing file is Error::Code::NotFound.
Result<void> requireRegularFile(const QString& path);

// The same test on an already open descriptor (after opening with O_NONBLOCK, so a path
// swapped for a FIFO between the check and the open cannot block either).
Result<void> requireRegularFile(int fd, const QString& path);

} // namespace td
