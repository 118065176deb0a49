#include "tokens/count/HfRepository.h"

#include <QRegularExpression>

namespace td {

QString HfRepository::forModel(const QString& togetherModel)
{
    QString repo = togetherModel.trimmed();
    // Together's names that are not Hugging Face's.
    if (repo == QLatin1String("togethercomputer/llama-2-7b-chat"))
        return QStringLiteral("meta-llama/Llama-2-7b-chat-hf");
    if (repo.endsWith(QLatin1String("-Reference")))
        repo.chop(int(qstrlen("-Reference")));
    // A context-length variant is the same model (and tokenizer): "-131k", "-32k" before the
    // end or before "-Instruct".
    static const QRegularExpression contextVariant(QStringLiteral("-\\d+k(?=-Instruct$|$)"));
    repo.remove(contextVariant);
    if (repo.startsWith(QLatin1String("meta-llama/Meta-Llama-3.1-")))
        repo.replace(QLatin1String("meta-llama/Meta-Llama-3.1-"), QLatin1String("meta-llama/Llama-3.1-"));
    return repo;
}

QUrl HfRepository::endpoint()
{
    const QString custom = qEnvironmentVariable("HF_ENDPOINT").trimmed();
    QUrl url(custom.isEmpty() ? QStringLiteral("https://huggingface.co") : custom);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool HfRepository::isValidName(const QString& repo)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*/[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return name.match(repo).hasMatch() && !repo.contains(QLatin1String(".."));
}

} // namespace td
