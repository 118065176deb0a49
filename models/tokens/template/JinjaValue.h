#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td::jinja {

class Value;
struct Arguments;
class Interpreter;

using List = std::vector<Value>;
// A Python dict: insertion-ordered, looked up linearly (chat template dicts have a handful of keys).
using DictItems = std::vector<std::pair<std::string, Value>>;
using Callable = std::function<Value(Interpreter&, Arguments&)>;
struct LoopState;

// A template value with Python's semantics (what Hugging Face's Jinja sees after json.loads):
// strings, lists and dicts are shared by reference like Python objects, so a namespace() set in a
// loop is the same object outside it. Copies are cheap (a reference count).
class Value
{
public:
    enum class Kind { Undefined, None, Bool, Int, Float, String, List, Dict, Namespace, Callable, Loop };

    Value() = default; // Undefined
    static Value none();
    static Value boolean(bool b);
    static Value integer(std::int64_t i);
    static Value floating(double f);
    static Value string(std::string s);
    static Value list(List items = {});
    // A Python tuple: a list that prints with parentheses and is never equal to a list.
    static Value tuple(List items);
    bool isTuple() const { return m_tuple; }
    static Value dict(DictItems items = {});
    static Value namespaceObject(DictItems items = {});
    static Value callable(Callable fn, std::string name);
    static Value loop(std::shared_ptr<LoopState> state);
    // Undefined that remembers the name it was looked up by, for error messages.
    static Value undefined(std::string hint = {});
    static Value fromJson(const nlohmann::ordered_json& json);

    Kind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isString() const { return m_kind == Kind::String; }
    bool isNumber() const { return m_kind == Kind::Int || m_kind == Kind::Float || m_kind == Kind::Bool; }
    bool isList() const { return m_kind == Kind::List; }
    bool isMapping() const { return m_kind == Kind::Dict || m_kind == Kind::Namespace; }

    bool asBool() const { return m_b; }
    std::int64_t asInt() const { return m_kind == Kind::Float ? std::int64_t(m_f) : m_kind == Kind::Bool ? m_b : m_i; }
    double asDouble() const { return m_kind == Kind::Float ? m_f : double(m_kind == Kind::Bool ? m_b : m_i); }
    const std::string& str() const; // String only
    const List& items() const { return *m_list; }
    List& mutableItems() { return *m_list; }
    const DictItems& dictItems() const { return *m_dict; }
    DictItems& mutableDictItems() { return *m_dict; }
    const Callable& function() const { return *m_fn; }
    const std::string& name() const { return m_name; } // Callable's name, Undefined's hint
    const std::shared_ptr<LoopState>& loopState() const { return m_loop; }
    // How deeply lists and dicts nest inside this value; bounded (kMaxDepth) so printing,
    // comparing, serializing and destroying values never recurse without limit.
    int depth() const { return m_depth; }
    static constexpr int kMaxDepth = 256;
    bool containsNamespace() const;

    // The shared object behind a namespace, function or loop (what Python's `is` compares).
    const void* identity() const;

    // A dict's or namespace's entry, nullptr when absent.
    const Value* find(std::string_view key) const;
    void set(std::string key, Value value); // dict or namespace

    bool truthy() const;
    // Python's str(): what {{ value }} prints.
    std::string toString() const;
    // Python's repr(): how a value inside a printed list or dict looks.
    std::string repr() const;
    const char* typeName() const;

private:
    Kind m_kind = Kind::Undefined;
    bool m_b = false;
    std::int64_t m_i = 0;
    double m_f = 0;
    std::shared_ptr<const std::string> m_s;
    std::shared_ptr<List> m_list;
    std::shared_ptr<DictItems> m_dict;
    std::shared_ptr<Callable> m_fn;
    std::shared_ptr<LoopState> m_loop;
    std::string m_name;
    int m_depth = 0;
    bool m_tuple = false;
};

// Python's == between template values (1 == 1.0 == True, lists and dicts deeply).
bool valuesEqual(const Value& a, const Value& b);
// Python's repr() of a float ("1.0", "0.1", "1e+16", "inf").
std::string pythonFloat(double f);

// The state behind `loop` in a for loop.
struct LoopState
{
    std::int64_t index0 = 0;
    std::int64_t length = 0;
    const List* items = nullptr; // the filtered items being iterated (previtem, nextitem)
};

} // namespace td::jinja
