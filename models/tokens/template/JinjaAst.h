#pragma once

#include "tokens/template/JinjaValue.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace td::jinja {

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

// An expression node. One struct for every kind keeps the parser and interpreter short; which
// fields a kind uses is listed with the kind.
struct Expr
{
    enum class Kind {
        Literal,     // value
        Name,        // name
        List,        // args: items
        Tuple,       // args: items (a tuple is a read-only list here)
        Dict,        // args: key, value, key, value...
        Attribute,   // args[0] . name
        Subscript,   // args[0] [ args[1] ]
        Slice,       // args[0] [ args[1] : args[2] : args[3] ] (null parts omitted)
        Unary,       // name ("not", "-", "+") args[0]
        Binary,      // args[0] name args[1]; name is an operator, "and" or "or"
        Compare,     // args[0] compareOps[i] args[i+1]...
        Conditional, // args[1] if args[0] else args[2] (args[2] may be null)
        Filter,      // args[0] | name(args[1..], kwargs); args[0] is null in a {% filter %} block
        Test,        // args[0] is [not] name(args[1..])
        Call,        // args[0](args[1..], kwargs)
    };
    Kind kind = Kind::Literal;
    int line = 0;
    std::string name;
    Value value;
    std::vector<ExprPtr> args;
    std::vector<std::string> compareOps;
    std::vector<std::pair<std::string, ExprPtr>> kwargs;
    bool negated = false;
};

struct Stmt
{
    enum class Kind {
        Text,        // text
        Output,      // exprs[0]
        If,          // exprs: conditions; bodies: one per condition, then the else body
        For,         // names: targets; exprs[0] iterable, exprs[1] the inline if (or null); bodies: body, else
        Set,         // exprs[0] target (Name, Attribute or Tuple of Names), exprs[1] value
        SetBlock,    // exprs[0] target, exprs[1] a filter chain (or null); bodies[0]
        Macro,       // text: name; names: parameters; defaults (null when none); bodies[0]
        CallBlock,   // exprs[0] the call; names/defaults: the caller's parameters; bodies[0]
        FilterBlock, // exprs[0] the filter chain; bodies[0]
        Break,
        Continue,
        Scope, // bodies[0]: a block with no effect on output ({% generation %})
    };
    Kind kind = Kind::Text;
    int line = 0;
    std::string text;
    std::vector<ExprPtr> exprs;
    std::vector<Body> bodies;
    std::vector<std::string> names;
    std::vector<ExprPtr> defaults;
};

} // namespace td::jinja
