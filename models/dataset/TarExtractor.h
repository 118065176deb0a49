#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace td {

// Unpacks a downloaded model archive (.tar.zst, .tar, or .tar.gz is refused with a clear
// error) into a folder, streaming: the archive is never held in memory. Only regular files
// and folders are created; names that would land outside the folder (absolute, "..") and
// links are refused. Returns the files written, relative to the folder.
class TarExtractor
{
    Q_DECLARE_TR_FUNCTIONS(TarExtractor)

public:
    using Progress = std::function<void(qint64 archiveBytesRead, qint64 archiveSize)>;
    static Result<QStringList> extract(const QString& archive, const QString& destination,
                                       const Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
};

} // namespace td
