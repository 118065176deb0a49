#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace td {

// Unpacks a downloaded model archive (.tar.zst, .tar, .tar.gz) into a folder with libarchive,
// streaming: the archive is never held in memory. Only regular files and folders are
// created, every one inside the folder: an entry that is absolute, has a ".." in its name,
// is a link or a device, or would be written through a link is refused, and the error names
// it (nothing is renamed silently). Files get ordinary permissions (0644, folders 0755) and
// the current user as owner, whatever the archive says. Returns the files written, relative
// to the folder.
class TarExtractor
{
    Q_DECLARE_TR_FUNCTIONS(TarExtractor)

public:
    using Progress = std::function<void(qint64 archiveBytesRead, qint64 archiveSize)>;
    static Result<QStringList> extract(const QString& archive, const QString& destination,
                                       const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);

    // The folder a downloaded archive is unpacked into: beside it, named after it without
    // its archive suffixes ("/x/y.tar.d/model.tar.zst" -> "/x/y.tar.d/model"). An archive
    // name without such a suffix gets ".d" appended.
    static QString folderFor(const QString& archive);
};

} // namespace td
