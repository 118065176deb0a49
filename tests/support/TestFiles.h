#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace td::test {

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QString sharedDir()
{
    return QStringLiteral(TD_SHARED_DIR);
}

} // namespace td::test
