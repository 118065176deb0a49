#include "ExactTokens.h"

#include "OpenDataset.h"
#include "tokens/count/DatasetTokenCounts.h"
#include "tokens/count/RowTokenCounter.h"

#include <QCoreApplication>

namespace td::cli {

Result<ExactTokens> countExactTokens(const QString& file, const QString& dir, bool trainOnInputs)
{
    Result<Tokenizer> tokenizer = Tokenizer::load(dir);
    if (!tokenizer)
        return tokenizer.error();
    TokenCountSettings settings;
    settings.trainOnInputs = trainOnInputs;
    Result<RowTokenCounter> counter = RowTokenCounter::create(*tokenizer, settings);
    if (!counter)
        return counter.error();
    const auto doc = openDataset(file);
    if (!doc)
        return Error::make(Error::Code::Io, QCoreApplication::translate("cli", "%1 cannot be read.").arg(file));
    Result<DatasetTokenCounts> counts = countDatasetTokens(doc->snapshot(), *counter);
    if (!counts)
        return counts.error();
    if (counts->totals.failed > 0) {
        const TokenCountFailure& f = counts->failures.front();
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate("cli", "%1 rows of %2 cannot be counted exactly (line %3: %4)")
                               .arg(counts->totals.failed)
                               .arg(file)
                               .arg(f.row + 1)
                               .arg(f.message));
    }
    return ExactTokens{counts->totals.tokens, counts->totals.trained, tokenizer->describe()};
}

} // namespace td::cli
