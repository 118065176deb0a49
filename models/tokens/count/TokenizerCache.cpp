#include "tokens/count/TokenizerCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace td {

QString TokenizerCache::root()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/tokenizers");
}

QString TokenizerCache::folderFor(const QString& model)
{
    // One path component whatever the name holds: "/" becomes "--" as in Hugging Face's own
    // cache; anything else that is not a plain file-name character becomes "_".
    QString name = model.trimmed();
    name.replace(QLatin1Char('/'), QStringLiteral("--"));
    for (QChar& c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.')))
            c = QLatin1Char('_');
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QLatin1Char('_'));
    return root() + QLatin1Char('/') + name;
}

Result<QString> TokenizerCache::find(const QString& model)
{
    const QString dir = folderFor(model);
    if (QFileInfo(QDir(dir).filePath(QStringLiteral("tokenizer.json"))).isFile())
        return dir;
    return Error::make(
        Error::Code::NotFound,
        QCoreApplication::translate(
            "td::TokenizerCache",
            "No tokenizer is cached for %1. Add --download to fetch tokenizer.json and tokenizer_config.json from "
            "the model's Hugging Face repository (the base model it is fine-tuned from) into %2, or give the folder "
            "that holds them with --tokenizer DIR.")
            .arg(model, QDir::toNativeSeparators(dir)));
}

} // namespace td
