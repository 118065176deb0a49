#include "tokens/template/JinjaBuiltins.h"

#include "tokens/template/JinjaError.h"
#include "tokens/template/JinjaInterpreter.h"
#include "tokens/template/JinjaJson.h"
#include "tokens/template/JinjaText.h"

#include <QChar>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <ctime>

namespace td::jinja::builtins {

namespace {

[[noreturn]] void fail(const std::string& message, int line)
{
    Interpreter::fail(message, line);
}

const std::string& needString(const Value& v, const char* what, int line)
{
    if (!v.isString())
        fail(std::string(what) + " needs a string, not " + v.typeName() + ".", line);
    return v.str();
}

std::int64_t needInt(const Value& v, const char* what, int line)
{
    if (v.kind() != Value::Kind::Int && v.kind() != Value::Kind::Bool)
        fail(std::string(what) + " needs an integer, not " + v.typeName() + ".", line);
    return v.asInt();
}

// The items a filter iterates: a list's items, a dict's keys, a string's characters.
List iterate(const Value& v, const char* what, int line)
{
    switch (v.kind()) {
    case Value::Kind::List:
        return v.items();
    case Value::Kind::Dict: {
        List keys;
        for (const auto& [k, x] : v.dictItems())
            keys.push_back(Value::string(k));
        return keys;
    }
    case Value::Kind::String: {
        List chars;
        for (char32_t c : text::decode(v.str()))
            chars.push_back(Value::string(text::encode(std::u32string(1, c))));
        return chars;
    }
    case Value::Kind::Undefined:
        return {};
    default:
        fail(std::string(what) + ": '" + v.typeName() + "' object is not iterable.", line);
    }
}

// Jinja's attribute lookup for filters (selectattr, map, sort): dotted paths, integer parts index.
Value attributePath(Interpreter& in, const Value& item, const std::string& path, int line)
{
    Value v = item;
    std::size_t pos = 0;
    while (true) {
        const std::size_t dot = path.find('.', pos);
        const std::string part = path.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
        const bool digits =
            !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (v.isUndefined())
            return v;
        v = digits ? in.getItem(v, Value::integer(std::atoll(part.c_str())), line)
                   : in.getItem(v, Value::string(part), line);
        if (dot == std::string::npos)
            return v;
        pos = dot + 1;
    }
}

Value lowerIfString(const Value& v, bool caseSensitive)
{
    return !caseSensitive && v.isString() ? Value::string(text::lower(v.str())) : v;
}

std::string toSpaces(const Value& v, int line)
{
    if (v.isString())
        return v.str();
    const std::int64_t n = needInt(v, "indent", line);
    return std::string(std::size_t(std::clamp<std::int64_t>(n, 0, 1000)), ' ');
}

// Python's str.splitlines(): the line breaks it knows, without keeping them.
std::vector<std::string> splitLines(const std::string& s)
{
    std::vector<std::string> lines;
    const std::u32string cps = text::decode(s);
    std::u32string cur;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const char32_t c = cps[i];
        const bool brk = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E ||
                         c == 0x85 || c == 0x2028 || c == 0x2029;
        if (!brk) {
            cur.push_back(c);
            continue;
        }
        if (c == '\r' && i + 1 < cps.size() && cps[i + 1] == '\n')
            ++i;
        lines.push_back(text::encode(cur));
        cur.clear();
    }
    if (!cur.empty())
        lines.push_back(text::encode(cur));
    return lines;
}

std::string htmlEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&#34;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

// str.format with {} / {0} / {name} fields (no format specs: chat templates do not use them).
std::string pyFormat(const std::string& fmt, const Arguments& args)
{
    std::string out;
    std::size_t auto_ = 0;
    for (std::size_t i = 0; i < fmt.size(); ++i) {
        const char c = fmt[i];
        if (c == '{' && i + 1 < fmt.size() && fmt[i + 1] == '{') {
            out.push_back('{');
            ++i;
        } else if (c == '}' && i + 1 < fmt.size() && fmt[i + 1] == '}') {
            out.push_back('}');
            ++i;
        } else if (c == '{') {
            const std::size_t close = fmt.find('}', i);
            if (close == std::string::npos)
                fail("format: a '{' field is never closed.", args.line);
            const std::string field = fmt.substr(i + 1, close - i - 1);
            if (field.find_first_of(":!.[") != std::string::npos)
                throw TemplateError{TemplateError::Kind::Unsupported, "format: format specs are not supported.",
                                    args.line};
            Value v;
            if (field.empty()) {
                v = args.get(auto_++, "\x01");
            } else if (std::all_of(field.begin(), field.end(), [](char d) { return d >= '0' && d <= '9'; })) {
                v = args.get(std::size_t(std::atoll(field.c_str())), "\x01");
            } else {
                v = args.get(SIZE_MAX, field);
            }
            if (v.isUndefined())
                fail("format: no argument for the field {" + field + "}.", args.line);
            out += v.toString();
            i = close;
        } else if (c == '}') {
            fail("format: a single '}' in the format string.", args.line);
        } else {
            out.push_back(c);
        }
    }
    return out;
}

Value stringMethod(const Value& self, const std::string& name, Arguments& a)
{
    const std::string& s = self.str();
    const int line = a.line;
    auto optChars = [&](std::size_t i, std::string_view key, std::string& storage) -> const std::string* {
        const Value c = a.get(i, key);
        if (c.isUndefined() || c.isNone())
            return nullptr;
        storage = needString(c, name.c_str(), line);
        return &storage;
    };
    if (name == "startswith" || name == "endswith") {
        const Value p = a.get(0, "prefix");
        List options = p.isList() ? p.items() : List{p};
        for (const Value& o : options) {
            const std::string& x = needString(o, name.c_str(), line);
            const bool hit = name == "startswith"
                                 ? s.compare(0, x.size(), x) == 0 && s.size() >= x.size()
                                 : s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
            if (hit)
                return Value::boolean(true);
        }
        return Value::boolean(false);
    }
    if (name == "strip" || name == "lstrip" || name == "rstrip") {
        std::string storage;
        const std::string* chars = optChars(0, "chars", storage);
        return Value::string(text::strip(s, chars, name != "rstrip", name != "lstrip"));
    }
    if (name == "split" || name == "rsplit") {
        std::string storage;
        const std::string* sep = optChars(0, "sep", storage);
        if (sep && sep->empty())
            fail("split: empty separator.", line);
        const Value maxv = a.get(1, "maxsplit", Value::integer(-1));
        const std::int64_t maxsplit = needInt(maxv, "split", line);
        if (name == "rsplit" && maxsplit >= 0)
            throw TemplateError{TemplateError::Kind::Unsupported, "rsplit with maxsplit is not supported.", line};
        List out;
        for (auto& part : text::split(s, sep, maxsplit))
            out.push_back(Value::string(std::move(part)));
        return Value::list(std::move(out));
    }
    if (name == "upper")
        return Value::string(text::upper(s));
    if (name == "lower")
        return Value::string(text::lower(s));
    if (name == "title")
        return Value::string(text::pythonTitle(s));
    if (name == "capitalize")
        return Value::string(text::capitalize(s));
    if (name == "replace") {
        const std::string& from = needString(a.get(0, "old"), "replace", line);
        const std::string& to = needString(a.get(1, "new"), "replace", line);
        return Value::string(
            text::replace(s, from, to, needInt(a.get(2, "count", Value::integer(-1)), "replace", line)));
    }
    if (name == "format")
        return Value::string(pyFormat(s, a));
    if (name == "join") {
        std::string out;
        bool first = true;
        for (const Value& v : iterate(a.get(0, "iterable"), "join", line)) {
            if (!first)
                out += s;
            first = false;
            out += needString(v, "join", line);
        }
        return Value::string(std::move(out));
    }
    if (name == "find" || name == "rfind" || name == "count" || name == "index") {
        const std::string& x = needString(a.get(0, "sub"), name.c_str(), line);
        if (name == "count") {
            if (x.empty())
                return Value::integer(std::int64_t(text::length(s)) + 1);
            std::int64_t n = 0;
            for (std::size_t p = s.find(x); p != std::string::npos; p = s.find(x, p + x.size()))
                ++n;
            return Value::integer(n);
        }
        const std::size_t p = name == "rfind" ? s.rfind(x) : s.find(x);
        if (p == std::string::npos) {
            if (name == "index")
                fail("substring not found", line);
            return Value::integer(-1);
        }
        return Value::integer(std::int64_t(text::length(std::string_view(s).substr(0, p))));
    }
    if (name == "splitlines") {
        List out;
        for (auto& l : splitLines(s))
            out.push_back(Value::string(std::move(l)));
        return Value::list(std::move(out));
    }
    if (name == "isdigit" || name == "isalpha" || name == "isspace" || name == "isalnum") {
        const std::u32string cps = text::decode(s);
        if (cps.empty())
            return Value::boolean(false);
        for (char32_t c : cps) {
            const bool ok = name == "isspace"   ? text::isSpace(c)
                            : name == "isdigit" ? (c >= '0' && c <= '9')
                            : name == "isalpha" ? QChar::isLetter(c)
                                                : (QChar::isLetterOrNumber(c));
            if (!ok)
                return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    if (name == "islower" || name == "isupper")
        return Value::boolean(s != text::upper(s) ? (name == "islower" && s == text::lower(s))
                                                  : (name == "isupper" && s != text::lower(s)));
    fail("'str' object has no method '" + name + "'.", line);
}

bool isStringMethod(const std::string& n)
{
    static const char* const names[] = {
        "startswith", "endswith",   "strip",   "lstrip",  "rstrip",  "split",   "rsplit", "upper", "lower",
        "title",      "capitalize", "replace", "format",  "join",    "find",    "rfind",  "count", "index",
        "splitlines", "isdigit",    "isalpha", "isspace", "isalnum", "islower", "isupper"};
    return std::find(std::begin(names), std::end(names), n) != std::end(names);
}

bool isUnsafeMutation(const Value& v, const std::string& n)
{
    static const char* const listMut[] = {"append", "extend", "insert", "pop", "remove", "reverse", "sort", "clear"};
    static const char* const dictMut[] = {"clear", "pop", "popitem", "setdefault", "update"};
    if (v.isList())
        return std::find(std::begin(listMut), std::end(listMut), n) != std::end(listMut);
    if (v.kind() == Value::Kind::Dict)
        return std::find(std::begin(dictMut), std::end(dictMut), n) != std::end(dictMut);
    return false;
}

Value itemsOf(const Value& d)
{
    List out;
    for (const auto& [k, v] : d.dictItems())
        out.push_back(Value::tuple({Value::string(k), v}));
    return Value::list(std::move(out));
}

} // namespace

Value method(const Value& object, const std::string& name)
{
    if (isUnsafeMutation(object, name)) {
        return Value::callable(
            [name, type = std::string(object.typeName())](Interpreter&, Arguments& a) -> Value {
                throw TemplateError{TemplateError::Kind::Render,
                                    "access to attribute '" + name + "' of '" + type +
                                        "' object is unsafe (templates cannot modify "
                                        "their data).",
                                    a.line};
            },
            name);
    }
    if (object.isString() && isStringMethod(name))
        return Value::callable([object, name](Interpreter&, Arguments& a) { return stringMethod(object, name, a); },
                               name);
    if (object.kind() == Value::Kind::Dict) {
        if (name == "items")
            return Value::callable([object](Interpreter&, Arguments&) { return itemsOf(object); }, name);
        if (name == "keys" || name == "values")
            return Value::callable(
                [object, keys = name == "keys"](Interpreter&, Arguments&) {
                    List out;
                    for (const auto& [k, v] : object.dictItems())
                        out.push_back(keys ? Value::string(k) : v);
                    return Value::list(std::move(out));
                },
                name);
        if (name == "get")
            return Value::callable(
                [object](Interpreter&, Arguments& a) {
                    const Value key = a.get(0, "key");
                    const Value* v = key.isString() ? object.find(key.str()) : nullptr;
                    return v ? *v : a.get(1, "default", Value::none());
                },
                name);
    }
    return Value::undefined(name);
}

int compare(Interpreter& in, const Value& a, const Value& b, int line)
{
    if (a.isNumber() && b.isNumber()) {
        const double x = a.asDouble(), y = b.asDouble();
        if (a.kind() != Value::Kind::Float && b.kind() != Value::Kind::Float)
            return a.asInt() < b.asInt() ? -1 : a.asInt() > b.asInt() ? 1 : 0;
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (a.isString() && b.isString())
        return a.str() < b.str() ? -1 : a.str() > b.str() ? 1 : 0; // UTF-8 byte order is code point order
    if (a.isList() && b.isList()) {
        const std::size_t n = std::min(a.items().size(), b.items().size());
        for (std::size_t i = 0; i < n; ++i)
            if (const int c = compare(in, a.items()[i], b.items()[i], line))
                return c;
        return a.items().size() < b.items().size() ? -1 : a.items().size() > b.items().size() ? 1 : 0;
    }
    fail(std::string("'<' is not supported between instances of '") + a.typeName() + "' and '" + b.typeName() + "'.",
         line);
}

bool test(Interpreter& in, const std::string& name, const Value& v, Arguments& a)
{
    const int line = a.line;
    using K = Value::Kind;
    if (name == "defined")
        return !v.isUndefined();
    if (name == "undefined")
        return v.isUndefined();
    if (name == "none")
        return v.isNone();
    if (name == "boolean")
        return v.kind() == K::Bool;
    if (name == "true")
        return v.kind() == K::Bool && v.asBool();
    if (name == "false")
        return v.kind() == K::Bool && !v.asBool();
    if (name == "integer")
        return v.kind() == K::Int;
    if (name == "float")
        return v.kind() == K::Float;
    if (name == "number")
        return v.isNumber();
    if (name == "string")
        return v.isString();
    if (name == "mapping")
        return v.kind() == K::Dict;
    // Jinja's Undefined has __iter__ and __len__, so it counts as iterable and a sequence.
    if (name == "iterable")
        return v.isString() || v.isList() || v.kind() == K::Dict || v.isUndefined();
    if (name == "sequence")
        return v.isString() || v.isList() || v.kind() == K::Dict || v.isUndefined();
    if (name == "callable")
        return v.kind() == K::Callable;
    if (name == "even" || name == "odd") {
        const std::int64_t n = needInt(v, name.c_str(), line);
        return (n % 2 == 0) == (name == "even");
    }
    if (name == "divisibleby") {
        const std::int64_t d = needInt(a.get(0, "num"), "divisibleby", line);
        if (d == 0)
            fail("divisibleby 0", line);
        return needInt(v, "divisibleby", line) % d == 0;
    }
    if (name == "lower" || name == "upper") {
        if (!v.isString())
            return false;
        return name == "lower" ? text::lower(v.str()) == v.str() : text::upper(v.str()) == v.str();
    }
    if (name == "sameas") {
        const Value o = a.get(0, "other");
        if (v.kind() != o.kind())
            return false;
        if (v.kind() == K::None || v.kind() == K::Undefined)
            return true;
        if (v.kind() == K::Bool)
            return v.asBool() == o.asBool();
        return valuesEqual(v, o) && (v.kind() == K::Int || v.identity() == o.identity());
    }
    if (name == "eq" || name == "equalto" || name == "==")
        return valuesEqual(v, a.get(0, "other"));
    if (name == "ne" || name == "!=")
        return !valuesEqual(v, a.get(0, "other"));
    if (name == "lt" || name == "lessthan" || name == "<")
        return compare(in, v, a.get(0, "other"), line) < 0;
    if (name == "le" || name == "<=")
        return compare(in, v, a.get(0, "other"), line) <= 0;
    if (name == "gt" || name == "greaterthan" || name == ">")
        return compare(in, v, a.get(0, "other"), line) > 0;
    if (name == "ge" || name == ">=")
        return compare(in, v, a.get(0, "other"), line) >= 0;
    if (name == "in") {
        const Value seq = a.get(0, "seq");
        switch (seq.kind()) {
        case K::String:
            return seq.str().find(needString(v, "in", line)) != std::string::npos;
        case K::List:
            return std::any_of(seq.items().begin(), seq.items().end(),
                               [&](const Value& x) { return valuesEqual(v, x); });
        case K::Dict:
        case K::Namespace:
            return v.isString() && seq.find(v.str()) != nullptr;
        case K::Undefined:
            return false;
        default:
            fail(std::string("argument of type '") + seq.typeName() + "' is not iterable.", line);
        }
    }
    throw TemplateError{TemplateError::Kind::Unsupported, "The test '" + name + "' is not supported.", line};
}

Value filter(Interpreter& in, const std::string& name, const Value& v, Arguments& a)
{
    const int line = a.line;
    using K = Value::Kind;
    if (name == "safe" || name == "e" || name == "escape" || name == "forceescape") {
        if (name == "safe")
            return v;
        return Value::string(htmlEscape(v.toString()));
    }
    if (name == "tojson") {
        // transformers: json.dumps(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False)
        a.expectAtMost(4, {"ensure_ascii", "indent", "separators", "sort_keys"}, "tojson");
        JsonOptions o;
        o.ensureAscii = a.get(0, "ensure_ascii", Value::boolean(false)).truthy();
        const Value indent = a.get(1, "indent", Value::none());
        if (!indent.isNone())
            o.indent = toSpaces(indent, line);
        const Value seps = a.get(2, "separators", Value::none());
        if (!seps.isNone()) {
            if (!seps.isList() || seps.items().size() != 2)
                fail("tojson: separators must be a pair of strings.", line);
            o.itemSeparator = needString(seps.items()[0], "tojson separators", line);
            o.keySeparator = needString(seps.items()[1], "tojson separators", line);
        }
        o.sortKeys = a.get(3, "sort_keys", Value::boolean(false)).truthy();
        std::string s = JsonDumper::dump(v, o, line);
        in.checkSize(s.size(), line);
        return Value::string(std::move(s));
    }
    if (name == "trim") {
        const Value chars = a.get(0, "chars", Value::none());
        const std::string* c = chars.isNone() ? nullptr : &needString(chars, "trim", line);
        return Value::string(text::strip(v.toString(), c, true, true));
    }
    if (name == "upper")
        return Value::string(text::upper(v.toString()));
    if (name == "lower")
        return Value::string(text::lower(v.toString()));
    if (name == "capitalize")
        return Value::string(text::capitalize(v.toString()));
    if (name == "title")
        return Value::string(text::jinjaTitle(v.toString()));
    if (name == "string")
        return v.isString() ? v : Value::string(v.toString());
    if (name == "length" || name == "count") {
        switch (v.kind()) {
        case K::String:
            return Value::integer(std::int64_t(text::length(v.str())));
        case K::List:
            return Value::integer(std::int64_t(v.items().size()));
        case K::Dict:
        case K::Namespace:
            return Value::integer(std::int64_t(v.dictItems().size()));
        case K::Undefined:
            return Value::integer(0);
        default:
            fail(std::string("object of type '") + v.typeName() + "' has no len().", line);
        }
    }
    if (name == "first" || name == "last") {
        const List items = iterate(v, name.c_str(), line);
        if (items.empty())
            return Value::undefined(name);
        return name == "first" ? items.front() : items.back();
    }
    if (name == "join") {
        const Value sep = a.get(0, "d", Value::string(""));
        const Value attr = a.get(1, "attribute", Value::none());
        std::string out;
        bool first = true;
        for (const Value& item : iterate(v, "join", line)) {
            if (!first)
                out += sep.toString();
            first = false;
            out += (attr.isNone() ? item : attributePath(in, item, attr.toString(), line)).toString();
            in.checkSize(out.size(), line);
        }
        return Value::string(std::move(out));
    }
    if (name == "default" || name == "d") {
        const Value fallback = a.get(0, "default_value", Value::string(""));
        const bool boolean = a.get(1, "boolean", Value::boolean(false)).truthy();
        return v.isUndefined() || (boolean && !v.truthy()) ? fallback : v;
    }
    if (name == "items") {
        if (v.isUndefined())
            return Value::list();
        if (!v.isMapping())
            fail(std::string("items: needs a mapping, not ") + v.typeName() + ".", line);
        return itemsOf(v);
    }
    if (name == "list")
        return Value::list(iterate(v, "list", line));
    if (name == "selectattr" || name == "rejectattr" || name == "select" || name == "reject") {
        const bool byAttr = name == "selectattr" || name == "rejectattr";
        const bool keep = name == "selectattr" || name == "select";
        std::size_t next = 0;
        std::string attr;
        if (byAttr)
            attr = needString(a.get(next++, "\x01"), name.c_str(), line);
        const Value testName = a.get(next++, "\x01");
        Arguments testArgs;
        testArgs.line = line;
        for (std::size_t i = next; i < a.positional.size(); ++i)
            testArgs.positional.push_back(a.positional[i]);
        List out;
        for (const Value& item : iterate(v, name.c_str(), line)) {
            in.step(line);
            const Value subject = byAttr ? attributePath(in, item, attr, line) : item;
            const bool ok = testName.isUndefined()
                                ? subject.truthy()
                                : test(in, needString(testName, name.c_str(), line), subject, testArgs);
            if (ok == keep)
                out.push_back(item);
        }
        return Value::list(std::move(out));
    }
    if (name == "map") {
        List out;
        const Value attr = a.get(SIZE_MAX, "attribute");
        if (!attr.isUndefined()) {
            const Value dflt = a.get(SIZE_MAX, "default");
            for (const Value& item : iterate(v, "map", line)) {
                Value x = attributePath(in, item, attr.toString(), line);
                out.push_back(x.isUndefined() && !dflt.isUndefined() ? dflt : x);
            }
            return Value::list(std::move(out));
        }
        const std::string& f = needString(a.get(0, "\x01"), "map", line);
        Arguments rest;
        rest.line = line;
        rest.positional.assign(a.positional.begin() + 1, a.positional.end());
        rest.keyword = a.keyword;
        for (const Value& item : iterate(v, "map", line)) {
            in.step(line);
            Arguments copy = rest;
            out.push_back(filter(in, f, item, copy));
        }
        return Value::list(std::move(out));
    }
    if (name == "replace") {
        const std::string s = v.toString();
        std::string out =
            text::replace(s, a.get(0, "old").toString(), a.get(1, "new").toString(),
                          a.get(2, "count", Value::none()).isNone() ? -1 : needInt(a.get(2, "count"), "replace", line));
        in.checkSize(out.size(), line);
        return Value::string(std::move(out));
    }
    if (name == "int") {
        const Value dflt = a.get(0, "default", Value::integer(0));
        if (v.isNumber())
            return Value::integer(v.kind() == K::Float ? std::int64_t(std::trunc(v.asDouble())) : v.asInt());
        if (v.isString()) {
            const std::string s = text::strip(v.str(), nullptr, true, true);
            const std::int64_t base = needInt(a.get(1, "base", Value::integer(10)), "int", line);
            char* end = nullptr;
            errno = 0;
            const long long n = std::strtoll(s.c_str(), &end, int(base));
            if (!s.empty() && end && *end == '\0' && errno == 0)
                return Value::integer(n);
            const double d = std::strtod(s.c_str(), &end);
            if (!s.empty() && end && *end == '\0' && std::isfinite(d) && std::fabs(d) < 9.2e18)
                return Value::integer(std::int64_t(d));
        }
        return dflt;
    }
    if (name == "float") {
        const Value dflt = a.get(0, "default", Value::floating(0.0));
        if (v.isNumber())
            return Value::floating(v.asDouble());
        if (v.isString()) {
            const std::string s = text::strip(v.str(), nullptr, true, true);
            char* end = nullptr;
            const double d = std::strtod(s.c_str(), &end);
            if (!s.empty() && end && *end == '\0')
                return Value::floating(d);
        }
        return dflt;
    }
    if (name == "abs") {
        if (v.kind() == K::Float)
            return Value::floating(std::fabs(v.asDouble()));
        return Value::integer(std::llabs(needInt(v, "abs", line)));
    }
    if (name == "round") {
        const std::int64_t precision = needInt(a.get(0, "precision", Value::integer(0)), "round", line);
        const std::string method = a.get(1, "method", Value::string("common")).toString();
        const double p = std::pow(10.0, double(precision));
        const double x = v.asDouble() * p;
        const double r = method == "ceil" ? std::ceil(x) : method == "floor" ? std::floor(x) : std::round(x);
        return Value::floating(r / p);
    }
    if (name == "indent") {
        const std::string ind = toSpaces(a.get(0, "width", Value::integer(4)), line);
        const bool first = a.get(1, "first", Value::boolean(false)).truthy();
        const bool blank = a.get(2, "blank", Value::boolean(false)).truthy();
        const std::vector<std::string> lines = splitLines(v.toString() + "\n");
        std::string out;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i)
                out += "\n";
            if (i && (blank || !lines[i].empty()))
                out += ind;
            out += lines[i];
            in.checkSize(out.size(), line);
        }
        return Value::string(first ? ind + out : out);
    }
    if (name == "dictsort") {
        if (!v.isMapping())
            fail("dictsort: needs a mapping.", line);
        const bool cs = a.get(0, "case_sensitive", Value::boolean(false)).truthy();
        const std::string by = a.get(1, "by", Value::string("key")).toString();
        const bool reverse = a.get(2, "reverse", Value::boolean(false)).truthy();
        List pairs = itemsOf(v).items();
        const std::size_t pos = by == "value" ? 1 : 0;
        std::stable_sort(pairs.begin(), pairs.end(), [&](const Value& x, const Value& y) {
            const int c = compare(in, lowerIfString(x.items()[pos], cs), lowerIfString(y.items()[pos], cs), line);
            return reverse ? c > 0 : c < 0;
        });
        return Value::list(std::move(pairs));
    }
    if (name == "sort" || name == "unique" || name == "min" || name == "max") {
        const bool cs = a.get(name == "sort" ? 1 : 0, "case_sensitive", Value::boolean(false)).truthy();
        const Value attr = a.get(name == "sort" ? 2 : 1, "attribute", Value::none());
        auto key = [&](const Value& x) {
            return lowerIfString(attr.isNone() ? x : attributePath(in, x, attr.toString(), line), cs);
        };
        List items = iterate(v, name.c_str(), line);
        if (name == "unique") {
            List out, seen;
            for (const Value& x : items) {
                in.step(line);
                const Value k = key(x);
                if (std::none_of(seen.begin(), seen.end(), [&](const Value& s) { return valuesEqual(s, k); })) {
                    seen.push_back(k);
                    out.push_back(x);
                }
            }
            return Value::list(std::move(out));
        }
        const bool reverse = name == "sort" && a.get(0, "reverse", Value::boolean(false)).truthy();
        std::stable_sort(items.begin(), items.end(), [&](const Value& x, const Value& y) {
            const int c = compare(in, key(x), key(y), line);
            return reverse ? c > 0 : c < 0;
        });
        if (name == "sort")
            return Value::list(std::move(items));
        if (items.empty())
            return Value::undefined(name);
        return name == "min" ? items.front() : items.back();
    }
    if (name == "reverse") {
        if (v.isString()) {
            std::u32string cps = text::decode(v.str());
            std::reverse(cps.begin(), cps.end());
            return Value::string(text::encode(cps));
        }
        List items = iterate(v, "reverse", line);
        std::reverse(items.begin(), items.end());
        return Value::list(std::move(items));
    }
    if (name == "sum") {
        const Value attr = a.get(0, "attribute", Value::none());
        bool isFloat = false;
        std::int64_t si = 0;
        double sf = 0;
        const Value start = a.get(1, "start", Value::integer(0));
        List items = iterate(v, "sum", line);
        items.insert(items.begin(), start);
        for (const Value& x : items) {
            const Value n = attr.isNone() || &x == &items.front() ? x : attributePath(in, x, attr.toString(), line);
            if (!n.isNumber())
                fail("sum: needs numbers.", line);
            if (n.kind() == K::Float)
                isFloat = true;
            sf += n.asDouble();
            if (!isFloat && __builtin_add_overflow(si, n.asInt(), &si))
                fail("Integer overflow.", line);
        }
        return isFloat ? Value::floating(sf) : Value::integer(si);
    }
    if (name == "attr")
        return in.getAttribute(v, needString(a.get(0, "name"), "attr", line), line);
    if (name == "wordcount") {
        // Jinja counts matches of \w+: runs of letters, digits and underscores.
        std::int64_t words = 0;
        bool inWord = false;
        for (char32_t c : text::decode(v.toString())) {
            const bool w = c == '_' || QChar::isLetterOrNumber(c);
            words += w && !inWord;
            inWord = w;
        }
        return Value::integer(words);
    }
    if (name == "center") {
        const std::int64_t width = needInt(a.get(0, "width", Value::integer(80)), "center", line);
        const std::string s = v.toString();
        const std::int64_t len = std::int64_t(text::length(s));
        if (width <= len)
            return Value::string(s);
        const std::int64_t total = std::min<std::int64_t>(width, 100000) - len;
        const std::int64_t left = total / 2 + (total & width & 1);
        return Value::string(std::string(std::size_t(left), ' ') + s + std::string(std::size_t(total - left), ' '));
    }
    if (name == "batch") {
        const std::int64_t n = needInt(a.get(0, "linecount"), "batch", line);
        if (n <= 0)
            fail("batch: the size must be positive.", line);
        List out, cur;
        for (const Value& x : iterate(v, "batch", line)) {
            cur.push_back(x);
            if (std::int64_t(cur.size()) == n) {
                out.push_back(Value::list(std::move(cur)));
                cur.clear();
            }
        }
        if (!cur.empty())
            out.push_back(Value::list(std::move(cur)));
        return Value::list(std::move(out));
    }
    throw TemplateError{TemplateError::Kind::Unsupported, "The filter '" + name + "' is not supported.", line};
}

void installGlobals(Interpreter& in)
{
    in.setGlobal("range", Value::callable(
                              [](Interpreter& it, Arguments& a) {
                                  std::int64_t start = 0, stop = 0, step = 1;
                                  if (a.positional.size() == 1) {
                                      stop = needInt(a.positional[0], "range", a.line);
                                  } else if (a.positional.size() == 2 || a.positional.size() == 3) {
                                      start = needInt(a.positional[0], "range", a.line);
                                      stop = needInt(a.positional[1], "range", a.line);
                                      if (a.positional.size() == 3)
                                          step = needInt(a.positional[2], "range", a.line);
                                  } else {
                                      fail("range() takes 1 to 3 arguments.", a.line);
                                  }
                                  if (step == 0)
                                      fail("range() arg 3 must not be zero.", a.line);
                                  List out;
                                  for (std::int64_t i = start; step > 0 ? i < stop : i > stop; i += step) {
                                      // Jinja's sandbox refuses ranges over 100000 items.
                                      if (out.size() >= 100000)
                                          throw TemplateError{TemplateError::Kind::Limit,
                                                              "range() is too big (over 100000 items).", a.line};
                                      it.step(a.line);
                                      out.push_back(Value::integer(i));
                                  }
                                  return Value::list(std::move(out));
                              },
                              "range"));
    auto makeDict = [](bool ns) {
        return [ns](Interpreter&, Arguments& a) {
            DictItems items;
            for (const Value& p : a.positional) {
                if (!p.isMapping())
                    fail(ns ? "namespace() takes a dict or keyword arguments."
                            : "dict() takes a dict or keyword arguments.",
                         a.line);
                items.insert(items.end(), p.dictItems().begin(), p.dictItems().end());
            }
            items.insert(items.end(), a.keyword.begin(), a.keyword.end());
            Value d = ns ? Value::namespaceObject() : Value::dict();
            for (auto& [k, v] : items) {
                if (ns && v.containsNamespace()) // keeps values trees: see Interpreter::assign
                    fail("A namespace attribute cannot hold a namespace.", a.line);
                d.set(k, v);
            }
            return d;
        };
    };
    in.setGlobal("namespace", Value::callable(makeDict(true), "namespace"));
    in.setGlobal("dict", Value::callable(makeDict(false), "dict"));
    in.setGlobal("raise_exception",
                 Value::callable(
                     [](Interpreter&, Arguments& a) -> Value {
                         throw TemplateError{TemplateError::Kind::Raised, a.get(0, "message").toString(), a.line};
                     },
                     "raise_exception"));
    in.setGlobal("strftime_now",
                 Value::callable(
                     [](Interpreter& it, Arguments& a) {
                         const std::string& fmt = needString(a.get(0, "format"), "strftime_now", a.line);
                         const std::time_t t = it.now();
                         std::tm tm{};
                         localtime_r(&t, &tm);
                         char buf[512];
                         const std::size_t n = fmt.size() < 200 ? std::strftime(buf, sizeof buf, fmt.c_str(), &tm) : 0;
                         if (n == 0 && !fmt.empty())
                             fail("strftime_now: the format is too long or empty in its result.", a.line);
                         return Value::string(std::string(buf, n));
                     },
                     "strftime_now"));
}

} // namespace td::jinja::builtins
