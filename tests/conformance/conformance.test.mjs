// Conformance: tunedesk-emulator driven by Together's official `together-ai` client and by
// OpenAI's `openai` client, as a user's script would; every JSON answer is also checked
// against Together's openapi.yaml. Run by ctest (TD_EMULATOR and TD_OPENAPI are set there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SpecValidator } from './spec-validator.mjs';

const BASE_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference';
const CHAT_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo';

// Where the emulator follows the real service rather than the spec (contract 4.8, 10.4):
// event types are UPPER-CASE on the wire, lower-case in the spec's enum.
// And the spec contradicts itself on TrainingMethodSFT.train_on_inputs: a oneOf of boolean
// or "auto" beside a sibling `type: boolean`, so its own default "auto" fails it.
const KNOWN_DIVERGENCES = [
  { path: /^(POST|GET) \/fine-tunes(\/[^/]+(\/cancel)?)? /, error: /^\/(data\/\d+\/)?training_method(\/train_on_inputs must be boolean|\/method must be equal to one of the allowed values| must match exactly one schema in oneOf)$/ },
  { path: /^GET \/fine-tunes\/[^/]+(\/events)? /, error: /^\/(events|data)\/\d+\/type must be equal to one of the allowed values$/ },
];

const loadTogether = () => {
  const m = createRequire(import.meta.url)('together-ai');
  return m.default ?? m.Together ?? m;
};

let emulator;
let nativeFetch;
let baseURL;
let together;
let openai;
let validator;
const dir = mkdtempSync(path.join(tmpdir(), 'td-conformance-'));
const state = {};

before(async () => {
  emulator = spawn(process.env.TD_EMULATOR, ['--port', '0', '--speed', '100', '--token-interval', '1',
    '--legacy-endpoint', CHAT_MODEL], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  baseURL = await new Promise((resolve, reject) => {
    emulator.stdout.once('data', (d) => resolve(String(d).trim()));
    emulator.once('exit', (code) => reject(new Error(`tunedesk-emulator exited with ${code}`)));
  });
  // together-ai 0.49 (and 0.52) PUTs a file stream with the global fetch but without the
  // `duplex: 'half'` Node 18+'s fetch requires for stream bodies, so its upload fails on any
  // current Node. Add that one option, nothing else, so the SDK's own upload flow runs.
  nativeFetch = globalThis.fetch;
  globalThis.fetch = (url, init) =>
    nativeFetch(url, init?.body && typeof init.body.pipe === 'function' ? { ...init, duplex: 'half' } : init);
  // together-ai's upload helper reads its base URL from the environment when loaded.
  process.env.TOGETHER_API_BASE_URL = baseURL;
  // together-ai 0.49's ES module build cannot upload (its file helpers call require(),
  // which ES modules lack): load its CommonJS build, as a Node script using require would.
  const Together = loadTogether();
  const { default: OpenAI } = await import('openai');
  validator = new SpecValidator(readFileSync(process.env.TD_OPENAPI, 'utf8'));
  const checkedFetch = async (url, init = {}) => {
    const response = await nativeFetch(url, init);
    await validator.check(init.method ?? 'GET', String(url), response.clone());
    return response;
  };
  together = new Together({ apiKey: 'tgp_v1_conformance', baseURL, fetch: checkedFetch, maxRetries: 0 });
  openai = new OpenAI({ apiKey: 'tgp_v1_conformance', baseURL, fetch: checkedFetch, maxRetries: 0 });
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

test('upload a file the way together-ai does (302, signed PUT, retrieve)', async () => {
  const rows = [];
  for (let i = 0; i < 16; i++) {
    rows.push(JSON.stringify({ messages: [
      { role: 'user', content: `Where is order ${i}?` },
      { role: 'assistant', content: `Order ${i} ships tomorrow.` },
    ] }));
  }
  const file = path.join(dir, 'train.jsonl');
  writeFileSync(file, rows.join('\n') + '\n');
  const uploaded = await together.files.upload(file, 'fine-tune', true);
  assert.match(uploaded.id, /^file-/);
  assert.equal(uploaded.FileType, 'jsonl');
  assert.equal(uploaded.Processed, true);
  // Together validates the file on its side (2026): PENDING, RUNNING, then COMPLETED.
  assert.equal(uploaded.processing_status, 'PENDING');
  const validated = await until('the file to be validated', async () => {
    const f = await together.files.retrieve(uploaded.id);
    return ['COMPLETED', 'INVALID_FORMAT', 'FAILED'].includes(f.processing_status) && f;
  });
  assert.equal(validated.processing_status, 'COMPLETED');
  assert.equal(validated.validation_report.valid, true);
  const list = await together.files.list();
  assert.ok(list.data.some((f) => f.id === uploaded.id));
  const content = await (await together.files.content(uploaded.id)).text();
  assert.equal(content, readFileSync(file, 'utf8'));
  state.fileId = uploaded.id;
});

test('fine-tune: limits, price, create, poll to completion', async () => {
  const limits = await together.fineTuning.modelLimits({ model_name: BASE_MODEL });
  assert.equal(limits.model_name, BASE_MODEL);
  assert.ok(limits.lora_training.max_batch_size >= limits.lora_training.min_batch_size);
  const price = await together.fineTuning.estimatePrice({ training_file: state.fileId, model: BASE_MODEL, n_epochs: 2 });
  assert.ok(price.estimated_total_price > 0);
  const job = await together.fineTuning.create({
    training_file: state.fileId, model: BASE_MODEL, n_epochs: 2, n_checkpoints: 2, suffix: 'conformance',
    training_type: { type: 'Lora', lora_r: 8, lora_alpha: 16 },
  });
  assert.match(job.id, /^ft-/);
  assert.match(job.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const seen = [job.status];
  const done = await until('the job to complete', async () => {
    const j = await together.fineTuning.retrieve(job.id);
    if (j.status !== seen.at(-1)) seen.push(j.status);
    return j.status === 'completed' && j;
  });
  assert.ok(seen.indexOf('running') > 0 && seen.indexOf('running') < seen.indexOf('completed'), seen.join(' → '));
  assert.equal(typeof done.total_price, 'number');
  assert.ok(Number.isInteger(done.total_price));
  assert.ok(Math.abs(done.total_price / 1e9 - price.estimated_total_price) < 1e-6,
    `total_price ${done.total_price} is the estimate $${price.estimated_total_price} in nanodollars`);
  assert.equal(done.TrainingFileNumLines, 16);
  assert.equal(done.trainingfile_numlines, 16);
  const listed = await together.fineTuning.list();
  assert.ok(listed.data.some((j) => j.id === job.id));
  state.job = done;
});

test('events, checkpoints and metrics', async () => {
  const events = await together.fineTuning.listEvents(state.job.id);
  const types = events.data.map((e) => e.type);
  assert.equal(types[0], 'JOB_PENDING');
  assert.ok(types.includes('TRAINING_START') && types.includes('CHECKPOINT_SAVE') && types.at(-1) === 'JOB_COMPLETE');
  assert.ok(events.data.every((e) => e.object === 'fine-tune-event'));
  const checkpoints = await together.fineTuning.listCheckpoints(state.job.id);
  assert.deepEqual(checkpoints.data.map((c) => c.checkpoint_type), ['Final Adapter', 'Final Merged', 'Intermediate']);
  const metrics = await together.fineTuning.listMetrics(state.job.id);
  assert.equal(metrics.metrics.filter((m) => 'train/loss' in m).length, state.job.total_steps);
});

test('download: Range probe and the .tar.zst archive', async () => {
  const url = `${baseURL}/finetune/download?ft_id=${state.job.id}&checkpoint=adapter`;
  const probe = await fetch(url, { headers: { Authorization: 'Bearer k', Range: 'bytes=0-1' } });
  assert.equal(probe.status, 206);
  const total = Number(probe.headers.get('content-range').split('/')[1]);
  assert.ok(total > 1000);
  const response = await together.fineTuning.content({ ft_id: state.job.id, checkpoint: 'adapter' });
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.equal(bytes.length, total);
  assert.deepEqual([...bytes.slice(0, 4)], [0x28, 0xb5, 0x2f, 0xfd], 'a zstd frame');
});

test('models: a bare array that gains the fine-tune', async () => {
  const models = await together.models.list();
  assert.ok(Array.isArray(models));
  assert.ok(models.some((m) => m.id === state.job.model_output_name));
});

test('chat with the openai client, whole and streamed; the fine-tune answers differently', async () => {
  const messages = [{ role: 'user', content: 'Where is order 3?' }];
  const base = await openai.chat.completions.create({ model: CHAT_MODEL, messages });
  const tuned = await openai.chat.completions.create({ model: state.job.model_output_name, messages });
  assert.equal(tuned.choices[0].message.content, 'Order 3 ships tomorrow.');
  assert.notEqual(base.choices[0].message.content, tuned.choices[0].message.content);
  const stream = await openai.chat.completions.create({ model: CHAT_MODEL, messages, stream: true });
  let text = '';
  let usage;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta?.content ?? '';
    usage = chunk.usage ?? usage;
  }
  assert.equal(text, base.choices[0].message.content);
  assert.ok(usage.completion_tokens > 0);
  // And with together-ai's own streaming.
  let again = '';
  for await (const chunk of await together.chat.completions.create({ model: CHAT_MODEL, messages, stream: true })) {
    again += chunk.choices[0]?.delta?.content ?? '';
  }
  assert.equal(again, text);
  const completion = await together.completions.create({ model: CHAT_MODEL, prompt: 'Once upon', max_tokens: 3 });
  assert.equal(completion.choices[0].finish_reason, 'length');
});

test('errors come in the shapes the clients expect', async () => {
  await assert.rejects(openai.chat.completions.create({ model: 'no/such-model', messages: [{ role: 'user', content: 'x' }] }),
    (e) => e.status === 404 && /Unable to access/.test(e.message));
  const Together = loadTogether();
  const noKey = new Together({ apiKey: '', baseURL, maxRetries: 0 });
  await assert.rejects(noKey.models.list(), (e) => e.status === 401);
});

test('dedicated endpoint v1: create and restart retired (403), one made before stops and is deleted', async () => {
  const hardware = await together.endpoints.listHardware({ model: CHAT_MODEL });
  const available = hardware.data.find((h) => h.availability?.status === 'available');
  assert.ok(available.pricing.cents_per_minute > 0);
  // Since July 2026: 403 endpoints_v1_create_access_disabled.
  await assert.rejects(
    together.endpoints.create({
      model: CHAT_MODEL, hardware: available.id, autoscaling: { min_replicas: 1, max_replicas: 1 }, display_name: 'conformance',
    }),
    (e) => e.status === 403 && /endpoints_v1_create_access_disabled/.test(JSON.stringify(e.error ?? e.message)));
  // The one the emulator was started with (--legacy-endpoint) keeps serving.
  const list = await together.endpoints.list({ type: 'dedicated' });
  const legacy = list.data.find((e) => e.model === CHAT_MODEL);
  assert.ok(legacy, 'the legacy endpoint is listed');
  assert.equal(legacy.state, 'STARTED');
  const chat = await openai.chat.completions.create({ model: legacy.name, messages: [{ role: 'user', content: 'hi' }] });
  assert.ok(chat.choices[0].message.content.length > 0);
  const stopping = await together.endpoints.update(legacy.id, { state: 'STOPPED' });
  assert.equal(stopping.state, 'STOPPING');
  await until('STOPPED', async () => (await together.endpoints.retrieve(legacy.id)).state === 'STOPPED');
  await assert.rejects(together.endpoints.update(legacy.id, { state: 'STARTED' }), (e) => e.status === 403);
  await together.endpoints.delete(legacy.id);
  await assert.rejects(together.endpoints.retrieve(legacy.id), (e) => e.status === 404);
});

test('cancel a running job', async () => {
  const job = await together.fineTuning.create({ training_file: state.fileId, model: BASE_MODEL, n_epochs: 20 });
  await until('running', async () => (await together.fineTuning.retrieve(job.id)).status === 'running');
  const cancelling = await together.fineTuning.cancel(job.id);
  assert.equal(cancelling.status, 'cancel_requested');
  await until('cancelled', async () => (await together.fineTuning.retrieve(job.id)).status === 'cancelled');
});

test('every JSON answer the spec describes matches openapi.yaml', () => {
  const unexplained = validator.failures
    .map((f) => ({ ...f, errors: f.errors.filter((e) => !KNOWN_DIVERGENCES.some((k) => k.path.test(f.what) && k.error.test(e))) }))
    .filter((f) => f.errors.length > 0);
  console.log(`validated ${validator.validated.length} answers against openapi.yaml; ` +
    `${validator.undescribed.length} not described there (${[...new Set(validator.undescribed)].join(', ')})`);
  assert.ok(validator.validated.length > 20);
  assert.deepEqual(unexplained, []);
});
