// Conformance of the 2026 fine-tuning additions: tunedesk-emulator driven by Together's
// official `together-ai` client as a user's script would drive the real service: a file's
// server-side validation (files.retrieve until processing_status is final, the report of a bad
// file), the 2026 estimate-price answer, early stopping from create to the retrieved job, its
// events and final checkpoint, and the 402 of prepaid billing. Written against together-ai 0.52's
// typed API (resources/files.d.ts, resources/fine-tuning.d.ts); every call used here exists with
// the same shape in 0.49, which this folder may still lock. Run by ctest (TD_EMULATOR is set there).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BASE_MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference';
const FINAL = ['COMPLETED', 'INVALID_FORMAT', 'FAILED'];

const loadTogether = () => {
  const m = createRequire(import.meta.url)('together-ai');
  return m.default ?? m.Together ?? m;
};

const dir = mkdtempSync(path.join(tmpdir(), 'td-finetune2026-'));
const emulators = [];
let nativeFetch;
let Together;

async function startEmulator(args) {
  const child = spawn(process.env.TD_EMULATOR, ['--port', '0', '--speed', '200', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  emulators.push(child);
  const baseURL = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', (code) => reject(new Error(`tunedesk-emulator exited with ${code}`)));
  });
  return { baseURL, client: Together && new Together({ apiKey: 'tgp_v1_conformance', baseURL, maxRetries: 0 }) };
}

function writeRows(name, rows) {
  const file = path.join(dir, name);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return file;
}

// together-ai's upload helper reads its base URL from the environment once, when it is loaded:
// it uploads to the main emulator.
async function upload(emulator, name, rows, check = true) {
  assert.equal(emulator, main, 'together-ai uploads only to the emulator it was loaded for');
  return emulator.client.files.upload(writeRows(name, rows), 'fine-tune', check);
}

// The same three steps by hand (POST files, a 302 to a signed URL, PUT there) for a second
// emulator, then the file as files.retrieve reads it.
async function uploadByHand(emulator, name, rows) {
  const file = writeRows(name, rows);
  const form = new URLSearchParams({ file_name: name, file_type: 'jsonl', purpose: 'fine-tune' });
  const r = await nativeFetch(`${emulator.baseURL}/files`, {
    method: 'POST', redirect: 'manual', body: form.toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: 'Bearer tgp_v1_conformance' },
  });
  assert.equal(r.status, 302);
  const put = await nativeFetch(r.headers.get('location'), { method: 'PUT', body: readFileSync(file) });
  assert.equal(put.status, 200);
  return emulator.client.files.retrieve(r.headers.get('x-together-file-id'));
}

async function until(what, fn, timeoutMs = 30000) {
  const start = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const conversation = (i) => ({ messages: [
  { role: 'user', content: `Where is order ${i}?` },
  { role: 'assistant', content: `Order ${i} ships tomorrow.` },
] });

let main;
const state = {};

before(async () => {
  // together-ai PUTs a file stream without the `duplex: 'half'` Node's fetch requires (see
  // conformance.test.mjs): that one option is added, nothing else.
  nativeFetch = globalThis.fetch;
  globalThis.fetch = (url, init) =>
    nativeFetch(url, init?.body && typeof init.body.pipe === 'function' ? { ...init, duplex: 'half' } : init);
  main = await startEmulator(['--validation-polls', '2']);
  process.env.TOGETHER_API_BASE_URL = main.baseURL;
  Together = loadTogether();
  main.client = new Together({ apiKey: 'tgp_v1_conformance', baseURL: main.baseURL, maxRetries: 0 });
});

after(() => {
  emulators.forEach((e) => e.kill());
  rmSync(dir, { recursive: true, force: true });
});

test('files.retrieve: processing_status goes PENDING, RUNNING, COMPLETED with a report', async () => {
  const uploaded = await upload(main, 'train.jsonl', Array.from({ length: 16 }, (_, i) => conversation(i)));
  assert.equal(uploaded.processing_status, 'PENDING');
  assert.equal(uploaded.validation_report, undefined); // absent until validation has run
  const seen = [uploaded.processing_status];
  const done = await until('the training file to be validated', async () => {
    const f = await main.client.files.retrieve(uploaded.id);
    if (f.processing_status !== seen.at(-1)) seen.push(f.processing_status);
    return FINAL.includes(f.processing_status) && f;
  });
  assert.deepEqual(seen, ['PENDING', 'RUNNING', 'COMPLETED']);
  assert.equal(done.validation_report.valid, true);
  assert.equal(done.validation_report.dataset_format, 'CONVERSATION');
  assert.equal(done.validation_report.nlines, 16);
  assert.equal(done.validation_report.file_id, uploaded.id);
  state.trainingFile = uploaded.id;
});

test('files.retrieve: a file the server rejects is INVALID_FORMAT with the line it names', async () => {
  const bad = [conversation(0), { messages: [{ role: 'user', content: 'hi' }, { content: 'no role' }] }];
  const uploaded = await upload(main, 'bad.jsonl', bad, false);
  const done = await until('the bad file to be validated', async () => {
    const f = await main.client.files.retrieve(uploaded.id);
    return FINAL.includes(f.processing_status) && f;
  });
  assert.equal(done.processing_status, 'INVALID_FORMAT');
  assert.equal(done.validation_report.valid, false);
  assert.equal(done.validation_report.error_type, 'INVALID_FORMAT');
  assert.equal(done.validation_report.error, 'Line 2: `messages[1]` must contain a `role` field');
  // A job on it is refused.
  await assert.rejects(main.client.fineTuning.create({ training_file: uploaded.id, model: BASE_MODEL }),
    (e) => e.status === 400 && /failed validation/.test(e.message));
});

test('estimatePrice: unavailable until validated, then the 2026 answer', async () => {
  const uploaded = await upload(main, 'fresh.jsonl', Array.from({ length: 8 }, (_, i) => conversation(i)));
  const early = await main.client.fineTuning.estimatePrice({ training_file: uploaded.id, model: BASE_MODEL });
  assert.equal(early.estimation_available, false);
  assert.equal(early.unavailable_reason, 'train_file_not_validated');
  await assert.rejects(main.client.fineTuning.create({ training_file: uploaded.id, model: BASE_MODEL }),
    (e) => e.status === 400 && /did not finish/.test(e.message));
  const price = await main.client.fineTuning.estimatePrice({
    training_file: state.trainingFile, model: BASE_MODEL, n_epochs: 2,
  });
  assert.equal(price.estimation_available, true);
  assert.ok(price.estimated_total_price > 0);
  assert.equal(price.allowed_to_proceed, true);
  assert.equal(typeof price.user_limit, 'number');
  assert.ok(price.estimated_train_token_count > 0);
  assert.equal(price.estimated_eval_token_count, 0);
});

test('early stopping: create, then retrieve the job it stopped early', async () => {
  const valid = await upload(main, 'valid.jsonl', Array.from({ length: 4 }, (_, i) => conversation(100 + i)));
  await until('the validation file to be validated', async () =>
    FINAL.includes((await main.client.files.retrieve(valid.id)).processing_status));
  // Too few evaluations for patience 2 + warm-up 1 + 1: refused.
  await assert.rejects(main.client.fineTuning.create({
    training_file: state.trainingFile, validation_file: valid.id, model: BASE_MODEL, n_evals: 3,
    early_stopping_enabled: true,
  }), (e) => e.status === 400 && /n_evals must be at least/.test(e.message));
  const job = await main.client.fineTuning.create({
    training_file: state.trainingFile, validation_file: valid.id, model: BASE_MODEL, n_epochs: 2, n_evals: 8,
    early_stopping_enabled: true, early_stopping_patience: 2, early_stopping_min_delta: 0.0,
    early_stopping_warmup_evals: 1, random_seed: 7,
  });
  assert.match(job.id, /^ft-/);
  assert.equal(job.early_stopping_enabled, true);
  assert.equal(job.random_seed, 7);
  assert.equal(typeof job.user_id, 'string');
  const done = await until('the job to complete', async () => {
    const j = await main.client.fineTuning.retrieve(job.id);
    return j.status === 'completed' && j;
  });
  assert.equal(done.early_stopped, true);
  assert.equal(typeof done.early_stopping_best_step, 'number');
  assert.equal(typeof done.early_stopping_best_metric, 'number');
  assert.ok(done.early_stopping_best_step < done.total_steps);
  const events = (await main.client.fineTuning.listEvents(job.id)).data;
  const stopped = events.find((e) => e.type.toLowerCase() === 'early_stopped');
  assert.ok(stopped, 'an early_stopped event');
  assert.equal(stopped.early_stopping_best_step, done.early_stopping_best_step);
  assert.equal(stopped.early_stopping_best_metric_value, done.early_stopping_best_metric);
  assert.ok(events.some((e) => e.type.toLowerCase() === 'refund'), 'a refund event');
  // The final checkpoint is the best step's.
  const checkpoints = (await main.client.fineTuning.listCheckpoints(job.id)).data;
  assert.ok(checkpoints.some((c) => /final/i.test(c.checkpoint_type) && c.step === done.early_stopping_best_step));
});

test('prepaid billing: over the limit, allowed_to_proceed is false and create is a 402 with the amount', async () => {
  const poor = await startEmulator(['--validation-polls', '0', '--credit-limit', '0', '--job-minimum', '4']);
  const uploaded = await uploadByHand(poor, 'poor.jsonl', Array.from({ length: 8 }, (_, i) => conversation(i)));
  assert.equal(uploaded.processing_status, 'COMPLETED');
  const price = await poor.client.fineTuning.estimatePrice({ training_file: uploaded.id, model: BASE_MODEL });
  assert.equal(price.estimation_available, true);
  assert.equal(price.allowed_to_proceed, false);
  assert.equal(price.estimated_total_price, 4);
  await assert.rejects(poor.client.fineTuning.create({ training_file: uploaded.id, model: BASE_MODEL }),
    (e) => e.status === 402 && /Required combined balance and credit limit: 4\.00 USD/.test(e.message));
});
