// libFuzzer target for chat templates (tokenizer_config.json's chat_template comes from any
// download or folder the user picks): any bytes compile to a template or an Error; a compiled
// template renders a fixed conversation (with tools, reasoning, a tool call) to text or an
// Error, within the limits it is given; never a crash, a hang or unbounded memory. When the
// input holds a line "---", the part after it is a dataset row rendered by ChatRenderer with
// the part before as the template, and the spans must cover the text in order.
#include "tokens/template/ChatRenderer.h"
#include "tokens/template/ChatTemplate.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

const nlohmann::ordered_json& conversation()
{
    static const auto c = nlohmann::ordered_json::parse(R"([
        {"role": "system", "content": "Be brief. 日本語"},
        {"role": "user", "content": "  Weather in Zürich? 😀 {{ x }}\n"},
        {"role": "assistant", "content": null, "tool_calls": [{"type": "function", "function": {"name": "get_weather", "arguments": {"city": "Zürich", "days": 2.5}}}]},
        {"role": "tool", "content": "{\"t\": 21}"},
        {"role": "assistant", "content": "<think>\nwarm\n</think>\n\nIt is 21 °C.", "reasoning_content": "warm"}
    ])");
    return c;
}

td::ChatTemplate::Options limits()
{
    td::ChatTemplate::Options o;
    o.maxOutputBytes = 1 << 20;
    o.maxSteps = 200000;
    o.maxCallDepth = 32;
    o.now = 1764547200;
    return o;
}

[[noreturn]] void die(const char* what)
{
    std::fprintf(stderr, "%s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = input.find("\n---\n");
    const std::string_view source = cut == std::string_view::npos ? input : input.substr(0, cut);
    auto t = td::ChatTemplate::compile(source);
    if (!t.ok()) {
        if (t.error().message.isEmpty())
            die("a compile error without a message");
        return 0;
    }
    const auto options = limits();
    for (bool generationPrompt : {false, true}) {
        td::ChatTemplateContext c;
        c.messages = conversation();
        c.tools = nlohmann::ordered_json::parse(
            R"([{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}])");
        c.addGenerationPrompt = generationPrompt;
        c.bosToken = "<s>";
        c.eosToken = "</s>";
        c.extra = {{"enable_thinking", false}};
        auto r = t->render(c, options);
        if (r.ok() && r->size() > options.maxOutputBytes)
            die("the output exceeds its limit");
        if (!r.ok() && r.error().message.isEmpty())
            die("a render error without a message");
    }
    if (cut != std::string_view::npos) {
        td::ChatRenderSettings s;
        s.options = options;
        const td::ChatRenderer renderer(*t, s);
        auto r = renderer.renderLine(input.substr(cut + 5));
        if (r.ok()) {
            for (const td::RenderedRow* row : {&r->row, r->rejected ? &*r->rejected : nullptr}) {
                if (!row)
                    continue;
                std::size_t at = 0;
                for (const auto& span : row->spans) {
                    if (span.begin != at || span.end < span.begin)
                        die("spans do not cover the text in order");
                    at = span.end;
                }
                if (!row->spans.empty() && at != row->text.size())
                    die("spans do not reach the end of the text");
            }
        }
    }
    return 0;
}
