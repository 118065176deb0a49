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
             QStringList{QStringLiteral(TD_TEST_TOOLS_DIR "/gen_dataset.py"), out, QStringLiteral("--quiet")} + extra);
    if (!py.waitForFinished(120000) || py.exitCode() != 0)
        qWarning("gen_dataset.py failed: %s", py.readAllStandardError().constData());
    return out;
}

// Writes the golden check_file cases (tests/data/check_file_cases.jsonl) into `dir`: each
// case's input as NAME and Together's printed report as NAME.expected. Returns the names.
inline QStringList materializeGoldenCases(const QString& dir)
{
    QProcess py;
    py.start(QStringLiteral("python3"), {QStringLiteral(TD_TEST_TOOLS_DIR "/materialize_cases.py"),
                                         testDataDir() + QStringLiteral("/check_file_cases.jsonl"), dir});
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning("materialize_cases.py failed: %s", py.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace td::test
