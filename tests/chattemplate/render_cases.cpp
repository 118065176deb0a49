// Renders a batch of chat template cases with TuneDesk's engine for the reference test
// (chattemplate.test.mjs), which renders the same cases with @huggingface/jinja and compares.
// Input: a JSON file {"templates": {name: source}, "cases": [{"template", "messages", "tools",
// "add_generation_prompt", "bos_token", "eos_token", "extra"}]}. Output: one JSON line per case,
// {"ok": true, "text": ...} or {"ok": false, "error": ...}; timing figures (CPU time) on stderr.
#include "tokens/template/ChatRenderer.h"
#include "tokens/template/ChatTemplate.h"

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>

// CPU time of this thread in microseconds: the machine running tests is often busy, and wall
// time would measure the neighbours.
static double cpuMicros()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: render_cases CASES.json\n");
        return 2;
    }
    std::ifstream in(argv[1]);
    const auto input = nlohmann::ordered_json::parse(in);
    std::map<std::string, td::Result<td::ChatTemplate>> compiled;
    for (auto it = input["templates"].begin(); it != input["templates"].end(); ++it)
        compiled.emplace(it.key(), td::ChatTemplate::compile(it.value().get<std::string>()));
    td::ChatTemplate::Options options;
    options.now = 1764547200; // 2025-12-01, for strftime_now
    std::map<std::string, std::pair<double, long>> timing;
    std::map<std::string, std::pair<double, long>> rowTiming; // ChatRenderer: the row with its spans
    for (const auto& c : input["cases"]) {
        const std::string name = c["template"].get<std::string>();
        nlohmann::ordered_json out;
        const auto& t = compiled.at(name);
        if (!t.ok()) {
            out["ok"] = false;
            out["error"] = t.error().message.toStdString();
        } else {
            td::ChatTemplateContext ctx;
            ctx.messages = c["messages"];
            if (c.contains("tools") && !c["tools"].is_null())
                ctx.tools = c["tools"];
            ctx.addGenerationPrompt = c.value("add_generation_prompt", false);
            if (c.contains("bos_token") && c["bos_token"].is_string())
                ctx.bosToken = c["bos_token"].get<std::string>();
            if (c.contains("eos_token") && c["eos_token"].is_string())
                ctx.eosToken = c["eos_token"].get<std::string>();
            ctx.extra = c.value("extra", nlohmann::ordered_json::object());
            const double start = cpuMicros();
            auto r = t->render(ctx, options);
            const double us = cpuMicros() - start;
            timing[name].first += us;
            timing[name].second += 1;
            if (r.ok() && !ctx.addGenerationPrompt) {
                // The same conversation as a dataset row through ChatRenderer (one render per
                // message for the spans): the figure a token count pays per row.
                td::ChatRenderSettings settings;
                settings.bosToken = ctx.bosToken;
                settings.eosToken = ctx.eosToken;
                settings.extraContext = ctx.extra;
                settings.options = options;
                const td::ChatRenderer renderer(*t, settings);
                nlohmann::ordered_json row = {{"messages", ctx.messages}};
                if (ctx.tools)
                    row["tools"] = *ctx.tools;
                const double rowStart = cpuMicros();
                auto rendered = renderer.render(row);
                const double rowUs = cpuMicros() - rowStart;
                if (!rendered.ok() || rendered->row.text != *r) {
                    std::fprintf(stderr, "ChatRenderer disagrees with the template for a %s row\n", name.c_str());
                    return 1;
                }
                rowTiming[name].first += rowUs;
                rowTiming[name].second += 1;
            }
            if (r.ok()) {
                out["ok"] = true;
                out["text"] = *r;
            } else {
                out["ok"] = false;
                out["error"] = r.error().message.toStdString();
            }
        }
        std::cout << out.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
    for (const auto& [name, t] : timing)
        std::fprintf(stderr, "render %-24s %6ld rows  %8.1f us/row\n", name.c_str(), t.second,
                     t.first / double(t.second));
    for (const auto& [name, t] : rowTiming)
        std::fprintf(stderr, "row+spans %-24s %6ld rows  %8.1f us/row\n", name.c_str(), t.second,
                     t.first / double(t.second));
    return 0;
}
