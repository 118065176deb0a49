#pragma once

#include "api/transfer/FileUpload.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace td {

// What Together's own validation said about an uploaded file, told to a person: the server's
// message as it is, and when it names a line ("Line 7: `messages[1]` must contain a `role`
// field") that line of the local file quoted under it, so it can be found and fixed. The
// report's schema "may evolve": only `processing_status` is relied on, the rest is shown.
class ServerFileVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ServerFileVerdict)

public:
    // The 1-based line a server message names ("Line 7: …", "line 7", "on line 7"), if any.
    static std::optional<qint64> namedLine(const QString& message);
    // That line of a local file, cut to `maxChars` characters; read as a stream (a huge file
    // costs time, never memory). None when the file has fewer lines or cannot be read.
    static std::optional<QString> lineOf(const QString& path, qint64 line, int maxChars = 240);
    // Why the file cannot be used (INVALID_FORMAT or FAILED), the local line included when the
    // message names one and `localPath` is given.
    static QString describe(const RemoteFile& file, const QString& localPath);
};

} // namespace td
