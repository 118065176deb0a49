#pragma once

#include "tokens/template/JinjaValue.h"

#include <string>

namespace td::jinja {

class Interpreter;
struct Arguments;

// The filters, tests, methods and global functions chat templates call, with the behaviour of
// Python Jinja 3 under Hugging Face's apply_chat_template (its own tojson, raise_exception and
// strftime_now). Each throws TemplateError on bad arguments.
namespace builtins {

Value filter(Interpreter& in, const std::string& name, const Value& operand, Arguments& args);
bool test(Interpreter& in, const std::string& name, const Value& operand, Arguments& args);
// A str, list or dict method bound to its object, or Undefined when there is none by that name.
Value method(const Value& object, const std::string& name);
// range, namespace, dict, raise_exception, strftime_now, cycler-free globals.
void installGlobals(Interpreter& in);

// Python's sorting order for the values sort/dictsort compare (numbers, strings, lists).
int compare(Interpreter& in, const Value& a, const Value& b, int line);

} // namespace builtins
} // namespace td::jinja
