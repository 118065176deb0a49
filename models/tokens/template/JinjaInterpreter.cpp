#include "tokens/template/JinjaInterpreter.h"

#include "tokens/template/JinjaBuiltins.h"
#include "tokens/template/JinjaError.h"
#include "tokens/template/JinjaText.h"

#include <cmath>
#include <limits>

namespace td::jinja {

namespace {

[[noreturn]] void undefinedError(const Value& v, int line)
{
    Interpreter::fail(v.name().empty() ? std::string("A value used by the template is undefined.")
                                       : "'" + v.name() + "' is undefined.",
                      line);
}

// Python's index normalization for a sequence of `size` items; false when out of range.
bool normalizeIndex(std::int64_t& i, std::size_t size)
{
    if (i < 0)
        i += std::int64_t(size);
    return i >= 0 && i < std::int64_t(size);
}

// Python's slice.indices(): the positions a[start:stop:step] visits.
std::vector<std::size_t> slicePositions(std::size_t size, const Value& start, const Value& stop, const Value& step,
                                        int line)
{
    auto asIndex = [&](const Value& v, const char* what) -> std::int64_t {
        if (v.kind() != Value::Kind::Int && v.kind() != Value::Kind::Bool)
            Interpreter::fail(std::string("A slice's ") + what + " must be an integer, not " + v.typeName() + ".",
                              line);
        return v.asInt();
    };
    const std::int64_t n = std::int64_t(size);
    std::int64_t st = 1;
    if (!step.isUndefined() && !step.isNone())
        st = asIndex(step, "step");
    if (st == 0)
        Interpreter::fail("A slice's step cannot be zero.", line);
    std::int64_t b, e;
    auto clamp = [&](const Value& v, std::int64_t dflt) -> std::int64_t {
        if (v.isUndefined() || v.isNone())
            return dflt;
        std::int64_t i = asIndex(v, "bound");
        if (i < 0)
            i += n;
        if (st > 0)
            return std::clamp<std::int64_t>(i, 0, n);
        return std::clamp<std::int64_t>(i, -1, n - 1);
    };
    b = clamp(start, st > 0 ? 0 : n - 1);
    e = clamp(stop, st > 0 ? n : -1);
    std::vector<std::size_t> out;
    if (st > 0)
        for (std::int64_t i = b; i < e; i += st)
            out.push_back(std::size_t(i));
    else
        for (std::int64_t i = b; i > e; i += st)
            out.push_back(std::size_t(i));
    return out;
}

bool isInt(const Value& v)
{
    return v.kind() == Value::Kind::Int || v.kind() == Value::Kind::Bool;
}

std::string operandError(const char* op, const Value& a, const Value& b)
{
    return std::string("unsupported operand type(s) for ") + op + ": '" + a.typeName() + "' and '" + b.typeName() + "'";
}

Value loopAttribute(const LoopState& s, const std::string& name)
{
    if (name == "index")
        return Value::integer(s.index0 + 1);
    if (name == "index0")
        return Value::integer(s.index0);
    if (name == "revindex")
        return Value::integer(s.length - s.index0);
    if (name == "revindex0")
        return Value::integer(s.length - s.index0 - 1);
    if (name == "first")
        return Value::boolean(s.index0 == 0);
    if (name == "last")
        return Value::boolean(s.index0 == s.length - 1);
    if (name == "length")
        return Value::integer(s.length);
    if (name == "depth")
        return Value::integer(1);
    if (name == "depth0")
        return Value::integer(0);
    if (name == "previtem")
        return s.index0 > 0 ? (*s.items)[std::size_t(s.index0 - 1)] : Value::undefined("loop.previtem");
    if (name == "nextitem")
        return s.index0 + 1 < s.length ? (*s.items)[std::size_t(s.index0 + 1)] : Value::undefined("loop.nextitem");
    return Value::undefined("loop." + name);
}

} // namespace

Value Arguments::get(std::size_t index, std::string_view name, Value fallback) const
{
    if (index < positional.size())
        return positional[index];
    for (const auto& [k, v] : keyword)
        if (k == name)
            return v;
    return fallback;
}

void Arguments::expectAtMost(std::size_t count, std::initializer_list<std::string_view> names,
                             std::string_view what) const
{
    if (positional.size() > count)
        Interpreter::fail(std::string(what) + " takes at most " + std::to_string(count) + " positional argument(s).",
                          line);
    for (const auto& [k, v] : keyword) {
        bool known = false;
        for (std::string_view n : names)
            known = known || n == k;
        if (!known)
            Interpreter::fail(std::string(what) + " has no argument named '" + k + "'.", line);
    }
}

Interpreter::Interpreter(const Limits& limits, std::time_t now)
    : m_limits(limits)
    , m_now(now)
{
    builtins::installGlobals(*this);
}

void Interpreter::fail(const std::string& message, int line)
{
    throw TemplateError{TemplateError::Kind::Render, message, line};
}

void Interpreter::setGlobal(std::string name, Value value)
{
    for (auto& [k, v] : m_globals.vars) {
        if (k == name) {
            v = std::move(value);
            return;
        }
    }
    m_globals.vars.emplace_back(std::move(name), std::move(value));
}

void Interpreter::step(int line)
{
    if (++m_steps > m_limits.maxSteps)
        throw TemplateError{TemplateError::Kind::Limit, "The template runs too many loop iterations or macro calls.",
                            line};
}

void Interpreter::checkSize(std::size_t bytes, int line) const
{
    if (bytes > m_limits.maxOutputBytes)
        throw TemplateError{
            TemplateError::Kind::Limit,
            "The template's output grows beyond " + std::to_string(m_limits.maxOutputBytes >> 20) + " MiB.", line};
}

void Interpreter::write(std::string& out, std::string_view text, int line)
{
    checkSize(out.size() + text.size(), line);
    out.append(text);
}

std::string Interpreter::render(const Body& body)
{
    m_steps = 0; // each rendering has the whole budget
    m_callDepth = 0;
    Frame root;
    root.parent = &m_globals;
    m_root = &root;
    std::string out;
    const Flow flow = execBody(body, root, out);
    if (flow != Flow::Normal)
        fail("{% break %} or {% continue %} outside a for loop.", 0);
    return out;
}

Value Interpreter::lookup(const std::string& name, Frame& frame) const
{
    for (const Frame* f = &frame; f; f = f->parent)
        for (const auto& [k, v] : f->vars)
            if (k == name)
                return v;
    return Value::undefined(name);
}

Interpreter::Flow Interpreter::execBody(const Body& body, Frame& frame, std::string& out)
{
    for (const auto& stmt : body) {
        const Flow flow = execStmt(*stmt, frame, out);
        if (flow != Flow::Normal)
            return flow;
    }
    return Flow::Normal;
}

Interpreter::Flow Interpreter::execStmt(const Stmt& stmt, Frame& frame, std::string& out)
{
    switch (stmt.kind) {
    case Stmt::Kind::Text:
        write(out, stmt.text, stmt.line);
        return Flow::Normal;
    case Stmt::Kind::Output: {
        const Value v = eval(*stmt.exprs[0], frame);
        if (v.isString())
            write(out, v.str(), stmt.line);
        else
            write(out, v.toString(), stmt.line);
        return Flow::Normal;
    }
    case Stmt::Kind::If:
        for (std::size_t i = 0; i < stmt.exprs.size(); ++i)
            if (eval(*stmt.exprs[i], frame).truthy())
                return execBody(stmt.bodies[i], frame, out);
        return execBody(stmt.bodies.back(), frame, out);
    case Stmt::Kind::For:
        return execFor(stmt, frame, out);
    case Stmt::Kind::Set:
        execSet(stmt, frame);
        return Flow::Normal;
    case Stmt::Kind::SetBlock: {
        std::string captured;
        Frame inner{{}, &frame};
        execBody(stmt.bodies[0], inner, captured);
        Value v = Value::string(std::move(captured));
        if (stmt.exprs[1])
            v = applyFilterChain(*stmt.exprs[1], v, frame);
        assign(*stmt.exprs[0], v, frame);
        return Flow::Normal;
    }
    case Stmt::Kind::Macro:
        assign(Expr{Expr::Kind::Name, stmt.line, stmt.text, {}, {}, {}, {}, false}, makeMacro(stmt, nullptr, frame),
               frame);
        return Flow::Normal;
    case Stmt::Kind::CallBlock: {
        // The block becomes the macro's implicit `caller` argument.
        const Expr& callExpr = *stmt.exprs[0];
        const Value callee = eval(*callExpr.args[0], frame);
        Arguments args = evalArgs(callExpr, 1, frame);
        args.keyword.emplace_back("caller", makeMacro(stmt, &stmt, frame));
        write(out, call(callee, args, stmt.line).toString(), stmt.line);
        return Flow::Normal;
    }
    case Stmt::Kind::FilterBlock: {
        std::string captured;
        Frame inner{{}, &frame};
        execBody(stmt.bodies[0], inner, captured);
        write(out, applyFilterChain(*stmt.exprs[0], Value::string(std::move(captured)), frame).toString(), stmt.line);
        return Flow::Normal;
    }
    case Stmt::Kind::Break:
        return Flow::Break;
    case Stmt::Kind::Continue:
        return Flow::Continue;
    case Stmt::Kind::Scope:
        return execBody(stmt.bodies[0], frame, out);
    }
    return Flow::Normal;
}

Interpreter::Flow Interpreter::execFor(const Stmt& stmt, Frame& frame, std::string& out)
{
    const Value iterable = eval(*stmt.exprs[0], frame);
    List items;
    switch (iterable.kind()) {
    case Value::Kind::List:
        items = iterable.items();
        break;
    case Value::Kind::Dict:
        for (const auto& [k, v] : iterable.dictItems())
            items.push_back(Value::string(k));
        break;
    case Value::Kind::String:
        for (char32_t c : text::decode(iterable.str()))
            items.push_back(Value::string(text::encode(std::u32string(1, c))));
        break;
    case Value::Kind::Undefined:
        break; // Jinja's Undefined iterates as empty
    default:
        fail(std::string("'") + iterable.typeName() + "' object is not iterable.", stmt.line);
    }
    auto bind = [&](Frame& f, const Value& item) {
        if (stmt.names.size() == 1) {
            f.vars.emplace_back(stmt.names[0], item);
            return;
        }
        if (!item.isList() || item.items().size() != stmt.names.size())
            fail("Cannot unpack " + std::string(item.typeName()) + " into " + std::to_string(stmt.names.size()) +
                     " loop variables.",
                 stmt.line);
        for (std::size_t i = 0; i < stmt.names.size(); ++i)
            f.vars.emplace_back(stmt.names[i], item.items()[i]);
    };
    // The inline `if` filters items before the loop sees them, so loop.index and loop.length
    // count only the kept items.
    if (const Expr* cond = stmt.exprs[1].get()) {
        List kept;
        for (const Value& item : items) {
            step(stmt.line);
            Frame f{{}, &frame};
            bind(f, item);
            if (eval(*cond, f).truthy())
                kept.push_back(item);
        }
        items = std::move(kept);
    }
    if (items.empty())
        return execBody(stmt.bodies[1], frame, out);
    auto state = std::make_shared<LoopState>();
    state->length = std::int64_t(items.size());
    state->items = &items;
    const Value loopValue = Value::loop(state);
    for (std::size_t i = 0; i < items.size(); ++i) {
        step(stmt.line);
        state->index0 = std::int64_t(i);
        // Each iteration gets its own scope: assignments inside a loop do not leak out of it.
        Frame f{{}, &frame};
        f.vars.reserve(stmt.names.size() + 2);
        f.vars.emplace_back("loop", loopValue);
        bind(f, items[i]);
        if (execBody(stmt.bodies[0], f, out) == Flow::Break)
            break;
    }
    return Flow::Normal;
}

void Interpreter::execSet(const Stmt& stmt, Frame& frame)
{
    assign(*stmt.exprs[0], eval(*stmt.exprs[1], frame), frame);
}

void Interpreter::assign(const Expr& target, const Value& value, Frame& frame)
{
    switch (target.kind) {
    case Expr::Kind::Name:
        for (auto& [k, v] : frame.vars) {
            if (k == target.name) {
                v = value;
                return;
            }
        }
        frame.vars.emplace_back(target.name, value);
        return;
    case Expr::Kind::Attribute: {
        Value ns = lookup(target.args[0]->name, frame);
        if (ns.kind() != Value::Kind::Namespace)
            fail("Cannot assign to '" + target.args[0]->name + "." + target.name +
                     "': only a namespace() has assignable attributes.",
                 target.line);
        // Python allows a namespace to hold itself; refusing namespaces inside namespaces keeps
        // every value a tree (no reference cycles, bounded printing). Chat templates never nest them.
        if (value.containsNamespace())
            fail("A namespace attribute cannot hold a namespace.", target.line);
        ns.set(target.name, value);
        return;
    }
    case Expr::Kind::Tuple: {
        if (!value.isList() || value.items().size() != target.args.size())
            fail("Cannot unpack " + std::string(value.typeName()) + " into " + std::to_string(target.args.size()) +
                     " names.",
                 target.line);
        for (std::size_t i = 0; i < target.args.size(); ++i)
            assign(*target.args[i], value.items()[i], frame);
        return;
    }
    default:
        fail("Cannot assign to this expression.", target.line);
    }
}

Value Interpreter::makeMacro(const Stmt& stmt, const Stmt* callBlock, Frame& frame)
{
    // A caller() of a {% call %} block sees the block's surroundings; a macro resolves free
    // names in the template's top-level scope when it runs (where Jinja's macros look).
    Frame* const scope = callBlock ? &frame : m_root;
    const Stmt* def = &stmt;
    const std::string name = callBlock ? "caller" : stmt.text;
    return Value::callable(
        [def, scope, name](Interpreter& in, Arguments& args) -> Value {
            in.step(def->line);
            if (++in.m_callDepth > in.m_limits.maxCallDepth) {
                --in.m_callDepth;
                throw TemplateError{TemplateError::Kind::Limit, "Macros call each other too deeply (" + name + ").",
                                    def->line};
            }
            struct DepthRestore
            {
                int& d;
                ~DepthRestore() { --d; }
            } restore{in.m_callDepth};
            if (args.positional.size() > def->names.size())
                fail("The macro '" + name + "' takes " + std::to_string(def->names.size()) + " argument(s), got " +
                         std::to_string(args.positional.size()) + ".",
                     args.line);
            Frame f{{}, scope};
            for (std::size_t i = 0; i < def->names.size(); ++i) {
                Value v = i < args.positional.size() ? args.positional[i] : Value::undefined(def->names[i]);
                bool given = i < args.positional.size();
                for (const auto& [k, kv] : args.keyword) {
                    if (k == def->names[i]) {
                        v = kv;
                        given = true;
                    }
                }
                if (!given && def->defaults[i])
                    v = in.eval(*def->defaults[i], f);
                f.vars.emplace_back(def->names[i], v);
            }
            for (const auto& [k, kv] : args.keyword) {
                bool known = false;
                for (const auto& n : def->names)
                    known = known || n == k;
                if (k == "caller" && !known)
                    f.vars.emplace_back(k, kv);
                else if (!known)
                    fail("The macro '" + name + "' has no argument named '" + k + "'.", args.line);
            }
            std::string out;
            const Body& body = def->bodies[0];
            in.execBody(body, f, out);
            return Value::string(std::move(out));
        },
        name);
}

Arguments Interpreter::evalArgs(const Expr& e, std::size_t firstArg, Frame& frame)
{
    Arguments args;
    args.line = e.line;
    for (std::size_t i = firstArg; i < e.args.size(); ++i)
        args.positional.push_back(eval(*e.args[i], frame));
    for (const auto& [k, v] : e.kwargs)
        args.keyword.emplace_back(k, eval(*v, frame));
    return args;
}

Value Interpreter::call(const Value& callee, Arguments& args, int line)
{
    if (callee.kind() != Value::Kind::Callable) {
        if (callee.isUndefined())
            undefinedError(callee, line);
        fail(std::string("'") + callee.typeName() + "' object is not callable.", line);
    }
    args.line = line;
    return callee.function()(*this, args);
}

Value Interpreter::callFilter(const std::string& name, const Value& operand, Arguments& args, int line)
{
    args.line = line;
    return builtins::filter(*this, name, operand, args);
}

bool Interpreter::callTest(const std::string& name, const Value& operand, Arguments& args, int line)
{
    args.line = line;
    return builtins::test(*this, name, operand, args);
}

Value Interpreter::getAttribute(const Value& object, const std::string& name, int line)
{
    switch (object.kind()) {
    case Value::Kind::Undefined:
        undefinedError(object, line);
    case Value::Kind::Loop: {
        if (name == "cycle") {
            auto state = object.loopState();
            return Value::callable(
                [state](Interpreter&, Arguments& args) -> Value {
                    if (args.positional.empty())
                        fail("loop.cycle() needs at least one value.", args.line);
                    return args.positional[std::size_t(state->index0) % args.positional.size()];
                },
                "loop.cycle");
        }
        return loopAttribute(*object.loopState(), name);
    }
    case Value::Kind::Namespace:
        if (const Value* v = object.find(name))
            return *v;
        return Value::undefined(name);
    case Value::Kind::Dict: {
        // Python Jinja tries getattr first: a dict's methods shadow keys of the same name.
        Value m = builtins::method(object, name);
        if (!m.isUndefined())
            return m;
        if (const Value* v = object.find(name))
            return *v;
        return Value::undefined(name);
    }
    case Value::Kind::String:
    case Value::Kind::List: {
        Value m = builtins::method(object, name);
        return m.isUndefined() ? Value::undefined(name) : m;
    }
    default:
        return Value::undefined(name);
    }
}

Value Interpreter::getItem(const Value& object, const Value& key, int line)
{
    switch (object.kind()) {
    case Value::Kind::Undefined:
        undefinedError(object, line);
    case Value::Kind::List:
        if (isInt(key)) {
            std::int64_t i = key.asInt();
            if (normalizeIndex(i, object.items().size()))
                return object.items()[std::size_t(i)];
            return Value::undefined();
        }
        break;
    case Value::Kind::String:
        if (isInt(key)) {
            const std::u32string cps = text::decode(object.str());
            std::int64_t i = key.asInt();
            if (normalizeIndex(i, cps.size()))
                return Value::string(text::encode(std::u32string(1, cps[std::size_t(i)])));
            return Value::undefined();
        }
        break;
    case Value::Kind::Dict:
    case Value::Kind::Namespace:
        if (key.isString()) {
            if (const Value* v = object.find(key.str()))
                return *v;
        }
        return key.isString() && object.kind() == Value::Kind::Dict ? builtins::method(object, key.str())
                                                                    : Value::undefined();
    case Value::Kind::Loop:
        if (key.isString())
            return getAttribute(object, key.str(), line);
        break;
    default:
        break;
    }
    // Jinja falls back to the attribute of that name, then to undefined.
    if (key.isString())
        return getAttribute(object, key.str(), line);
    return Value::undefined();
}

Value Interpreter::applyFilterChain(const Expr& filter, const Value& input, Frame& frame)
{
    const Value operand = filter.args[0] ? applyFilterChain(*filter.args[0], input, frame) : input;
    Arguments args = evalArgs(filter, 1, frame);
    return callFilter(filter.name, operand, args, filter.line);
}

Value Interpreter::eval(const Expr& e, Frame& frame)
{
    switch (e.kind) {
    case Expr::Kind::Literal:
        return e.value;
    case Expr::Kind::Name:
        return lookup(e.name, frame);
    case Expr::Kind::List:
    case Expr::Kind::Tuple: {
        List items;
        items.reserve(e.args.size());
        for (const auto& a : e.args)
            items.push_back(eval(*a, frame));
        return e.kind == Expr::Kind::Tuple ? Value::tuple(std::move(items)) : Value::list(std::move(items));
    }
    case Expr::Kind::Dict: {
        Value d = Value::dict();
        for (std::size_t i = 0; i + 1 < e.args.size(); i += 2) {
            const Value k = eval(*e.args[i], frame);
            if (!k.isString())
                fail("Dict keys in a template must be strings here.", e.line);
            d.set(k.str(), eval(*e.args[i + 1], frame));
        }
        return d;
    }
    case Expr::Kind::Attribute:
        return getAttribute(eval(*e.args[0], frame), e.name, e.line);
    case Expr::Kind::Subscript:
        return getItem(eval(*e.args[0], frame), eval(*e.args[1], frame), e.line);
    case Expr::Kind::Slice: {
        const Value obj = eval(*e.args[0], frame);
        const Value start = e.args[1] ? eval(*e.args[1], frame) : Value::none();
        const Value stop = e.args[2] ? eval(*e.args[2], frame) : Value::none();
        const Value stepV = e.args[3] ? eval(*e.args[3], frame) : Value::none();
        if (obj.isUndefined())
            undefinedError(obj, e.line);
        if (obj.isList()) {
            List out;
            for (std::size_t i : slicePositions(obj.items().size(), start, stop, stepV, e.line))
                out.push_back(obj.items()[i]);
            return Value::list(std::move(out));
        }
        if (obj.isString()) {
            const std::u32string cps = text::decode(obj.str());
            std::u32string out;
            for (std::size_t i : slicePositions(cps.size(), start, stop, stepV, e.line))
                out.push_back(cps[i]);
            return Value::string(text::encode(out));
        }
        return Value::undefined();
    }
    case Expr::Kind::Unary: {
        const Value v = eval(*e.args[0], frame);
        if (e.name == "not")
            return Value::boolean(!v.truthy());
        if (v.kind() == Value::Kind::Float)
            return Value::floating(e.name == "-" ? -v.asDouble() : v.asDouble());
        if (isInt(v)) {
            if (e.name == "-" && v.asInt() == std::numeric_limits<std::int64_t>::min())
                fail("Integer overflow.", e.line);
            return Value::integer(e.name == "-" ? -v.asInt() : v.asInt());
        }
        fail(std::string("bad operand type for unary ") + e.name + ": '" + v.typeName() + "'", e.line);
    }
    case Expr::Kind::Binary:
        return evalBinary(e, frame);
    case Expr::Kind::Compare:
        return Value::boolean(evalCompare(e, frame));
    case Expr::Kind::Conditional:
        if (eval(*e.args[0], frame).truthy())
            return eval(*e.args[1], frame);
        return e.args[2] ? eval(*e.args[2], frame) : Value::undefined();
    case Expr::Kind::Filter: {
        if (!e.args[0])
            fail("A filter has no value to filter.", e.line);
        const Value operand = eval(*e.args[0], frame);
        Arguments args = evalArgs(e, 1, frame);
        return callFilter(e.name, operand, args, e.line);
    }
    case Expr::Kind::Test: {
        const Value operand = eval(*e.args[0], frame);
        Arguments args = evalArgs(e, 1, frame);
        return Value::boolean(callTest(e.name, operand, args, e.line) != e.negated);
    }
    case Expr::Kind::Call:
        return evalCall(e, frame);
    }
    return Value::undefined();
}

Value Interpreter::evalCall(const Expr& e, Frame& frame)
{
    const Value callee = eval(*e.args[0], frame);
    Arguments args = evalArgs(e, 1, frame);
    if (callee.isUndefined() && e.args[0]->kind == Expr::Kind::Attribute)
        fail("'" + e.args[0]->name + "' is not a method the template can call here.", e.line);
    return call(callee, args, e.line);
}

Value Interpreter::evalBinary(const Expr& e, Frame& frame)
{
    const std::string& op = e.name;
    if (op == "and") {
        Value l = eval(*e.args[0], frame);
        return l.truthy() ? eval(*e.args[1], frame) : l;
    }
    if (op == "or") {
        Value l = eval(*e.args[0], frame);
        return l.truthy() ? l : eval(*e.args[1], frame);
    }
    const Value a = eval(*e.args[0], frame);
    const Value b = eval(*e.args[1], frame);
    if (op == "~") {
        std::string s = a.toString() + b.toString();
        checkSize(s.size(), e.line);
        return Value::string(std::move(s));
    }
    if (a.isUndefined() || b.isUndefined())
        undefinedError(a.isUndefined() ? a : b, e.line);
    if (op == "+") {
        if (a.isString() && b.isString()) {
            checkSize(a.str().size() + b.str().size(), e.line);
            return Value::string(a.str() + b.str());
        }
        if (a.isList() && b.isList()) {
            List out = a.items();
            out.insert(out.end(), b.items().begin(), b.items().end());
            return Value::list(std::move(out));
        }
    }
    if (op == "*" && (((a.isString() || a.isList()) && isInt(b)) || ((b.isString() || b.isList()) && isInt(a)))) {
        const Value& seq = isInt(b) ? a : b;
        const std::int64_t n = std::max<std::int64_t>(0, isInt(b) ? b.asInt() : a.asInt());
        const std::size_t unit = seq.isString() ? seq.str().size() : seq.items().size() * sizeof(Value);
        if (unit && std::uint64_t(n) > m_limits.maxOutputBytes / unit)
            checkSize(m_limits.maxOutputBytes + 1, e.line);
        if (seq.isString()) {
            std::string out;
            for (std::int64_t i = 0; i < n; ++i)
                out += seq.str();
            return Value::string(std::move(out));
        }
        List out;
        for (std::int64_t i = 0; i < n; ++i)
            out.insert(out.end(), seq.items().begin(), seq.items().end());
        return Value::list(std::move(out));
    }
    if (!a.isNumber() || !b.isNumber())
        fail(operandError(op.c_str(), a, b), e.line);
    const bool ints = isInt(a) && isInt(b);
    if (ints && op != "/" && op != "**") {
        const std::int64_t x = a.asInt(), y = b.asInt();
        std::int64_t r = 0;
        if (op == "+" && !__builtin_add_overflow(x, y, &r))
            return Value::integer(r);
        if (op == "-" && !__builtin_sub_overflow(x, y, &r))
            return Value::integer(r);
        if (op == "*" && !__builtin_mul_overflow(x, y, &r))
            return Value::integer(r);
        if (op == "//" || op == "%") {
            if (y == 0)
                fail("integer division or modulo by zero", e.line);
            if (x == std::numeric_limits<std::int64_t>::min() && y == -1)
                fail("Integer overflow.", e.line);
            std::int64_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) { // Python floors toward negative infinity
                --q;
                m += y;
            }
            return Value::integer(op == "//" ? q : m);
        }
        fail("Integer overflow.", e.line);
    }
    const double x = a.asDouble(), y = b.asDouble();
    if (op == "+")
        return Value::floating(x + y);
    if (op == "-")
        return Value::floating(x - y);
    if (op == "*")
        return Value::floating(x * y);
    if (op == "/") {
        if (y == 0)
            fail("division by zero", e.line);
        return Value::floating(x / y);
    }
    if (op == "//" || op == "%") {
        if (y == 0)
            fail("float division or modulo by zero", e.line);
        double m = std::fmod(x, y);
        if (m != 0 && ((m < 0) != (y < 0)))
            m += y;
        return Value::floating(op == "%" ? m : std::floor(x / y));
    }
    if (op == "**") {
        if (ints && b.asInt() >= 0) {
            std::int64_t base = a.asInt(), exp = b.asInt(), r = 1;
            while (exp > 0) {
                if ((exp & 1) && __builtin_mul_overflow(r, base, &r))
                    fail("Integer overflow.", e.line);
                exp >>= 1;
                if (exp > 0 && __builtin_mul_overflow(base, base, &base))
                    fail("Integer overflow.", e.line);
            }
            return Value::integer(r);
        }
        return Value::floating(std::pow(x, y));
    }
    fail("Unknown operator " + op + ".", e.line);
}

bool Interpreter::evalCompare(const Expr& e, Frame& frame)
{
    Value left = eval(*e.args[0], frame);
    for (std::size_t i = 0; i < e.compareOps.size(); ++i) {
        const Value right = eval(*e.args[i + 1], frame);
        const std::string& op = e.compareOps[i];
        bool r = false;
        if (op == "==")
            r = valuesEqual(left, right);
        else if (op == "!=")
            r = !valuesEqual(left, right);
        else if (op == "in" || op == "not in") {
            Arguments args;
            args.positional.push_back(right);
            r = callTest("in", left, args, e.line);
            if (op == "not in")
                r = !r;
        } else {
            const int c = builtins::compare(*this, left, right, e.line);
            r = op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0;
        }
        if (!r)
            return false;
        left = right;
    }
    return true;
}

} // namespace td::jinja
