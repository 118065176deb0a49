#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace td {

// The report of Together's check_file, with Python's dict semantics: keys keep the position
// of their first insertion; printing matches json.dumps(report, indent=4) (ensure_ascii).
class ParityReport
{
public:
    struct Value
    {
        enum class Kind { Null, Bool, Int, Str } kind = Kind::Null;
        bool b = false;
        std::int64_t i = 0;
        std::string s; // UTF-8 (WTF-8 for lone surrogates)

        static Value null() { return {}; }
        static Value boolean(bool v) { return {Kind::Bool, v, 0, {}}; }
        static Value integer(std::int64_t v) { return {Kind::Int, false, v, {}}; }
        static Value string(std::string v) { return {Kind::Str, false, 0, std::move(v)}; }
        bool operator==(const Value& o) const = default;
    };

    void set(const std::string& key, Value value);
    const Value* get(const std::string& key) const;
    bool contains(const std::string& key) const { return get(key) != nullptr; }
    // Python's dict.update: existing keys keep their place.
    void update(const ParityReport& other);

    bool passed() const;
    std::string message() const;
    std::optional<std::int64_t> lineNumber() const;
    const std::vector<std::pair<std::string, Value>>& items() const { return m_items; }

    // json.dumps(report, indent=4): what `together files check` prints.
    std::string toPythonJson() const;

private:
    std::vector<std::pair<std::string, Value>> m_items;
};

// json.dumps of one string with ensure_ascii=True, quotes included.
std::string pythonJsonString(const std::string& utf8);

} // namespace td
