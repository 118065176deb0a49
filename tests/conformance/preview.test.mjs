// Conformance of Together's 2026 fine-tuning additions: tunedesk-emulator driven by the
// official `together-ai` client (0.52's API: fineTuning.preview, listMetrics with its query,
// retrieveTokenizedDataset) as a user's script would; every JSON answer the spec describes
// is checked against Together's openapi.yaml. Run by ctest beside conformance.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SpecValidator } from './spec-validator.mjs';

const BASE_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference';

// As in conformance.test.mjs: the spec's own TrainingMethodSFT and event type divergences.
const KNOWN_DIVERGENCES = [
  { path: /^(POST|GET) \/fine-tunes(\/[^/]+(\/cancel)?)? /, error: /^\/(data\/\d+\/)?training_method(\/train_on_inputs must be boolean|\/method must be equal to one of the allowed values| must match exactly one schema in oneOf)$/ },
  { path: /^GET \/fine-tunes\/[^/]+(\/events)? /, error: /^\/(events|data)\/\d+\/type must be equal to one of the allowed values$/ },
];

let emulator;
let nativeFetch;
let baseURL;
let together;
let validator;
const dir = mkdtempSync(path.join(tmpdir(), 'td-preview-'));
const state = {};

before(async () => {
  emulator = spawn(process.env.TD_EMULATOR, ['--port', '0', '--speed', '100'], { stdio: ['ignore', 'pipe', 'inherit'] });
  baseURL = await new Promise((resolve, reject) => {
    emulator.stdout.once('data', (d) => resolve(String(d).trim()));
    emulator.once('exit', (code) => reject(new Error(`tunedesk-emulator exited with ${code}`)));
  });
  // The same two accommodations as conformance.test.mjs: `duplex: 'half'` for the SDK's
  // streamed upload, and its CommonJS build (the ES module build cannot upload).
  nativeFetch = globalThis.fetch;
  globalThis.fetch = (url, init) =>
    nativeFetch(url, init?.body && typeof init.body.pipe === 'function' ? { ...init, duplex: 'half' } : init);
  process.env.TOGETHER_API_BASE_URL = baseURL;
  const m = createRequire(import.meta.url)('together-ai');
  const Together = m.default ?? m.Together ?? m;
  validator = new SpecValidator(readFileSync(process.env.TD_OPENAPI, 'utf8'));
  const checkedFetch = async (url, init = {}) => {
    const response = await nativeFetch(url, init);
    await validator.check(init.method ?? 'GET', String(url), response.clone());
    return response;
  };
  together = new Together({ apiKey: 'tgp_v1_conformance', baseURL, fetch: checkedFetch, maxRetries: 0 });
});

after(() => {
  emulator?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function until(what, fn, timeoutMs = 30000) {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

test('upload conversations with weights', async () => {
  const rows = [
    { messages: [{ role: 'user', content: 'What is LoRA?' }, { role: 'assistant', content: 'A low-rank adapter.' }] },
    { messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello!', weight: 0 },
      { role: 'user', content: 'Price?' },
      { role: 'assistant', content: '49 dollars, café included.' },
    ] },
    { messages: [{ role: 'user', content: 'Train this too', weight: 1 }, { role: 'assistant', content: 'Yes.' }] },
  ];
  const file = path.join(dir, 'train.jsonl');
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const uploaded = await together.files.upload(file, 'fine-tune', true);
  assert.match(uploaded.id, /^file-/);
  state.fileId = uploaded.id;
  // Together validates an upload before a job may use it (2026): wait as a real client must.
  await until('the upload to be validated', async () =>
    (await together.files.retrieve(uploaded.id)).processing_status === 'COMPLETED');
});

test('fineTuning.preview: tokens, labels, trained spans in the documented shape', async () => {
  const p = await together.fineTuning.preview({ model: BASE_MODEL, training_file: state.fileId, top_k: 2, training_method: 'sft' });
  assert.equal(p.dataset_format, 'conversation');
  assert.equal(p.model, BASE_MODEL);
  assert.equal(typeof p.max_seq_length, 'number');
  assert.equal(p.train_on_inputs, false);
  assert.equal(p.rows.length, 2, 'top_k rows from the start of the file');
  for (const row of p.rows) {
    assert.deepEqual(Object.keys(row).sort(),
      ['input_ids', 'labels', 'num_tokens', 'num_trained_tokens', 'tokens', 'trained_spans', 'truncated']);
    assert.equal(row.input_ids.length, row.num_tokens);
    assert.equal(row.tokens.length, row.num_tokens);
    assert.equal(row.labels.length, row.num_tokens);
    assert.ok(row.labels.every((l, i) => l === -100 || l === row.input_ids[i]), 'a label is -100 or the token id');
    const inSpans = new Set(row.trained_spans.flatMap(([s, e]) => Array.from({ length: e - s }, (_, k) => s + k)));
    assert.ok(row.trained_spans.every(([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s < e));
    assert.deepEqual([...inSpans].sort((a, b) => a - b),
      row.labels.flatMap((l, i) => (l === -100 ? [] : [i])), 'half-open spans cover exactly the labelled tokens');
    assert.equal(row.num_trained_tokens, inSpans.size);
    assert.equal(row.truncated, false);
  }
  // The weight-0 answer is masked: of the second row only the last answer (and its end token) trains.
  const text = (row, [s, e]) => row.tokens.slice(s, e).join('');
  assert.equal(p.rows[1].trained_spans.length, 1);
  assert.match(text(p.rows[1], p.rows[1].trained_spans[0]), /^49Ġdollars,ĠcafÃ©Ġincluded\.<\|eot_id\|>$/);
  // train_on_inputs trains the questions too, but an explicit weight 0 still masks.
  const all = await together.fineTuning.preview({ model: BASE_MODEL, training_file: state.fileId, top_k: 3, train_on_inputs: true });
  assert.equal(all.train_on_inputs, true);
  assert.equal(all.rows.length, 3);
  assert.ok(all.rows[1].num_trained_tokens > p.rows[1].num_trained_tokens);
  assert.ok(!all.rows[1].tokens.some((t, i) => t === 'Hello' && all.rows[1].labels[i] !== -100));
});

test('fineTuning.preview: errors a script can read', async () => {
  await assert.rejects(
    together.fineTuning.preview({ model: BASE_MODEL, training_file: 'file-missing' }),
    (e) => e.status === 400 && /file-missing/.test(e.message));
  await assert.rejects(
    together.fineTuning.preview({ model: 'no/such-model', training_file: state.fileId }),
    (e) => e.status === 400 && /not supported for fine-tuning/.test(e.message));
});

test('listMetrics: nanosecond timestamps, train and eval rows apart, the query honoured', async () => {
  const job = await together.fineTuning.create({
    training_file: state.fileId, validation_file: state.fileId, n_evals: 2, model: BASE_MODEL, n_epochs: 2,
  });
  await until('the job to complete', async () => (await together.fineTuning.retrieve(job.id)).status === 'completed');
  const { metrics } = await together.fineTuning.listMetrics(job.id);
  const train = metrics.filter((m) => 'train/loss' in m);
  const evals = metrics.filter((m) => 'eval/loss' in m);
  assert.equal(train.length + evals.length, metrics.length);
  assert.equal(evals.length, 2);
  for (const m of train)
    assert.deepEqual(Object.keys(m).sort(),
      ['timestamp', 'train/epoch', 'train/global_step', 'train/grad_norm', 'train/learning_rate', 'train/loss']);
  for (const m of evals) assert.deepEqual(Object.keys(m).sort(), ['eval/loss', 'timestamp', 'train/global_step']);
  const now = Date.now() * 1e6;
  for (const m of metrics) {
    assert.ok(Number.isInteger(m.timestamp) && m.timestamp > now - 3600e9 * 24 && m.timestamp < now + 3600e9 * 24,
      `timestamp ${m.timestamp} is nanoseconds since 1970`);
  }
  assert.ok(metrics.every((m, i) => i === 0 || m.timestamp >= metrics[i - 1].timestamp), 'chronological');
  const window = await together.fineTuning.listMetrics(job.id, { global_step_from: 3, global_step_to: 5 });
  assert.deepEqual([...new Set(window.metrics.map((m) => m['train/global_step']))], [3, 4, 5]);
  const thin = await together.fineTuning.listMetrics(job.id, { resolution: 4 });
  assert.equal(thin.metrics.filter((m) => 'train/loss' in m).length, 4);
  assert.equal(thin.metrics.filter((m) => 'eval/loss' in m).length, 2, 'resolution thins train rows only');
  const last = new Date(train.at(-1).timestamp / 1e6).toISOString();
  const since = await together.fineTuning.listMetrics(job.id, { logged_at_from: last });
  assert.ok(since.metrics.length >= 1 && since.metrics.every((m) => m.timestamp >= Math.floor(train.at(-1).timestamp / 1e6) * 1e6));
  state.jobId = job.id;
});

test('retrieveTokenizedDataset: a pre-signed address that takes no API key', async () => {
  const t = await together.fineTuning.retrieveTokenizedDataset(state.jobId);
  assert.deepEqual(Object.keys(t).sort(), ['content_type', 'expires_at', 'filename', 'size', 'url']);
  assert.ok(new Date(t.expires_at) > new Date());
  const withKey = await fetch(t.url, { headers: { Authorization: 'Bearer tgp_v1_conformance' } });
  assert.equal(withKey.status, 400, 'the storage refuses an API key');
  const bytes = new Uint8Array(await (await fetch(t.url)).arrayBuffer());
  assert.equal(bytes.length, t.size);
  assert.deepEqual([...bytes.slice(0, 4)], [0x28, 0xb5, 0x2f, 0xfd], 'a zstd frame');
});

test('every JSON answer the spec describes matches openapi.yaml', () => {
  const failures = validator.failures
    .map((f) => ({ ...f, errors: f.errors.filter((e) => !KNOWN_DIVERGENCES.some((k) => k.path.test(f.what) && k.error.test(e))) }))
    .filter((f) => f.errors.length);
  console.log(`validated ${validator.validated.length} answers against openapi.yaml; ` +
    `${validator.undescribed.length} not described there (${[...new Set(validator.undescribed)].join(', ')})`);
  assert.ok(validator.validated.length > 3);
  assert.deepEqual(failures, []);
});
