#pragma once

#include "core/Result.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace td {

// A pre-tokenizer pattern from tokenizer.json, compiled with PCRE2 (UTF, Unicode properties, JIT).
// Hugging Face runs these patterns with Oniguruma; the few places where the two differ are
// rewritten (\s also matches U+0085 there) and constructs whose meaning differs are refused, so a
// pattern either splits exactly like Hugging Face or does not load.
class PcreRegex
{
public:
    static Result<PcreRegex> compile(std::string_view onigurumaPattern);

    // Oniguruma's spelling turned into PCRE2's, or why it cannot be.
    static Result<std::string> translate(std::string_view onigurumaPattern);

    // Appends the non-empty matches in `subject`, left to right, as byte ranges. `subject` must be
    // valid UTF-8. False when PCRE2 gave up (resource limits), which callers report.
    bool findAll(std::string_view subject, std::vector<std::pair<std::uint32_t, std::uint32_t>>& matches) const;

    const std::string& pattern() const { return m_source; }

private:
    struct Code;
    std::shared_ptr<Code> m_code;
    std::string m_source;
};

} // namespace td
