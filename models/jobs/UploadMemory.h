#pragma once

#include <QString>

namespace td {

class Settings;

// Which platform file a local dataset was uploaded as, so that the same bytes are not
// uploaded twice: kept in Settings by the file's path, with its size and modification time
// (an edited file is a new upload). Keeps the 200 most recent.
class UploadMemory
{
public:
    explicit UploadMemory(Settings* settings);
    void remember(const QString& path, const QString& fileId, const QString& baseUrl);
    // The file id, or empty when the file changed since or was never uploaded there.
    QString lookup(const QString& path, const QString& baseUrl) const;
    void forget(const QString& path, const QString& baseUrl);
    // The local file that was uploaded as `fileId`, or empty.
    QString pathOf(const QString& fileId, const QString& baseUrl) const;

private:
    Settings* m_settings;
};

} // namespace td
