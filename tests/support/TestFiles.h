#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

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

inline QString testDataDir()
{
    return QStringLiteral(TD_TEST_DATA_DIR);
}

// Runs tests/tools/gen_dataset.py to make `out` (extra: its options); returns `out`.
inline QString generateDataset(const QString& out, const QStringList& extra)
{
    QProcess py;
    py.start(QStringLiteral("python3"),
             QStringList{QStringLiteral(TD_TEST_TOOLS_DIR "/gen_dataset.py"), out, QStringLiteral("--quiet")} +
                 extra);
    if (!py.waitForFinished(120000) || py.exitCode() != 0)
        qWarning("gen_dataset.py failed: %s", py.readAllStandardError().constData());
    return out;
}

} // namespace td::test
