#include "tokens/template/JinjaParser.h"

#include "tokens/template/JinjaError.h"

namespace td::jinja {

namespace {

constexpr int kMaxDepth = 200;

ExprPtr makeExpr(Expr::Kind kind, int line)
{
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->line = line;
    return e;
}

ExprPtr makeBinary(std::string op, ExprPtr left, ExprPtr right)
{
    auto e = makeExpr(Expr::Kind::Binary, left->line);
    e->name = std::move(op);
    e->args.push_back(std::move(left));
    e->args.push_back(std::move(right));
    return e;
}

// Keeps the recursion depth of the parser bounded.
class DepthGuard
{
public:
    DepthGuard(int& depth, int line)
        : m_depth(depth)
    {
        if (++m_depth > kMaxDepth)
            throw TemplateError{TemplateError::Kind::Limit, "The template nests expressions or blocks too deeply.",
                                line};
    }
    ~DepthGuard() { --m_depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    int& m_depth;
};

std::string describe(const Token& t)
{
    switch (t.type) {
    case Token::Type::Text:
        return "text";
    case Token::Type::VariableBegin:
        return "'{{'";
    case Token::Type::VariableEnd:
        return "'}}'";
    case Token::Type::BlockBegin:
        return "'{%'";
    case Token::Type::BlockEnd:
        return "'%}'";
    case Token::Type::Name:
    case Token::Type::Operator:
        return "'" + t.text + "'";
    case Token::Type::String:
        return "a string";
    case Token::Type::Integer:
    case Token::Type::Float:
        return "a number";
    case Token::Type::End:
        return "the end of the template";
    }
    return "a token";
}

} // namespace

Parser::Parser(std::vector<Token> tokens)
    : m_tokens(std::move(tokens))
{}

Body Parser::parse(std::string_view source)
{
    Parser p(Lexer::tokenize(source));
    Body body = p.parseBody({}, nullptr);
    if (p.peek().type != Token::Type::End)
        p.fail("Unexpected " + describe(p.peek()) + ".");
    return body;
}

const Token& Parser::peek(std::size_t ahead) const
{
    const std::size_t i = m_pos + ahead;
    return i < m_tokens.size() ? m_tokens[i] : m_tokens.back();
}

Token Parser::next()
{
    Token t = peek();
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return t;
}

bool Parser::isOperator(std::string_view op, std::size_t ahead) const
{
    const Token& t = peek(ahead);
    return t.type == Token::Type::Operator && t.text == op;
}

bool Parser::isName(std::string_view name, std::size_t ahead) const
{
    const Token& t = peek(ahead);
    return t.type == Token::Type::Name && t.text == name;
}

bool Parser::skipOperator(std::string_view op)
{
    if (!isOperator(op))
        return false;
    next();
    return true;
}

bool Parser::skipName(std::string_view name)
{
    if (!isName(name))
        return false;
    next();
    return true;
}

void Parser::expectOperator(std::string_view op)
{
    if (!skipOperator(op))
        fail("Expected '" + std::string(op) + "' but found " + describe(peek()) + ".");
}

void Parser::expectBlockEnd(std::string_view tag)
{
    if (peek().type != Token::Type::BlockEnd)
        fail("Expected '%}' to end the " + std::string(tag) + " tag but found " + describe(peek()) + ".");
    next();
}

std::string Parser::expectName(std::string_view what)
{
    if (peek().type != Token::Type::Name)
        fail("Expected " + std::string(what) + " but found " + describe(peek()) + ".");
    return next().text;
}

void Parser::fail(const std::string& message) const
{
    throw TemplateError{TemplateError::Kind::Syntax, message, peek().line};
}

Body Parser::parseBody(const std::vector<std::string_view>& endKeywords, std::string* endedBy)
{
    DepthGuard guard(m_depth, peek().line);
    Body body;
    while (true) {
        const Token& t = peek();
        if (t.type == Token::Type::End) {
            if (!endKeywords.empty()) {
                std::string_view closing = endKeywords.back();
                for (std::string_view kw : endKeywords)
                    if (kw.substr(0, 3) == "end")
                        closing = kw;
                fail("The template ends inside a block: expected {% " + std::string(closing) + " %}.");
            }
            return body;
        }
        if (t.type == Token::Type::BlockBegin && peek(1).type == Token::Type::Name) {
            for (std::string_view kw : endKeywords) {
                if (peek(1).text == kw) {
                    next();
                    std::string keyword = next().text;
                    if (endedBy)
                        *endedBy = std::move(keyword);
                    return body;
                }
            }
        }
        body.push_back(parseStatement());
    }
}

StmtPtr Parser::parseStatement()
{
    const Token t = next();
    auto stmt = std::make_unique<Stmt>();
    stmt->line = t.line;
    if (t.type == Token::Type::Text) {
        stmt->kind = Stmt::Kind::Text;
        stmt->text = t.text;
        return stmt;
    }
    if (t.type == Token::Type::VariableBegin) {
        stmt->kind = Stmt::Kind::Output;
        stmt->exprs.push_back(parseTuple(true));
        if (peek().type != Token::Type::VariableEnd)
            fail("Expected '}}' but found " + describe(peek()) + ".");
        next();
        return stmt;
    }
    if (t.type != Token::Type::BlockBegin)
        fail("Unexpected " + describe(t) + ".");
    const std::string keyword = expectName("a statement name after '{%'");
    if (keyword == "for")
        return parseFor(t.line);
    if (keyword == "if")
        return parseIf(t.line);
    if (keyword == "set")
        return parseSet(t.line);
    if (keyword == "macro")
        return parseMacro(t.line);
    if (keyword == "call")
        return parseCallBlock(t.line);
    if (keyword == "filter")
        return parseFilterBlock(t.line);
    if (keyword == "break" || keyword == "continue") {
        stmt->kind = keyword == "break" ? Stmt::Kind::Break : Stmt::Kind::Continue;
        expectBlockEnd(keyword);
        return stmt;
    }
    if (keyword == "generation") {
        // Hugging Face's AssistantTracker extension: marks assistant text, renders its body.
        expectBlockEnd(keyword);
        stmt->kind = Stmt::Kind::Scope;
        stmt->bodies.push_back(parseBody({"endgeneration"}, nullptr));
        expectBlockEnd("endgeneration");
        return stmt;
    }
    static const char* const unsupported[] = {"extends", "block",      "include", "import", "from",
                                              "with",    "autoescape", "do",      "trans"};
    for (const char* u : unsupported)
        if (keyword == u)
            throw TemplateError{TemplateError::Kind::Unsupported,
                                "The {% " + keyword + " %} statement is not supported in chat templates.", t.line};
    fail("Unknown statement '" + keyword + "' (or a '" + keyword + "' without its opening block).");
}

StmtPtr Parser::parseFor(int line)
{
    auto stmt = std::make_unique<Stmt>();
    stmt->kind = Stmt::Kind::For;
    stmt->line = line;
    do {
        stmt->names.push_back(expectName("a loop variable"));
    } while (skipOperator(","));
    if (!skipName("in"))
        fail("Expected 'in' in the for loop but found " + describe(peek()) + ".");
    stmt->exprs.push_back(parseTuple(false));
    stmt->exprs.push_back(skipName("if") ? parseExpression() : nullptr);
    if (skipName("recursive"))
        throw TemplateError{TemplateError::Kind::Unsupported, "Recursive for loops are not supported.", line};
    expectBlockEnd("for");
    std::string ended;
    stmt->bodies.push_back(parseBody({"endfor", "else"}, &ended));
    if (ended == "else") {
        expectBlockEnd("else");
        stmt->bodies.push_back(parseBody({"endfor"}, &ended));
    } else {
        stmt->bodies.emplace_back();
    }
    expectBlockEnd("endfor");
    return stmt;
}

StmtPtr Parser::parseIf(int line)
{
    auto stmt = std::make_unique<Stmt>();
    stmt->kind = Stmt::Kind::If;
    stmt->line = line;
    std::string ended;
    stmt->exprs.push_back(parseTuple(true));
    expectBlockEnd("if");
    while (true) {
        stmt->bodies.push_back(parseBody({"elif", "else", "endif"}, &ended));
        if (ended == "elif") {
            stmt->exprs.push_back(parseTuple(true));
            expectBlockEnd("elif");
            continue;
        }
        if (ended == "else") {
            expectBlockEnd("else");
            stmt->bodies.push_back(parseBody({"endif"}, &ended));
        } else {
            stmt->bodies.emplace_back();
        }
        break;
    }
    expectBlockEnd("endif");
    return stmt;
}

ExprPtr Parser::parseAssignTarget()
{
    const int line = peek().line;
    std::string first = expectName("a variable name to set");
    if (skipOperator(".")) {
        auto attr = makeExpr(Expr::Kind::Attribute, line);
        auto base = makeExpr(Expr::Kind::Name, line);
        base->name = std::move(first);
        attr->args.push_back(std::move(base));
        attr->name = expectName("an attribute name");
        return attr;
    }
    auto name = makeExpr(Expr::Kind::Name, line);
    name->name = std::move(first);
    if (!isOperator(","))
        return name;
    auto tuple = makeExpr(Expr::Kind::Tuple, line);
    tuple->args.push_back(std::move(name));
    while (skipOperator(",")) {
        auto n = makeExpr(Expr::Kind::Name, peek().line);
        n->name = expectName("a variable name to set");
        tuple->args.push_back(std::move(n));
    }
    return tuple;
}

StmtPtr Parser::parseSet(int line)
{
    auto stmt = std::make_unique<Stmt>();
    stmt->line = line;
    stmt->exprs.push_back(parseAssignTarget());
    if (skipOperator("=")) {
        stmt->kind = Stmt::Kind::Set;
        stmt->exprs.push_back(parseTuple(true));
        expectBlockEnd("set");
        return stmt;
    }
    stmt->kind = Stmt::Kind::SetBlock;
    if (stmt->exprs[0]->kind != Expr::Kind::Name)
        fail("A {% set %} block assigns to one plain name.");
    stmt->exprs.push_back(isOperator("|") ? parseFilterExpr(nullptr) : nullptr);
    expectBlockEnd("set");
    stmt->bodies.push_back(parseBody({"endset"}, nullptr));
    expectBlockEnd("endset");
    return stmt;
}

void Parser::parseParameters(Stmt& stmt)
{
    expectOperator("(");
    while (!isOperator(")")) {
        if (!stmt.names.empty())
            expectOperator(",");
        if (isOperator(")"))
            break;
        stmt.names.push_back(expectName("a parameter name"));
        stmt.defaults.push_back(skipOperator("=") ? parseExpression() : nullptr);
    }
    expectOperator(")");
}

StmtPtr Parser::parseMacro(int line)
{
    auto stmt = std::make_unique<Stmt>();
    stmt->kind = Stmt::Kind::Macro;
    stmt->line = line;
    stmt->text = expectName("the macro's name");
    parseParameters(*stmt);
    expectBlockEnd("macro");
    stmt->bodies.push_back(parseBody({"endmacro"}, nullptr));
    if (peek().type == Token::Type::Name) // {% endmacro name %}
        next();
    expectBlockEnd("endmacro");
    return stmt;
}

StmtPtr Parser::parseCallBlock(int line)
{
    auto stmt = std::make_unique<Stmt>();
    stmt->kind = Stmt::Kind::CallBlock;
    stmt->line = line;
    if (isOperator("("))
        parseParameters(*stmt);
    ExprPtr call = parseExpression();
    if (call->kind != Expr::Kind::Call)
        fail("{% call %} needs a macro call.");
    stmt->exprs.push_back(std::move(call));
    expectBlockEnd("call");
    stmt->bodies.push_back(parseBody({"endcall"}, nullptr));
    expectBlockEnd("endcall");
    return stmt;
}

StmtPtr Parser::parseFilterBlock(int line)
{
    auto stmt = std::make_unique<Stmt>();
    stmt->kind = Stmt::Kind::FilterBlock;
    stmt->line = line;
    stmt->exprs.push_back(parseFilter(nullptr));
    while (skipOperator("|"))
        stmt->exprs[0] = parseFilter(std::move(stmt->exprs[0]));
    expectBlockEnd("filter");
    stmt->bodies.push_back(parseBody({"endfilter"}, nullptr));
    expectBlockEnd("endfilter");
    return stmt;
}

ExprPtr Parser::parseTuple(bool allowConditional)
{
    const int line = peek().line;
    ExprPtr first = parseExpression(allowConditional);
    if (!isOperator(","))
        return first;
    auto tuple = makeExpr(Expr::Kind::Tuple, line);
    tuple->args.push_back(std::move(first));
    while (skipOperator(",")) {
        const Token& t = peek();
        if (t.type == Token::Type::VariableEnd || t.type == Token::Type::BlockEnd || isOperator(")"))
            break;
        tuple->args.push_back(parseExpression(allowConditional));
    }
    return tuple;
}

ExprPtr Parser::parseExpression(bool allowConditional)
{
    DepthGuard guard(m_depth, peek().line);
    ExprPtr node = parseOr();
    if (!allowConditional)
        return node;
    while (isName("if")) {
        next();
        auto cond = makeExpr(Expr::Kind::Conditional, node->line);
        cond->args.push_back(parseOr());
        cond->args.push_back(std::move(node));
        cond->args.push_back(skipName("else") ? parseExpression() : nullptr);
        node = std::move(cond);
    }
    return node;
}

ExprPtr Parser::parseOr()
{
    ExprPtr left = parseAnd();
    while (skipName("or"))
        left = makeBinary("or", std::move(left), parseAnd());
    return left;
}

ExprPtr Parser::parseAnd()
{
    ExprPtr left = parseNot();
    while (skipName("and"))
        left = makeBinary("and", std::move(left), parseNot());
    return left;
}

ExprPtr Parser::parseNot()
{
    if (isName("not")) {
        DepthGuard guard(m_depth, peek().line);
        const int line = next().line;
        auto e = makeExpr(Expr::Kind::Unary, line);
        e->name = "not";
        e->args.push_back(parseNot());
        return e;
    }
    return parseCompare();
}

ExprPtr Parser::parseCompare()
{
    ExprPtr first = parseMath1();
    ExprPtr cmp;
    while (true) {
        std::string op;
        const Token& t = peek();
        if (t.type == Token::Type::Operator &&
            (t.text == "==" || t.text == "!=" || t.text == "<" || t.text == ">" || t.text == "<=" || t.text == ">=")) {
            op = next().text;
        } else if (isName("in")) {
            next();
            op = "in";
        } else if (isName("not") && isName("in", 1)) {
            next();
            next();
            op = "not in";
        } else {
            break;
        }
        if (!cmp) {
            cmp = makeExpr(Expr::Kind::Compare, first->line);
            cmp->args.push_back(std::move(first));
        }
        cmp->compareOps.push_back(op);
        cmp->args.push_back(parseMath1());
    }
    return cmp ? std::move(cmp) : std::move(first);
}

ExprPtr Parser::parseMath1()
{
    ExprPtr left = parseConcat();
    while (isOperator("+") || isOperator("-")) {
        std::string op = next().text;
        left = makeBinary(op, std::move(left), parseConcat());
    }
    return left;
}

ExprPtr Parser::parseConcat()
{
    ExprPtr left = parseMath2();
    while (skipOperator("~"))
        left = makeBinary("~", std::move(left), parseMath2());
    return left;
}

ExprPtr Parser::parseMath2()
{
    ExprPtr left = parsePow();
    while (isOperator("*") || isOperator("/") || isOperator("//") || isOperator("%")) {
        std::string op = next().text;
        left = makeBinary(op, std::move(left), parsePow());
    }
    return left;
}

ExprPtr Parser::parsePow()
{
    ExprPtr left = parseUnary(true);
    while (skipOperator("**"))
        left = makeBinary("**", std::move(left), parseUnary(true));
    return left;
}

ExprPtr Parser::parseUnary(bool withFilter)
{
    DepthGuard guard(m_depth, peek().line);
    ExprPtr node;
    if (isOperator("-") || isOperator("+")) {
        const Token t = next();
        node = makeExpr(Expr::Kind::Unary, t.line);
        node->name = t.text;
        node->args.push_back(parseUnary(false));
    } else {
        node = parsePrimary();
    }
    node = parsePostfix(std::move(node));
    return withFilter ? parseFilterExpr(std::move(node)) : std::move(node);
}

ExprPtr Parser::parsePrimary()
{
    const Token t = next();
    switch (t.type) {
    case Token::Type::Name: {
        auto e = makeExpr(Expr::Kind::Literal, t.line);
        if (t.text == "true" || t.text == "True")
            e->value = Value::boolean(true);
        else if (t.text == "false" || t.text == "False")
            e->value = Value::boolean(false);
        else if (t.text == "none" || t.text == "None")
            e->value = Value::none();
        else {
            e->kind = Expr::Kind::Name;
            e->name = t.text;
        }
        return e;
    }
    case Token::Type::String: {
        std::string s = t.text;
        while (peek().type == Token::Type::String) // adjacent literals concatenate
            s += next().text;
        auto e = makeExpr(Expr::Kind::Literal, t.line);
        e->value = Value::string(std::move(s));
        return e;
    }
    case Token::Type::Integer: {
        auto e = makeExpr(Expr::Kind::Literal, t.line);
        e->value = Value::integer(t.integer);
        return e;
    }
    case Token::Type::Float: {
        auto e = makeExpr(Expr::Kind::Literal, t.line);
        e->value = Value::floating(t.floating);
        return e;
    }
    case Token::Type::Operator:
        if (t.text == "(") {
            if (skipOperator(")"))
                return makeExpr(Expr::Kind::Tuple, t.line);
            ExprPtr inner = parseTuple(true);
            expectOperator(")");
            return inner;
        }
        if (t.text == "[") {
            auto e = makeExpr(Expr::Kind::List, t.line);
            while (!isOperator("]")) {
                if (!e->args.empty())
                    expectOperator(",");
                if (isOperator("]"))
                    break;
                e->args.push_back(parseExpression());
            }
            expectOperator("]");
            return e;
        }
        if (t.text == "{") {
            auto e = makeExpr(Expr::Kind::Dict, t.line);
            while (!isOperator("}")) {
                if (!e->args.empty())
                    expectOperator(",");
                if (isOperator("}"))
                    break;
                e->args.push_back(parseExpression());
                expectOperator(":");
                e->args.push_back(parseExpression());
            }
            expectOperator("}");
            return e;
        }
        break;
    default:
        break;
    }
    m_pos = m_pos > 0 ? m_pos - 1 : 0;
    fail("Expected an expression but found " + describe(t) + ".");
}

ExprPtr Parser::parsePostfix(ExprPtr node)
{
    while (true) {
        if (isOperator(".")) {
            next();
            const Token t = next();
            if (t.type == Token::Type::Name) {
                auto e = makeExpr(Expr::Kind::Attribute, t.line);
                e->name = t.text;
                e->args.push_back(std::move(node));
                node = std::move(e);
            } else if (t.type == Token::Type::Integer) {
                auto e = makeExpr(Expr::Kind::Subscript, t.line);
                auto index = makeExpr(Expr::Kind::Literal, t.line);
                index->value = Value::integer(t.integer);
                e->args.push_back(std::move(node));
                e->args.push_back(std::move(index));
                node = std::move(e);
            } else {
                fail("Expected an attribute name after '.' but found " + describe(t) + ".");
            }
        } else if (isOperator("[")) {
            const int line = next().line;
            ExprPtr parts[3];
            int colons = 0;
            while (!isOperator("]")) {
                if (isOperator(":")) {
                    next();
                    if (++colons > 2)
                        fail("A slice has at most two ':'.");
                    continue;
                }
                if (parts[colons])
                    fail("Expected ']' or ':' in a subscript but found " + describe(peek()) + ".");
                parts[colons] = parseExpression();
            }
            expectOperator("]");
            if (colons == 0) {
                if (!parts[0])
                    fail("An empty subscript [] needs an index.");
                auto e = makeExpr(Expr::Kind::Subscript, line);
                e->args.push_back(std::move(node));
                e->args.push_back(std::move(parts[0]));
                node = std::move(e);
            } else {
                auto e = makeExpr(Expr::Kind::Slice, line);
                e->args.push_back(std::move(node));
                for (auto& p : parts)
                    e->args.push_back(std::move(p));
                node = std::move(e);
            }
        } else if (isOperator("(")) {
            auto call = makeExpr(Expr::Kind::Call, peek().line);
            call->args.push_back(std::move(node));
            parseCallArgs(*call);
            node = std::move(call);
        } else {
            return node;
        }
    }
}

void Parser::parseCallArgs(Expr& call)
{
    expectOperator("(");
    bool first = true;
    while (!isOperator(")")) {
        if (!first)
            expectOperator(",");
        first = false;
        if (isOperator(")"))
            break;
        if (isOperator("*") || isOperator("**"))
            throw TemplateError{TemplateError::Kind::Unsupported, "*args and **kwargs in calls are not supported.",
                                peek().line};
        if (peek().type == Token::Type::Name && isOperator("=", 1)) {
            std::string key = next().text;
            next();
            call.kwargs.emplace_back(std::move(key), parseExpression());
        } else {
            if (!call.kwargs.empty())
                fail("A positional argument follows a keyword argument.");
            call.args.push_back(parseExpression());
        }
    }
    expectOperator(")");
}

ExprPtr Parser::parseFilterExpr(ExprPtr node)
{
    while (true) {
        if (isOperator("|")) {
            next();
            node = parseFilter(std::move(node));
        } else if (isName("is")) {
            next();
            node = parseTest(std::move(node));
        } else if (isOperator("(")) {
            auto call = makeExpr(Expr::Kind::Call, peek().line);
            call->args.push_back(std::move(node));
            parseCallArgs(*call);
            node = std::move(call);
        } else {
            return node;
        }
    }
}

ExprPtr Parser::parseFilter(ExprPtr operand)
{
    auto e = makeExpr(Expr::Kind::Filter, peek().line);
    e->name = expectName("a filter name");
    while (isOperator(".") && peek(1).type == Token::Type::Name) {
        next();
        e->name += "." + next().text;
    }
    e->args.push_back(std::move(operand));
    if (isOperator("("))
        parseCallArgs(*e);
    return e;
}

ExprPtr Parser::parseTest(ExprPtr operand)
{
    auto e = makeExpr(Expr::Kind::Test, peek().line);
    e->negated = skipName("not");
    e->name = expectName("a test name after 'is'");
    while (isOperator(".") && peek(1).type == Token::Type::Name) {
        next();
        e->name += "." + next().text;
    }
    e->args.push_back(std::move(operand));
    const Token& t = peek();
    if (isOperator("(")) {
        parseCallArgs(*e);
    } else if ((t.type == Token::Type::Name || t.type == Token::Type::String || t.type == Token::Type::Integer ||
                t.type == Token::Type::Float || isOperator("[") || isOperator("{")) &&
               !isName("else") && !isName("or") && !isName("and")) {
        if (isName("is"))
            fail("Tests cannot be chained with 'is'.");
        e->args.push_back(parsePostfix(parsePrimary()));
    }
    return e;
}

} // namespace td::jinja
