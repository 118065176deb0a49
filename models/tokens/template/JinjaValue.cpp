#include "tokens/template/JinjaValue.h"

#include "tokens/template/JinjaError.h"
#include "tokens/template/JinjaText.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace td::jinja {

Value Value::none()
{
    Value v;
    v.m_kind = Kind::None;
    return v;
}

Value Value::boolean(bool b)
{
    Value v;
    v.m_kind = Kind::Bool;
    v.m_b = b;
    return v;
}

Value Value::integer(std::int64_t i)
{
    Value v;
    v.m_kind = Kind::Int;
    v.m_i = i;
    return v;
}

Value Value::floating(double f)
{
    Value v;
    v.m_kind = Kind::Float;
    v.m_f = f;
    return v;
}

Value Value::string(std::string s)
{
    Value v;
    v.m_kind = Kind::String;
    v.m_s = std::make_shared<const std::string>(std::move(s));
    return v;
}

namespace {

int nestedDepth(int childDepth)
{
    if (childDepth + 1 > Value::kMaxDepth)
        throw TemplateError{TemplateError::Kind::Limit, "Lists and dicts nest too deeply.", 0};
    return childDepth + 1;
}

} // namespace

Value Value::list(List items)
{
    Value v;
    v.m_kind = Kind::List;
    int d = 0;
    for (const Value& i : items)
        d = std::max(d, i.m_depth);
    v.m_depth = nestedDepth(d);
    v.m_list = std::make_shared<List>(std::move(items));
    return v;
}

Value Value::dict(DictItems items)
{
    Value v;
    v.m_kind = Kind::Dict;
    int d = 0;
    for (const auto& [k, i] : items)
        d = std::max(d, i.m_depth);
    v.m_depth = nestedDepth(d);
    v.m_dict = std::make_shared<DictItems>(std::move(items));
    return v;
}

Value Value::tuple(List items)
{
    Value v = list(std::move(items));
    v.m_tuple = true;
    return v;
}

bool Value::containsNamespace() const
{
    if (m_kind == Kind::Namespace)
        return true;
    if (m_kind == Kind::List)
        return std::any_of(m_list->begin(), m_list->end(), [](const Value& v) { return v.containsNamespace(); });
    if (m_kind == Kind::Dict)
        return std::any_of(m_dict->begin(), m_dict->end(),
                           [](const auto& kv) { return kv.second.containsNamespace(); });
    return false;
}

Value Value::namespaceObject(DictItems items)
{
    Value v = dict(std::move(items));
    v.m_kind = Kind::Namespace;
    v.m_depth = 1; // attributes are set later; a namespace never holds another (see Interpreter::assign)
    return v;
}

Value Value::callable(Callable fn, std::string name)
{
    Value v;
    v.m_kind = Kind::Callable;
    v.m_fn = std::make_shared<Callable>(std::move(fn));
    v.m_name = std::move(name);
    return v;
}

Value Value::loop(std::shared_ptr<LoopState> state)
{
    Value v;
    v.m_kind = Kind::Loop;
    v.m_loop = std::move(state);
    return v;
}

Value Value::undefined(std::string hint)
{
    Value v;
    v.m_name = std::move(hint);
    return v;
}

Value Value::fromJson(const nlohmann::ordered_json& j)
{
    switch (j.type()) {
    case nlohmann::ordered_json::value_t::null:
        return none();
    case nlohmann::ordered_json::value_t::boolean:
        return boolean(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer:
        return integer(j.get<std::int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned: {
        const auto u = j.get<std::uint64_t>();
        // Python's int has no limit; beyond int64 we keep the value as a float rather than wrap.
        return u <= std::uint64_t(INT64_MAX) ? integer(std::int64_t(u)) : floating(double(u));
    }
    case nlohmann::ordered_json::value_t::number_float:
        return floating(j.get<double>());
    case nlohmann::ordered_json::value_t::string:
        return string(j.get_ref<const std::string&>());
    case nlohmann::ordered_json::value_t::array: {
        List items;
        items.reserve(j.size());
        for (const auto& e : j)
            items.push_back(fromJson(e));
        return list(std::move(items));
    }
    case nlohmann::ordered_json::value_t::object: {
        DictItems items;
        items.reserve(j.size());
        for (auto it = j.begin(); it != j.end(); ++it)
            items.emplace_back(it.key(), fromJson(it.value()));
        return dict(std::move(items));
    }
    default:
        return none();
    }
}

const std::string& Value::str() const
{
    static const std::string empty;
    return m_s ? *m_s : empty;
}

const void* Value::identity() const
{
    if (m_dict)
        return m_dict.get();
    if (m_fn)
        return m_fn.get();
    return m_loop.get();
}

const Value* Value::find(std::string_view key) const
{
    if (!m_dict)
        return nullptr;
    for (const auto& [k, v] : *m_dict)
        if (k == key)
            return &v;
    return nullptr;
}

void Value::set(std::string key, Value value)
{
    if (m_kind == Kind::Dict)
        m_depth = std::max(m_depth, nestedDepth(value.m_depth));
    for (auto& [k, v] : *m_dict) {
        if (k == key) {
            v = std::move(value);
            return;
        }
    }
    m_dict->emplace_back(std::move(key), std::move(value));
}

bool Value::truthy() const
{
    switch (m_kind) {
    case Kind::Undefined:
    case Kind::None:
        return false;
    case Kind::Bool:
        return m_b;
    case Kind::Int:
        return m_i != 0;
    case Kind::Float:
        return m_f != 0.0;
    case Kind::String:
        return !m_s->empty();
    case Kind::List:
        return !m_list->empty();
    case Kind::Dict:
        return !m_dict->empty();
    case Kind::Namespace:
    case Kind::Callable:
    case Kind::Loop:
        return true;
    }
    return false;
}

std::string pythonFloat(double f)
{
    if (std::isnan(f))
        return "nan";
    if (std::isinf(f))
        return f < 0 ? "-inf" : "inf";
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    const std::size_t e = sci.find('e');
    std::string mantissa = sci.substr(0, e);
    const int exponent = std::atoi(sci.c_str() + e + 1);
    std::string sign;
    if (!mantissa.empty() && mantissa[0] == '-') {
        sign = "-";
        mantissa.erase(0, 1);
    }
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits.push_back(c);
    if (exponent < -4 || exponent >= 16) {
        std::string out = sign + digits.substr(0, 1);
        if (digits.size() > 1)
            out += "." + digits.substr(1);
        char ex[16];
        std::snprintf(ex, sizeof ex, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        return out + ex;
    }
    if (exponent < 0)
        return sign + "0." + std::string(std::size_t(-exponent - 1), '0') + digits;
    const std::size_t intDigits = std::size_t(exponent) + 1;
    if (digits.size() <= intDigits)
        return sign + digits + std::string(intDigits - digits.size(), '0') + ".0";
    return sign + digits.substr(0, intDigits) + "." + digits.substr(intDigits);
}

std::string Value::toString() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return {};
    case Kind::String:
        return *m_s;
    case Kind::Namespace:
        return "<Namespace " + Value::dict(*m_dict).repr() + ">";
    default:
        return repr();
    }
}

std::string Value::repr() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return {};
    case Kind::None:
        return "None";
    case Kind::Bool:
        return m_b ? "True" : "False";
    case Kind::Int:
        return std::to_string(m_i);
    case Kind::Float:
        return pythonFloat(m_f);
    case Kind::String:
        return text::repr(*m_s);
    case Kind::List: {
        std::string out = m_tuple ? "(" : "[";
        for (std::size_t i = 0; i < m_list->size(); ++i) {
            if (i)
                out += ", ";
            out += (*m_list)[i].repr();
        }
        if (m_tuple)
            return out + (m_list->size() == 1 ? ",)" : ")");
        return out + "]";
    }
    case Kind::Dict: {
        std::string out = "{";
        bool first = true;
        for (const auto& [k, v] : *m_dict) {
            if (!first)
                out += ", ";
            first = false;
            out += text::repr(k) + ": " + v.repr();
        }
        return out + "}";
    }
    case Kind::Namespace:
        return toString();
    case Kind::Callable:
        return "<function " + m_name + ">";
    case Kind::Loop:
        return "<LoopContext>";
    }
    return {};
}

const char* Value::typeName() const
{
    switch (m_kind) {
    case Kind::Undefined:
        return "undefined";
    case Kind::None:
        return "NoneType";
    case Kind::Bool:
        return "bool";
    case Kind::Int:
        return "int";
    case Kind::Float:
        return "float";
    case Kind::String:
        return "str";
    case Kind::List:
        return "list";
    case Kind::Dict:
        return "dict";
    case Kind::Namespace:
        return "Namespace";
    case Kind::Callable:
        return "function";
    case Kind::Loop:
        return "LoopContext";
    }
    return "object";
}

bool valuesEqual(const Value& a, const Value& b)
{
    if (a.isNumber() && b.isNumber()) {
        if (a.kind() == Value::Kind::Float || b.kind() == Value::Kind::Float)
            return a.asDouble() == b.asDouble();
        return a.asInt() == b.asInt();
    }
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case Value::Kind::Undefined:
    case Value::Kind::None:
        return true;
    case Value::Kind::String:
        return a.str() == b.str();
    case Value::Kind::List: {
        if (a.isTuple() != b.isTuple() || a.items().size() != b.items().size())
            return false;
        for (std::size_t i = 0; i < a.items().size(); ++i)
            if (!valuesEqual(a.items()[i], b.items()[i]))
                return false;
        return true;
    }
    case Value::Kind::Dict: {
        if (a.dictItems().size() != b.dictItems().size())
            return false;
        for (const auto& [k, v] : a.dictItems()) {
            const Value* other = b.find(k);
            if (!other || !valuesEqual(v, *other))
                return false;
        }
        return true;
    }
    default:
        // Namespaces, functions and loops are equal only to themselves.
        return a.identity() == b.identity();
    }
}

} // namespace td::jinja
