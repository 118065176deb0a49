#pragma once

#include "tokens/template/JinjaAst.h"
#include "tokens/template/JinjaLexer.h"

#include <string_view>
#include <vector>

namespace td::jinja {

// Builds the statement tree of a template from the lexer's tokens, with Jinja's operator
// precedence (filters bind tighter than arithmetic: `a + b | trim` trims b). Throws TemplateError
// for malformed templates and for Jinja features chat templates do not use (extends, include...).
class Parser
{
public:
    static Body parse(std::string_view source);

private:
    explicit Parser(std::vector<Token> tokens);

    Body parseBody(const std::vector<std::string_view>& endKeywords, std::string* endedBy);
    StmtPtr parseStatement();
    StmtPtr parseFor(int line);
    StmtPtr parseIf(int line);
    StmtPtr parseSet(int line);
    StmtPtr parseMacro(int line);
    StmtPtr parseCallBlock(int line);
    StmtPtr parseFilterBlock(int line);
    void parseParameters(Stmt& stmt);

    ExprPtr parseTuple(bool allowConditional);
    ExprPtr parseExpression(bool allowConditional = true);
    ExprPtr parseOr();
    ExprPtr parseAnd();
    ExprPtr parseNot();
    ExprPtr parseCompare();
    ExprPtr parseMath1();
    ExprPtr parseConcat();
    ExprPtr parseMath2();
    ExprPtr parsePow();
    ExprPtr parseUnary(bool withFilter);
    ExprPtr parsePrimary();
    ExprPtr parsePostfix(ExprPtr node);
    ExprPtr parseFilterExpr(ExprPtr node);
    ExprPtr parseFilter(ExprPtr operand);
    ExprPtr parseTest(ExprPtr operand);
    void parseCallArgs(Expr& call);
    ExprPtr parseAssignTarget();

    const Token& peek(std::size_t ahead = 0) const;
    Token next();
    bool isOperator(std::string_view op, std::size_t ahead = 0) const;
    bool isName(std::string_view name, std::size_t ahead = 0) const;
    bool skipOperator(std::string_view op);
    bool skipName(std::string_view name);
    void expectOperator(std::string_view op);
    void expectBlockEnd(std::string_view tag);
    std::string expectName(std::string_view what);
    [[noreturn]] void fail(const std::string& message) const;

    std::vector<Token> m_tokens;
    std::size_t m_pos = 0;
    int m_depth = 0; // nesting of expressions and blocks, bounded so hostile input cannot overflow the stack
};

} // namespace td::jinja
