// libFuzzer target for filter expressions (`tunedesk-cli stats --where`, the filter box): any
// text parses into an expression or an error whose column is inside the text, in bounded time
// and stack; a parsed expression evaluates on any facts, and its text parses again to an
// expression that agrees with it.
#include "query/FilterExpression.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

std::vector<td::RowFacts> sampleFacts()
{
    std::vector<td::RowFacts> facts(4);
    facts[1].format = td::RowFormat::Conversation;
    facts[1].messages = 12;
    facts[1].turns = 5;
    facts[1].characters = 30000;
    facts[1].roles = td::RoleSystem | td::RoleUser | td::RoleAssistant;
    facts[1].systemHash = td::systemPromptHash("Be brief.");
    facts[1].script = td::Script::Cyrillic;
    facts[1].scripts = 1u << int(td::Script::Cyrillic);
    facts[2].format = td::RowFormat::Instruction;
    facts[2].sampleWeight = 0;
    facts[2].hasSampleWeight = true;
    facts[2].toolUse = true;
    facts[3].invalid = true;
    facts[3].weights = td::WeightPattern::Bad;
    return facts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::vector<td::RowFacts> facts = sampleFacts();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto expr = td::FilterExpression::parse(text);
    if (!expr) {
        const auto column = expr.error().byteOffset;
        if (column < 0 || column > text.size() || !expr.error().message.startsWith(QLatin1String("Column"))) {
            if (!(text.size() > 10000 && column == 10000)) {
                std::fprintf(stderr, "error column %lld outside a text of %lld\n", static_cast<long long>(column),
                             static_cast<long long>(text.size()));
                std::abort();
            }
        }
        return 0;
    }
    const auto again = td::FilterExpression::parse(expr->text());
    if (!again) {
        std::fprintf(stderr, "the expression's own text does not parse\n");
        std::abort();
    }
    for (const td::RowFacts& f : facts)
        if (expr->matches(f) != again->matches(f)) {
            std::fprintf(stderr, "the expression and its text disagree\n");
            std::abort();
        }
    return 0;
}
