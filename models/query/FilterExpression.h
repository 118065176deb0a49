#pragma once

#include "core/Result.h"
#include "query/RowFacts.h"

#include <QString>

#include <memory>
#include <vector>

namespace td {

// A condition over a row's facts, e.g. `msgs > 10 and chars > 20000`, `has(tool)`,
// `weight == 0`, `format == "conversational"`, `role(system) and not has(invalid)`.
//
//   expr    := term ('or' term)*
//   term    := factor ('and' factor)*
//   factor  := 'not' factor | '(' expr ')' | call | compare
//   call    := ('has' | 'role' | 'script') '(' NAME ')'
//   compare := FACT ('==' | '!=' | '<' | '<=' | '>' | '>=') (NUMBER | STRING)
//
// Numbers: msgs, turns, chars, weight (the row's sample weight). Text (== and != only):
// format, weights, script, system (16 hex digits of the prompt's hash, or "none"). `&&`, `||`
// and `!` are accepted too; keywords are case-insensitive. Every name and value is checked
// when parsed, so a typo is an error at its column rather than a filter that matches nothing.
class FilterExpression
{
public:
    // The expression, or an error whose message names the column (1-based) where parsing
    // stopped; Error::byteOffset holds that column - 1 (a position in the QString).
    static Result<FilterExpression> parse(const QString& text);

    bool matches(const RowFacts& facts) const;
    // Positions of the matching rows, in order.
    std::vector<std::int64_t> matchingRows(const std::vector<RowFacts>& facts) const;
    const QString& text() const { return m_text; }

    // For help texts: every fact name an expression may use.
    static QStringList factNames();

    struct Node;

private:
    QString m_text;
    std::shared_ptr<const std::vector<Node>> m_nodes; // the root is the last node
};

// Quotes a value for an expression ("a\"b").
QString quoteFilterValue(const QString& value);

} // namespace td
