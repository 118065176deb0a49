// libFuzzer target for the tokenizer.json loader: any file loads or is refused with an error
// that has a message, never a crash; a file that loads tokenizes text (its own bytes included)
// into ids inside its vocabulary and byte ranges inside the text, in order.
#include "tokens/Tokenizer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

void check(const td::Tokenizer& t, std::string_view text)
{
    std::vector<std::uint32_t> ids;
    std::vector<td::TokenSpan> spans;
    if (!t.encodeInto(text, ids, &spans))
        return; // a regex resource limit: reported, not a wrong count
    std::uint32_t last = 0;
    for (const td::TokenSpan& s : spans) {
        if (s.id >= t.vocabSize() || s.begin > s.end || s.end > text.size() || s.begin < last) {
            std::fprintf(stderr, "impossible token %u [%u, %u) in a text of %zu bytes\n", s.id, s.begin, s.end,
                         text.size());
            std::abort();
        }
        last = s.begin;
    }
    if (spans.size() != ids.size())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view json(reinterpret_cast<const char*>(data), size);
    td::Result<td::Tokenizer> t = td::Tokenizer::fromJson(json);
    if (!t) {
        if (t.error().message.isEmpty())
            std::abort();
        return 0;
    }
    check(*t, "Hello world, it's 2024! 你好 👋\n\n  <|end|><s>\xff\xfe");
    check(*t, json.substr(0, 4096));
    return 0;
}
