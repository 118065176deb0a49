// Generated conversations for the chat template reference test: deterministic (a seeded
// generator), covering system prompts, multi-turn chats, tools with tool calls and results,
// reasoning, unicode (CJK, emoji, RTL, combining marks), code with Jinja-like braces and
// whitespace at the edges of messages (templates that trim).
//
// Not generated, because @huggingface/jinja differs from Python Jinja (the truth: Together
// renders with transformers): text whose edges hold whitespace that only one side strips
// (JavaScript's trim() strips U+FEFF and not U+001C..U+001F or U+0085; Python's strip() the
// opposite), and tool arguments holding floats with integral values (Python's json.dumps
// writes 1.0, JavaScript 1).

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const snippets = [
  "Hello there!",
  "What is the capital of France?",
  "  Explain recursion briefly.  \n",
  "\nTranslate to German: good morning\n\n",
  "日本語で答えてください。東京の人口は？",
  "Résumé naïve café — déjà vu",
  "مرحبا بالعالم",
  "Emoji: 😀🎉👩‍💻🇩🇪",
  "e\u0301 combining and \u00e9 precomposed",
  "Code:\n```python\ndef f(x):\n    return {\"a\": x}\n```",
  "Template-like text {{ not_a_var }} {% if %} {# c #}",
  "Tabs\tand\nnewlines\r\nand quotes ' \" \\ backslash",
  "A longer paragraph. ".repeat(20),
  "<tool_response>not really</tool_response>",
  "数学: ∑ x² = ∞, ≤ ≥ ≠",
];

const tools = [
  {
    type: "function",
    function: {
      name: "get_weather",
      description: "Get the weather for a city, in °C",
      parameters: {
        type: "object",
        properties: {
          city: { type: "string", description: "City name, e.g. Zürich" },
          days: { type: "integer", minimum: 1 },
        },
        required: ["city"],
      },
    },
  },
  {
    type: "function",
    function: {
      name: "search",
      description: "Search the web",
      parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] },
    },
  },
];

export function conversations(seed = 14) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  // Plain chats: optional system, 1-4 user/assistant turns.
  for (let i = 0; i < 40; i++) {
    const messages = [];
    if (i % 3 === 0) messages.push({ role: "system", content: pick(snippets) });
    const turns = 1 + (i % 4);
    for (let t = 0; t < turns; t++) {
      messages.push({ role: "user", content: pick(snippets) });
      if (t < turns - 1 || i % 2 === 0) messages.push({ role: "assistant", content: pick(snippets) });
    }
    out.push({ kind: "chat", messages });
  }
  // Reasoning: <think> inside the content, and reasoning_content beside it.
  for (let i = 0; i < 8; i++) {
    const messages = [{ role: "user", content: pick(snippets) }];
    if (i % 2 === 0)
      messages.push({ role: "assistant", content: "<think>\n" + pick(snippets) + "\n</think>\n\n" + pick(snippets) });
    else messages.push({ role: "assistant", content: pick(snippets), reasoning_content: pick(snippets) });
    messages.push({ role: "user", content: pick(snippets) });
    if (i % 4 < 2) messages.push({ role: "assistant", content: "<think>" + pick(snippets) + "</think>" + pick(snippets) });
    out.push({ kind: "reasoning", messages });
  }
  // Tools: a call (arguments as a JSON string or an object), its result, the answer.
  for (let i = 0; i < 8; i++) {
    const args = { city: pick(["Zürich", "東京", "Paris"]), days: 1 + (i % 3) };
    const messages = [];
    if (i % 2 === 0) messages.push({ role: "system", content: pick(snippets) });
    messages.push({ role: "user", content: pick(snippets) });
    const calls = [{ type: "function", function: { name: "get_weather", arguments: i % 2 ? args : JSON.stringify(args) } }];
    if (i % 3 === 0) calls.push({ type: "function", function: { name: "search", arguments: JSON.stringify({ q: pick(snippets) }) } });
    messages.push({ role: "assistant", content: i % 4 === 0 ? "Let me check." : null, tool_calls: calls });
    for (const c of calls) messages.push({ role: "tool", content: JSON.stringify({ result: pick(snippets) }) });
    messages.push({ role: "assistant", content: pick(snippets) });
    out.push({ kind: "tools", messages, tools: i % 4 === 3 ? null : tools, stringArguments: i % 2 === 0 });
  }
  // A conversation some templates refuse (two user messages in a row).
  out.push({ kind: "bad", messages: [{ role: "user", content: "a" }, { role: "user", content: "b" }] });
  return out;
}
