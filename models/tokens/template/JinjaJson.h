#pragma once

#include "tokens/template/JinjaValue.h"

#include <optional>
#include <string>

namespace td::jinja {

// Python's json.dumps with the options Hugging Face's tojson filter passes through
// (ensure_ascii=False, indent=None, separators=None, sort_keys=False by default): ", " and ": "
// between items, floats as Python's repr, non-ASCII kept unless ensure_ascii.
struct JsonOptions
{
    bool ensureAscii = false;
    std::optional<std::string> indent; // an int indent n becomes n spaces
    std::optional<std::string> itemSeparator;
    std::optional<std::string> keySeparator;
    bool sortKeys = false;
};

class JsonDumper
{
public:
    // Throws TemplateError for values JSON cannot hold (undefined, functions, namespaces).
    static std::string dump(const Value& value, const JsonOptions& options, int line);
};

} // namespace td::jinja
