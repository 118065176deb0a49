#include "SampleDataset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace td {

QString SampleDataset::copyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/samples/support-chat.jsonl");
}

Result<QString> SampleDataset::materialize()
{
    const QString path = copyPath();
    if (QFileInfo::exists(path))
        return path;
    auto failed = [&path](const QString& why) {
        return Error::make(Error::Code::Io, QCoreApplication::translate(
                                                "td::SampleDataset", "The sample dataset could not be copied to %1: %2")
                                                .arg(QDir::toNativeSeparators(path), why));
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failed(QCoreApplication::translate("td::SampleDataset", "the folder cannot be made."));
    QFile bundled(QStringLiteral(":/samples/support-chat.jsonl"));
    if (!bundled.open(QIODevice::ReadOnly))
        return failed(bundled.errorString());
    const QByteArray data = bundled.readAll();
    // Written under another name and renamed: a half-written copy is never taken for the sample.
    const QString partial = path + QStringLiteral(".part");
    QFile out(partial);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size() || !out.flush()) {
        const QString why = out.errorString();
        out.remove();
        return failed(why);
    }
    out.close();
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return failed(QCoreApplication::translate("td::SampleDataset", "the file cannot be renamed."));
    }
    return path;
}

} // namespace td
