#include "WhereOption.h"

#include "query/FilterExpression.h"

#include <QTextStream>

namespace td::cli {

std::optional<std::vector<std::int64_t>> rowsWhere(const QString& expression, const std::vector<RowFacts>& facts,
                                                   QTextStream& err)
{
    const auto expr = FilterExpression::parse(expression);
    if (!expr) {
        err << "tunedesk-cli: --where: " << expr.error().message << '\n'
            << "  " << expression << '\n'
            << "  " << QString(qsizetype(std::max<std::int64_t>(expr.error().byteOffset, 0)), QLatin1Char(' '))
            << "^\n";
        err.flush();
        return std::nullopt;
    }
    return expr->matchingRows(facts);
}

} // namespace td::cli
