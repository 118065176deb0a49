#include "tokens/count/FileTokenCount.h"

#include "dataset/DatasetDocument.h"
#include "tokens/Tokenizer.h"
#include "tokens/count/DatasetTokenCounts.h"
#include "tokens/count/RowTokenCounter.h"

#include <QCoreApplication>

namespace td {

Result<FileTokenCount> FileTokenCount::of(const QString& file, const Tokenizer& tokenizer, bool trainOnInputs)
{
    TokenCountSettings settings;
    settings.trainOnInputs = trainOnInputs;
    Result<RowTokenCounter> counter = RowTokenCounter::create(tokenizer, settings);
    if (!counter)
        return counter.error();
    // Indexed here, on the calling thread (a worker in the app): the document's own signals are
    // not needed, only its rows.
    DatasetDocument doc;
    Error failure =
        Error::make(Error::Code::Io, QCoreApplication::translate("td::FileTokenCount", "%1 cannot be read.").arg(file));
    QObject::connect(&doc, &DatasetDocument::loadFailed, &doc, [&failure](const Error& e) { failure = e; });
    doc.open(file);
    const bool ready = doc.waitForIndexed(24 * 3600 * 1000);
    QCoreApplication::sendPostedEvents(&doc);
    if (!ready)
        return failure;
    Result<DatasetTokenCounts> counts = countDatasetTokens(doc.snapshot(), *counter);
    if (!counts)
        return counts.error();
    FileTokenCount out{counts->totals.tokens, counts->totals.trained, tokenizer.describe()};
    if (counts->totals.failed > 0) {
        const TokenCountFailure& f = counts->failures.front();
        out.failedRows = counts->totals.failed;
        out.failure =
            QCoreApplication::translate("td::FileTokenCount", "%n row(s) of %1 cannot be counted exactly (line %2: %3)",
                                        nullptr, int(counts->totals.failed))
                .arg(file)
                .arg(f.row + 1)
                .arg(f.message);
    }
    return out;
}

Result<FileTokenCount> FileTokenCount::of(const QString& file, const QString& dir, bool trainOnInputs)
{
    Result<Tokenizer> tokenizer = Tokenizer::load(dir);
    if (!tokenizer)
        return tokenizer.error();
    return of(file, *tokenizer, trainOnInputs);
}

} // namespace td
