#include "query/FilterExpression.h"

#include <QCoreApplication>

#include <cmath>
#include <optional>

namespace td {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("td", text);
}

// ---- The facts an expression can name. Adding a fact: one line in one of these tables.

struct NumberFact
{
    const char* name;
    double (*get)(const RowFacts&);
};
const NumberFact kNumbers[] = {
    {"msgs", [](const RowFacts& f) { return double(f.messages); }},
    {"messages", [](const RowFacts& f) { return double(f.messages); }},
    {"turns", [](const RowFacts& f) { return double(f.turns); }},
    {"chars", [](const RowFacts& f) { return double(f.characters); }},
    {"characters", [](const RowFacts& f) { return double(f.characters); }},
    {"weight", [](const RowFacts& f) { return f.sampleWeight; }},
};

// A fact with a fixed set of values (compared with == and != to a quoted name).
struct TextFact
{
    const char* name;
    std::uint64_t (*get)(const RowFacts&);
    std::optional<std::uint64_t> (*value)(const QString&); // a name's value, or none if unknown
    QString (*choices)();                                  // the names, for the error
};

template<typename E, std::size_t N>
std::optional<std::uint64_t> lookup(const QString& s, const char* (*key)(E))
{
    for (std::size_t i = 0; i < N; ++i)
        if (s.compare(QLatin1String(key(E(i))), Qt::CaseInsensitive) == 0)
            return i;
    return std::nullopt;
}
template<typename E, std::size_t N>
QString listOf(const char* (*key)(E))
{
    QStringList names;
    for (std::size_t i = 0; i < N; ++i)
        names << QLatin1String(key(E(i)));
    return names.join(QStringLiteral(", "));
}

const TextFact kTexts[] = {
    {"format", [](const RowFacts& f) { return std::uint64_t(f.format); },
     [](const QString& s) -> std::optional<std::uint64_t> {
         // Together calls them "conversational" and "instruction" in its documentation.
         if (s.compare(QLatin1String("conversational"), Qt::CaseInsensitive) == 0)
             return std::uint64_t(RowFormat::Conversation);
         return lookup<RowFormat, 6>(s, formatKey);
     },
     [] { return listOf<RowFormat, 6>(formatKey); }},
    {"weights", [](const RowFacts& f) { return std::uint64_t(f.weights); },
     [](const QString& s) { return lookup<WeightPattern, std::size_t(WeightPattern::Count)>(s, weightPatternKey); },
     [] { return listOf<WeightPattern, std::size_t(WeightPattern::Count)>(weightPatternKey); }},
    {"script", [](const RowFacts& f) { return std::uint64_t(f.script); },
     [](const QString& s) { return lookup<Script, std::size_t(Script::Count)>(s, scriptKey); },
     [] { return listOf<Script, std::size_t(Script::Count)>(scriptKey); }},
    {"system", [](const RowFacts& f) { return f.systemHash; },
     [](const QString& s) -> std::optional<std::uint64_t> {
         if (s.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
             return 0;
         bool ok = false;
         const std::uint64_t h = s.size() == 16 ? s.toULongLong(&ok, 16) : 0;
         return ok && h ? std::optional<std::uint64_t>(h) : std::nullopt;
     },
     [] { return tr("16 hex digits of a system prompt's hash (see stats --json), or none"); }},
};

// has(NAME), role(NAME), script(NAME): a yes/no about the row.
struct FlagFact
{
    const char* function;
    const char* name;
    bool (*test)(const RowFacts&);
};
const FlagFact kFlags[] = {
    {"has", "tool", [](const RowFacts& f) { return f.toolUse; }},
    {"has", "tools", [](const RowFacts& f) { return f.toolUse; }},
    {"has", "system", [](const RowFacts& f) { return f.systemHash != 0; }},
    {"has", "weights", [](const RowFacts& f) { return f.weights != WeightPattern::None; }},
    {"has", "weight", [](const RowFacts& f) { return f.hasSampleWeight; }},
    {"has", "invalid", [](const RowFacts& f) { return f.invalid; }},
    {"has", "error", [](const RowFacts& f) { return f.invalid; }},
    {"has", "duplicate", [](const RowFacts& f) { return f.duplicate; }},
    {"role", "system", [](const RowFacts& f) { return (f.roles & RoleSystem) != 0; }},
    {"role", "user", [](const RowFacts& f) { return (f.roles & RoleUser) != 0; }},
    {"role", "assistant", [](const RowFacts& f) { return (f.roles & RoleAssistant) != 0; }},
    {"role", "tool", [](const RowFacts& f) { return (f.roles & RoleTool) != 0; }},
    {"role", "other", [](const RowFacts& f) { return (f.roles & RoleOther) != 0; }},
};
// script(NAME): the script holds at least a tenth of the row's letters.
constexpr const char* kScriptFunction = "script";

enum class Op { Eq, Ne, Lt, Le, Gt, Ge };

constexpr int kMaxDepth = 64;
constexpr int kMaxLength = 10000;

} // namespace

struct FilterExpression::Node
{
    enum class Kind { And, Or, Not, Number, Text, Flag, Script } kind;
    int a = -1, b = -1;
    int fact = -1;
    Op op = Op::Eq;
    double number = 0;
    std::uint64_t value = 0;
};

namespace {

using Node = FilterExpression::Node;

struct Token
{
    enum class Kind { End, Name, Number, String, LParen, RParen, Op, And, Or, Not, Bad } kind = Kind::End;
    int column = 0; // 0-based
    QString text;
    double number = 0;
    Op op = Op::Eq;
};

class Parser
{
public:
    explicit Parser(const QString& s)
        : m_s(s)
    {
        next();
    }

    std::optional<Error> error;
    std::vector<Node> nodes;

    int parseExpr(int depth)
    {
        if (depth > kMaxDepth)
            return fail(m_tok.column, tr("the expression is nested too deeply"));
        int left = parseTerm(depth);
        while (!error && m_tok.kind == Token::Kind::Or) {
            next();
            const int right = parseTerm(depth);
            left = add({Node::Kind::Or, left, right});
        }
        return left;
    }

    void expectEnd()
    {
        if (error || m_tok.kind == Token::Kind::End)
            return;
        if (m_tok.kind == Token::Kind::Bad)
            fail(m_tok.column, m_tok.text);
        else if (m_tok.kind == Token::Kind::RParen)
            fail(m_tok.column, tr("there is no '(' for this ')'"));
        else
            fail(m_tok.column, tr("expected 'and', 'or' or the end, found '%1'").arg(m_tok.text));
    }

private:
    int parseTerm(int depth)
    {
        int left = parseFactor(depth);
        while (!error && m_tok.kind == Token::Kind::And) {
            next();
            const int right = parseFactor(depth);
            left = add({Node::Kind::And, left, right});
        }
        return left;
    }

    int parseFactor(int depth)
    {
        if (error)
            return -1;
        if (depth > kMaxDepth)
            return fail(m_tok.column, tr("the expression is nested too deeply"));
        switch (m_tok.kind) {
        case Token::Kind::Not: {
            next();
            const int inner = parseFactor(depth + 1);
            return add({Node::Kind::Not, inner});
        }
        case Token::Kind::LParen: {
            const int open = m_tok.column;
            next();
            const int inner = parseExpr(depth + 1);
            if (error)
                return -1;
            if (m_tok.kind != Token::Kind::RParen)
                return fail(m_tok.column, tr("expected ')' to close the '(' at column %1").arg(open + 1));
            next();
            return inner;
        }
        case Token::Kind::Name:
            return parseNamed();
        case Token::Kind::End:
            return fail(m_tok.column, tr("the expression ends where a condition should follow, e.g. msgs > 10"));
        case Token::Kind::Bad:
            return fail(m_tok.column, m_tok.text);
        default:
            return fail(m_tok.column,
                        tr("expected a condition such as msgs > 10 or has(tool), found '%1'").arg(m_tok.text));
        }
    }

    int parseNamed()
    {
        const Token name = m_tok;
        const QString lower = name.text.toLower();
        next();
        if (m_tok.kind == Token::Kind::LParen)
            return parseCall(name, lower);
        for (std::size_t i = 0; i < std::size(kNumbers); ++i)
            if (lower == QLatin1String(kNumbers[i].name))
                return parseCompare(name, Node::Kind::Number, int(i));
        for (std::size_t i = 0; i < std::size(kTexts); ++i)
            if (lower == QLatin1String(kTexts[i].name))
                return parseCompare(name, Node::Kind::Text, int(i));
        return fail(name.column, tr("unknown fact '%1'; the facts are %2")
                                     .arg(name.text, FilterExpression::factNames().join(QStringLiteral(", "))));
    }

    int parseCall(const Token& name, const QString& function)
    {
        const bool known = function == QLatin1String(kScriptFunction) ||
                           std::any_of(std::begin(kFlags), std::end(kFlags),
                                       [&](const FlagFact& f) { return function == QLatin1String(f.function); });
        if (!known)
            return fail(name.column, tr("unknown function '%1'; use has(…), role(…) or script(…)").arg(name.text));
        next(); // (
        if (m_tok.kind != Token::Kind::Name && m_tok.kind != Token::Kind::String)
            return fail(m_tok.column, tr("expected a name inside %1(…)").arg(function));
        const Token arg = m_tok;
        const QString a = arg.text.toLower();
        next();
        if (m_tok.kind != Token::Kind::RParen)
            return fail(m_tok.column, tr("expected ')' after %1(%2").arg(function, arg.text));
        next();
        if (function == QLatin1String(kScriptFunction)) {
            const auto v = lookup<Script, std::size_t(Script::Count)>(a, scriptKey);
            if (!v || *v == 0)
                return fail(arg.column, tr("unknown script '%1'; the scripts are %2")
                                            .arg(arg.text, listOf<Script, std::size_t(Script::Count)>(scriptKey).remove(
                                                               QStringLiteral("none, "))));
            Node n{Node::Kind::Script};
            n.value = *v;
            return add(n);
        }
        QStringList choices;
        for (std::size_t i = 0; i < std::size(kFlags); ++i) {
            if (function != QLatin1String(kFlags[i].function))
                continue;
            if (a == QLatin1String(kFlags[i].name)) {
                Node n{Node::Kind::Flag};
                n.fact = int(i);
                return add(n);
            }
            choices << QLatin1String(kFlags[i].name);
        }
        return fail(
            arg.column,
            tr("%1(%2) is not known; use one of %3").arg(function, arg.text, choices.join(QStringLiteral(", "))));
    }

    int parseCompare(const Token& name, Node::Kind kind, int fact)
    {
        if (m_tok.kind != Token::Kind::Op)
            return fail(m_tok.column, tr("expected a comparison (==, !=, <, <=, >, >=) after '%1'").arg(name.text));
        const Token op = m_tok;
        next();
        const Token value = m_tok;
        if (value.kind == Token::Kind::Bad)
            return fail(value.column, value.text);
        Node n{kind};
        n.fact = fact;
        n.op = op.op;
        if (kind == Node::Kind::Number) {
            // What stands there is named: "msgs >> 2" said "'msgs' is a number", which the
            // user knew; the second '>' was the mistake.
            if (value.kind == Token::Kind::End)
                return fail(value.column, tr("expected a number after '%1 %2', e.g. %1 %2 10").arg(name.text, op.text));
            if (value.kind != Token::Kind::Number && value.kind != Token::Kind::Name &&
                value.kind != Token::Kind::String)
                return fail(value.column,
                            tr("expected a number after '%1 %2', found '%3'").arg(name.text, op.text, value.text));
            if (value.kind != Token::Kind::Number)
                return fail(value.column,
                            tr("'%1' is a number: compare it with a number, e.g. %1 > 10").arg(name.text));
            n.number = value.number;
        } else {
            if (op.op != Op::Eq && op.op != Op::Ne)
                return fail(op.column, tr("'%1' is text: use == or !=").arg(name.text));
            if (value.kind != Token::Kind::String && value.kind != Token::Kind::Name)
                return fail(value.column,
                            tr("'%1' is text: compare it with a quoted value, e.g. %1 == \"…\"").arg(name.text));
            const TextFact& t = kTexts[fact];
            const auto v = t.value(value.text);
            if (!v)
                return fail(
                    value.column,
                    tr("'%1' is not a value of %2; use %3").arg(value.text, QLatin1String(t.name), t.choices()));
            n.value = *v;
        }
        next();
        return add(n);
    }

    int add(Node n)
    {
        if (error)
            return -1;
        nodes.push_back(n);
        return int(nodes.size()) - 1;
    }

    int fail(int column, const QString& message)
    {
        if (!error) {
            Error e = Error::make(Error::Code::Parse, tr("Column %1: %2").arg(column + 1).arg(message));
            e.byteOffset = column;
            error = e;
        }
        return -1;
    }

    void next()
    {
        const int n = int(m_s.size());
        while (m_pos < n && m_s[m_pos].isSpace())
            ++m_pos;
        m_tok = Token{};
        m_tok.column = m_pos;
        if (m_pos >= n)
            return;
        const QChar c = m_s[m_pos];
        auto two = [&](char a, char b) {
            return m_pos + 1 < n && m_s[m_pos] == QLatin1Char(a) && m_s[m_pos + 1] == QLatin1Char(b);
        };
        auto op = [&](Op o, int len) {
            m_tok.kind = Token::Kind::Op;
            m_tok.op = o;
            m_tok.text = m_s.mid(m_pos, len);
            m_pos += len;
        };
        if (c.isLetter() || c == QLatin1Char('_')) {
            int end = m_pos;
            while (end < n && (m_s[end].isLetterOrNumber() || m_s[end] == QLatin1Char('_')))
                ++end;
            m_tok.text = m_s.mid(m_pos, end - m_pos);
            m_pos = end;
            const QString k = m_tok.text.toLower();
            m_tok.kind = k == QLatin1String("and")   ? Token::Kind::And
                         : k == QLatin1String("or")  ? Token::Kind::Or
                         : k == QLatin1String("not") ? Token::Kind::Not
                                                     : Token::Kind::Name;
        } else if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            int end = m_pos + 1;
            while (end < n && (m_s[end].isDigit() || m_s[end] == QLatin1Char('.') || m_s[end] == QLatin1Char('e') ||
                               m_s[end] == QLatin1Char('E') ||
                               ((m_s[end] == QLatin1Char('-') || m_s[end] == QLatin1Char('+')) &&
                                (m_s[end - 1] == QLatin1Char('e') || m_s[end - 1] == QLatin1Char('E')))))
                ++end;
            m_tok.text = m_s.mid(m_pos, end - m_pos);
            bool ok = false;
            m_tok.number = m_tok.text.toDouble(&ok);
            if (!ok || !std::isfinite(m_tok.number)) {
                m_tok.kind = Token::Kind::Bad;
                m_tok.text = tr("'%1' is not a number").arg(m_tok.text);
            } else {
                m_tok.kind = Token::Kind::Number;
            }
            m_pos = end;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int i = m_pos + 1;
            QString value;
            while (i < n && m_s[i] != c) {
                if (m_s[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += m_s[i++];
            }
            if (i >= n) {
                m_tok.kind = Token::Kind::Bad;
                m_tok.text = tr("the quoted value is not closed");
                m_pos = n;
                return;
            }
            m_tok.kind = Token::Kind::String;
            m_tok.text = value;
            m_pos = i + 1;
        } else if (c == QLatin1Char('(')) {
            m_tok.kind = Token::Kind::LParen;
            m_tok.text = c;
            ++m_pos;
        } else if (c == QLatin1Char(')')) {
            m_tok.kind = Token::Kind::RParen;
            m_tok.text = c;
            ++m_pos;
        } else if (two('&', '&')) {
            m_tok.kind = Token::Kind::And;
            m_tok.text = QStringLiteral("&&");
            m_pos += 2;
        } else if (two('|', '|')) {
            m_tok.kind = Token::Kind::Or;
            m_tok.text = QStringLiteral("||");
            m_pos += 2;
        } else if (two('=', '=')) {
            op(Op::Eq, 2);
        } else if (two('!', '=')) {
            op(Op::Ne, 2);
        } else if (two('<', '=')) {
            op(Op::Le, 2);
        } else if (two('>', '=')) {
            op(Op::Ge, 2);
        } else if (c == QLatin1Char('=')) {
            op(Op::Eq, 1);
        } else if (c == QLatin1Char('<')) {
            op(Op::Lt, 1);
        } else if (c == QLatin1Char('>')) {
            op(Op::Gt, 1);
        } else if (c == QLatin1Char('!')) {
            m_tok.kind = Token::Kind::Not;
            m_tok.text = c;
            ++m_pos;
        } else {
            m_tok.kind = Token::Kind::Bad;
            m_tok.text = tr("'%1' has no meaning here").arg(c);
            ++m_pos;
        }
    }

    const QString& m_s;
    int m_pos = 0;
    Token m_tok;
};

bool compare(double a, Op op, double b)
{
    switch (op) {
    case Op::Eq:
        return a == b;
    case Op::Ne:
        return a != b;
    case Op::Lt:
        return a < b;
    case Op::Le:
        return a <= b;
    case Op::Gt:
        return a > b;
    case Op::Ge:
        return a >= b;
    }
    return false;
}

bool eval(const std::vector<Node>& nodes, int i, const RowFacts& f)
{
    const Node& n = nodes[std::size_t(i)];
    switch (n.kind) {
    case Node::Kind::And:
        return eval(nodes, n.a, f) && eval(nodes, n.b, f);
    case Node::Kind::Or:
        return eval(nodes, n.a, f) || eval(nodes, n.b, f);
    case Node::Kind::Not:
        return !eval(nodes, n.a, f);
    case Node::Kind::Number:
        return compare(kNumbers[n.fact].get(f), n.op, n.number);
    case Node::Kind::Text:
        return (kTexts[n.fact].get(f) == n.value) == (n.op == Op::Eq);
    case Node::Kind::Flag:
        return kFlags[n.fact].test(f);
    case Node::Kind::Script:
        return (f.scripts & (1u << n.value)) != 0;
    }
    return false;
}

} // namespace

Result<FilterExpression> FilterExpression::parse(const QString& text)
{
    if (text.size() > kMaxLength) {
        Error e = Error::make(Error::Code::Parse, tr("The expression is longer than %1 characters.").arg(kMaxLength));
        e.byteOffset = kMaxLength;
        return e;
    }
    Parser p(text);
    const int root = p.parseExpr(0);
    p.expectEnd();
    if (p.error)
        return *p.error;
    Q_ASSERT(root == int(p.nodes.size()) - 1);
    FilterExpression e;
    e.m_text = text.trimmed();
    e.m_nodes = std::make_shared<const std::vector<Node>>(std::move(p.nodes));
    return e;
}

bool FilterExpression::matches(const RowFacts& facts) const
{
    return m_nodes && !m_nodes->empty() && eval(*m_nodes, int(m_nodes->size()) - 1, facts);
}

std::vector<std::int64_t> FilterExpression::matchingRows(const std::vector<RowFacts>& facts) const
{
    std::vector<std::int64_t> rows;
    for (std::size_t i = 0; i < facts.size(); ++i)
        if (matches(facts[i]))
            rows.push_back(std::int64_t(i));
    return rows;
}

QStringList FilterExpression::factNames()
{
    QStringList names;
    for (const auto& n : kNumbers)
        names << QLatin1String(n.name);
    for (const auto& t : kTexts)
        names << QLatin1String(t.name);
    QString last;
    for (const auto& f : kFlags) {
        const QString fn = QLatin1String(f.function) + QStringLiteral("(…)");
        if (fn != last)
            names << fn;
        last = fn;
    }
    names << QStringLiteral("script(…)");
    return names;
}

QString quoteFilterValue(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace td
