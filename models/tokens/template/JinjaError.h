#pragma once

#include <stdexcept>
#include <string>

namespace td::jinja {

// Thrown inside the lexer, parser and interpreter and caught at the ChatTemplate boundary, which
// turns it into a td::Error value: the engine's recursive code stays readable, callers get values.
struct TemplateError
{
    enum class Kind {
        Syntax,      // the template is malformed
        Unsupported, // valid Jinja this engine does not implement
        Render,      // the template failed on this data (type errors, undefined attributes...)
        Raised,      // the template's raise_exception()
        Limit,       // a bound on recursion, output or iterations was hit
    };
    Kind kind;
    std::string message;
    int line = 0; // 1-based line in the template, 0 when unknown
};

} // namespace td::jinja
