#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace td::jinja {

struct Token
{
    enum class Type {
        Text,
        VariableBegin,
        VariableEnd,
        BlockBegin,
        BlockEnd,
        Name,
        String,
        Integer,
        Float,
        Operator,
        End
    };
    Type type = Type::End;
    std::string text; // Text's text, a name, an operator, a string literal's decoded value
    std::int64_t integer = 0;
    double floating = 0;
    int line = 1;
};

// Splits a template into text and tag tokens the way Hugging Face's Jinja environment does:
// trim_blocks and lstrip_blocks on, `-` and `+` whitespace control, comments dropped, raw blocks
// kept as text, line endings normalized to \n and one trailing newline removed.
// Throws TemplateError for unterminated tags, strings and comments.
class Lexer
{
public:
    static std::vector<Token> tokenize(std::string_view source);
};

} // namespace td::jinja
