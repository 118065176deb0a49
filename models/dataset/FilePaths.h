#pragma once

#include "core/Result.h"

#include <QString>

namespace td {

// The file a path finally names once every symbolic link on the way is followed, also when
// that file does not exist yet (a dangling link names the file it would create). Saving
// writes there, so a link stays a link. Fails only on a link loop (or a link that cannot be
// read).
Result<QString> resolveSymlinks(const QString& path);

// True when both paths name the same existing file (same device and inode: through symbolic
// links, hard links and different spellings alike). False if either does not exist.
bool isSameFile(const QString& a, const QString& b);
// The same for an open descriptor.
bool isSameFile(int fd, const QString& path);

} // namespace td
