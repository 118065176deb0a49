#pragma once

#include "tokens/template/JinjaAst.h"
#include "tokens/template/JinjaValue.h"

#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace td::jinja {

// The arguments of a call, filter, test or method: positional, then keyword.
struct Arguments
{
    List positional;
    DictItems keyword;
    int line = 0;

    // The argument at position `index` or named `name`; `fallback` when neither was given.
    Value get(std::size_t index, std::string_view name, Value fallback = Value()) const;
    // Refuses arguments beyond `count` positional ones and the listed keywords.
    void expectAtMost(std::size_t count, std::initializer_list<std::string_view> names, std::string_view what) const;
};

// Bounds on one render, so a hostile template or row costs bounded time and memory.
struct Limits
{
    std::size_t maxOutputBytes = 64u << 20; // the rendered text, and any single string built on the way
    std::int64_t maxSteps = 20'000'000;     // loop iterations and macro calls together
    int maxCallDepth = 64;                  // nested macro calls
};

// Renders a parsed template with Python Jinja's semantics as Hugging Face configures it
// (ImmutableSandboxedEnvironment: lists and dicts cannot be modified; loop controls on).
// Throws TemplateError; ChatTemplate turns that into an Error value.
class Interpreter
{
public:
    Interpreter(const Limits& limits, std::time_t now);

    void setGlobal(std::string name, Value value);
    std::string render(const Body& body);

    // Used by the builtins.
    Value call(const Value& callee, Arguments& args, int line);
    Value callFilter(const std::string& name, const Value& operand, Arguments& args, int line);
    bool callTest(const std::string& name, const Value& operand, Arguments& args, int line);
    Value getAttribute(const Value& object, const std::string& name, int line);
    Value getItem(const Value& object, const Value& key, int line);
    void step(int line); // counts one unit of work against Limits::maxSteps
    void checkSize(std::size_t bytes, int line) const;
    std::time_t now() const { return m_now; }
    [[noreturn]] static void fail(const std::string& message, int line);

private:
    struct Frame
    {
        DictItems vars;
        Frame* parent = nullptr;
    };
    enum class Flow { Normal, Break, Continue };

    Flow execBody(const Body& body, Frame& frame, std::string& out);
    Flow execStmt(const Stmt& stmt, Frame& frame, std::string& out);
    Flow execFor(const Stmt& stmt, Frame& frame, std::string& out);
    void execSet(const Stmt& stmt, Frame& frame);
    void assign(const Expr& target, const Value& value, Frame& frame);
    Value makeMacro(const Stmt& stmt, const Stmt* callBlock, Frame& frame);
    Value eval(const Expr& e, Frame& frame);
    Value evalCall(const Expr& e, Frame& frame);
    Value evalBinary(const Expr& e, Frame& frame);
    bool evalCompare(const Expr& e, Frame& frame);
    Value applyFilterChain(const Expr& filter, const Value& input, Frame& frame);
    Arguments evalArgs(const Expr& e, std::size_t firstArg, Frame& frame);
    Value lookup(const std::string& name, Frame& frame) const;
    void write(std::string& out, std::string_view text, int line);

    Limits m_limits;
    std::time_t m_now;
    Frame m_globals;
    Frame* m_root = nullptr; // the template's top-level frame, where macros resolve free names
    std::int64_t m_steps = 0;
    int m_callDepth = 0;
};

} // namespace td::jinja
