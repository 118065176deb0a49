#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace td {

// The new contents of a file while they are being written: a temporary file
// ".NAME.tdsave-XXXXXX" beside the file the target path finally names (symbolic links
// followed, so a link stays a link), with the target's permissions. commit() renames it
// over that file; until then the target is untouched, and destroying an uncommitted
// PendingFile removes the temporary.
//
// The writer holds an exclusive flock on its temporary from creation until it is renamed
// or removed. The lock goes away with the process, so a temporary nobody holds a lock on
// was left by a save that died; removeStale() deletes those.
class PendingFile
{
public:
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    // Creates the temporary for `target`, after removing stale ones of earlier saves.
    static Result<std::unique_ptr<PendingFile>> create(const QString& target);

    int fd() const { return m_fd; }
    // The path as given (for messages) and the file that will be replaced.
    const QString& target() const { return m_target; }
    const QString& resolvedTarget() const { return m_resolved; }
    // Whether the target existed when the temporary was made.
    bool targetExisted() const { return m_targetExisted; }

    // Renames the temporary over the target and makes the rename durable. The caller has
    // flushed and fsynced the contents (FdSink::finish).
    Result<void> commit();
    // Removes the temporary; the target stays as it was.
    void abort();

    // Deletes temporaries of earlier saves of `target` whose writer is gone. Returns how
    // many were removed.
    static int removeStale(const QString& target);

private:
    PendingFile() = default;
    friend Result<void> commitAll(const std::vector<PendingFile*>& files);

    QString m_target;
    QString m_resolved;
    QByteArray m_tmpPath;
    int m_fd = -1;
    bool m_targetExisted = false;
};

// Commits several files as one: every temporary replaces its target, or, if one rename
// fails, the targets already replaced get their old contents back (kept through a hard
// link made just before) and every temporary is removed. The error says which files were
// changed if putting one back failed too.
Result<void> commitAll(const std::vector<PendingFile*>& files);

} // namespace td
